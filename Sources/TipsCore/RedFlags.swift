import Foundation

/// Symptoms that call for medical help rather than self-care (numbness around the genitals,
/// loss of bladder control, chest pain on exertion...), read from the shipped, sourced
/// `red-flags.txt`, and the sentences of a text that mention them.
///
/// A flag is found by concepts, not strings: a sentence mentions it when it holds one of the
/// alternatives of each of its concepts, compared on folded words (see `WordFolding`), so
/// "my groin went numb", "numbness in the groin" and "Groin numbness" all count. Missing one is
/// worse than showing one too many, so concepts are broad; a negated first concept ("no
/// numbness") does not count, since people often list the red flags they do not have.
public struct RedFlags: Sendable {
  /// One red flag: its name, its published sources, and how sentences mention it.
  public struct Flag: Sendable, Hashable {
    /// What the answer's line calls it: "loss of bladder or bowel control".
    public var name: String
    /// Published clinical pages that list it, as (URL, title), most direct first.
    public var sources: [(url: String, title: String)]
    /// Any one pattern will do; a pattern is concepts that must all appear in one sentence,
    /// a concept is alternatives, an alternative is folded words.
    var patterns: [[[Alternative]]]

    public static func == (lhs: Flag, rhs: Flag) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
  }

  /// A phrase of folded words; the last may be a prefix ("tingl*").
  struct Alternative: Sendable, Hashable {
    var words: [String]
    var lastIsPrefix: Bool
  }

  public private(set) var flags: [Flag]
  /// Which patterns a word may start: every alternative of a pattern's first concept, by its
  /// first word, so a sentence is only matched against the few patterns its words can start
  /// (a thread has thousands of sentences; matching each against every pattern was seconds).
  private var patternsByFirstWord: [String: Set<PatternID>] = [:]
  /// The same for first words written as prefixes ("numb*"), keyed by their first three
  /// letters.
  private var prefixesByStart: [String: [(prefix: String, pattern: PatternID)]] = [:]

  private struct PatternID: Hashable {
    var flag: Int
    var pattern: Int
  }

  /// Words that, within three words before a flag's first concept, deny it.
  private static let negators: Set<String> = ["no", "not", "never", "without", "nor", "none"]

  public init(parsing text: String, source: String) throws(LexiconError) {
    flags = []
    for (offset, rawLine) in text.splitOnASCII("\n").enumerated() {
      let line = rawLine.trimmingWhitespace
      if line.isEmpty || line.hasPrefix("#") { continue }
      func fail(_ reason: String) -> LexiconError {
        .malformed(path: source, line: offset + 1, reason: reason)
      }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        flags.append(Flag(name: String(line.dropFirst().dropLast()), sources: [], patterns: []))
        continue
      }
      guard !flags.isEmpty else { throw fail("a line before the first [red flag] heading") }
      guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else {
        throw fail("expected 'source: URL | title' or 'match: ...'")
      }
      let value = line[line.index(after: colon)...].trimmingWhitespace
      switch line[..<colon] {
      case "source":
        let parts = value.splitOnASCII("|", maxSplits: 1).map { String($0.trimmingWhitespace) }
        guard parts.count == 2, parts[0].hasPrefix("https://"), !parts[1].isEmpty else {
          throw fail("a source is 'https://... | title'")
        }
        flags[flags.count - 1].sources.append((parts[0], parts[1]))
      case "match":
        // Words never hold "+" or "/", so the separators split on the character alone.
        let concepts = value.splitOnASCII("+").map { concept in
          concept.splitOnASCII("/").compactMap(Self.alternative)
        }
        guard !concepts.contains(where: \.isEmpty) else { throw fail("an empty concept") }
        flags[flags.count - 1].patterns.append(concepts)
      default:
        throw fail("unknown field '\(line[..<colon])'; expected source or match")
      }
    }
    if let bare = flags.first(where: { $0.sources.isEmpty || $0.patterns.isEmpty }) {
      throw .malformed(
        path: source, line: 0, reason: "[\(bare.name)] needs a source and a match line")
    }
    for (flagNumber, flag) in flags.enumerated() {
      for (patternNumber, pattern) in flag.patterns.enumerated() {
        let id = PatternID(flag: flagNumber, pattern: patternNumber)
        for alternative in pattern[0] {
          let first = alternative.words[0]
          if alternative.lastIsPrefix && alternative.words.count == 1 {
            guard first.count >= 3 else {
              throw .malformed(
                path: source, line: 0,
                reason: "[\(flag.name)] '\(first)*' is too short a prefix; write 3 letters or more")
            }
            prefixesByStart[String(first.prefix(3)), default: []].append((first, id))
          } else {
            patternsByFirstWord[first, default: []].insert(id)
          }
        }
      }
    }
  }

  /// The shipped list, beside the lexicon in the core's resources.
  public static func shipped() throws(LexiconError) -> RedFlags {
    guard let url = Lexicon.shippedResource(named: "red-flags.txt"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { throw LexiconError.notShipped }
    return try RedFlags(parsing: text, source: "red-flags.txt")
  }

  /// The flags a thread's title and posts mention, in the list's order.
  public func flags(mentionedIn thread: Thread) -> [Flag] {
    flags(mentionedIn: ([thread.title] + thread.posts.map(\.text)).joined(separator: "\n"))
  }

  /// The flags `text` mentions, in the list's order.
  ///
  /// The text is folded into words once, and cut into sentences where the characters between
  /// two words hold a sentence end: a thread's whole text is read for every thread indexed.
  public func flags(mentionedIn text: String) -> [Flag] {
    var found = Set<Int>()
    for words in Self.sentences(of: WordFolding.words(in: text[...]), in: text) {
      var candidates = Set<PatternID>()
      for word in words {
        if let patterns = patternsByFirstWord[word] { candidates.formUnion(patterns) }
        for (prefix, pattern) in prefixesByStart[String(word.prefix(3))] ?? []
        where word.hasPrefix(prefix) {
          candidates.insert(pattern)
        }
      }
      for id in candidates where !found.contains(id.flag) {
        if Self.mentions(flags[id.flag].patterns[id.pattern], in: words) { found.insert(id.flag) }
      }
    }
    return flags.indices.filter(found.contains).map { flags[$0] }
  }

  /// The folded words of `text`, sentence by sentence: a sentence ends at ".", "!", "?", ";"
  /// or a line break.
  private static func sentences(of words: [WordSpan], in text: String) -> [[String]] {
    var sentences: [[String]] = []
    var current: [String] = []
    var previousEnd = text.startIndex
    for word in words {
      let gap = text.utf8[previousEnd..<word.range.lowerBound]
      if !current.isEmpty, gap.contains(where: Self.endsSentence) {
        sentences.append(current)
        current = []
      }
      current.append(word.folded)
      previousEnd = word.range.upperBound
    }
    if !current.isEmpty { sentences.append(current) }
    return sentences
  }

  private static func endsSentence(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\n")
  }

  private static func mentions(_ pattern: [[Alternative]], in words: [String]) -> Bool {
    for (number, concept) in pattern.enumerated() {
      let starts = words.indices.filter { start in
        concept.contains { matches($0, words, at: start) }
      }
      let affirmed = number > 0 ? starts : starts.filter { !isNegated(words, at: $0) }
      if affirmed.isEmpty { return false }
    }
    return true
  }

  private static func matches(_ alternative: Alternative, _ words: [String], at start: Int) -> Bool
  {
    guard start + alternative.words.count <= words.count else { return false }
    for (offset, word) in alternative.words.enumerated() {
      let candidate = words[start + offset]
      let isLast = offset == alternative.words.count - 1
      if isLast && alternative.lastIsPrefix {
        guard candidate.hasPrefix(word) else { return false }
      } else if candidate != word {
        return false
      }
    }
    return true
  }

  private static func isNegated(_ words: [String], at start: Int) -> Bool {
    words[max(0, start - 3)..<start].contains { negators.contains($0) || $0.hasSuffix("n't") }
  }

  private static func alternative(_ text: Substring) -> Alternative? {
    let trimmed = text.trimmingWhitespace
    let isPrefix = trimmed.hasSuffix("*")
    let spans = WordFolding.words(in: (isPrefix ? trimmed.dropLast() : trimmed[...]))
    guard !spans.isEmpty else { return nil }
    var words = spans.map(\.folded)
    // A prefix is matched as written, lower-cased: folding "tingl" could change it.
    if isPrefix, let last = spans.last {
      words[words.count - 1] = trimmed.dropLast()[last.range].lowercased()
    }
    return Alternative(words: words, lastIsPrefix: isPrefix)
  }
}

extension StringProtocol where SubSequence == Substring {
  /// Split at every `separator` (empty parts kept), or only the first `maxSplits`, on the
  /// UTF-8 bytes: the list is read at every answer, and splitting by characters cost most of
  /// its reading.
  fileprivate func splitOnASCII(_ separator: Unicode.Scalar, maxSplits: Int = .max) -> [Substring] {
    utf8.split(
      separator: UInt8(ascii: separator), maxSplits: maxSplits, omittingEmptySubsequences: false
    ).map { self[$0.startIndex..<$0.endIndex] }
  }
}

extension Substring {
  /// Without the spaces, tabs and carriage returns at either end, found on the UTF-8 bytes.
  fileprivate var trimmingWhitespace: Substring {
    let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
    guard let first = utf8.firstIndex(where: { !isSpace($0) }),
      let last = utf8.lastIndex(where: { !isSpace($0) })
    else { return self[endIndex...] }
    return self[first..<utf8.index(after: last)]
  }
}
