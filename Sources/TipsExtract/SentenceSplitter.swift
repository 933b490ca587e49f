/// Splits a post's text into sentences a reader would quote, as ranges of the text itself so
/// every quote stays a verbatim span.
///
/// Forum text breaks the rules books follow: a line break ends a sentence (lists, one-line
/// answers), emoji codes (`:+1:t2:`), URLs and abbreviations carry dots that end nothing, and
/// people skip capitals after a full stop. A stop ends a sentence only when whitespace and a
/// letter, digit, quote, `@` or `+` follow and the word before it is not a known
/// abbreviation; an ellipsis before a small letter does not.
public enum SentenceSplitter {
  public static func sentences(in text: String) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    var start = text.startIndex
    var index = text.startIndex

    func close(at end: String.Index) {
      let trimmed = trim(text, start..<end)
      guard !trimmed.isEmpty else { return }
      if let dash = questionAfterDash(in: text, trimmed) {
        result.append(trim(text, trimmed.lowerBound..<dash.lowerBound))
        result.append(trim(text, dash.upperBound..<trimmed.upperBound))
      } else {
        result.append(trimmed)
      }
    }

    while index < text.endIndex {
      let c = text[index]
      if c == "\n" {
        close(at: index)
        index = text.index(after: index)
        start = index
        continue
      }
      if c == "." || c == "!" || c == "?" || c == "…" {
        var end = text.index(after: index)
        while end < text.endIndex, ".!?…)]\"”’".contains(text[end]) { end = text.index(after: end) }
        if end == text.endIndex {
          index = end
          continue
        }
        if text[end] == " " || text[end] == "\t" {
          var next = end
          while next < text.endIndex, text[next] == " " || text[next] == "\t" {
            next = text.index(after: next)
          }
          // People skip capitals after a full stop ("too low. raise it 5mm"); an ellipsis
          // before a small letter trails off within the sentence.
          let stops = text[index..<end].filter { ".…".contains($0) }
          let trailsOff = stops.count > 1 || stops.contains("…")
          if next < text.endIndex,
            startsSentence(text[next]) || text[next].isLowercase && !trailsOff,
            !(c == "." && endsWithAbbreviation(text[start..<index]))
              || isListMarker(text[start..<index])
          {
            close(at: end)
            start = next
            index = next
            continue
          }
        }
        index = end
        continue
      }
      index = nextStop(in: text, from: text.index(after: index))
    }
    close(at: text.endIndex)
    return result
  }

  /// The first position at or after `start` whose byte may begin a sentence end ("\n", ".",
  /// "!", "?" or the first byte of "…"), else the end: the characters between are skipped
  /// without being read as characters, which was most of the splitting. A position inside a
  /// character (the "\n" of "\r\n") reads as that character, as the loop above did.
  private static func nextStop(in text: String, from start: String.Index) -> String.Index {
    let utf8 = text.utf8
    var index = start
    while index < utf8.endIndex {
      switch utf8[index] {
      case UInt8(ascii: "\n"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0xE2:
        return index
      default:
        utf8.formIndex(after: &index)
      }
    }
    return text.endIndex
  }

  /// "... and I'd look at your fuelling too - are you getting 60g carbs an hour?": a
  /// question put after a spaced dash is a sentence of its own, and what the dash follows
  /// keeps its own act. The dash's range, where the words after it open a question and at
  /// least four words stand before it.
  private static func questionAfterDash(
    in text: String, _ sentence: Range<String.Index>
  ) -> Range<String.Index>? {
    let words = text[sentence]
    guard words.last == "?" else { return nil }
    var searched = words.endIndex
    while let dash = words[..<searched].lastIndex(where: { "-–—".contains($0) }) {
      searched = dash
      let after = words.index(after: dash)
      guard dash > words.startIndex, words[words.index(before: dash)] == " ",
        after < words.endIndex, words[after] == " "
      else { continue }
      let opener = words[after...].drop(while: { $0 == " " }).prefix(while: \.isLetter)
      guard questionOpeners.contains(opener.lowercased()),
        words[..<dash].split(separator: " ").count >= 4
      else { return nil }
      return dash..<after
    }
    return nil
  }

  /// First words of a question: "are you ...", "have you tried ...", "what about ...".
  private static let questionOpeners: Set<String> = [
    "are", "is", "do", "does", "did", "have", "has", "can", "could", "would", "will", "should",
    "what", "how", "why", "when", "where", "which", "who", "anyone", "any",
  ]

  private static func startsSentence(_ c: Character) -> Bool {
    c.isUppercase || c.isNumber || "\"“‘'@+([:".contains(c)
  }

  /// Abbreviations after which a full stop does not end the sentence.
  private static let abbreviations: Set<String> = [
    "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "st", "approx", "min", "mins", "hr", "hrs",
    "no", "cf", "fig", "jr", "sr", "govt", "dept", "inc", "ltd", "co", "ca", "esp", "incl", "u.s",
    "a.m", "p.m", "viz", "resp", "ref", "vol", "pp", "ed", "al",
  ]

  private static func endsWithAbbreviation(_ text: Substring) -> Bool {
    // Only the last word matters; looking for it from the end keeps a long sentence with many
    // stops linear.
    let isSeparator = { (c: Character) in c == " " || c == "\n" || c == "(" }
    let trailing = text.lastIndex { !isSeparator($0) }
    guard let trailing else { return false }
    let start = text[..<trailing].lastIndex(where: isSeparator).map(text.index(after:))
    let word = text[(start ?? text.startIndex)...trailing]
    let lowered = word.lowercased()
    if abbreviations.contains(lowered) { return true }
    // A single capital letter is an initial ("Joe P. Smith").
    return word.count == 1 && word.first?.isUppercase == true
  }

  /// "A. Reduce dietary fat", "B. Increase fiber": a letter alone at the start of a line is
  /// the marker of a lettered list, not an initial, so the item after it is a sentence of its
  /// own (and its imperative is read as one).
  private static func isListMarker(_ text: Substring) -> Bool {
    let marker = text.drop(while: \.isWhitespace)
    return marker.count == 1 && marker.first?.isLetter == true
  }

  private static func trim(_ text: String, _ range: Range<String.Index>) -> Range<String.Index> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
    while upper > lower, text[text.index(before: upper)].isWhitespace {
      upper = text.index(before: upper)
    }
    return lower..<upper
  }
}
