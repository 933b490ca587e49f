import Foundation
import TipsLanguage

/// The vocabulary tips recognises: remedies, tools, muscle groups and conditions, each with
/// the words people use for it.
///
/// Loaded from plain-text files a person can review line by line (`Resources/lexicon.txt`
/// documents the format, `Resources/Lexicon/` adds vocabularies by source), merged with a
/// user's own file. Every phrase is matched as a sequence of folded words (see
/// `WordFolding`), so one base form matches every inflection; determiners and possessives may
/// stand between its words ("lower the saddle"), a two-word action ("calf stretch") matches
/// the other way round too ("stretching my calves"), and words declared synonyms stand for
/// each other.
public struct Lexicon: Sendable {
  public struct RemedyEntry: Sendable, Hashable {
    public var name: String
    public var kind: RemedyKind
    public var muscles: [String]
    public var tools: [String]
    public var aliases: [String]
  }

  public struct MuscleEntry: Sendable, Hashable {
    /// Canonical plural name, as the JSON contract spells it: "hip flexors".
    public var name: String
    /// The form used inside a remedy name: "hip flexor" in "hip flexor stretch".
    public var singular: String
    public var synonyms: [String]
  }

  public struct ToolEntry: Sendable, Hashable {
    public var name: String
    /// The remedy that using this tool amounts to ("lacrosse ball" means ball massage);
    /// nil for tools that only accompany other remedies (a kettlebell as added weight).
    public var impliedRemedy: String?
    public var synonyms: [String]
  }

  public struct ConditionEntry: Sendable, Hashable {
    public var name: String
    public var synonyms: [String]
  }

  /// What a phrase in text stands for.
  public enum Term: Sendable, Hashable {
    case remedy(String)
    case tool(String)
    case muscle(String)
    case condition(String)
  }

  public internal(set) var remedies = LexiconTable<RemedyEntry>()
  public internal(set) var muscles = LexiconTable<MuscleEntry>()
  public internal(set) var tools = LexiconTable<ToolEntry>()
  public internal(set) var conditions = LexiconTable<ConditionEntry>()
  /// A class of remedies to its members ("antivirals" to "acyclovir", "valacyclovir", ...):
  /// a search for the class finds what posts name by the member's own name.
  public internal(set) var classes = LexiconTable<[String]>()
  /// Folded word sequences to what they name; a phrase can name several things
  /// ("foam roller" is a tool and an alias of foam rolling). An ignored phrase names nothing
  /// (an empty list) but stops a shorter phrase inside it from matching: "the rest of" is not
  /// rest, "rolling hills" is not foam rolling.
  var trie = PhraseTrie<[Term]>()
  /// Ignored phrases, as folded words.
  var ignored: [[String]] = []
  /// Groups of interchangeable phrases, as folded words ("physio ~ physiotherapist").
  var synonymGroups: [[[String]]] = []

  public init() {}

  /// Parses a lexicon file. `source` names it in errors.
  public init(parsing text: String, source: String) throws(LexiconError) {
    try merge(text: text, source: source)
  }

  /// The lexicon shipped with tips.
  ///
  /// Looked up beside the running executable (symbolic links followed) rather than through
  /// `Bundle.module`, whose accessor stops the process when the resource folder is missing,
  /// as it is when someone copies the binary alone: this way they get a message instead.
  public static func shipped() throws(LexiconError) -> Lexicon {
    try Lexicon(parsing: shippedSources())
  }

  /// The text of every shipped lexicon file, in merge order, each with the name errors give.
  public static func shippedSources() throws(LexiconError) -> [Source] {
    guard let url = shippedURL, let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw LexiconError.notShipped
    }
    var sources = [Source(text: text, name: "lexicon.txt")]
    let folder = url.deletingLastPathComponent().appendingPathComponent("Lexicon")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".txt") {
      guard
        let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      else { throw LexiconError.unreadable(path: "Lexicon/" + name) }
      sources.append(Source(text: text, name: "Lexicon/" + name))
    }
    return sources
  }

  /// One lexicon file's text and the name its errors give.
  public struct Source: Sendable, Hashable {
    public var text: String
    public var name: String

    public init(text: String, name: String) {
      self.text = text
      self.name = name
    }
  }

  /// Parses lexicon files in order, each merged over the ones before (see `merge`).
  ///
  /// Phrases are indexed once, after the last file: indexing them after every file, as a
  /// chain of `merge` calls does, was most of the time the shipped lexicon took to load.
  /// A class line may name members from files read after its own ("more sleep" in the core
  /// file, "blackout curtains" in a later one), so class lines are checked once all are read,
  /// each against the file it came from.
  public init(parsing sources: [Source]) throws(LexiconError) {
    var classFiles: [String: String] = [:]
    for source in sources {
      let before = classes.dictionary
      try mergeEntries(text: source.text, source: source.name, checkingClasses: false)
      for (name, members) in classes.dictionary where before[name] != members {
        classFiles[name] = source.name
      }
    }
    try validateClasses { classFiles[$0] ?? "lexicon" }
    rebuildPhrases()
  }

  /// The resource folder SwiftPM builds beside the executables of this package.
  private static let resourceFolder = "tips_TipsCore.resources"

  private static var shippedURL: URL? { shippedResource(named: "lexicon.txt") }

  /// The shipped resource file `name`: in the resource folder beside the executable, else in
  /// `../share/tips/` (an installed layout); nil when neither holds it.
  static func shippedResource(named name: String) -> URL? {
    ShippedResource.url(named: name, inFolder: resourceFolder)
  }

  /// Adds the entries of another lexicon file; an entry with a name already known replaces it.
  public mutating func merge(text: String, source: String) throws(LexiconError) {
    try mergeEntries(text: text, source: source, checkingClasses: true)
    rebuildPhrases()
  }

  /// Reads a file's entries over the ones known and checks its references (its class lines
  /// only when `checkingClasses`), leaving the phrase index to the caller (`rebuildPhrases`).
  private mutating func mergeEntries(text: String, source: String, checkingClasses: Bool)
    throws(LexiconError)
  {
    var text = text
    let lines = text.withUTF8 { LexiconLine.lines(of: $0) }
    var section = ""
    for (offset, line) in lines.enumerated() {
      let lineText = line.text
      if lineText.isEmpty || lineText.hasPrefix("#") { continue }
      if lineText.hasPrefix("[") && lineText.hasSuffix("]") {
        section = String(lineText.dropFirst().dropLast()).lowercased()
        continue
      }
      let fields = line.fields
      let lineNumber = offset + 1
      func fail(_ reason: String) -> LexiconError {
        .malformed(path: source, line: lineNumber, reason: reason)
      }
      switch section {
      case "ignore":
        for phrase in Self.list(lineText) {
          let key = Self.key(of: phrase)
          if !key.isEmpty { ignored.append(key) }
        }
      case "synonyms":
        let members = lineText.split(separator: "~").map { Self.key(of: String($0)) }
          .filter { !$0.isEmpty }
        guard members.count >= 2 else {
          throw fail("a synonym group is 'word ~ word ~ ...', two members at least")
        }
        synonymGroups.append(members)
      case "muscles":
        guard fields.count == 3, !fields[0].isEmpty else {
          throw fail("a muscle is 'name | singular | synonyms'")
        }
        add(
          MuscleEntry(
            name: fields[0].lowercased(), singular: fields[1].lowercased(),
            synonyms: Self.list(fields[2])))
      case "tools":
        guard fields.count == 3, !fields[0].isEmpty else {
          throw fail("a tool is 'name | implied remedy or - | synonyms'")
        }
        let implied = fields[1] == "-" || fields[1].isEmpty ? nil : fields[1].lowercased()
        add(
          ToolEntry(
            name: fields[0].lowercased(), impliedRemedy: implied,
            synonyms: Self.list(fields[2])))
      case "conditions":
        guard fields.count == 2, !fields[0].isEmpty else {
          throw fail("a condition is 'name | synonyms'")
        }
        add(ConditionEntry(name: fields[0].lowercased(), synonyms: Self.list(fields[1])))
      case "classes":
        guard fields.count == 2, !fields[0].isEmpty, !Self.list(fields[1]).isEmpty else {
          throw fail("a class is 'remedy | member remedies'")
        }
        classes[fields[0].lowercased()] = Self.list(fields[1]).map { $0.lowercased() }
      case "remedies":
        guard fields.count == 5, !fields[0].isEmpty else {
          throw fail("a remedy is 'name | kind | muscles | tools | aliases'")
        }
        guard let kind = RemedyKind(rawValue: fields[1]) else {
          throw fail("unknown kind '\(fields[1])'")
        }
        add(
          RemedyEntry(
            name: fields[0].lowercased(), kind: kind, muscles: Self.list(fields[2]),
            tools: Self.list(fields[3]), aliases: Self.list(fields[4])))
      default:
        throw fail(
          "entry outside a [muscles], [tools], [conditions], [remedies], [classes], [synonyms] or [ignore] section"
        )
      }
    }
    try validate(source: source)
    if checkingClasses { try validateClasses { _ in source } }
  }

  /// Every name a remedy refers to must exist, so a typo cannot silently drop a tag.
  private func validate(source: String) throws(LexiconError) {
    for remedy in remedies.values {
      for muscle in remedy.muscles where muscles[muscle] == nil {
        throw .unknownReference(path: source, entry: remedy.name, name: muscle)
      }
      for tool in remedy.tools where tools[tool] == nil {
        throw .unknownReference(path: source, entry: remedy.name, name: tool)
      }
    }
    for tool in tools.values {
      if let implied = tool.impliedRemedy, remedies[implied] == nil {
        throw .unknownReference(path: source, entry: tool.name, name: implied)
      }
    }
  }

  /// Every class and member must be a remedy; `file` names the file a class line came from.
  private func validateClasses(file: (String) -> String) throws(LexiconError) {
    for (name, members) in classes.dictionary {
      for remedy in [name] + members where remedies[remedy] == nil {
        throw .unknownReference(path: file(name), entry: name, name: remedy)
      }
    }
  }

  private static func list(_ field: String) -> [String] {
    if field == "-" { return [] }
    var field = field
    return field.withUTF8 { LexiconLine.cut($0, at: UInt8(ascii: ",")) }
      .map { $0.lowercased() }.filter { !$0.isEmpty }
  }

  private mutating func add(_ entry: MuscleEntry) { muscles[entry.name] = entry }
  private mutating func add(_ entry: ToolEntry) { tools[entry.name] = entry }
  private mutating func add(_ entry: ConditionEntry) { conditions[entry.name] = entry }
  private mutating func add(_ entry: RemedyEntry) { remedies[entry.name] = entry }

  private static func key(of phrase: String) -> [String] {
    WordFolding.words(in: phrase[...]).map { WordFolding.lexiconKey($0.folded) }
  }

  /// Indexes every phrase anew from the entries, so an entry a later file replaces leaves
  /// none of its old phrases behind, and synonyms declared in any file reach every entry.
  /// Entries are taken in order of name, not in the dictionaries' order (which changes from
  /// process to process), so a phrase that names two entries lists them in the same order
  /// in every run, parsed or read back compiled.
  private mutating func rebuildPhrases() {
    trie = PhraseTrie<[Term]>()
    inflectedOnlyKeys = []
    var plainKeys = Set<String>()
    for key in ignored { trie.update(key) { $0 = $0 ?? [] } }
    for entry in muscles.values.sorted(by: { $0.name < $1.name }) {
      for phrase in [entry.name, entry.singular] + entry.synonyms {
        index(phrase, .muscle(entry.name))
      }
    }
    for entry in tools.values.sorted(by: { $0.name < $1.name }) {
      for phrase in [entry.name] + entry.synonyms { index(phrase, .tool(entry.name)) }
    }
    for entry in conditions.values.sorted(by: { $0.name < $1.name }) {
      for phrase in [entry.name] + entry.synonyms { index(phrase, .condition(entry.name)) }
    }
    for entry in remedies.values.sorted(by: { $0.name < $1.name }) {
      for phrase in [entry.name] + entry.aliases {
        index(phrase, .remedy(entry.name))
        let key = Self.key(of: phrase)
        if key.count == 1 {
          if WordFolding.isInflected(phrase[...], as: key[0]) {
            inflectedOnlyKeys.insert(key[0])
          } else {
            plainKeys.insert(key[0])
          }
        }
        // "calf stretch" is also said "stretch (your) calves".
        if key.count == 2, Self.actionHeads.contains(key[1]) {
          index(key: [key[1], key[0]], .remedy(entry.name))
        }
      }
    }
    inflectedOnlyKeys.subtract(plainKeys)
  }

  /// Keys of one word that the lexicon writes only inflected ("rolling", "rolled"): see
  /// `PhraseMatch.isInflectedOnly`.
  var inflectedOnlyKeys = Set<String>()

  /// Last words of two-word remedies that people also say as a verb before the other word.
  private static let actionHeads: Set<String> = [
    "stretch", "roll", "massage", "release", "raise", "curl", "rub", "strengthen",
  ]

  private mutating func index(_ phrase: String, _ term: Term) {
    index(key: Self.key(of: phrase), term)
  }

  /// Indexes `key` and every variant that swaps a synonym for another member of its group.
  /// A determiner or possessive inside a phrase of three words or more may be left out as
  /// well: "get your bloods done" is also "get bloods done" ("get a fit" is no "get fit").
  private mutating func index(key: [String], _ term: Term) {
    guard !key.isEmpty else { return }
    var keys = [key]
    let inner = key.indices.dropFirst().dropLast().filter { Self.gapWords.contains(key[$0]) }
    if !inner.isEmpty, key.count - inner.count >= 3 {
      keys.append(key.indices.filter { !inner.contains($0) }.map { key[$0] })
    }
    for variant in keys.flatMap(synonymVariants(of:)) {
      trie.update(variant) { terms in
        if terms?.contains(term) != true { terms = (terms ?? []) + [term] }
      }
    }
  }

  /// `key` and the phrases it becomes when one run of words that is a synonym-group member is
  /// replaced by another member (one replacement: groups are small and phrases short).
  private func synonymVariants(of key: [String]) -> [[String]] {
    var variants = [key]
    for group in synonymGroups {
      for member in group where member.count <= key.count {
        var start = 0
        while start + member.count <= key.count {
          if Array(key[start..<(start + member.count)]) == member {
            for other in group where other != member {
              variants.append(
                Array(key[..<start]) + other + Array(key[(start + member.count)...]))
            }
          }
          start += 1
        }
      }
    }
    return variants
  }

  /// What the phrase of folded words `words` names: nil when it is no lexicon phrase, empty
  /// when it is an ignored one.
  public func terms(named words: [String]) -> [Term]? {
    trie.value(for: words.map(WordFolding.lexiconKey))
  }

  /// Finds lexicon phrases in a run of words, longest match first, without overlaps; an
  /// ignored phrase wins like any other and names nothing. Up to three determiners,
  /// possessives or amounts may stand between a phrase's words.
  public func matches(in words: [WordSpan]) -> [PhraseMatch] {
    let found = matches(inFolded: words.map(\.folded)).filter {
      !$0.isInflectedOnly || words[$0.words.lowerBound].isInflected
    }
    guard words.contains(where: \.followsHyphen) else { return found }
    return (found + hyphenJoinedMatches(in: words, besides: found)).sorted {
      $0.words.lowerBound < $1.words.lowerBound
    }
  }

  /// Phrases found when words joined by a hyphen are read as one word ("Anti-histamines" is
  /// "antihistamines", "x-rays" "xrays"), where no phrase was found in the words as written.
  private func hyphenJoinedMatches(in words: [WordSpan], besides found: [PhraseMatch])
    -> [PhraseMatch]
  {
    var joined: [String] = []
    var spans: [Range<Int>] = []
    for (index, word) in words.enumerated() {
      if word.followsHyphen, let last = spans.last {
        joined[joined.count - 1] = WordFolding.fold(
          Substring(joined[joined.count - 1] + word.folded))
        spans[spans.count - 1] = last.lowerBound..<(index + 1)
      } else {
        joined.append(word.folded)
        spans.append(index..<(index + 1))
      }
    }
    return matches(inFolded: joined).compactMap { match in
      let covered =
        spans[match.words.lowerBound].lowerBound..<spans[match.words.upperBound - 1].upperBound
      guard covered.count > match.words.count,
        !found.contains(where: { $0.words.overlaps(covered) })
      else { return nil }
      return PhraseMatch(words: covered, terms: match.terms, isInflectedOnly: false)
    }
  }

  /// Words that may stand inside a phrase without changing what it names: determiners,
  /// possessives and amounts ("drink plenty of water", "drink a glass of water").
  private static let gapWords: Set<String> = [
    "the", "a", "an", "my", "your", "his", "her", "their", "our", "its", "this", "that", "some",
    "those", "these", "both", "one", "of", "plenty", "lot", "extra", "enough", "glass", "cup",
    "bottle",
  ]

  /// The same, over words already folded.
  public func matches(inFolded folded: [String]) -> [PhraseMatch] {
    let words = folded.map(WordFolding.lexiconKey)
    var found: [PhraseMatch] = []
    var start = 0
    while start < words.count {
      guard
        let match = trie.longestMatch(
          in: words, from: start, skipping: Self.gapWords, maxSkipped: 3)
      else {
        start += 1
        continue
      }
      if !match.value.isEmpty {
        found.append(
          PhraseMatch(
            words: start..<(start + match.length), terms: match.value,
            isInflectedOnly: match.length == 1 && inflectedOnlyKeys.contains(words[start])))
      }
      start += match.length
    }
    return found
  }
}

/// One line of a lexicon file, trimmed, and its `|`-separated fields, trimmed.
///
/// Lines and fields are cut on UTF-8 bytes: every command starts by reading the lexicon, and
/// cutting by characters took longer than a search.
private struct LexiconLine {
  var text: String
  var fields: [String]

  static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [LexiconLine] {
    cutRanges(bytes, at: UInt8(ascii: "\n"), within: 0..<bytes.count).map { range in
      let trimmed = trim(bytes, range)
      return LexiconLine(
        text: string(bytes, trimmed),
        fields: cutRanges(bytes, at: UInt8(ascii: "|"), within: trimmed).map {
          string(bytes, trim(bytes, $0))
        })
    }
  }

  /// The trimmed pieces of `bytes` between `separator`s, empty ones kept.
  static func cut(_ bytes: UnsafeBufferPointer<UInt8>, at separator: UInt8) -> [String] {
    cutRanges(bytes, at: separator, within: 0..<bytes.count).map {
      string(bytes, trim(bytes, $0))
    }
  }

  private static func cutRanges(
    _ bytes: UnsafeBufferPointer<UInt8>, at separator: UInt8, within range: Range<Int>
  ) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    for index in range where bytes[index] == separator {
      pieces.append(start..<index)
      start = index + 1
    }
    pieces.append(start..<range.upperBound)
    return pieces
  }

  private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isBlank(bytes[lower]) { lower += 1 }
    while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}

/// A lexicon phrase found in text: which words, and what they name.
public struct PhraseMatch: Sendable, Hashable {
  public var words: Range<Int>
  public var terms: [Lexicon.Term]
  /// The phrase is one word the lexicon writes only inflected ("rolling", "rolled" for foam
  /// rolling). Folding makes "roll" match it too, but written bare ("let the good times roll",
  /// "roll a copy") the word names no activity, so `matches(in:)` drops it.
  var isInflectedOnly = false
}

public enum LexiconError: Error, CustomStringConvertible, Equatable {
  case notShipped
  case unreadable(path: String)
  case malformed(path: String, line: Int, reason: String)
  case unknownReference(path: String, entry: String, name: String)

  public var description: String {
    switch self {
    case .notShipped:
      "the shipped lexicon is missing: keep the tips_TipsCore.resources folder beside the tips executable"
    case .unreadable(let path): "\(path): cannot read the lexicon"
    case .malformed(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .unknownReference(let path, let entry, let name):
      "\(path): '\(entry)' names '\(name)', which the lexicon does not define"
    }
  }
}
