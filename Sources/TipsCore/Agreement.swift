/// A sentence that sides with another post: "+1 for rolling", "I agree", "Same here", "What
/// Coach Chad said!", "… so I'm also in agreement with Chad", "Chad is spot on".
///
/// One reading serves both layers that need it: the copied-text reader starts a post at a
/// paragraph that opens with an agreement (nobody agrees with their own previous paragraph)
/// and links it to the post of the person it names; extraction credits the agreed-with post's
/// remedies to the one who agrees.
public struct Agreement: Sendable, Hashable {
  /// The person agreed with, lower-cased, by the last word of the name ("Coach Chad" →
  /// "chad"), since forum user names are usually one word of the display name; nil when the
  /// agreement names nobody ("+1 for rolling", "I agree").
  public var name: String?
  /// The words of the name as written, so text similarity can leave them out.
  public var nameWords: [String]
  /// Whether the sentence opens with the agreement ("+1 for rolling", "Yeah, same here"), as
  /// a post that answers another does; "so I'm also in agreement with Chad" does not.
  public var opensSentence: Bool

  /// Symbols that agree: "+1", "++", the thumbs-up emoji and its codes, "^ this".
  private static let symbols = [
    "+1", "+ 1", "++", ":+1:", ":thumbsup:", "👍", "^this", "^ this",
  ]

  /// Phrases that agree, as lower-cased words, longest first; a name may follow "with".
  private static let phrases: [[String]] = [
    "i agree", "agreed", "same here", "me too", "ditto", "exactly this", "second that",
    "seconded", "i second", "plus one", "thumbs up", "what he said", "what she said",
    "what they said", "what you said", "agree with", "i agree with", "agreement with",
    "in agreement", "in agreement with", "vote for", "second the",
  ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

  /// Words that may come before an agreement that opens a sentence: "Yeah, same here".
  private static let interjections: Set<String> = [
    "yes", "yeah", "yep", "yup", "totally", "absolutely", "definitely", "exactly", "oh", "and",
    "so", "well", "haha", "lol", "ha",
    // "Another vote for the couch stretch", "one more vote for rolling".
    "another", "one", "more",
  ]

  /// Words that stand where a name would but name nobody ("What he said", "agree with you").
  private static let notNames: Set<String> = [
    "he", "she", "they", "you", "we", "i", "him", "her", "them", "it", "this", "that", "these",
    "those", "the", "a", "an", "all", "everyone", "everybody", "others", "above", "what", "most",
    "both", "some", "my", "your", "his", "their", "our", "op",
  ]

  /// Reads the agreement in `sentence`; nil when it agrees with nobody, or disagrees ("I
  /// don't agree with Chad").
  public init?(sentence: some StringProtocol) {
    guard Self.mayAgree(sentence.utf8) else { return nil }
    let text = String(sentence).drop { $0.isWhitespace }
    let words = text.split(whereSeparator: \.isWhitespace)
    let lowered = words.map { Self.bare($0).lowercased() }
    // "+1 to Chad", "+1 @chad", "+1 for rolling", "👍".
    if Self.symbols.contains(where: { text.hasPrefix($0) }) {
      var name: ArraySlice<Substring>?
      if words.count > 1, words[0] == "+1" || words[0] == "+1," {
        if words[1].first == "@" {
          name = Self.acceptedName(words[1...1])
        } else if lowered[1] == "to" {
          name = Self.leadingName(words[2...])
        }
      }
      self.init(name: name, opensSentence: true)
      return
    }
    if lowered == ["this"] {
      self.init(name: nil, opensSentence: true)
      return
    }
    if let (name, start) = Self.namedPerson(in: words, lowered: lowered) {
      self.init(name: name, opensSentence: Self.opens(at: start, in: lowered))
      return
    }
    for start in lowered.indices {
      guard
        let phrase = Self.phrases.first(where: {
          lowered[start...].starts(with: $0)
        })
      else { continue }
      guard !Self.isNegated(at: start, in: lowered) else { return nil }
      let after = start + phrase.count
      // "I agree that some specialties have gone too far", "I agree with this consensus
      // that ...": what is agreed to is said right there, and read as the post's own words.
      guard !Self.agreesToAStatement(after: after, in: lowered) else { return nil }
      let name = phrase.last == "with" ? Self.leadingName(words[after...]) : nil
      self.init(name: name, opensSentence: Self.opens(at: start, in: lowered))
      return
    }
    return nil
  }

  /// Fragments one of which every agreement holds, ASCII letters lower-cased: a word of every
  /// phrase, "said" of "what X said", the words after a name ("is right", "nailed it"),
  /// "this", and the first byte of every symbol. Most sentences hold none, and are then done
  /// without splitting them into words.
  private static let necessaryFragments: [[UInt8]] = [
    "agree", "same", "too", "ditto", "exactly", "second", "plus", "thumbs", "said", "vote",
    "right", "correct", "spot", "nailed", "this", "+", ":", "^", "\u{1F44D}",
  ].map { Array($0.utf8) }

  /// Whether `bytes` hold one of `necessaryFragments`, ignoring the case of ASCII letters.
  private static func mayAgree(_ bytes: some Collection<UInt8>) -> Bool {
    let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    return lowered.indices.contains { start in
      necessaryFragments.contains { fragment in
        fragment[0] == lowered[start] && lowered[start...].starts(with: fragment)
      }
    }
  }

  private init(name: ArraySlice<Substring>?, opensSentence: Bool) {
    nameWords = name.map { $0.map(Self.bare) } ?? []
    self.name = nameWords.last?.lowercased()
    self.opensSentence = opensSentence
  }

  /// The name in "What X said", "agree with X", "X is right", "X is spot on", "X nailed it",
  /// and where the agreement starts; nil when none of these is there.
  private static func namedPerson(in words: [Substring], lowered: [String])
    -> (ArraySlice<Substring>, Int)?
  {
    // "What Coach Chad said", "Yeah, what Chad said".
    if let what = lowered.prefix(3).firstIndex(of: "what"),
      let said = lowered[what...].prefix(5).firstIndex(of: "said"), said > what + 1,
      let name = acceptedName(words[(what + 1)..<said])
    {
      return (name, what)
    }
    // "Chad is right", "Coach Chad is spot on", "@chad nailed it".
    for verb in 1...3 where verb + 1 < lowered.count {
      let claim = lowered[verb] + " " + lowered[verb + 1]
      guard ["is right", "is correct", "is spot", "nailed it"].contains(claim) else { continue }
      guard let name = leadingName(words[..<verb]), name.count == verb else { return nil }
      return (name, 0)
    }
    return nil
  }

  /// Whether "that" opens a clause within a few words after an agreement ending at `after`.
  private static func agreesToAStatement(after: Int, in lowered: [String]) -> Bool {
    guard let that = lowered[after...].prefix(5).firstIndex(of: "that") else { return false }
    return lowered.count - that > 2
  }

  /// Whether the agreement at `start` opens the sentence: only interjections before it.
  private static func opens(at start: Int, in lowered: [String]) -> Bool {
    lowered[..<start].allSatisfy { interjections.contains($0) }
  }

  /// "I don't agree with", "not in agreement", "I never agreed".
  private static func isNegated(at start: Int, in lowered: [String]) -> Bool {
    lowered[max(0, start - 2)..<start].contains {
      ["not", "never", "dont", "don't", "cant", "can't", "couldn't", "cannot"].contains($0)
        || $0.hasSuffix("n't")
    }
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

  /// The word without surrounding punctuation, a leading "@" or a possessive "'s", with
  /// curly apostrophes straightened.
  static func bare(_ word: Substring) -> String {
    let straight = String(word.map { $0 == "’" || $0 == "‘" ? "'" : $0 })
    var core = straight.drop { !$0.isLetter && !$0.isNumber }
    while let last = core.last, !last.isLetter, !last.isNumber, last != "_" {
      core = core.dropLast()
    }
    if core.hasSuffix("'s") { core = core.dropLast(2) }
    return String(core)
  }
}
