import Foundation

/// A temporary folder owned by one test, removed when the test drops it.
///
/// The index folder itself (`index`) is not created, so tests see a writer create it.
final class Scratch {
  let root: String
  /// Where the test's index lives.
  let index: String

  init() throws {
    root = NSTemporaryDirectory() + "tips-index-tests-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    index = root + "/index"
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// A new scratch folder whose index folder is a copy of this one's.
  func copy() throws -> Scratch {
    let copy = try Scratch()
    try FileManager.default.copyItem(atPath: index, toPath: copy.index)
    return copy
  }

  /// A file of the index folder, by name.
  func path(_ name: String) -> String { index + "/" + name }

  /// The names in the index folder, sorted.
  func names() throws -> [String] {
    try Self.names(in: index)
  }

  /// The names in any folder, sorted.
  static func names(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  /// Every file of the index folder with its bytes, to compare a folder before and after.
  func snapshot() throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in try names() { files[name] = try read(name) }
    return files
  }

  func read(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
  }

  func write(_ name: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
  }
}
