import Foundation

/// Reads a file's bytes, whole or only its beginning, with errors that name the file.
enum FileBytes {
  /// How much of a file format detection looks at; a Stack Exchange dump is then streamed
  /// from disk instead of being loaded, so only this much of it is ever held at once here.
  static let detectionPrefixLength = 64 * 1024
  /// The largest file read whole (every format but Stack Exchange dumps, which stream): a
  /// Discourse topic of a thousand posts is a few MB, and a file past this is refused before
  /// it is read, so a huge file never costs its size in memory.
  static let maximumWholeFileLength = 64 * 1024 * 1024

  /// The file's bytes, or its first `limit` bytes when `limit` is given.
  ///
  /// Uses `fopen`/`fread` rather than `Data(contentsOf:)` so the error is the system's short
  /// reason ("No such file or directory", "Is a directory") instead of a multi-line paragraph.
  static func read(atPath path: String, limit: Int? = nil) throws(IngestError) -> [UInt8] {
    guard let file = fopen(path, "rb") else {
      throw .unreadable(path: path, reason: systemReason())
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while limit.map({ bytes.count < $0 }) ?? true {
      let wanted = min(chunk.count, limit.map { $0 - bytes.count } ?? chunk.count)
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, wanted, file) }
      bytes += chunk[0..<count]
      if count < wanted {
        if ferror(file) != 0 { throw .unreadable(path: path, reason: systemReason()) }
        break
      }
    }
    return bytes
  }

  private static func systemReason() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
