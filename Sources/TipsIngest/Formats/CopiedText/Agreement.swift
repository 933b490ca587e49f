extension CopiedTextReader {
  /// A paragraph that opens by siding with someone: "+1", "I agree", "Same here",
  /// "What Coach Chad said!", "… I'm also in agreement with Chad.", "Chad is right".
  ///
  /// Agreements start posts (nobody agrees with their own previous paragraph) and, when they
  /// name the person, say which post they answer (`ReplyResolver`). Whether a post agrees
  /// with a tip is the extraction layer's question; here only the conventional openers
  /// that mark a boundary, and the named forms that give `replyTo`, are read.
  struct Agreement: Sendable, Hashable {
    /// The person agreed with, lower-cased, by the last word of the name ("Coach Chad" →
    /// "chad"), since Discourse user names are usually one word of the display name; nil
    /// when the agreement names nobody ("+1 for rolling", "I agree").
    var name: String?
    /// The words of the name as written, so text similarity can leave them out.
    var nameWords: [String]

    /// Phrases that agree without naming anyone, matched at the paragraph's start.
    private static let namelessOpeners = [
      "+1", "i agree", "agreed", "same here", "me too", "ditto", "^ this", "^this",
    ]

    /// Words that stand where a name would but name nobody ("What he said", "agree with you").
    private static let notNames: Set<String> = [
      "he", "she", "they", "you", "we", "i", "him", "her", "them", "it", "this", "that", "these",
      "those", "the", "a", "an", "all", "everyone", "everybody", "others", "above", "what", "most",
      "both", "some", "my", "your", "his", "their", "our",
    ]

    init?(paragraph: String) {
      let start = CopiedTextReader.cueText(paragraph)
      let words = CopiedTextReader.firstSentence(of: paragraph).split(
        whereSeparator: \.isWhitespace)
      if let named = Self.namedPerson(in: words) {
        nameWords = named.map(Self.bare)
        name = nameWords.last?.lowercased()
        return
      }
      guard Self.namelessOpeners.contains(where: { CopiedTextReader.begins(start, with: $0) })
      else {
        return nil
      }
      name = nil
      nameWords = []
    }

    /// The name in "What X said", "agree with X", "agreement with X", "+1 to X", "+1 @x",
    /// "X is right", "X is spot on", "X nailed it"; nil when none of these is there.
    private static func namedPerson(in words: [Substring]) -> ArraySlice<Substring>? {
      let lowered = words.map { bare($0).lowercased() }
      // "What Coach Chad said"
      if lowered.first == "what", let said = lowered.prefix(5).firstIndex(of: "said"), said > 1 {
        return acceptedName(words[1..<said])
      }
      // "+1 to Chad", "+1 @chad"
      if words.first == "+1" || words.first == "+1,", lowered.count > 1 {
        if words[1].first == "@" { return words[1...1] }
        if lowered[1] == "to" { return leadingName(words[2...]) }
        return nil
      }
      // "I agree with Chad", "in agreement with Chad"
      for index in lowered.indices.dropLast(2)
      where ["agree", "agreed", "agreement", "agreeing"].contains(lowered[index])
        && lowered[index + 1] == "with"
      {
        return leadingName(words[(index + 2)...])
      }
      // "Chad is right", "Coach Chad is spot on", "@chad nailed it"
      for verb in 1...3 where verb + 1 < lowered.count {
        let claim = lowered[verb] + " " + lowered[verb + 1]
        guard ["is right", "is correct", "is spot", "nailed it"].contains(claim) else { continue }
        guard let name = leadingName(words[..<verb]), name.count == verb else { return nil }
        return name
      }
      return nil
    }

    /// Capitalized words or one @handle from the start of `words`, at most three, up to the
    /// first that ends in punctuation: "Chad on this" gives "Chad".
    private static func leadingName(_ words: ArraySlice<Substring>) -> ArraySlice<Substring>? {
      guard let first = words.first else { return nil }
      if first.first == "@" { return acceptedName(words.prefix(1)) }
      var end = words.startIndex
      while end < words.endIndex, end - words.startIndex < 3,
        words[end].first.map({ $0.isUppercase }) == true
      {
        let endsClause = words[end].last.map { !$0.isLetter && !$0.isNumber } == true
        end += 1
        if endsClause { break }
      }
      return acceptedName(words[words.startIndex..<end])
    }

    private static func acceptedName(_ words: ArraySlice<Substring>) -> ArraySlice<Substring>? {
      guard let first = words.first, words.count <= 3,
        !notNames.contains(bare(first).lowercased()), !bare(words[words.endIndex - 1]).isEmpty
      else { return nil }
      return words
    }

    /// The word without surrounding punctuation, a leading "@" or a possessive "'s".
    static func bare(_ word: Substring) -> String {
      var core = word.drop { !$0.isLetter && !$0.isNumber }
      while let last = core.last, !last.isLetter, !last.isNumber, last != "_" {
        core = core.dropLast()
      }
      for possessive in ["'s", "’s"] where core.hasSuffix(possessive) {
        core = core.dropLast(2)
      }
      return String(core)
    }
  }

  /// The user a paragraph opens by addressing, "@kgulmer, above all …" → "kgulmer"; nil when
  /// it does not start with a mention.
  static func leadingMention(in paragraph: String) -> String? {
    guard paragraph.first == "@" else { return nil }
    let name = paragraph.dropFirst().prefix {
      $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0))
    }
    let trimmed = name.reversed().drop { $0 == "." || $0 == "-" }.reversed()
    return trimmed.isEmpty ? nil : String(trimmed)
  }
}
