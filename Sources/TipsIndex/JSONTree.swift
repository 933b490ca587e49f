/// A JSON text read into a tree of values, for the one JSON file every command opens
/// (`meta.json`).
///
/// `JSONDecoder` took about a millisecond to read a manifest, most of it spent once per
/// process on the generic machinery of `Decodable`; this reader takes a few microseconds. It
/// reads the whole JSON grammar (RFC 8259) strictly, with nesting bounded so a hostile file
/// cannot exhaust the stack. Where a file strays: the last of repeated keys wins, and bytes
/// inside a string that are not UTF-8 read as U+FFFD (as `JSONDecoder` read them). A number
/// keeps its integer value when it has one.
enum JSONTree: Equatable {
  case null
  case bool(Bool)
  /// A number written without fraction or exponent that fits an `Int`.
  case integer(Int)
  /// Any other number.
  case number(Double)
  case string(String)
  case array([JSONTree])
  case object([String: JSONTree])

  /// The value `bytes` hold, or nil when they are not exactly one JSON value (surrounding
  /// whitespace aside).
  init?(parsing bytes: [UInt8]) {
    var parser = Parser(bytes: bytes)
    guard let value = parser.value(depth: 0) else { return nil }
    parser.skipWhitespace()
    guard parser.position == bytes.count else { return nil }
    self = value
  }

  subscript(key: String) -> JSONTree? {
    guard case .object(let fields) = self else { return nil }
    return fields[key]
  }

  var integer: Int? {
    guard case .integer(let value) = self else { return nil }
    return value
  }

  var string: String? {
    guard case .string(let value) = self else { return nil }
    return value
  }

  var array: [JSONTree]? {
    guard case .array(let items) = self else { return nil }
    return items
  }

  private struct Parser {
    let bytes: [UInt8]
    var position = 0

    /// Deeper nesting than any file tips writes is refused rather than recursed into.
    static let maximumDepth = 64

    mutating func skipWhitespace() {
      while position < bytes.count,
        [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position])
      {
        position += 1
      }
    }

    mutating func value(depth: Int) -> JSONTree? {
      guard depth < Self.maximumDepth else { return nil }
      skipWhitespace()
      guard position < bytes.count else { return nil }
      switch bytes[position] {
      case UInt8(ascii: "{"): return object(depth: depth)
      case UInt8(ascii: "["): return array(depth: depth)
      case UInt8(ascii: "\""): return string().map(JSONTree.string)
      case UInt8(ascii: "t"): return literal("true", .bool(true))
      case UInt8(ascii: "f"): return literal("false", .bool(false))
      case UInt8(ascii: "n"): return literal("null", .null)
      default: return number()
      }
    }

    private mutating func literal(_ word: String, _ value: JSONTree) -> JSONTree? {
      let utf8 = Array(word.utf8)
      guard bytes.count - position >= utf8.count,
        bytes[position..<(position + utf8.count)].elementsEqual(utf8)
      else { return nil }
      position += utf8.count
      return value
    }

    private mutating func object(depth: Int) -> JSONTree? {
      position += 1
      var fields: [String: JSONTree] = [:]
      skipWhitespace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .object(fields)
      }
      while true {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\""),
          let key = string()
        else { return nil }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
        position += 1
        guard let value = value(depth: depth + 1) else { return nil }
        fields[key] = value
        skipWhitespace()
        guard position < bytes.count else { return nil }
        let separator = bytes[position]
        position += 1
        if separator == UInt8(ascii: "}") { return .object(fields) }
        guard separator == UInt8(ascii: ",") else { return nil }
      }
    }

    private mutating func array(depth: Int) -> JSONTree? {
      position += 1
      var items: [JSONTree] = []
      skipWhitespace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(items)
      }
      while true {
        guard let item = value(depth: depth + 1) else { return nil }
        items.append(item)
        skipWhitespace()
        guard position < bytes.count else { return nil }
        let separator = bytes[position]
        position += 1
        if separator == UInt8(ascii: "]") { return .array(items) }
        guard separator == UInt8(ascii: ",") else { return nil }
      }
    }

    /// A string from its opening quote, escapes resolved; nil for a control character, a
    /// bad escape or a lone surrogate. Bytes that are not UTF-8 read as U+FFFD, as
    /// `JSONDecoder` read them: a damaged name is then reported by what it names.
    private mutating func string() -> String? {
      position += 1
      var utf8: [UInt8] = []
      while position < bytes.count {
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""):
          return String(decoding: utf8, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard position < bytes.count else { return nil }
          let escape = bytes[position]
          position += 1
          switch escape {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
          case UInt8(ascii: "b"): utf8.append(0x08)
          case UInt8(ascii: "f"): utf8.append(0x0C)
          case UInt8(ascii: "n"): utf8.append(0x0A)
          case UInt8(ascii: "r"): utf8.append(0x0D)
          case UInt8(ascii: "t"): utf8.append(0x09)
          case UInt8(ascii: "u"):
            guard let scalar = escapedScalar() else { return nil }
            utf8.append(contentsOf: String(Character(scalar)).utf8)
          default: return nil
          }
        case 0x00..<0x20:
          return nil
        default:
          utf8.append(byte)
        }
      }
      return nil
    }

    /// The scalar of a `\u` escape (a surrogate pair takes two), after the "u".
    private mutating func escapedScalar() -> Unicode.Scalar? {
      guard let high = hexQuad() else { return nil }
      guard (0xD800..<0xDC00).contains(high) else { return Unicode.Scalar(high) }
      guard bytes.count - position >= 2, bytes[position] == UInt8(ascii: "\\"),
        bytes[position + 1] == UInt8(ascii: "u")
      else { return nil }
      position += 2
      guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return nil }
      return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    private mutating func hexQuad() -> UInt32? {
      guard bytes.count - position >= 4 else { return nil }
      var value: UInt32 = 0
      for _ in 0..<4 {
        guard let digit = hexDigit(bytes[position]) else { return nil }
        value = value << 4 | digit
        position += 1
      }
      return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
      default: nil
      }
    }

    /// A number in JSON's grammar: "-"? int frac? exp?, with no leading zeros.
    private mutating func number() -> JSONTree? {
      let start = position
      if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
      guard let firstDigit = digits() else { return nil }
      guard firstDigit.count == 1 || bytes[firstDigit.lowerBound] != UInt8(ascii: "0") else {
        return nil
      }
      var isInteger = true
      if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
        position += 1
        guard digits() != nil else { return nil }
        isInteger = false
      }
      if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
        position += 1
        if position < bytes.count, [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[position])
        {
          position += 1
        }
        guard digits() != nil else { return nil }
        isInteger = false
      }
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      if isInteger, let value = Int(text) { return .integer(value) }
      return Double(text).map(JSONTree.number)
    }

    /// The run of ASCII digits at the position, nil when there is none.
    private mutating func digits() -> Range<Int>? {
      let start = position
      let digit = UInt8(ascii: "0")...UInt8(ascii: "9")
      while position < bytes.count, digit.contains(bytes[position]) { position += 1 }
      return position > start ? start..<position : nil
    }
  }
}
