import TipsCore

/// The lexicon remedies posts misspell: "sumatripton" for sumatriptan, "acidophilous" for
/// acidophilus. Drug and supplement names are long, coined and typed from memory, so a name a
/// post gives in its own words may be a lexicon remedy off by one slip of the keyboard.
///
/// A one-word name is read as a remedy's one-word name or alias of eight letters or more
/// when it starts with the same letter and is one slip from it (a letter left out, added or
/// changed, or two neighbours swapped), and only one remedy is that near. A word the lexicon
/// writes anywhere is its own word, never a slip ("medication" is one letter from
/// "meditation"), and shorter names are left alone: among them one slip joins real words
/// ("talking", "walking").
struct SpellingVariants: Sendable {
  /// One-word remedy names and aliases by length, each with its remedy.
  private let namesByLength: [Int: [(word: [UInt8], remedy: String)]]
  /// Every word of every phrase the lexicon holds.
  private let lexiconWords: Set<String>

  static let shortestName = 8

  init(lexicon: Lexicon) {
    var namesByLength: [Int: [(word: [UInt8], remedy: String)]] = [:]
    var words = Set<String>()
    func add(_ phrases: [String]) {
      for phrase in phrases {
        for word in phrase.split(separator: " ") { words.insert(String(word)) }
      }
    }
    for entry in lexicon.remedies.values {
      let names = [entry.name] + entry.aliases
      add(names)
      for name in names
      where name.utf8.count >= Self.shortestName && name.utf8.allSatisfy(Self.isLetter) {
        namesByLength[name.utf8.count, default: []].append((Array(name.utf8), entry.name))
      }
    }
    for entry in lexicon.tools.values { add([entry.name] + entry.synonyms) }
    for entry in lexicon.muscles.values { add([entry.name, entry.singular] + entry.synonyms) }
    for entry in lexicon.conditions.values { add([entry.name] + entry.synonyms) }
    self.namesByLength = namesByLength
    lexiconWords = words
  }

  /// The lexicon remedy `name` misspells, if it is one word that misspells exactly one.
  func remedy(misspelledAs name: String) -> String? {
    let word = Array(name.utf8)
    guard word.count >= Self.shortestName - 1, word.allSatisfy(Self.isLetter),
      !lexiconWords.contains(name)
    else { return nil }
    var found: String? = nil
    for length in (word.count - 1)...(word.count + 1) {
      for (known, remedy) in namesByLength[length, default: []]
      where known[0] == word[0] && EditDistance.between(known, word, atMost: 1) == 1 {
        guard found == nil || found == remedy else { return nil }
        found = remedy
      }
    }
    return found
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
  }
}
