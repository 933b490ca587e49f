extension CopiedTextReader {
  /// A run of text lines between blank lines, as the browser copied it.
  struct Paragraph: Sendable, Hashable {
    /// The lines exactly as copied (a trailing carriage return removed), joined by "\n".
    var text: String
    /// Blank lines right before it: two or more mean the page had a gap the copy kept,
    /// which falls between posts, never inside one.
    var blankLinesBefore: Int
  }

  /// A quoted post inside a post: whose it is and the words quoted, which are not the
  /// quoting poster's own.
  struct Quote: Sendable, Hashable {
    var author: String?
    var text: String
  }

  /// What one stretch of the copied page is: text, post headers, post footers and quotes.
  /// Page chrome (ranks and statistics outside a header, "Last edited by …") is dropped.
  enum Block: Sendable, Hashable {
    case paragraph(Paragraph)
    case header(PostHeader)
    /// Who wrote the post above and when, printed under its text: "bikefan, Mar 3, 2015 #2"
    /// (XenForo 1).
    case signature(author: String, date: String?)
    case footer(PostFooter)
    case quote(Quote)
  }

  /// Splits the lines after the title into paragraphs, headers, footers and quotes.
  ///
  /// A footer line ("2 Likes") ends the paragraph it follows even without a blank line
  /// between, because browsers often copy the footer right under the last line of a post.
  /// "bikefan, Mar 3, 2015 #2": XenForo 1 signs a post under its text with the poster's
  /// name, the date and the counter. Nil for any other line.
  static func signature(_ line: Substring) -> (author: String, date: String?)? {
    let line = trimmed(line)
    guard let last = line.split(separator: " ").last, PageLine.isCounter(last),
      let comma = line.firstIndex(of: ","),
      let name = vouchedName(line[..<comma]),
      let date = PostDate(line: line[line.index(after: comma)..<last.startIndex])
    else { return nil }
    return (name, date.iso8601)
  }

  static func blocks(in lines: [Substring], title: Substring) -> [Block] {
    let kinds = lines.map(PageLine.init)
    var blocks: [Block] = []
    var paragraphLines: [Substring] = []
    var blankLinesBefore = 0
    var blankRun = 0
    var authors: Set<String> = []
    var textAbove = TextAbove()

    func flushParagraph() {
      guard !paragraphLines.isEmpty else { return }
      blocks.append(
        .paragraph(
          Paragraph(
            text: paragraphLines.joined(separator: "\n"), blankLinesBefore: blankLinesBefore)))
      paragraphLines.removeAll()
    }

    var index = lines.startIndex
    while index < lines.endIndex {
      let kind = kinds[index]
      switch kind {
      case .blank:
        flushParagraph()
        blankRun += 1
        index += 1
        continue
      case .chrome, .quoteEnd:
        index += 1
        continue
      case .footer(let footer):
        flushParagraph()
        blocks.append(.footer(footer))
        blankRun = 0
        index += 1
        // Vanilla's reactions, one a line under the buttons: "Insightful", "Like 4".
        var reactions = 0
        while index < lines.endIndex, let count = reaction(lines[index]) {
          reactions += count
          index += 1
        }
        if reactions > 0 { blocks.append(.footer(.likes(reactions))) }
        continue
      case .number(let count) where nextKind(after: index, in: kinds).isFooter:
        // New Reddit prints the score right above the post's buttons.
        flushParagraph()
        blocks.append(.footer(.likes(count)))
        blankRun = 0
        index += 1
        continue
      case .quoteStart(let header)
      where !header.isBareName || authors.contains(header.author?.lowercased() ?? ""):
        flushParagraph()
        let (quote, next) = self.quote(
          header, in: lines, kinds: kinds, at: index, textAbove: &textAbove)
        blocks.append(.quote(quote))
        blankRun = 0
        index = next
        continue
      default:
        break
      }
      if let (likes, next) = likesFor(at: index, in: lines) {
        flushParagraph()
        blocks.append(.footer(.likes(likes)))
        blankRun = 0
        index = next
        continue
      }
      if let next = topicMapEnd(at: index, in: lines, kinds: kinds) {
        flushParagraph()
        index = next
        continue
      }
      if !paragraphLines.isEmpty, let (author, date) = signature(lines[index]) {
        flushParagraph()
        blocks.append(.signature(author: author, date: date))
        blankRun = 0
        index += 1
        continue
      }
      if let (header, next) = PostHeader.parse(lines, kinds: kinds, at: index, title: title) {
        flushParagraph()
        blocks.append(.header(header))
        if let author = header.author { authors.insert(author.lowercased()) }
        blankRun = 0
        index = next
        continue
      }
      if case .score(let points) = kind {
        // A score with no name above it closes the post it follows.
        flushParagraph()
        blocks.append(.footer(.likes(points)))
        blankRun = 0
        index += 1
        continue
      }
      if lines[index].first == ">" {
        flushParagraph()
        let end = lines[index...].firstIndex { $0.first != ">" } ?? lines.endIndex
        let text = lines[index..<end].map { trimmed($0.drop { $0 == ">" }) }
        blocks.append(.quote(Quote(author: nil, text: text.joined(separator: "\n"))))
        blankRun = 0
        index = end
        continue
      }
      if paragraphLines.isEmpty { blankLinesBefore = blankRun }
      paragraphLines.append(lines[index])
      blankRun = 0
      index += 1
    }
    flushParagraph()
    return blocks
  }

  /// How many gave a reaction a line names ("Like 4", "Helpful 3"; 0 for "Insightful"
  /// alone), when the line is only that; nil for any other line.
  private static func reaction(_ line: Substring) -> Int? {
    let words = trimmed(line).lowercased().split(separator: " ")
    guard (1...2).contains(words.count), reactions.contains(String(words[0])) else { return nil }
    return words.count == 1 ? 0 : Int(words[1])
  }

  /// Reactions engines offer beside "Like" (Vanilla, Invision, XenForo).
  private static let reactions: Set<String> = [
    "like", "likes", "insightful", "awesome", "helpful", "agree", "lol", "woof", "thanks",
    "informative", "love", "haha", "wow", "upvote",
  ]

  /// vBulletin 4's likes under a post: "Likes For NAME:", then the names of those who liked
  /// it on one line. The count of names, and the index after them; nil for any other line.
  private static func likesFor(at index: Int, in lines: [Substring]) -> (Int, next: Int)? {
    let line = trimmed(lines[index])
    guard line.hasPrefix("Likes For "), line.hasSuffix(":"),
      let names = lines[(index + 1)...].firstIndex(where: { !trimmed($0).isEmpty })
    else { return nil }
    let liked = trimmed(lines[names]).split(separator: ",").compactMap {
      userName(trimmed($0))
    }
    guard !liked.isEmpty else { return nil }
    return (liked.count, names + 1)
  }

  /// The end of the topic map Discourse prints under a topic's first post ("created",
  /// its date, "last reply", its date, then counts: "2" "replies", "1.2k" "views"), when
  /// one starts at `index`; nil for any other line. Its dates would read as post headers.
  private static func topicMapEnd(at index: Int, in lines: [Substring], kinds: [PageLine])
    -> Int?
  {
    guard case let line = trimmed(lines[index]), line.utf8.count == 7,
      line.lowercased() == "created",
      case .stamp(_?) = nextKind(after: index, in: kinds)
    else { return nil }
    var end = index + 1
    while end < lines.endIndex {
      switch kinds[end] {
      case .blank, .stamp, .number:
        end += 1
      default:
        guard topicMapWords.contains(trimmed(lines[end]).lowercased()) else { return end }
        end += 1
      }
    }
    return end
  }

  private static let topicMapWords: Set<String> = [
    "last reply", "reply", "replies", "view", "views", "user", "users", "like", "likes", "link",
    "links",
  ]

  /// The kind of the next line after `index` that is not blank; `.blank` at the end.
  private static func nextKind(after index: Int, in kinds: [PageLine]) -> PageLine {
    kinds[(index + 1)...].first { $0 != .blank } ?? .blank
  }

  /// The quote whose header is at `index`, and the index after it.
  ///
  /// The quoted words run to "Click to expand..." when XenForo printed it before the next
  /// header, footer or quote; else to the first blank line, since engines set a quote in
  /// a box the copy separates from the reply by a blank line. vBulletin's "Quote:" line is
  /// followed by "Originally Posted by NAME", and phpBB may print the quoted post's date on
  /// the line under the name: both belong to the header.
  private static func quote(
    _ header: QuoteHeader, in lines: [Substring], kinds: [PageLine], at index: Int,
    textAbove: inout TextAbove
  ) -> (Quote, next: Int) {
    var author = header.author
    var start = index + 1
    if start < lines.endIndex, case .quoteStart(let named) = kinds[start], !named.isBareName,
      author == nil
    {
      author = named.author
      start += 1
    }
    if start < lines.endIndex, case .stamp(_?) = kinds[start] { start += 1 }
    if start < lines.endIndex, kinds[start] == .blank { start += 1 }
    var end = start
    var explicitEnd: Int?
    scan: for line in start..<lines.endIndex {
      switch kinds[line] {
      case .quoteEnd:
        explicitEnd = line
        break scan
      case .footer, .quoteStart, .byline, .level, .subject:
        break scan
      default:
        continue
      }
    }
    if let explicitEnd {
      end = explicitEnd
    } else {
      end = kinds[start...].firstIndex(of: .blank) ?? lines.endIndex
      if let reply = ownLine(in: start..<end, of: lines, before: index, textAbove: &textAbove) {
        end = reply
      } else {
        end = quotedParagraphsEnd(
          after: end, in: lines, kinds: kinds, before: index, textAbove: &textAbove)
      }
    }
    let text = lines[start..<end].map { trimmed($0) }.filter { !$0.isEmpty }
    let next = explicitEnd.map { $0 + 1 } ?? end
    return (Quote(author: author, text: text.joined(separator: "\n")), next)
  }

  /// The first line of a quote's paragraph that the page above does not hold, when its
  /// first line is a copy from above: a copy that keeps no blank line between a quote's box
  /// and the reply runs the reply's first words on under the quoted ones. Nil when every
  /// line is from above, or the first is not (the quoted post may be off the page).
  private static func ownLine(
    in paragraph: Range<Int>, of lines: [Substring], before quoteStart: Int,
    textAbove: inout TextAbove
  ) -> Int? {
    guard paragraph.count > 1 else { return nil }
    func isCopied(_ line: Int) -> Bool {
      let text = normalized(String(lines[line]))
      return text.count >= 12 && textAbove.contains(text, before: quoteStart, in: lines)
    }
    guard isCopied(paragraph.lowerBound) else { return nil }
    return paragraph.dropFirst().first { !isCopied($0) }
  }

  /// Where a quote without an end marker ends. Engines that draw a quote as a box (vBulletin,
  /// phpBB) leave no mark of its end in a copy, so its first paragraph is taken as the quote,
  /// and each paragraph after it that repeats text from higher up the page is taken too: a
  /// quote is a copy of an earlier post, a reply's own words are not.
  private static func quotedParagraphsEnd(
    after end: Int, in lines: [Substring], kinds: [PageLine], before quoteStart: Int,
    textAbove: inout TextAbove
  ) -> Int {
    var end = end
    while true {
      var start = end
      while start < lines.endIndex, kinds[start] == .blank { start += 1 }
      guard start < lines.endIndex, kinds[start] == .text else { return end }
      let paragraphEnd = kinds[start...].firstIndex(of: .blank) ?? lines.endIndex
      let paragraph = normalized(lines[start..<paragraphEnd].joined(separator: " "))
      guard paragraph.count >= 12,
        textAbove.contains(paragraph, before: quoteStart, in: lines)
      else { return end }
      end = paragraphEnd
    }
  }
}
