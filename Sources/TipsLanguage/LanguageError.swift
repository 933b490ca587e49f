/// Why the language layer could not load its model, worded as the one line a user sees.
public enum LanguageError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The resource folder or file is not beside the executable.
  case notShipped(file: String)
  /// The file is there but cannot be read.
  case unreadable(file: String)
  /// The file is not a model of this kind, or was cut short or altered.
  case damaged(file: String, reason: String)
  /// The file was written by a newer or older trainer than this reader knows.
  case unsupportedVersion(file: String, version: Int)

  public var description: String {
    switch self {
    case .notShipped(let file):
      "\(file) is missing beside the tips executable; reinstall tips"
    case .unreadable(let file):
      "\(file) cannot be read; check its permissions or reinstall tips"
    case .damaged(let file, let reason):
      "\(file) is damaged (\(reason)); reinstall tips"
    case .unsupportedVersion(let file, let version):
      "\(file) has format version \(version), which this tips cannot read; reinstall tips"
    }
  }
}
