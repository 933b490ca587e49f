extension UsenetReader {
  /// A `Subject:` line read for threading: replies prefix the subject they answer ("Re:",
  /// "RE:", "Re^2:", "Re[2]:", a "[sci.med]" tag), so the subject without them names the thread.
  struct SubjectLine: Sendable, Hashable {
    /// The subject without reply prefixes and with single spaces, case kept: the thread title.
    var title: String
    /// `title` lower-cased.
    var key: String
    /// True when a "Re:" prefix was there: the message answers an earlier one.
    var isReply: Bool

    init(_ subject: String) {
      var rest = UsenetReader.trimmed(subject[...])
      var isReply = false
      while true {
        if let afterReply = Self.droppingReplyPrefix(rest) {
          isReply = true
          rest = afterReply
        } else if rest.first == "[", let close = rest.firstIndex(of: "]") {
          rest = UsenetReader.trimmed(rest[rest.index(after: close)...])
        } else {
          break
        }
      }
      title = rest.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      key = title.lowercased()
      self.isReply = isReply
    }

    /// The thread id: "usenet-" and the key with every run of other characters than ASCII
    /// letters and digits made one "-", cut to 60 characters. Messages with the same id are
    /// one thread, so "Migraine?" and "migraine????" do not split it.
    ///
    /// Stable across files and re-exports of the thread, so adding its messages again
    /// replaces the thread instead of duplicating it.
    var threadID: String {
      var slug = ""
      for character in key {
        if character.isASCII && (character.isLetter || character.isNumber) {
          slug.append(character)
        } else if !slug.isEmpty && slug.last != "-" {
          slug.append("-")
        }
      }
      var cut = slug.prefix(60)
      while cut.last == "-" { cut = cut.dropLast() }
      return "usenet-" + (cut.isEmpty ? "no-subject" : cut)
    }

    /// `text` after a leading "Re:", "Re^2:", "Re[2]:" or "Re :" (any case); nil when none.
    private static func droppingReplyPrefix(_ text: Substring) -> Substring? {
      guard text.prefix(2).lowercased() == "re" else { return nil }
      var rest = text.dropFirst(2)
      if rest.first == "^" {
        rest = rest.dropFirst().drop(while: \.isNumber)
      } else if rest.first == "[", let close = rest.firstIndex(of: "]"),
        rest[rest.index(after: rest.startIndex)..<close].allSatisfy(\.isNumber)
      {
        rest = rest[rest.index(after: close)...]
      }
      rest = rest.drop { $0 == " " }
      guard rest.first == ":" else { return nil }
      return UsenetReader.trimmed(rest.dropFirst())
    }
  }
}
