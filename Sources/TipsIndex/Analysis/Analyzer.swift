/// Turns text into the terms the index stores and queries look up: folded, stop words dropped,
/// stemmed, each with its word position.
///
/// Documents and queries go through the same analyzer, so whatever it conflates matches:
/// "Hip flexors" finds "hip flexor", "Child’s pose" finds "child's poses", "Café" finds "cafe".
///
/// - Words are runs of letters and digits (any script). Everything else separates words:
///   spaces, punctuation, emoji, symbols.
/// - Case and diacritics are folded and compatibility forms normalized (NFKD, marks dropped,
///   lower-cased, then NFC), so "Ｆｏａｍ" is "foam", "café" is "cafe", "Æ" is "ae", "ß" is "ss".
///   Pure-ASCII words take a byte-level path that never touches Foundation.
/// - An apostrophe (`'`, `’`, `ʼ`) between a word character and a letter stays in the word:
///   a possessive "'s" is then dropped ("child's" → "child", "it's" → "it"), other
///   contractions stay one term ("don't", "i'll"), so "I'll" never matches "ill" nor "we'll"
///   "well". "dont" without an apostrophe is a different term.
/// - A hyphen separates words: "T-Spine" is "t" then "spine", the same terms and positions as
///   "t spine", so either spelling finds the other. No joined "tspine" is added: a query for
///   "t-spine" would then require a term that "t spine" never produced.
/// - Stop words ("the", "of", "my", ... see `stopWords`) are dropped but still take a
///   position, so a phrase query that ignores them still sees the gap: "pain in the hip"
///   puts "hip" three positions after "pain".
/// - ASCII words are stemmed with `EnglishStemmer` (Porter2); words with other letters are
///   kept folded but unstemmed.
///
/// Queries need no separate analysis: a quoted phrase loses its stop words too, and matching
/// positions by their differences keeps the gaps. A query of stop words only has no terms.
public struct Analyzer: Sendable {
  /// One term of analyzed text: its folded, stemmed form and its word position (0-based,
  /// counting dropped stop words).
  public struct Term: Sendable, Hashable {
    public var text: String
    public var position: Int

    public init(text: String, position: Int) {
      self.text = text
      self.position = position
    }
  }

  public init() {}

  /// The terms of `text`, in order.
  public func terms(in text: String) -> [Term] {
    var terms: [Term] = []
    forEachTerm(in: text) { terms.append($0) }
    return terms
  }

  /// Calls `body` with each term of `text`, in order, without collecting them.
  ///
  /// One word buffer is reused for the whole text; a term's `String` is built only when
  /// emitted, and stems of up to 15 bytes fit in a `String` without a heap allocation.
  public func forEachTerm(in text: String, _ body: (Term) throws -> Void) rethrows {
    var state = ScanState()
    var text = text
    try text.withUTF8 { bytes in
      try Self.scan(bytes, isFolded: false, state: &state, body)
    }
  }

  /// Words dropped from text and queries: articles, pronouns, auxiliaries, common
  /// prepositions and conjunctions. Negations ("not", "no", "don't") and words of time or
  /// direction ("after", "before", "up", "down") are kept: "stretch after running" and
  /// "don't stretch" mean something else without them.
  public static let stopWords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "if", "so", "than", "then",
    "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "about",
    "is", "are", "was", "were", "be", "been", "being", "am",
    "do", "does", "did", "have", "has", "had", "will", "would",
    "it", "its", "this", "that", "these", "those", "there",
    "i", "me", "my", "you", "your", "we", "our", "he", "him", "his", "she", "her",
    "they", "them", "their",
  ]

  private static let stopWordBytes: Set<[UInt8]> = Set(stopWords.map { Array($0.utf8) })
  /// Longer words skip the hashing of a stop-word lookup.
  private static let longestStopWord = stopWords.map(\.utf8.count).max() ?? 0

  // MARK: Scanning

  /// What carries over from word to word: the reused word buffer and the next position.
  private struct ScanState {
    var word: [UInt8] = []
    var position = 0
    /// Where the current word starts in the bytes being scanned, if inside a word.
    var wordStart: Int?
    /// Whether the current word has a non-ASCII character: it is folded as a whole at its end
    /// (or, in folded text, kept unstemmed).
    var hasNonASCII = false

    init() { word.reserveCapacity(64) }
  }

  /// Splits `bytes` into words and emits their terms. `isFolded` says the bytes are the output
  /// of `fold(_:)`: their non-ASCII words are final and must not be folded again.
  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, isFolded: Bool, state: inout ScanState,
    _ body: (Term) throws -> Void
  ) rethrows {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if let lower = lowercasedAlphanumeric(byte) {
          if state.wordStart == nil { state.wordStart = index }
          state.word.append(lower)
        } else if byte == Ascii.apostrophe, state.wordStart != nil,
          startsWithLetter(bytes, at: index + 1)
        {
          state.word.append(Ascii.apostrophe)
        } else {
          try endWord(bytes, at: index, isFolded: isFolded, state: &state, body)
        }
        index += 1
        continue
      }
      let (scalar, length) = decodeScalar(bytes, at: index)
      if isApostrophe(scalar) {
        if state.wordStart != nil, startsWithLetter(bytes, at: index + length) {
          state.word.append(Ascii.apostrophe)
        } else {
          try endWord(bytes, at: index, isFolded: isFolded, state: &state, body)
        }
      } else if isWordScalar(scalar) || (state.wordStart != nil && isMark(scalar)) {
        if state.wordStart == nil { state.wordStart = index }
        state.hasNonASCII = true
        if isFolded { state.word.append(contentsOf: bytes[index..<(index + length)]) }
      } else {
        try endWord(bytes, at: index, isFolded: isFolded, state: &state, body)
      }
      index += length
    }
    try endWord(bytes, at: bytes.count, isFolded: isFolded, state: &state, body)
  }

  /// Ends the word running up to `end`, if any, and emits its term(s).
  private static func endWord(
    _ bytes: UnsafeBufferPointer<UInt8>, at end: Int, isFolded: Bool, state: inout ScanState,
    _ body: (Term) throws -> Void
  ) rethrows {
    guard let start = state.wordStart else { return }
    let needsFolding = state.hasNonASCII && !isFolded
    let isASCII = !state.hasNonASCII
    state.wordStart = nil
    state.hasNonASCII = false
    if needsFolding {
      // Folding may split the word ("½" → "1⁄2") or leave other scripts: scan it again.
      state.word.removeAll(keepingCapacity: true)
      var folded = fold(String(decoding: bytes[start..<end], as: UTF8.self))
      try folded.withUTF8 { try scan($0, isFolded: true, state: &state, body) }
      return
    }
    defer { state.word.removeAll(keepingCapacity: true) }
    dropPossessive(&state.word)
    let position = state.position
    state.position += 1
    guard !state.word.isEmpty else { return }
    if state.word.count <= longestStopWord, stopWordBytes.contains(state.word) { return }
    if isASCII { EnglishStemmer.stem(&state.word) }
    try body(Term(text: String(decoding: state.word, as: UTF8.self), position: position))
  }

  /// "child's" → "child"; a word that is only "'s" is left alone.
  private static func dropPossessive(_ word: inout [UInt8]) {
    let n = word.count
    if n > 2, word[n - 1] == Ascii.s, word[n - 2] == Ascii.apostrophe { word.removeLast(2) }
  }

  // MARK: Characters

  private static func lowercasedAlphanumeric(_ byte: UInt8) -> UInt8? {
    switch byte {
    case Ascii.a...Ascii.z, Ascii.zero...Ascii.nine: byte
    case Ascii.upperA...Ascii.upperZ: byte | 0x20
    default: nil
    }
  }

  private static func startsWithLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < bytes.count else { return false }
    let byte = bytes[index]
    if byte < 0x80 {
      return (byte | 0x20) >= Ascii.a && (byte | 0x20) <= Ascii.z
    }
    return decodeScalar(bytes, at: index).scalar.properties.isAlphabetic
  }

  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{2019}" || scalar == "\u{02BC}"
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
  }

  /// Combining marks continue a word ("e" + U+0301) but never start one, so a lone variation
  /// selector after an emoji is not a word.
  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }

  /// The scalar starting at `index` of valid UTF-8 (a `String`'s), and its length in bytes.
  private static func decodeScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = UInt32(bytes[index])
    func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
    let value: UInt32
    let length: Int
    if lead < 0xE0 {
      value = (lead & 0x1F) << 6 | continuation(1)
      length = 2
    } else if lead < 0xF0 {
      value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
      length = 3
    } else {
      value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
      length = 4
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
