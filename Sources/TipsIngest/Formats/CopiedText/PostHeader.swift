extension CopiedTextReader {
  /// The author line and date line Discourse prints above a post, when the copy kept them:
  /// "chad" then "Jun '19" (or both on one line). A header always starts a new post.
  ///
  /// A user name alone is too weak a signal (a post can have a one-word line), so a header
  /// needs the date right after the name: at most one blank line between them.
  struct PostHeader: Sendable, Hashable {
    var author: String
    /// ISO 8601 when the copied date fixes it; nil for relative dates ("2d") and dates
    /// without a year ("Jun 12"), which depend on the day the page was copied.
    var date: String?

    /// The header starting at `index`, and the index of the line after it; nil when the
    /// line does not start one.
    static func parse(_ lines: [Substring], at index: Int) -> (PostHeader, next: Int)? {
      let line = CopiedTextReader.trimmed(lines[index])
      let words = line.split(whereSeparator: \.isWhitespace)
      guard let first = words.first, let author = userName(first) else { return nil }
      if words.count > 1 {
        let rest = line[words[1].startIndex...]
        guard let date = PostDate(line: rest) else { return nil }
        return (PostHeader(author: author, date: date.iso8601), index + 1)
      }
      var dateIndex = index + 1
      if dateIndex < lines.endIndex, lines[dateIndex].allSatisfy(\.isWhitespace) {
        dateIndex += 1
      }
      guard dateIndex < lines.endIndex,
        let date = PostDate(line: CopiedTextReader.trimmed(lines[dateIndex]))
      else { return nil }
      return (PostHeader(author: author, date: date.iso8601), dateIndex + 1)
    }

    /// `word` as a Discourse user name (letters, digits, "_", ".", "-"; an optional leading
    /// "@"), or nil.
    private static func userName(_ word: Substring) -> String? {
      let name = word.first == "@" ? word.dropFirst() : word
      guard (2...60).contains(name.count), name.contains(where: \.isLetter),
        name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }),
        name.last.map({ $0.isLetter || $0.isNumber || $0 == "_" }) == true
      else { return nil }
      return String(name)
    }
  }
}
