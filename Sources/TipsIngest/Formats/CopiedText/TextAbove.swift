extension CopiedTextReader {
  /// The page's lines above a line, lower-cased with each run of whitespace as one space:
  /// what a quote without an end marker is compared with (`quotedParagraphsEnd`).
  ///
  /// Normalizing everything above each such quote again made a long copy quadratic: a 1 MB
  /// page of vBulletin and phpBB posts took 37 s. Quotes come down the page, so this keeps the
  /// text normalized so far and adds only the lines since the last quote. Adding is exact
  /// when the joining space falls between two grapheme clusters, as it does around ASCII,
  /// Latin, Greek, Cyrillic and punctuation (`isClusterEnd`, `isClusterStart`); at any other
  /// join the text is normalized again from the top, as before.
  ///
  /// Asking whether that text holds a paragraph through Foundation (`contains`) converted the
  /// whole text to UTF-16 at each quote, so `contains(_:before:in:)` looks at its UTF-8 bytes
  /// first, and asks Foundation only when the bytes cannot decide (`isPlain`).
  struct TextAbove {
    /// The normalized text of `lines[..<lineCount]`.
    private var text = ""
    /// `text`'s UTF-8 bytes.
    private var bytes: [UInt8] = []
    private var lineCount = 0

    /// True when the normalized text of `lines[..<end]` holds `paragraph`, a normalized
    /// paragraph, as `String.contains` would say.
    mutating func contains(_ paragraph: String, before end: Int, in lines: [Substring]) -> Bool {
      let above = text(before: end, in: lines)
      let needle = Array(paragraph.utf8)
      guard let first = needle.first, paragraph.unicodeScalars.allSatisfy(Self.isPlain) else {
        return above.contains(paragraph)
      }
      var start = bytes.startIndex
      var matched = false
      while let found = bytes[start...].firstIndex(of: first) {
        start = found + 1
        guard bytes.count - found >= needle.count,
          bytes[found..<(found + needle.count)].elementsEqual(needle)
        else { continue }
        // Plain words between plain neighbours are the same characters in the text as in
        // the paragraph; any other neighbour may join the match to a character around it.
        let before = found > 0 ? bytes[found - 1] : 0x20
        let after = found + needle.count < bytes.count ? bytes[found + needle.count] : 0x20
        if before < 0x80 && after < 0x80 { return true }
        matched = true
      }
      return matched ? above.contains(paragraph) : false
    }

    /// True for ASCII other than ";" and "`", and for general punctuation ("’", "—", "…"):
    /// no other scalar or sequence is canonically the same character, so a paragraph of
    /// plain scalars is in a text only where its bytes are, and none of them joins a
    /// neighbour into one character.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII
        ? scalar != ";" && scalar != "`"
        : (0x2010..<0x2028).contains(scalar.value) || (0x2030..<0x205F).contains(scalar.value)
    }

    /// The normalized text of `lines[..<end]`.
    private mutating func text(before end: Int, in lines: [Substring]) -> String {
      guard end != lineCount else { return text }
      guard end > lineCount, lineCount > 0 else {
        return replaced(with: normalized(lines[..<end].joined(separator: " ")), lineCount: end)
      }
      let added = lines[lineCount..<end].joined(separator: " ")
      let above = lines[..<lineCount]
      // The last scalar of `above` joined, and the first of `added`: an empty line joins as
      // nothing, so the neighbour is then the joining space.
      let last = above.last?.unicodeScalars.last ?? (above.count > 1 ? " " : nil)
      let first = added.unicodeScalars.first
      guard last.map(Self.isClusterEnd) ?? true, first.map(Self.isClusterStart) ?? true else {
        return replaced(with: normalized(lines[..<end].joined(separator: " ")), lineCount: end)
      }
      let more = normalized(added)
      if !more.isEmpty {
        if !text.isEmpty {
          text.append(" ")
          bytes.append(0x20)
        }
        text.append(more)
        bytes.append(contentsOf: more.utf8)
      }
      lineCount = end
      return text
    }

    private mutating func replaced(with text: String, lineCount: Int) -> String {
      bytes = Array(text.utf8)
      self.text = text
      self.lineCount = lineCount
      return text
    }

    /// True when no grapheme cluster continues past `scalar` into a space after it: it is
    /// not a Unicode "Prepend" character, none of which lies in these blocks.
    private static func isClusterEnd(_ scalar: Unicode.Scalar) -> Bool {
      scalar.value < 0x600 || (0x2000..<0x3000).contains(scalar.value)
    }

    /// True when `scalar` starts a grapheme cluster after a space: it is no combining mark,
    /// joiner or spacing mark, none of which lies in these blocks.
    private static func isClusterStart(_ scalar: Unicode.Scalar) -> Bool {
      scalar.value < 0x300 || (0x370..<0x483).contains(scalar.value)
        || (0x2010..<0x2028).contains(scalar.value) || (0x2030..<0x2060).contains(scalar.value)
    }
  }

  /// Lower case, runs of whitespace as one space.
  static func normalized(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
