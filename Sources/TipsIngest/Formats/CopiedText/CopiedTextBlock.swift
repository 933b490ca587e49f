extension CopiedTextReader {
  /// A run of text lines between blank lines, as the browser copied it.
  struct Paragraph: Sendable, Hashable {
    /// The lines exactly as copied (a trailing carriage return removed), joined by "\n".
    var text: String
    /// Blank lines right before it: two or more mean the page had a gap the copy kept,
    /// which falls between posts, never inside one.
    var blankLinesBefore: Int
  }

  /// What one stretch of the copied page is: the reader sees text, post headers and post
  /// footers, and nothing else.
  enum Block: Sendable, Hashable {
    case paragraph(Paragraph)
    case header(PostHeader)
    case footer(PostFooter)
  }

  /// Splits the lines after the title into paragraphs, headers and footers.
  ///
  /// A footer line ("2 Likes") ends the paragraph it follows even without a blank line
  /// between, because browsers often copy the footer right under the last line of a post.
  static func blocks(in lines: [Substring]) -> [Block] {
    var blocks: [Block] = []
    var paragraphLines: [Substring] = []
    var blankLinesBefore = 0
    var blankRun = 0

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
      let line = lines[index]
      if line.allSatisfy(\.isWhitespace) {
        flushParagraph()
        blankRun += 1
        index += 1
        continue
      }
      if let footer = PostFooter(line: line) {
        flushParagraph()
        blocks.append(.footer(footer))
        blankRun = 0
        index += 1
        continue
      }
      if let (header, next) = PostHeader.parse(lines, at: index) {
        flushParagraph()
        blocks.append(.header(header))
        blankRun = 0
        index = next
        continue
      }
      if paragraphLines.isEmpty { blankLinesBefore = blankRun }
      paragraphLines.append(line)
      blankRun = 0
      index += 1
    }
    flushParagraph()
    return blocks
  }
}
