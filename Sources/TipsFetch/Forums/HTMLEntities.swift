/// Decodes the character references the Stack Exchange API puts in its plain-text fields
/// (titles, names, error messages): `&quot;`, `&#39;`, `&amp;` and the like.
enum HTMLEntities {
  private static let named: [Substring: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
    "rdquo": "”", "laquo": "«", "raquo": "»", "middot": "·", "deg": "°", "times": "×",
  ]

  /// `text` with numeric references and the common named ones replaced; anything else is
  /// kept as written.
  static func decoded(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = text[...]
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let afterAmpersand = rest.index(after: ampersand)
      guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";"),
        let character = character(for: rest[afterAmpersand..<semicolon])
      else {
        result += "&"
        rest = rest[afterAmpersand...]
        continue
      }
      result += character
      rest = rest[rest.index(after: semicolon)...]
    }
    return result + rest
  }

  private static func character(for name: Substring) -> String? {
    if let known = named[name] { return known }
    guard name.first == "#" else { return nil }
    let digits = name.dropFirst()
    let value =
      digits.first == "x" || digits.first == "X"
      ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
    return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
  }
}
