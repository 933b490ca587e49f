extension CopiedTextReader {
  /// A post while its paragraphs are being collected.
  struct PostDraft: Sendable, Hashable {
    var paragraphs: [String] = []
    var author: String?
    var date: String?
    var likes = 0
    var isAccepted = false
    /// Authors of the posts it quotes, in order; nil for a quote that names nobody.
    var quotedAuthors: [String?] = []
    /// A footer closed it: the next paragraph starts another post.
    var isClosed = false
  }

  /// Groups blocks into posts.
  ///
  /// When the copy kept post headers, they are the boundaries and paragraphs are never split
  /// on wording. A copy with no sign of a boundary at all (`showsBoundaries`) is one post.
  /// Otherwise boundaries are inferred, strongest evidence first: a footer line
  /// ends a post; two blank lines end a post; the opener runs to its question; then the
  /// paragraph's opening words (`ParagraphCue`). With no cue, a paragraph stays in the post
  /// before it, since forum replies are more often several paragraphs than one.
  enum PostSplitter {
    /// How far the opener may run looking for its question: an opener is rarely longer, and
    /// a question further down is more likely a reply's.
    static let openerQuestionWindow = 5

    static func posts(from blocks: [Block]) -> [PostDraft] {
      guard showsBoundaries(blocks) else {
        let paragraphs = blocks.compactMap { block -> String? in
          if case .paragraph(let paragraph) = block { paragraph.text } else { nil }
        }
        return paragraphs.isEmpty ? [] : [PostDraft(paragraphs: paragraphs)]
      }
      let hasHeaders = blocks.contains { if case .header = $0 { true } else { false } }
      let openerEnd = hasHeaders ? nil : openerQuestion(in: blocks)
      var drafts: [PostDraft] = []
      var paragraphsSeen = 0
      for block in blocks {
        switch block {
        case .header(let header):
          if let last = drafts.last, last.paragraphs.isEmpty, last.quotedAuthors.isEmpty {
            drafts.removeLast()
          }
          drafts.append(
            PostDraft(author: header.author, date: header.date, likes: header.likes ?? 0))
        case .quote(let quote):
          // Without headers, a quote opens a reply, unless the reply already quoted
          // someone and now answers the next point.
          if drafts.isEmpty {
            guard !hasHeaders else { continue }
            drafts.append(PostDraft())
          } else if !hasHeaders,
            drafts[drafts.count - 1].isClosed
              || !drafts[drafts.count - 1].paragraphs.isEmpty
                && drafts[drafts.count - 1].quotedAuthors.isEmpty
          {
            drafts.append(PostDraft())
          }
          drafts[drafts.count - 1].quotedAuthors.append(quote.author)
        case .signature(let author, let date):
          guard !drafts.isEmpty else { continue }
          if drafts[drafts.count - 1].author == nil { drafts[drafts.count - 1].author = author }
          drafts[drafts.count - 1].date = date ?? drafts[drafts.count - 1].date
          drafts[drafts.count - 1].isClosed = true
        case .footer(let footer):
          guard !drafts.isEmpty else { continue }
          switch footer {
          case .likes(let count): drafts[drafts.count - 1].likes = count
          case .solution: drafts[drafts.count - 1].isAccepted = true
          case .replies, .solvedBy, .actions: break
          }
          // Buttons right under a header (SMF's "Quote" beside the date) stand above the
          // post's text, not under it.
          let current = drafts[drafts.count - 1]
          let followsHeader =
            hasHeaders && current.paragraphs.isEmpty && current.quotedAuthors.isEmpty
          if !followsHeader { drafts[drafts.count - 1].isClosed = true }
        case .paragraph(let paragraph):
          defer { paragraphsSeen += 1 }
          guard let current = drafts.last else {
            // With headers, text above the first one is page chrome (category, tags).
            if !hasHeaders { drafts.append(PostDraft(paragraphs: [paragraph.text])) }
            continue
          }
          let continues: Bool
          if current.isClosed || paragraph.blankLinesBefore >= 2 {
            continues = false
          } else if hasHeaders || current.paragraphs.isEmpty && current.quotedAuthors.isEmpty {
            continues = true
          } else if current.paragraphs.isEmpty {
            continues = true
          } else {
            let cue = ParagraphCue(of: paragraph.text, after: current.paragraphs.last ?? "")
            if drafts.count > 1 {
              continues = cue != .opener
            } else if let openerEnd, paragraphsSeen <= openerEnd {
              continues = true
            } else if openerEnd != nil {
              continues = cue == .signOff
            } else {
              continues = cue == .continuation || cue == .signOff
            }
          }
          if continues {
            drafts[drafts.count - 1].paragraphs.append(paragraph.text)
          } else {
            drafts.append(PostDraft(paragraphs: [paragraph.text]))
          }
        }
      }
      drafts.removeAll { $0.paragraphs.isEmpty && $0.quotedAuthors.isEmpty }
      for case .footer(.solvedBy(let author, let number)) in blocks
      where drafts.indices.contains(number - 1) {
        drafts[number - 1].isAccepted = true
        if drafts[number - 1].author == nil { drafts[number - 1].author = author }
      }
      return drafts
    }

    /// True when the copy shows any sign of holding several posts: a header, footer or
    /// quote, a wide gap, or a paragraph that opens as replies do. Without one, the opener's
    /// question is no reason to split: the copy is read as one post, and the reader says so.
    static func showsBoundaries(_ blocks: [Block]) -> Bool {
      var previous: String?
      for block in blocks {
        guard case .paragraph(let paragraph) = block else { return true }
        if let previous {
          if paragraph.blankLinesBefore >= 2 { return true }
          if ParagraphCue(of: paragraph.text, after: previous) == .opener { return true }
        }
        previous = paragraph.text
      }
      return false
    }

    /// The index, among all paragraphs, of the one ending the opener: the first question
    /// among its first paragraphs, before any footer or wide gap; nil when there is none,
    /// and the opener is then its first paragraph plus whatever explicitly continues it.
    private static func openerQuestion(in blocks: [Block]) -> Int? {
      var index = 0
      for block in blocks {
        guard case .paragraph(let paragraph) = block else { return nil }
        if index > 0 && paragraph.blankLinesBefore >= 2 || index >= openerQuestionWindow {
          return nil
        }
        if endsWithQuestion(paragraph.text) { return index }
        index += 1
      }
      return nil
    }
  }
}
