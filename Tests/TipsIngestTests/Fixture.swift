import Foundation
import Testing

/// Where the tests' inputs live: small fixtures in the test bundle, real exports read in place.
enum Fixture {
  /// A file of `Fixtures/`, copied into the test bundle by `resources: [.copy("Fixtures")]`.
  static func path(_ name: String) throws -> String {
    try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
    ).path
  }

  /// The package's root folder, found from this file rather than the working directory,
  /// which differs between `swift test` and an IDE: the shipped `corpus/` is read from there.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // TipsIngestTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The seed thread shipped in `corpus/`, a Discourse page copied as text.
  static let seedThread = packageRoot.appendingPathComponent("corpus/lower-back-pain.txt").path

  /// `shared/data` beside the package: large real exports read in place, only by suites
  /// enabled with `TIPS_SHARED_DATA`, since a clone alone has no such folder.
  static let sharedData: String = packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/data").path

  static func sharedData(_ relativePath: String) -> String {
    sharedData + "/" + relativePath
  }
}

/// A folder of its own for one test (tests run in parallel), removed when the test ends.
final class TemporaryFolder {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("tips-ingest-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `bytes` to `name` (folders created as needed) and returns the file's path.
  @discardableResult
  func write(_ bytes: [UInt8], to name: String) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    try write(Array(text.utf8), to: name)
  }
}
