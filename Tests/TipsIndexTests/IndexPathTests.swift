import Foundation
import Testing
import TipsCore

@testable import TipsIndex

/// An index path that cannot be an index folder, and a writer waiting for the lock from async
/// code: each says what is wrong in one line naming the path.
@Suite("Index paths and the writer's wait")
struct IndexPathTests {
  /// A scratch folder with a plain file `afile` in it (see `file`).
  private static func withFile() throws -> Scratch {
    let scratch = try Scratch()
    try Data("not an index\n".utf8).write(to: URL(fileURLWithPath: file(in: scratch)))
    return scratch
  }

  private static func file(in scratch: Scratch) -> String { scratch.root + "/afile" }

  @Test("A writer given a file as its folder names the file, not mkdir's complaint")
  func writerOnAFile() throws {
    let scratch = try Self.withFile()
    let file = Self.file(in: scratch)
    let error = #expect(throws: IndexError.notAFolder(directory: file, file: file)) {
      _ = try IndexWriter(directory: file)
    }
    #expect(
      error?.description
        == "index at \(file) is a file, not a folder; give the index a folder of its own")
    withExtendedLifetime(scratch) {}
  }

  @Test("A writer given a path under a file names the file in the way")
  func writerUnderAFile() throws {
    let scratch = try Self.withFile()
    let file = Self.file(in: scratch)
    let error = #expect(throws: IndexError.notAFolder(directory: file + "/sub", file: file)) {
      _ = try IndexWriter(directory: file + "/sub")
    }
    #expect(
      error?.description
        == "no index can be at \(file)/sub: \(file) is a file, not a folder; choose another path")
    withExtendedLifetime(scratch) {}
  }

  @Test("A reader given a file, or a path under one, says so instead of 'no index'")
  func readerOnAFile() throws {
    let scratch = try Self.withFile()
    let file = Self.file(in: scratch)
    #expect(throws: IndexError.notAFolder(directory: file, file: file)) {
      try IndexReader.open(directory: file)
    }
    #expect(throws: IndexError.notAFolder(directory: file + "/sub/index", file: file)) {
      try IndexReader.open(directory: file + "/sub/index")
    }
    withExtendedLifetime(scratch) {}
  }

  @Test(
    "A folder that cannot be created names it and the reason",
    .enabled(if: getuid() != 0, "root may write anywhere"))
  func writerWithoutPermission() throws {
    let scratch = try Scratch()
    let locked = scratch.root + "/locked"
    try FileManager.default.createDirectory(
      atPath: locked, withIntermediateDirectories: false,
      attributes: [.posixPermissions: 0o555])
    defer { chmod(locked, 0o755) }
    let error = #expect(throws: IndexError.self) {
      _ = try IndexWriter(directory: locked + "/index")
    }
    #expect(
      error?.description
        == "cannot create the index folder \(locked)/index for \(locked)/index: "
        + "permission denied")
  }

  @Test("The cannot-create line reads as one sentence")
  func cannotCreateText() {
    let error = IndexError.cannotCreate(
      directory: "/srv/tips/index",
      error: StorageError(operation: "mkdir", path: "/srv/tips", code: EACCES))
    #expect(
      error.description
        == "cannot create the index folder /srv/tips for /srv/tips/index: permission denied")
  }
}
