/// Splits forum English into word and punctuation tokens the way UD English EWT does, so the
/// tagger sees text shaped like the treebank it learned from.
///
/// Contractions and the possessive split off ("don't" → "do" "n't", "can't" → "ca" "n't",
/// "I'm" → "I" "'m", "Bob's" → "Bob" "'s"; ' and ’ alike) because EWT tags the halves
/// separately (AUX + PART). What forums write as one unit stays whole, because splitting it
/// would hand the tagger fragments it never saw: URLs, e-mail addresses, emoticons, `:+1:`
/// shortcodes, "+1", numbers ("3.5", "1,000", "10k", "5'10", "7:30"), hyphenated words
/// ("mid-ride"), @mentions, #tags and abbreviations with dots ("e.g.", "Dr.").
///
/// Works on UTF-8 bytes with ASCII rules; other scripts' letters count as letters, and
/// emoji are tokens of their own.
public struct ForumTokenizer: Sendable {
  public init() {}

  /// The tokens of `text`, as ranges of the string `text` is part of.
  public func tokens(in text: Substring) -> [Range<String.Index>] {
    let bytes = [UInt8](text.utf8)
    let spans = byteRanges(of: bytes)
    var result: [Range<String.Index>] = []
    result.reserveCapacity(spans.count)
    let utf8 = text.utf8
    var index = utf8.startIndex
    var offset = 0
    for span in spans {
      let start = utf8.index(index, offsetBy: span.lowerBound - offset)
      let end = utf8.index(start, offsetBy: span.count)
      result.append(start..<end)
      index = end
      offset = span.upperBound
    }
    return result
  }

  /// The tokens of `bytes` as byte offsets, in order and never overlapping.
  package func byteRanges(of bytes: [UInt8]) -> [Range<Int>] {
    var scanner = Scanner(bytes: bytes)
    scanner.run()
    return scanner.tokens
  }
}

/// One pass over a text's bytes: whitespace-separated chunks first, then the chunk's parts.
private struct Scanner {
  let bytes: [UInt8]
  var tokens: [Range<Int>] = []

  init(bytes: [UInt8]) {
    self.bytes = bytes
    tokens.reserveCapacity(bytes.count / 4)
  }

  mutating func run() {
    var index = 0
    while index < bytes.count {
      let space = spaceWidth(at: index)
      if space > 0 {
        index += space
        continue
      }
      var end = index
      while end < bytes.count && spaceWidth(at: end) == 0 { end += 1 }
      chunk(index..<end)
      index = end
    }
  }

  // MARK: Chunks

  /// A run of non-space bytes: a URL, address or emoticon as a whole, else its parts.
  private mutating func chunk(_ range: Range<Int>) {
    if range.count >= 2 && isEmoticon(range) {
      tokens.append(range)
      return
    }
    var start = range.lowerBound
    while start < range.upperBound && Self.openers.contains(bytes[start]) { start += 1 }
    var end = range.upperBound
    while end > start && Self.closers.contains(bytes[end - 1]) { end -= 1 }
    if end < range.upperBound && bytes[end] == UInt8(ascii: ")")
      && bytes[start..<end].contains(UInt8(ascii: "("))
    {
      end += 1
    }
    if start < end && (isURL(start..<end) || isEmailAddress(start..<end)) {
      parts(range.lowerBound..<start)
      tokens.append(start..<end)
      parts(end..<range.upperBound)
      return
    }
    parts(range)
  }

  private static let openers: Set<UInt8> = Set("([{<\"'*".utf8)
  private static let closers: Set<UInt8> = Set(".,;:!?)]}>\"'*".utf8)

  private static let emoticons: Set<[UInt8]> = Set(
    [
      ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ":/",
      ":-/", ":o", ":O", ":'(", "<3", "xD", "XD", "^^", "^_^", "-_-", ":|", "=)", "=(", ":]",
      ":[", ";D", "8)", ":))", ":((", ";P", ";p", "o_O", "O_o", "T_T",
    ].map { Array($0.utf8) })

  private func isEmoticon(_ range: Range<Int>) -> Bool {
    range.count <= 4 && Self.emoticons.contains(Array(bytes[range]))
  }

  private func hasPrefix(_ prefix: String, at index: Int, before end: Int) -> Bool {
    let prefix = Array(prefix.utf8)
    guard end - index >= prefix.count else { return false }
    for (offset, byte) in prefix.enumerated() where lowered(bytes[index + offset]) != byte {
      return false
    }
    return true
  }

  private func isURL(_ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    let end = range.upperBound
    return (hasPrefix("http://", at: start, before: end) && range.count > 7)
      || (hasPrefix("https://", at: start, before: end) && range.count > 8)
      || (hasPrefix("www.", at: start, before: end) && range.count > 5)
  }

  /// Something like `name@host.tld`: one "@", a dot after it with a letter on both sides.
  private func isEmailAddress(_ range: Range<Int>) -> Bool {
    guard let at = bytes[range].firstIndex(of: UInt8(ascii: "@")), at > range.lowerBound,
      bytes[(at + 1)..<range.upperBound].allSatisfy({ $0 != UInt8(ascii: "@") })
    else { return false }
    guard let dot = bytes[(at + 1)..<range.upperBound].lastIndex(of: UInt8(ascii: ".")) else {
      return false
    }
    return dot > at + 1 && dot + 1 < range.upperBound && isASCIILetter(bytes[dot + 1])
  }

  // MARK: Parts of a chunk

  private mutating func parts(_ range: Range<Int>) {
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let byte = bytes[index]
      if isWordStart(at: index) {
        index = word(from: index, end: end)
      } else if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"))
        && index + 1 < end && isDigit(bytes[index + 1])
        && (index == range.lowerBound || bytes[index - 1] == UInt8(ascii: "("))
      {
        index = word(from: index + 1, end: end, tokenStart: index)
      } else if (byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#"))
        && index + 1 < end && isWordStart(at: index + 1)
        && (index == range.lowerBound || !isWordByte(bytes[index - 1]))
      {
        index = word(from: index + 1, end: end, tokenStart: index)
      } else if byte == UInt8(ascii: ":"), let close = shortcodeEnd(from: index, end: end) {
        tokens.append(index..<close)
        index = close
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
        || byte == UInt8(ascii: "-")
      {
        index = punctuationRun(from: index, end: end)
      } else {
        let width = symbolWidth(at: index, end: end)
        tokens.append(index..<(index + width))
        index += width
      }
    }
  }

  /// ":+1:", ":thumbsup:" and the like: a colon, name characters, a colon.
  private func shortcodeEnd(from start: Int, end: Int) -> Int? {
    var index = start + 1
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: ":") { return index > start + 1 ? index + 1 : nil }
      guard
        isASCIILetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_")
          || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
      else { return nil }
      index += 1
    }
    return nil
  }

  /// "...", "!!", "?!" and "--" are one token each, as EWT has them.
  private mutating func punctuationRun(from start: Int, end: Int) -> Int {
    let first = bytes[start]
    var index = start + 1
    let isExclamation = first == UInt8(ascii: "!") || first == UInt8(ascii: "?")
    while index < end {
      let byte = bytes[index]
      let continues =
        isExclamation ? byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") : byte == first
      guard continues else { break }
      index += 1
    }
    tokens.append(start..<index)
    return index
  }

  /// One scalar, with an emoji's variation selector, skin tone and joined parts.
  private func symbolWidth(at index: Int, end: Int) -> Int {
    var width = scalarWidth(bytes[index])
    while index + width < end {
      let next = index + width
      if matches([0xEF, 0xB8, 0x8F], at: next) {
        width += 3
      } else if matches([0xF0, 0x9F, 0x8F], at: next) && next + 3 < end
        && (0xBB...0xBF).contains(bytes[next + 3])
      {
        width += 4
      } else if matches([0xE2, 0x80, 0x8D], at: next) && next + 3 < end {
        width += 3 + scalarWidth(bytes[next + 3])
      } else {
        break
      }
    }
    return min(width, end - index)
  }

  // MARK: Words

  /// Scans a word from `start`, splitting off contractions, and returns where it ended.
  private mutating func word(from start: Int, end: Int, tokenStart: Int? = nil) -> Int {
    let tokenStart = tokenStart ?? start
    var index = start
    var segmentStart = start
    var hasInnerDot = false
    while true {
      while index < end && isWordStart(at: index) { index += scalarWidth(bytes[index]) }
      guard index < end, index + 1 < end else { break }
      let byte = bytes[index]
      let previous = bytes[index - 1]
      let next = bytes[index + 1]
      if byte == UInt8(ascii: "-") && isWordStart(at: index + 1) {
        index += 1
      } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
        || byte == UInt8(ascii: "'")) && isDigit(previous) && isDigit(next)
      {
        index += 1
      } else if byte == UInt8(ascii: ","), isDigit(previous),
        isDigitRun(index + 1, count: 3, end: end)
      {
        index += 1
      } else if byte == UInt8(ascii: "&") && isASCIILetter(previous) && isASCIILetter(next) {
        index += 1
      } else if byte == UInt8(ascii: "."), index - segmentStart == 1, isASCIILetter(previous),
        isASCIILetter(next), index + 2 < end, bytes[index + 2] == UInt8(ascii: ".")
      {
        hasInnerDot = true
        index += 1
        segmentStart = index
      } else if byte == UInt8(ascii: "."), hasInnerDot, isASCIILetter(previous),
        isASCIILetter(next), index + 2 < end, bytes[index + 2] == UInt8(ascii: ".")
      {
        index += 1
        segmentStart = index
      } else if let apostrophe = apostropheWidth(at: index, end: end) {
        let after = index + apostrophe
        var letters = after
        while letters < end && isASCIILetter(bytes[letters]) { letters += 1 }
        guard letters > after else { break }
        let clitic = bytes[after..<letters].map(lowered)
        let wordEnds = letters >= end || !isWordStart(at: letters)
        if wordEnds && clitic == Array("t".utf8) && index - tokenStart >= 2
          && lowered(previous) == UInt8(ascii: "n")
        {
          append(word: tokenStart..<(index - 1))
          tokens.append((index - 1)..<letters)
          return letters
        }
        if wordEnds && Self.clitics.contains(clitic) {
          append(word: tokenStart..<index)
          tokens.append(index..<letters)
          return letters
        }
        index = letters
      } else {
        break
      }
    }
    if index < end && bytes[index] == UInt8(ascii: ".")
      && (index + 1 >= end || bytes[index + 1] != UInt8(ascii: "."))
      && isAbbreviation(tokenStart..<index, hasInnerDot: hasInnerDot)
    {
      index += 1
    }
    append(word: tokenStart..<index)
    return index
  }

  private static let clitics: Set<[UInt8]> = Set(
    ["s", "m", "d", "re", "ve", "ll"].map { Array($0.utf8) })

  /// Words EWT writes as two tokens with no apostrophe: "cannot" is "can" "not", and the
  /// contractions forums write without one are split where the apostrophe would be ("dont"
  /// is "do" "nt", "im" is "i" "m"), as EWT does.
  private static let fusedWords: [[UInt8]: Int] = {
    var words: [String: Int] = ["cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3]
    for verb in [
      "do", "did", "does", "ca", "wo", "is", "are", "was", "were", "have", "has", "had",
      "should", "would", "could", "must", "need",
    ] {
      words[verb + "nt"] = verb.count
    }
    for (word, split) in [
      ("im", 1), ("ive", 1), ("id", 1), ("youre", 3), ("youve", 3), ("theyre", 4), ("thats", 4),
      ("theres", 5), ("whats", 4),
    ] {
      words[word] = split
    }
    return Dictionary(uniqueKeysWithValues: words.map { (Array($0.key.utf8), $0.value) })
  }()

  private mutating func append(word range: Range<Int>) {
    guard !range.isEmpty else { return }
    // "id" is "I'd" ("i" "d"), as EWT splits it; "ID" in capitals is an identity.
    if range.count <= 8, let split = Self.fusedWords[bytes[range].map(lowered)],
      !(range.count == 2 && isASCIIUppercase(bytes[range.lowerBound + 1]))
    {
      tokens.append(range.lowerBound..<(range.lowerBound + split))
      tokens.append((range.lowerBound + split)..<range.upperBound)
      return
    }
    tokens.append(range)
  }

  /// Abbreviations whose dot belongs to them; a sentence-final dot after other words is
  /// punctuation of its own.
  private static let abbreviations: Set<[UInt8]> = Set(
    [
      "dr", "mr", "mrs", "ms", "st", "vs", "etc", "e.g", "i.e", "approx", "jr", "sr", "prof",
      "inc", "ltd", "fig", "mt", "sq", "dept", "avg", "cf", "jan", "feb", "apr", "jun",
      "jul", "aug", "sept", "oct", "nov", "dec", "govt",
    ].map { Array($0.utf8) })

  private func isAbbreviation(_ range: Range<Int>, hasInnerDot: Bool) -> Bool {
    if hasInnerDot { return true }
    if range.count == 1 { return isASCIIUppercase(bytes[range.lowerBound]) }
    return range.count <= 6 && Self.abbreviations.contains(bytes[range].map(lowered))
  }

  // MARK: Bytes

  private func isDigitRun(_ start: Int, count: Int, end: Int) -> Bool {
    guard start + count <= end else { return false }
    for index in start..<(start + count) where !isDigit(bytes[index]) { return false }
    return start + count == end || !isDigit(bytes[start + count])
  }

  private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
    guard index + pattern.count <= bytes.count else { return false }
    for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte {
      return false
    }
    return true
  }

  /// The width of an apostrophe (' or ’) at `index`, or nil.
  private func apostropheWidth(at index: Int, end: Int) -> Int? {
    if bytes[index] == UInt8(ascii: "'") { return 1 }
    if index + 3 <= end && matches([0xE2, 0x80, 0x99], at: index) { return 3 }
    return nil
  }

  /// Whether a letter or digit of any script starts at `index`; emoji and the punctuation
  /// blocks (U+0080–U+00BF, U+2000–U+2BFF) do not.
  private func isWordStart(at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return isASCIILetter(byte) || isDigit(byte) }
    switch byte {
    case 0xC3...0xDF, 0xE3...0xEF: return true
    case 0xE0, 0xE1: return true
    default: return false
    }
  }

  private func isWordByte(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || isDigit(byte) || byte >= 0x80 || byte == UInt8(ascii: "_")
  }

  /// Bytes of whitespace at `index`: ASCII, no-break space and the Unicode spaces.
  private func spaceWidth(at index: Int) -> Int {
    let byte = bytes[index]
    if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
    if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 { return 2 }
    if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
      && ((0x80...0x8B).contains(bytes[index + 2]) || bytes[index + 2] == 0xAF)
    {
      return 3
    }
    return 0
  }
}

private func scalarWidth(_ lead: UInt8) -> Int {
  switch lead {
  case 0xF0...0xF7: 4
  case 0xE0...0xEF: 3
  case 0xC0...0xDF: 2
  default: 1
  }
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

private func isASCIIUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

private func isASCIILetter(_ byte: UInt8) -> Bool {
  (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
}

private func lowered(_ byte: UInt8) -> UInt8 { isASCIIUppercase(byte) ? byte | 0x20 : byte }
