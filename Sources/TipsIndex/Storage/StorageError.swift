#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system call on the index folder failed: which call, on which path, and the `errno` it set.
///
/// Kept as data rather than a message so callers can tell "no such file" (a missing index)
/// from every other failure without parsing text; `description` is the one line a user sees.
public struct StorageError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The call that failed, as its C name ("open", "rename", "fsync").
  public var operation: String
  /// The path the call was made on; for `rename`, "FROM -> TO".
  public var path: String
  /// The `errno` the call set.
  public var code: Int32

  public init(operation: String, path: String, code: Int32) {
    self.operation = operation
    self.path = path
    self.code = code
  }

  /// True when the path does not exist, or a component on the way to it is not a folder.
  public var isNoSuchFile: Bool { code == ENOENT || code == ENOTDIR }

  /// True when a component on the way to the path is a file, not a folder.
  public var isUnderAFile: Bool { code == ENOTDIR }

  /// True when a file that is not a folder is in the way: where a folder was to be made, or on
  /// the way to it.
  public var isFileInTheWay: Bool { code == EEXIST || code == ENOTDIR }

  /// What went wrong in the system's words, lowercased to continue a sentence
  /// ("permission denied").
  public var reason: String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }

  public var description: String {
    "\(operation) \(path): \(String(cString: strerror(code)))"
  }
}
