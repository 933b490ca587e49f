import TipsCore
import TipsIndex

/// A parsed search: what to look for, what to leave out, and which tips to keep at all.
///
/// Syntax: words, `"a phrase"` in quotes, `-word` to exclude tips containing it. Every word or
/// phrase becomes a concept; where the lexicon knows a phrase ("psoas" is a hip-flexor
/// synonym), the concept also matches every other name of the same thing, so psoas finds
/// hip-flexor tips and "hip flexor" finds psoas quotes.
public struct Query: Sendable, Hashable {
  /// One thing the user asked for, and every phrase (folded words) that names it.
  public struct Concept: Sendable, Hashable {
    public var text: String
    public var alternatives: [[String]]

    /// The concept's words one by one, stop words left out, where it has more than one.
    var eachWord: Concept? {
      let words = text.split(separator: " ").map(String.init).filter {
        !Query.stopWords.contains($0)
      }
      guard words.count > 1 else { return nil }
      return Concept(text: text, alternatives: words.map { [$0] })
    }
  }

  public var text: String
  public var concepts: [Concept]
  public var excluded: [String]
  public var filters: Filters
  /// The words looked for under another spelling, in query order.
  public var respellings: [Respelling] = []

  public struct Filters: Sendable, Hashable {
    public var muscle: String?
    public var tool: String?
    public var kind: RemedyKind?
    public var thread: String?

    public init(
      muscle: String? = nil, tool: String? = nil, kind: RemedyKind? = nil, thread: String? = nil
    ) {
      self.muscle = muscle
      self.tool = tool
      self.kind = kind
      self.thread = thread
    }

  }

  public init(_ text: String, lexicon: Lexicon, filters: Filters = Filters()) {
    self.text = text
    self.filters = filters
    var excluded: [String] = []
    var concepts: [Concept] = []
    var plain: [String] = []
    // Plain words are matched against the lexicon together, so "lower back pain" is one
    // condition rather than three words.
    func flushPlain() {
      let run = plain.joined(separator: " ")
      concepts += Self.concepts(of: WordFolding.words(in: run[...]), lexicon: lexicon)
      plain = []
    }
    for piece in Self.pieces(of: text) {
      if piece.hasPrefix("-"), !piece.hasPrefix("--"), piece.count > 1 {
        excluded += WordFolding.words(in: piece.dropFirst()).map(\.folded)
      } else if piece.hasPrefix("\"") {
        flushPlain()
        let words = WordFolding.words(in: piece.dropFirst())
        concepts.append(
          Concept(text: String(piece.dropFirst()), alternatives: [words.map(\.folded)]))
      } else {
        plain.append(piece)
      }
    }
    flushPlain()
    self.concepts = concepts.filter { !$0.alternatives.allSatisfy(\.isEmpty) }
    self.excluded = excluded
  }

  /// Splits on spaces outside double quotes; a quoted phrase keeps its quotes.
  private static func pieces(of text: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    var quoted = false
    for c in text {
      if c == "\"" || c == "“" || c == "”" {
        if quoted {
          pieces.append("\"" + current)
          current = ""
        } else if !current.isEmpty {
          pieces.append(current)
          current = ""
        }
        quoted.toggle()
      } else if c == " " && !quoted {
        if !current.isEmpty { pieces.append(current) }
        current = ""
      } else {
        current.append(c)
      }
    }
    if !current.isEmpty { pieces.append(quoted ? "\"" + current : current) }
    return pieces
  }

  /// Lexicon phrases become one concept with all their names; other words one concept each.
  private static func concepts(of words: [WordSpan], lexicon: Lexicon) -> [Concept] {
    var concepts: [Concept] = []
    var covered = Set<Int>()
    for match in lexicon.matches(in: words) {
      var alternatives: [[String]] = [words[match.words].map(\.folded)]
      for term in match.terms { alternatives += names(of: term, in: lexicon) }
      concepts.append(
        Concept(
          text: words[match.words].map(\.folded).joined(separator: " "),
          alternatives: unique(alternatives)))
      covered.formUnion(match.words)
    }
    for (i, word) in words.enumerated()
    where !covered.contains(i) && !stopWords.contains(word.folded) {
      concepts.append(Concept(text: word.folded, alternatives: [[word.folded]]))
    }
    return concepts
  }

  private static func names(of term: Lexicon.Term, in lexicon: Lexicon) -> [[String]] {
    let phrases: [String]
    switch term {
    case .remedy(let name):
      // A class ("antivirals") is also every member a post may name instead ("acyclovir").
      phrases = ([name] + (lexicon.classes[name] ?? [])).flatMap { remedy in
        [remedy] + (lexicon.remedies[remedy]?.aliases ?? [])
      }
    case .tool(let name):
      let entry = lexicon.tools[name]
      phrases = [name] + (entry?.synonyms ?? []) + (entry?.impliedRemedy.map { [$0] } ?? [])
    case .muscle(let name):
      let entry = lexicon.muscles[name]
      phrases = [name] + (entry.map { [$0.singular] + $0.synonyms } ?? [])
    case .condition(let name): phrases = [name] + (lexicon.conditions[name]?.synonyms ?? [])
    }
    return phrases.map { WordFolding.words(in: $0[...]).map(\.folded) }.filter { !$0.isEmpty }
  }

  /// Words too common to mean anything in a search for advice: the index's stop words, and
  /// the words a question for advice wraps its subject in ("what helps", "best ... for",
  /// "a home remedy for", "tips for").
  static let stopWords: Set<String> = Analyzer.stopWords.union([
    "what", "how", "best", "good", "help", "helps", "after", "remedy", "remedies", "cure",
    "cures", "treatment", "treatments", "tip", "tips", "advice", "solution", "solutions",
  ])
}

private func unique<T: Hashable>(_ items: [T]) -> [T] {
  var seen = Set<T>()
  return items.filter { seen.insert($0).inserted }
}
