import Foundation

extension Analyzer {
  /// Folds a word that has non-ASCII characters to the form terms are compared in: compatibility
  /// forms decomposed (NFKD: "Ｆ" → "F", "ﬁ" → "fi"), combining marks dropped ("é" → "e"),
  /// lower-cased, a few letters with no decomposition spelled out ("æ" → "ae", "ß" → "ss"),
  /// then recomposed (NFC) so scripts built from marks (Hangul) stay whole.
  ///
  /// Only words with non-ASCII characters come here, so pure-ASCII text never touches
  /// Foundation.
  static func fold(_ word: String) -> String {
    var folded = String.UnicodeScalarView()
    for scalar in word.decomposedStringWithCompatibilityMapping.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if let spelled = spelledOutLetters[scalar] {
        folded.append(contentsOf: spelled.unicodeScalars)
      } else {
        folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return String(folded).precomposedStringWithCanonicalMapping
  }

  /// Latin letters that neither decompose nor lower-case to ASCII, as English text spells them.
  private static let spelledOutLetters: [Unicode.Scalar: String] = [
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ß": "ss", "ẞ": "ss",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ı": "i",
  ]
}
