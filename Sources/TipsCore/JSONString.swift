/// JSON string literals, for the files and output tips writes by hand so that keys keep their
/// order (the index manifest, `--json`).
public enum JSONString {
  /// `value` as a JSON string literal: quotes, backslashes and control characters escaped,
  /// everything else as is (UTF-8 needs no escaping).
  public static func quoted(_ value: String) -> String {
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
