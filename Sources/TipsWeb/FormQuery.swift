import Foundation

/// The fields of a URL query as an HTML form sends them (`q=hip+flexor&kind=`): `+` is a
/// space and `%XX` a byte, decoded as UTF-8; the first value of a repeated name wins.
///
/// Hummingbird's own query parameters leave `+` as it is, which would search for
/// "hip+flexor".
struct FormQuery {
  private var fields: [String: String] = [:]

  init(_ query: String?) {
    for pair in (query ?? "").split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = Self.decoded(parts[0])
      guard fields[name] == nil else { continue }
      fields[name] = parts.count > 1 ? Self.decoded(parts[1]) : ""
    }
  }

  /// The field's value with surrounding spaces trimmed; nil when absent or blank.
  subscript(_ name: String) -> String? {
    guard let value = fields[name] else { return nil }
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  /// Percent-decoding with `+` as a space; bytes that are not UTF-8 become U+FFFD.
  static func decoded(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var index = text.utf8.startIndex
    let utf8 = text.utf8
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%"),
        let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex),
        let low = utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex), low < utf8.endIndex,
        let first = hexValue(utf8[high]), let second = hexValue(utf8[low])
      {
        bytes.append(first << 4 | second)
        index = low
      } else {
        bytes.append(byte)
      }
      index = utf8.index(after: index)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
