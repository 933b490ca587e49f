import Foundation
import Testing

/// `tips add URL` as a user runs it, against the loopback forum: what it prints, and an index
/// left byte for byte as it was when a fetch fails.
@Suite("tips add URL")
final class AddAddressCommandTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "tips-add-url-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  @Test("A topic's address is added like its saved file, in one commit")
  func addsTopic() async throws {
    let folder = self.folder
    let run = try await FixtureForum.withServer { origin in
      try await TipsRun.run(
        [
          "add", origin + "/t/knee-pain-on-the-stairs-after-long-rides/5150",
          "--index", "ix",
        ], in: folder)
    }
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.hasPrefix("added 1 thread ("))
    #expect(run.stdout.hasSuffix(" in ix/\n"))
    let threads = try await TipsRun.run(["threads", "--index", "ix"], in: folder)
    #expect(threads.stdout.hasPrefix("discourse-5150  Knee pain on the stairs after long rides  "))
  }

  @Test("Comments Reddit did not send are one line on stderr")
  func redditNote() async throws {
    let folder = self.folder
    let run = try await FixtureForum.withServer { origin in
      try await TipsRun.run(
        ["add", origin + "/r/running/comments/1b2c3d4/shin_splints/", "--index", "ix"],
        in: folder)
    }
    #expect(run.status == 0)
    #expect(
      run.stderr
        == "tips: reddit-1b2c3d4: 5 comments Reddit did not send (behind \"more\" links) skipped\n")
  }

  @Test(
    "A failed fetch is one line on stderr and leaves the index as it was",
    arguments: ["/t/404/gone", "/t/7/loop", "/t/10/not-a-topic", "/latest"])
  func failureLeavesIndex(path: String) async throws {
    let folder = self.folder
    let (before, run, after) = try await FixtureForum.withServer { origin in
      _ = try await TipsRun.run(
        ["add", origin + "/t/5150", "--index", "ix"], in: folder)
      let before = try Self.snapshot(folder + "/ix")
      let run = try await TipsRun.run(["add", origin + path, "--index", "ix"], in: folder)
      return (before, run, try Self.snapshot(folder + "/ix"))
    }
    #expect(run.status == 1)
    #expect(run.stdout == "")
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("tips: http://localhost:") == true)
    #expect(before == after)
    #expect(!before.isEmpty)
  }

  @Test("ftp and file addresses are refused before anything is read")
  func otherSchemes() async throws {
    let run = try await TipsRun.run(
      ["add", "ftp://example.org/t/x/1", "--index", "ix"], in: folder)
    #expect(run.status == 1)
    #expect(
      run.stderr == "tips: ftp://example.org/t/x/1: only http and https addresses can be fetched\n")
    #expect(!FileManager.default.fileExists(atPath: folder + "/ix"))
  }

  /// Every file of the index folder with its bytes.
  static func snapshot(_ directory: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.subpathsOfDirectory(atPath: directory) {
      let path = directory + "/" + name
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return files
  }
}

/// Runs the built `tips` executable as a user would and captures what it prints.
struct TipsRun: Sendable {
  var status: Int32
  var stdout: String
  var stderr: String

  static let executable: URL = {
    // Test bundles are built beside the products they depend on.
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("tips")
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        return candidate
      }
      folder.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: "tips")
  }()

  /// Runs `tips` on a thread of its own: waiting for it on the concurrency pool could starve
  /// the loopback forum it is talking to.
  static func run(_ arguments: [String], in directory: String) async throws -> TipsRun {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(with: Result { try TipsRun(arguments, in: directory) })
      }
    }
  }

  init(_ arguments: [String], in directory: String) throws {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var environment = ProcessInfo.processInfo.environment
    environment["TIPS_INDEX"] = nil
    environment["XDG_CONFIG_HOME"] = directory + "/config"
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    status = process.terminationStatus
    stdout = String(decoding: outData, as: UTF8.self)
    stderr = String(decoding: errData, as: UTF8.self)
  }
}
