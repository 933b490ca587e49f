import Foundation

/// Decodes a whole-file JSON export into `Decodable` structs that name only the fields read,
/// so a field an export adds tomorrow never breaks ingest.
enum JSONDecoding {
  /// Decodes `bytes` as `T`, turning a decoding failure into one line naming the format.
  static func decode<T: Decodable>(
    _ type: T.Type, from bytes: [UInt8], path: String, format: IngestError.ThreadFormatName
  ) throws(IngestError) -> T {
    do {
      return try JSONDecoder().decode(type, from: Data(bytes))
    } catch let error as DecodingError {
      throw .malformed(path: path, format: format, reason: reason(for: error))
    } catch {
      throw .malformed(path: path, format: format, reason: "invalid JSON")
    }
  }

  /// A short reason with the JSON path of the offending field (`post_stream.posts[3].cooked`).
  ///
  /// Foundation's own descriptions are long and can span lines; messages are interface, so
  /// they are rebuilt here from the error's parts.
  static func reason(for error: DecodingError) -> String {
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      "invalid or truncated JSON"
    case .dataCorrupted(let context):
      "unreadable value at \(path(context.codingPath))"
    case .keyNotFound(let key, let context):
      "missing field \(path(context.codingPath + [key]))"
    case .typeMismatch(let type, let context):
      "\(path(context.codingPath)) is not \(typeName(type))"
    case .valueNotFound(let type, let context):
      "\(path(context.codingPath)) is null, expected \(typeName(type))"
    @unknown default:
      "invalid JSON"
    }
  }

  private static func path(_ codingPath: [any CodingKey]) -> String {
    guard !codingPath.isEmpty else { return "top level" }
    var result = ""
    for key in codingPath {
      if let index = key.intValue {
        result += "[\(index)]"
      } else {
        result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return result
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type, is Double.Type: "a number"
    case is Bool.Type: "a boolean"
    case is [Any].Type: "an array"
    default: "an object"
    }
  }
}
