import Foundation

/// File sizes for an add's progress, apart from the pipeline, whose `Thread` is the model's
/// and not Foundation's.
enum FileSize {
  /// The size of the file at `path`, 0 when it cannot be read (the add then reports it).
  static func byteCount(ofFile path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.size] as? NSNumber)?.intValue ?? 0
  }
}
