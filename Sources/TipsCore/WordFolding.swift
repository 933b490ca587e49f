/// Folds a word to the form vocabularies are matched on: lower case, curly apostrophes
/// straightened, a possessive "'s" dropped and a plural "s"/"es"/"ies" folded, so "Glutes",
/// "glute's" and "glute" are one word, as are "stretches" and "stretch".
///
/// Only plurals fold: verb forms ("rolling", "rolled") are listed as aliases in the lexicon,
/// because folding them would join "let the tears roll" with foam rolling.
public enum WordFolding {
  public static func fold(_ word: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(word.utf8.count)
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
    if bytes.count > 2, bytes[bytes.count - 2] == 0x27, bytes[bytes.count - 1] == 0x73 {
      bytes.removeLast(2)
    } else if bytes.last == 0x27 {
      bytes.removeLast()
    }
    foldPlural(&bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  public static func fold(_ word: String) -> String { fold(word[...]) }

  private static func foldPlural(_ bytes: inout [UInt8]) {
    let n = bytes.count
    guard n > 3, bytes[n - 1] == UInt8(ascii: "s") else { return }
    let before = bytes[n - 2]
    if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") {
      return
    }
    if n > 4, before == UInt8(ascii: "e"), bytes[n - 3] == UInt8(ascii: "i") {
      bytes.removeLast(3)
      bytes.append(UInt8(ascii: "y"))
      return
    }
    if n > 4, before == UInt8(ascii: "e") {
      let third = bytes[n - 3]
      let fourth = bytes[n - 4]
      let sibilant =
        third == UInt8(ascii: "x") || (third == UInt8(ascii: "s") && fourth == UInt8(ascii: "s"))
        || (third == UInt8(ascii: "h")
          && (fourth == UInt8(ascii: "c") || fourth == UInt8(ascii: "s")))
      if sibilant {
        bytes.removeLast(2)
        return
      }
    }
    bytes.removeLast()
  }

  /// Splits text into words of letters and digits; an apostrophe inside a word keeps it whole
  /// ("child's"), a hyphen splits it ("t-spine" is "t spine", as lexicon aliases are split).
  public static func words(in text: Substring) -> [WordSpan] {
    var result: [WordSpan] = []
    let scalars = text.unicodeScalars
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
          result.append(WordSpan(range: s..<index, folded: fold(text[s..<index])))
          start = nil
        }
      }
      index = scalars.index(after: index)
    }
    if let s = start {
      result.append(WordSpan(range: s..<text.endIndex, folded: fold(text[s..<text.endIndex])))
    }
    return result
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
}
