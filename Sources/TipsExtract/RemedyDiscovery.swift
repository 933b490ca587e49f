import TipsCore

/// Finds remedies the lexicon lacks from the way people recommend things: "try X", "you may
/// consider taking X", "I swear by X", "X helped", "X works wonders", "X is my go-to".
///
/// Only strong patterns count, and only in a sentence that names no lexicon remedy, so
/// precision holds where the vocabulary already knows the answer. The name is the noun
/// phrase the pattern points at, cut at punctuation or at a word that ends a phrase ("for",
/// "if", "when", ...), without leading determiners or quantities ("a few drops of olive oil"
/// is olive oil), at most four words. Pronouns and vague words ("it", "something",
/// "anything") never name a remedy.
enum RemedyDiscovery {
  /// A discovered remedy: its name (lower case) and where it starts in the text.
  struct Discovery: Equatable {
    var name: String
    var position: String.Index
  }

  /// Phrases after which the remedy follows ("try X").
  private static let leadingTriggers: [[String]] = [
    ["try"], ["tried"], ["trying"], ["i", "recommend"], ["i'd", "recommend"],
    ["would", "recommend"], ["highly", "recommend"], ["i", "recommended"], ["i", "suggest"],
    ["i'd", "suggest"], ["would", "suggest"], ["swear", "by"], ["consider", "taking"],
    ["consider", "using"], ["consider", "trying"], ["consider", "adding"], ["i", "use"],
    ["i", "take"], ["i", "took"], ["i", "used"], ["best", "bet", "is"],
    ["best", "thing", "to", "do", "is"], ["go", "with"], ["switch", "to"], ["switched", "to"],
  ].map { $0.map(WordFolding.fold) }
  /// Verbs before which the remedy stands ("X helped").
  private static let trailingTriggers: [[String]] = [
    ["helped"], ["helps"], ["worked"], ["works"], ["did", "wonders"],
    ["does", "wonders"], ["is", "my", "go"], ["is", "great"], ["is", "the", "best"],
    ["cured"], ["fixed"], ["relieves"], ["relieved"],
  ].map { $0.map(WordFolding.fold) }
  /// Words skipped at the start of a phrase: determiners, quantities, verbs of using.
  private static let skippedLeading: Set<String> = folded([
    "a", "an", "the", "some", "few", "small", "amount", "of", "drop", "little", "bit", "using",
    "taking", "adding", "doing", "getting", "to", "out", "my", "your", "his", "her", "their",
    "our", "more", "regular", "regularly", "daily", "also", "really", "definitely", "just",
    "sometimes", "always", "usually", "often", "then", "both", "either", "any", "this", "that",
    "them", "it", "these", "those",
  ])
  /// Words that end the phrase.
  private static let phraseEnds: Set<String> = folded([
    "for", "if", "when", "because", "but", "and", "or", "to", "on", "in", "at", "with", "by",
    "from", "after", "before", "as", "so", "since", "which", "that", "who", "while", "until",
    "into", "onto", "over", "under", "through", "about", "per", "like", "than", "during",
    "around", "within", "without", "against", "across", "along", "called", "named", "will",
    "would", "can", "could", "should", "may", "might", "must", "does", "did", "do", "has",
    "have", "had",
    "unless", "me", "you", "him", "her", "them", "us", "it", "is", "was", "are", "were", "be",
    "helped", "helps", "help", "works", "worked", "every", "each", "twice", "once", "a", "an",
    "the", "really", "sometimes", "always", "usually", "also", "too", "now", "then", "first",
    "again", "here", "there", "instead", "yourself", "myself",
  ])
  /// Words that never name a remedy on their own.
  private static let vague: Set<String> = folded([
    "it", "this", "that", "them", "these", "those", "something", "anything", "everything",
    "nothing", "stuff", "thing", "one", "way", "lot", "bit", "what", "which", "he", "she",
    "they", "i", "you", "we", "all", "other", "others", "same", "time", "idea", "approach",
    "method", "again", "out", "different", "new", "harder", "best", "doctor", "him", "her",
    "me", "us", "too", "much", "more", "less", "well", "better", "worse", "here", "there",
    "try", "product", "products", "brand", "medicine", "medication", "treatment", "remedy",
    "not", "no", "never", "anyway", "basically", "any", "very", "hard", "seriously", "self",
    "online", "claim", "claims", "reference", "following", "you've", "i've", "we've",
    "they've", "it's", "that's", "there's", "option", "options", "alternative",
    "alternatives", "solution", "advice", "suggestion", "information", "info", "help",
    "care", "way", "ways", "things", "people", "someone", "somebody", "everyone",
    "great", "awesome", "amazing", "good", "nice", "cool", "excellent", "perfect",
    "fantastic", "wonderful", "brilliant", "forward", "work", "code", "thanks", "thank",
  ])
  /// Words before a trailing trigger that are not part of the remedy ("Olive oil really
  /// helped": "really").
  private static let adverbs: Set<String> = folded([
    "really", "also", "definitely", "sometimes", "always", "usually", "often", "actually",
    "just", "both", "all", "certainly", "probably", "still", "even",
  ])

  /// Words are compared folded, so the lists are folded too ("sometimes" is "sometime").
  private static func folded(_ words: [String]) -> Set<String> {
    Set(words.map(WordFolding.fold))
  }

  /// Every trigger, leading ones first, by its place in those lists: one walk per word
  /// finds them all.
  private static let triggers: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (index, trigger) in (leadingTriggers + trailingTriggers).enumerated() {
      trie.update(trigger) { $0 = index }
    }
    return trie
  }()

  static func discoveries(in sentence: Substring, words: [WordSpan]) -> [Discovery] {
    let folded = words.map(\.folded)
    var hits: [(trigger: Int, start: Int)] = []
    for start in folded.indices {
      triggers.forEachMatch(in: folded, from: start) { _, trigger in
        hits.append((trigger, start))
      }
    }
    // In list order, then left to right: when two triggers point at one name, the earlier
    // in the lists says where it is.
    hits.sort { ($0.trigger, $0.start) < ($1.trigger, $1.start) }
    var found: [Discovery] = []
    for (trigger, start) in hits {
      let discovery =
        trigger < leadingTriggers.count
        ? phrase(after: start + leadingTriggers[trigger].count, words: words, in: sentence)
        : phrase(before: start, words: words, in: sentence)
      if let discovery { found.append(discovery) }
    }
    var seen = Set<String>()
    return found.filter { seen.insert($0.name).inserted }
  }

  /// The noun phrase starting at word `start`.
  private static func phrase(after start: Int, words: [WordSpan], in text: Substring)
    -> Discovery?
  {
    // "try a Canadian over-the-counter product called Secaris": the name follows "called".
    let lookahead = words[start..<min(words.count, start + 8)]
    if let called = lookahead.firstIndex(where: { $0.folded == "called" || $0.folded == "named" }),
      called + 1 < words.count
    {
      return phrase(after: called + 1, words: words, in: text)
    }
    // "try to stretch" is a verb, not a remedy.
    guard start < words.count, words[start].folded != "to" else { return nil }
    var first = start
    while first < words.count, skippedLeading.contains(words[first].folded) {
      if first > start, breaks(between: first - 1, and: first, words: words, in: text) {
        return nil
      }
      first += 1
    }
    guard first < words.count,
      first == start || !breaks(between: first - 1, and: first, words: words, in: text)
    else {
      return nil
    }
    var end = first
    while end < words.count, end - first < 4, !phraseEnds.contains(words[end].folded) {
      if end > first, breaks(between: end - 1, and: end, words: words, in: text) { break }
      end += 1
    }
    return discovery(words[first..<end], in: text)
  }

  /// The noun phrase that ends just before word `end`, from the start of its clause.
  private static func phrase(before end: Int, words: [WordSpan], in text: Substring) -> Discovery? {
    var last = end
    while last > 0, adverbs.contains(words[last - 1].folded) { last -= 1 }
    var first = last
    while first > 0, last - first < 4,
      !breaks(between: first - 1, and: first, words: words, in: text),
      !phraseEnds.contains(words[first - 1].folded)
    {
      first -= 1
    }
    // Only a phrase that opens its clause names the subject ("Feverfew helped"), not one
    // inside a longer subject ("the advice of my doctor helped").
    guard first == 0 || breaks(between: first - 1, and: first, words: words, in: text) else {
      return nil
    }
    while first < last, skippedLeading.contains(words[first].folded) { first += 1 }
    return discovery(words[first..<last], in: text)
  }

  private static func discovery(_ span: ArraySlice<WordSpan>, in text: Substring) -> Discovery? {
    guard let head = span.first, let tail = span.last, span.count <= 4 else { return nil }
    let folded = span.map(\.folded)
    guard !folded.contains(where: vague.contains),
      !folded.contains(where: { $0.hasSuffix("n't") }),
      folded.contains(where: { $0.count > 3 && !$0.allSatisfy(\.isNumber) })
    else { return nil }
    let name = text[head.range.lowerBound..<tail.range.upperBound].lowercased()
    return Discovery(name: name, position: head.range.lowerBound)
  }

  /// Whether punctuation stands between two words, ending a phrase.
  private static func breaks(between a: Int, and b: Int, words: [WordSpan], in text: Substring)
    -> Bool
  {
    text[words[a].range.upperBound..<words[b].range.lowerBound].contains {
      !$0.isWhitespace && $0 != "-" && $0 != "'" && $0 != "’"
    }
  }
}
