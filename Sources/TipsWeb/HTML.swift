/// Builds the page's markup; every text that did not come from this file goes through
/// `escaped`, so a query, a quote or a thread title is shown as text and never runs.
enum HTML {
  /// `text` safe inside an element or a double- or single-quoted attribute.
  static func escaped(_ text: some StringProtocol) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// `text` as one path segment of a link (`/remedy/couch%20stretch`): everything but
  /// unreserved characters percent-encoded, `/` included.
  static func pathSegment(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return result
  }

  /// A query string from fields, empty values left out: `q=hip+flexor&kind=stretch`.
  static func query(_ fields: [(String, String?)]) -> String {
    fields.compactMap { name, value in
      guard let value, !value.isEmpty else { return nil }
      return name + "=" + pathSegment(value)
    }.joined(separator: "&")
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
