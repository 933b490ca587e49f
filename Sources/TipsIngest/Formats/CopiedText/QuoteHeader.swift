extension CopiedTextReader {
  /// The line a forum engine prints above a quoted post, and whom it names.
  ///
  /// - vBulletin: "Quote:" then "Originally Posted by NAME" (3.x), or both on one line,
  ///   "Quote Originally Posted by NAME View Post" (4.x).
  /// - XenForo: "NAME said:" (with "↑" on 1.x); a long quote ends with "Click to expand...".
  /// - phpBB: "NAME wrote:" (2.x, 3.0), "NAME wrote: ↑Tue Mar 03, 2015 10:12 pm" (3.2+),
  ///   "Quote:" for a quote without a name.
  /// - SMF: "Quote from: NAME on March 03, 2015, 10:12:00 PM".
  /// - Mail and Usenet style: "On Mar 3, 2015, at 10:12 PM, NAME wrote:".
  /// - Discourse: "NAME:" alone; accepted only for a name the copy shows as a post's author
  ///   (`isBareName`), since "Pros:" above a list has the same shape.
  ///
  /// "NAME said:" is a quote's header, never a post's author line.
  struct QuoteHeader: Sendable, Hashable {
    /// The quoted post's author; nil for "Quote:".
    var author: String?
    /// The Discourse form, "NAME:", which needs the name confirmed.
    var isBareName = false

    init?(line: Substring) {
      let text = CopiedTextReader.trimmed(line)
      let lowered = text.lowercased()
      if lowered == "quote:" {
        author = nil
        return
      }
      for prefix in [
        "quote originally posted by ", "originally posted by ", "quote from: ",
        "quote from ", "quote: originally posted by ",
      ]
      where lowered.hasPrefix(prefix) {
        var name = text.dropFirst(prefix.count)
        for tail in [" view post", " on "] {
          if let range = CopiedTextReader.firstRange(of: tail, in: name.lowercased()) {
            let offset = name.lowercased().distance(
              from: name.lowercased().startIndex, to: range.lowerBound)
            name = name.prefix(offset)
          }
        }
        guard let author = CopiedTextReader.userName(name) else { return nil }
        self.author = author
        return
      }
      for verb in [" said:", " wrote:"] {
        guard let range = CopiedTextReader.firstRange(of: verb, in: lowered) else { continue }
        let offset = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
        var name = text.prefix(offset)
        // "On Mar 3, 2015, at 10:12 PM, NAME wrote:"
        if name.lowercased().hasPrefix("on "), let comma = name.lastIndex(of: ",") {
          guard PostDate(line: name[name.index(name.startIndex, offsetBy: 3)..<comma]) != nil
          else { return nil }
          name = name[name.index(after: comma)...]
        }
        if let bracket = name.firstIndex(of: "<") { name = name[..<bracket] }
        let after = text.dropFirst(offset + verb.count)
        guard Self.isTrailer(after),
          let author = CopiedTextReader.userName(name) ?? CopiedTextReader.handleName(name),
          !Self.notNames.contains(author.lowercased().split(separator: " ")[0].lowercased())
        else { return nil }
        self.author = author
        return
      }
      if text.last == ":", let author = CopiedTextReader.userName(text.dropLast()) {
        self.author = author
        isBareName = true
        return
      }
      return nil
    }

    /// What may follow "said:" or "wrote:" on a quote header: nothing, a link arrow, a date.
    private static func isTrailer(_ text: Substring) -> Bool {
      var rest = CopiedTextReader.trimmed(text)
      // A link arrow: "↑" (phpBB), "»" (Vanilla).
      while let first = rest.first, "↑⬆︎^»".contains(first) { rest = rest.dropFirst() }
      rest = CopiedTextReader.trimmed(rest)
      return rest.isEmpty || PostDate(line: rest) != nil
    }

    /// Pronouns and determiners, which open "My doctor said:" or "He wrote:": speech
    /// reported in a post's own words, not a quoted post.
    private static let notNames: Set<String> = [
      "he", "she", "they", "you", "we", "i", "it", "someone", "somebody", "everyone", "my",
      "your", "his", "her", "their", "our", "the", "a", "an", "this", "that", "who",
    ]
  }
}
