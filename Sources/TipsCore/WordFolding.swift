import TipsLanguage

/// Folds a word to the form vocabularies are matched on: lower case, curly apostrophes
/// straightened, a possessive "'s" dropped, a plural "s"/"es"/"ies" folded and a verb's
/// "-ing" or "-ed" taken back to its base, so "Glutes", "glute's" and "glute" are one word,
/// as are "stretches", "stretching", "stretched" and "stretch".
///
/// Vocabulary entries are therefore written once, in their base form; the same fold runs over
/// entries and text, so its choices (see `Lemmatizer`'s match keys) need only be consistent.
public enum WordFolding {
  public static func fold(_ word: Substring) -> String {
    let folded = pluralFolded(word)
    let utf8 = folded.utf8
    // "ID" in capitals is an identity, not "I'd". Only short words ending as a contraction
    // does are looked up: folding runs over every word extraction reads.
    if utf8.count <= 8, let last = utf8.last,
      last == UInt8(ascii: "t") || last == UInt8(ascii: "m") || last == UInt8(ascii: "e")
        || last == UInt8(ascii: "d"),
      let written = apostrophed[folded], folded != "id" || word != "ID"
    {
      return written
    }
    guard utf8.count >= 5, let last = utf8.last,
      last == UInt8(ascii: "g") && folded.hasSuffix("ing") && !keepsIng(folded)
        || last == UInt8(ascii: "d") && folded.hasSuffix("ed")
    else { return folded }
    return Lemmatizer.ruleMatchKey(of: folded)
  }

  /// The form a vocabulary phrase is matched on: a folded word, with an irregular verb's
  /// past taken back to its base ("drank water" is "drink water", "wore a brace" "wear a
  /// brace"). Cues keep the folded word, whose tense tells a report from advice ("did
  /// nothing" from "do nothing").
  public static func lexiconKey(_ folded: String) -> String {
    Lemmatizer.irregularVerbBase(of: folded) ?? folded
  }

  /// Contractions forums write without their apostrophe ("didnt", "im"), folded to the
  /// written form every cue and vocabulary uses.
  private static let apostrophed: [String: String] = {
    var forms: [String: String] = [:]
    for verb in [
      "do", "did", "does", "is", "are", "was", "were", "have", "has", "had", "should", "would",
      "could", "must", "need",
    ] {
      forms[verb + "nt"] = verb + "n't"
    }
    forms["cant"] = "can't"
    forms["wont"] = "won't"
    // "thats" folds to "that" as "that's" does.
    for (word, written) in [
      ("im", "i'm"), ("ive", "i've"), ("id", "i'd"), ("youre", "you're"), ("youve", "you've"),
      ("theyre", "they're"),
    ] {
      forms[word] = written
    }
    return forms
  }()

  /// Whether folding `word` to `folded` took off an "-ing" or "-ed".
  static func isInflected(_ word: Substring, as folded: String) -> Bool {
    let lower = word.lowercased()
    return (lower.hasSuffix("ing") || lower.hasSuffix("ed")) && folded != lower
  }

  /// Words whose "-ing" is no inflection: "hamstring", "everything", "morning", "ceiling".
  private static func keepsIng(_ word: String) -> Bool {
    word.hasSuffix("thing") || word.hasSuffix("string") || word.hasSuffix("spring")
      || word.hasSuffix("rning") || word.hasSuffix("ening") || word.hasSuffix("iling")
      || word == "during" || word.hasSuffix("ring") && word.utf8.count <= 5
  }

  /// Lower case, straight apostrophes, no possessive, plurals folded.
  private static func pluralFolded(_ word: Substring) -> String {
    let utf8 = word.utf8
    if let folded = utf8.withContiguousStorageIfAvailable(foldASCII) ?? nil { return folded }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var scalars = word.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x41...0x5A: bytes.append(UInt8(scalar.value + 32))
      case 0x2019, 0x2018, 0x60, 0xB4: bytes.append(0x27)
      case 0x00...0x7F: bytes.append(UInt8(scalar.value))
      default:
        for unit in String(scalar).lowercased().utf8 { bytes.append(unit) }
      }
    }
    let count = bytes.withUnsafeMutableBufferPointer { foldSuffixes($0) }
    return String(decoding: bytes[..<count], as: UTF8.self)
  }

  /// `fold` for a word of ASCII bytes, written straight into the string's storage (most words
  /// are ASCII, and extraction folds every word it reads); nil when a byte is not ASCII.
  private static func foldASCII(_ word: UnsafeBufferPointer<UInt8>) -> String? {
    guard !word.contains(where: { $0 >= 0x80 }) else { return nil }
    return String(unsafeUninitializedCapacity: word.count) { buffer in
      for (index, byte) in word.enumerated() {
        switch byte {
        case 0x41...0x5A: buffer[index] = byte + 32
        case 0x60: buffer[index] = 0x27
        default: buffer[index] = byte
        }
      }
      return foldSuffixes(UnsafeMutableBufferPointer(rebasing: buffer[..<word.count]))
    }
  }

  /// Drops a possessive and folds a plural at the end of lower-cased `bytes`, in place;
  /// returns how many bytes the word keeps.
  private static func foldSuffixes(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var n = bytes.count
    if n > 2, bytes[n - 2] == 0x27, bytes[n - 1] == 0x73 {
      n -= 2
    } else if n > 0, bytes[n - 1] == 0x27 {
      n -= 1
    }
    return foldPlural(bytes, count: n)
  }

  public static func fold(_ word: String) -> String { fold(word[...]) }

  private static func foldPlural(_ bytes: UnsafeMutableBufferPointer<UInt8>, count n: Int) -> Int {
    guard n > 3, bytes[n - 1] == UInt8(ascii: "s") else { return n }
    let before = bytes[n - 2]
    if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") {
      return n
    }
    if n > 4, before == UInt8(ascii: "e"), bytes[n - 3] == UInt8(ascii: "i") {
      bytes[n - 3] = UInt8(ascii: "y")
      return n - 2
    }
    if n > 4, before == UInt8(ascii: "e") {
      let third = bytes[n - 3]
      let fourth = bytes[n - 4]
      let sibilant =
        third == UInt8(ascii: "x") || (third == UInt8(ascii: "s") && fourth == UInt8(ascii: "s"))
        || (third == UInt8(ascii: "h")
          && (fourth == UInt8(ascii: "c") || fourth == UInt8(ascii: "s")))
      if sibilant { return n - 2 }
    }
    return n - 1
  }

  /// Splits text into words of letters and digits; an apostrophe inside a word keeps it whole
  /// ("child's"), a hyphen splits it ("t-spine" is "t spine", as lexicon aliases are split).
  public static func words(in text: Substring) -> [WordSpan] {
    if let words = asciiWords(in: text) { return words }
    var result: [WordSpan] = []
    let scalars = text.unicodeScalars
    func append(_ range: Range<String.Index>) {
      var word = WordSpan(range: range, text: text[range])
      if let previous = result.last,
        scalars.index(after: previous.range.upperBound) == range.lowerBound,
        scalars[previous.range.upperBound] == "-"
      {
        word.followsHyphen = true
      }
      result.append(word)
    }
    var start: String.Index? = nil
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if isWordScalar(scalar) {
        if start == nil { start = index }
      } else if let s = start {
        let next = scalars.index(after: index)
        let joins =
          (scalar == "'" || scalar == "\u{2019}") && next < scalars.endIndex
          && isLetter(scalars[next])
        if !joins {
          append(s..<index)
          start = nil
        }
      }
      index = scalars.index(after: index)
    }
    if let s = start { append(s..<text.endIndex) }
    return result
  }

  /// `words(in:)` over the bytes of ASCII text; nil when a byte is not ASCII.
  private static func asciiWords(in text: Substring) -> [WordSpan]? {
    let utf8 = text.utf8
    let bounds =
      utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var bounds: [Range<Int>] = []
        var start = -1
        for (offset, byte) in bytes.enumerated() {
          if isWordByte(byte) {
            if start < 0 { start = offset }
          } else if start >= 0 {
            let joins =
              byte == UInt8(ascii: "'") && offset + 1 < bytes.count
              && isLetterByte(bytes[offset + 1])
            if !joins {
              bounds.append(start..<offset)
              start = -1
            }
          }
        }
        if start >= 0 { bounds.append(start..<bytes.count) }
        return bounds
      } ?? nil
    guard let bounds else { return nil }
    let base = utf8.startIndex
    var previousEnd = -2
    return bounds.map { range in
      let lower = utf8.index(base, offsetBy: range.lowerBound)
      let upper = utf8.index(lower, offsetBy: range.count)
      var word = WordSpan(range: lower..<upper, text: text[lower..<upper])
      word.followsHyphen =
        range.lowerBound == previousEnd + 1
        && utf8[utf8.index(before: lower)] == UInt8(ascii: "-")
      previousEnd = range.upperBound
      return word
    }
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    default: false
    }
  }

  private static func isLetterByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x41...0x5A, 0x61...0x7A: true
    default: false
    }
  }

  /// Letters and digits, with an ASCII fast path (most forum text is ASCII).
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    case 0..<0x80: false
    default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A: true
    case 0..<0x80: false
    default: scalar.properties.isAlphabetic
    }
  }
}

/// A word of some text: where it is, and its folded form.
public struct WordSpan: Sendable, Hashable {
  public var range: Range<String.Index>
  public var folded: String
  /// Written with the "-ing" or "-ed" that folding took off ("rolling", "rolled"): what a
  /// word the lexicon writes only inflected must be (see `PhraseMatch.isInflectedOnly`).
  public var isInflected: Bool
  /// Joined to the word before by a hyphen alone ("anti-histamines"): the two may be one
  /// word of a vocabulary ("antihistamines"), see `Lexicon.matches(in:)`.
  public var followsHyphen = false

  public init(range: Range<String.Index>, folded: String, isInflected: Bool = false) {
    self.range = range
    self.folded = folded
    self.isInflected = isInflected
  }

  init(range: Range<String.Index>, text: Substring) {
    let folded = WordFolding.fold(text)
    self.init(range: range, folded: folded, isInflected: WordFolding.isInflected(text, as: folded))
  }
}
