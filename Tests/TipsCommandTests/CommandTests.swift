import Foundation
import Testing

/// Runs the built `tips` executable as a user would and captures what it prints.
struct Run {
  var status: Int32
  var stdout: String
  var stderr: String

  static let setpriv = "/usr/bin/setpriv"

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

  /// Runs `tips arguments` in `directory`; `unprivileged` runs it as user "nobody" when the
  /// tests run as root (through util-linux's `setpriv`), since root writes through folder
  /// permissions.
  init(_ arguments: [String], in directory: String, unprivileged: Bool = false) throws {
    let process = Process()
    if unprivileged && geteuid() == 0 {
      process.executableURL = URL(fileURLWithPath: Self.setpriv)
      process.arguments =
        ["--reuid=65534", "--regid=65534", "--clear-groups", Self.executable.path] + arguments
    } else {
      process.executableURL = Self.executable
      process.arguments = arguments
    }
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

/// The seed thread shipped in `corpus/`, found from this file rather than the working
/// directory, which differs between `swift test` and an IDE.
let seed = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("corpus/lower-back-pain.txt").path

@Suite("The tips command line")
final class CommandTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "tips-cli-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  @Test("Searching without an index says how to build one, in one line, exit 1")
  func missingIndex() throws {
    let run = try Run(["search", "core", "--index", "nowhere"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr == "tips: no index at nowhere; run 'tips add corpus/' first\n")
    #expect(run.stdout.isEmpty)
  }

  @Test("A bad file is named on one line; nothing else is touched")
  func badFile() throws {
    try Data("{\"post_stream\": ".utf8).write(to: URL(fileURLWithPath: folder + "/cut.json"))
    let run = try Run(["add", "cut.json", "--index", "ix"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr.split(separator: "\n").count == 1)
    #expect(run.stderr.hasPrefix("tips: cut.json: "))
    #expect(!FileManager.default.fileExists(atPath: folder + "/ix/meta.json"))
  }

  @Test("Add, then search as JSON in the contract's shape")
  func addThenSearchJSON() throws {
    let add = try Run(["add", seed, "--index", "ix"], in: folder)
    #expect(add.status == 0)
    #expect(add.stdout.hasPrefix("added 1 thread"))
    let search = try Run(
      ["search", "kettlebell", "--json", "--limit", "1", "--index", "ix"], in: folder)
    #expect(search.status == 0)
    let answer = try #require(
      try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any])
    #expect(answer["query"] as? String == "kettlebell")
    let remedies = try #require(answer["remedies"] as? [[String: Any]])
    #expect(remedies.map { $0["name"] as? String } == ["ball massage"])
    let top = try Run(["top", "--json", "--index", "ix"], in: folder)
    let topAnswer = try #require(
      try JSONSerialization.jsonObject(with: Data(top.stdout.utf8)) as? [String: Any])
    #expect(topAnswer["query"] is NSNull)
  }

  @Test("A search with no hits succeeds with an empty list")
  func noHits() throws {
    _ = try Run(["add", seed, "--index", "ix"], in: folder)
    let run = try Run(["search", "zzzz", "--json", "--index", "ix"], in: folder)
    #expect(run.status == 0)
    #expect(run.stdout == "{\n  \"query\": \"zzzz\",\n  \"remedies\": []\n}\n")
  }

  @Test("A misspelled search says which spelling it searched for, in text and in JSON")
  func respelledSearch() throws {
    _ = try Run(["add", seed, "--index", "ix"], in: folder)
    let text = try Run(["search", "ketlebell", "--index", "ix"], in: folder)
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("No tip says “ketlebell”; searched for “kettlebell”.\n\n1. "))
    let json = try Run(["search", "ketlebell", "--json", "--index", "ix"], in: folder)
    let answer = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let respelled = try #require(answer["respelled"] as? [[String: String]])
    #expect(respelled == [["typed": "ketlebell", "searched": "kettlebell"]])
    #expect((answer["remedies"] as? [Any])?.isEmpty == false)
  }

  @Test("A missing default index is built from ./corpus first, and the tool says so")
  func buildsFromCorpus() throws {
    try FileManager.default.createDirectory(
      atPath: folder + "/corpus", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: seed, toPath: folder + "/corpus/seed.txt")
    let run = try Run(["search", "couch stretch", "--limit", "1"], in: folder)
    #expect(run.status == 0)
    #expect(run.stderr == "tips: no index yet: building index/ from corpus/\n")
    #expect(run.stdout.hasPrefix("1. couch stretch"))
    #expect(FileManager.default.fileExists(atPath: folder + "/index/meta.json"))
  }

  @Test("A fresh clone's index/ holding only its README is built from corpus/; the README stays")
  func buildsBesideIndexReadme() throws {
    try FileManager.default.createDirectory(
      atPath: folder + "/corpus", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: seed, toPath: folder + "/corpus/seed.txt")
    try FileManager.default.createDirectory(
      atPath: folder + "/index", withIntermediateDirectories: true)
    let readme = Data("# index/\n".utf8)
    try readme.write(to: URL(fileURLWithPath: folder + "/index/README.md"))
    let search = try Run(["search", "couch stretch", "--limit", "1"], in: folder)
    #expect(search.status == 0)
    #expect(search.stderr == "tips: no index yet: building index/ from corpus/\n")
    #expect(search.stdout.hasPrefix("1. couch stretch"))
    let again = try Run(["add", "corpus"], in: folder)
    #expect(again.status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/index/README.md")) == readme)
  }

  @Test("A topic claiming 9223372036854775807 likes on two posts backing one remedy still ranks")
  func hostileLikeCounts() throws {
    let topic = """
      {"id": 77, "title": "Tight calves after running", "post_stream": {"posts": [
       {"post_number": 1, "username": "a",
        "cooked": "<p>My calves are always tight after a run. What helps?</p>"},
       {"post_number": 2, "username": "b", "like_count": 9223372036854775807,
        "cooked": "<p>Foam rolling helps a lot, I foam roll my calves every night.</p>"},
       {"post_number": 3, "username": "c", "like_count": 9223372036854775807,
        "cooked": "<p>I recommend foam rolling your calves after every run.</p>"}]}}
      """
    try Data(topic.utf8).write(to: URL(fileURLWithPath: folder + "/hostile.json"))
    let add = try Run(["add", "hostile.json", "--index", "ix"], in: folder)
    #expect(add.status == 0)
    for command in [["top"], ["search", "calves"]] {
      let run = try Run(command + ["--json", "--index", "ix"], in: folder)
      #expect(run.status == 0, "\(command)")
      #expect(run.stderr.isEmpty)
      let answer = try #require(
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
      let remedies = try #require(answer["remedies"] as? [[String: Any]])
      #expect(remedies.map { $0["name"] as? String } == ["foam rolling"])
      let evidence = try #require(remedies.first?["evidence"] as? [String: Any])
      // Each post's likes are clamped to a million, and the two add up without overflow.
      #expect(evidence["likes"] as? Int == 2_000_000)
    }
  }

  /// Every file of the index folder `name` and its bytes, to prove a failure changed nothing.
  private func snapshot(_ name: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for file in try FileManager.default.contentsOfDirectory(atPath: folder + "/" + name) {
      files[file] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name + "/" + file))
    }
    return files
  }

  @Test("A 5 MB single line is refused in one line, exit 1, and the index is unchanged")
  func hugeLine() throws {
    _ = try Run(["add", seed, "--index", "ix"], in: folder)
    let before = try snapshot("ix")
    let line = "Sore calves\n\n" + String(repeating: "foam roll ", count: 524_288)
    try Data(line.utf8).write(to: URL(fileURLWithPath: folder + "/line.txt"))
    let run = try Run(["add", "line.txt", "--index", "ix"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr == "tips: line.txt: a line longer than 64 KB; not a thread a person wrote\n")
    #expect(try snapshot("ix") == before)
  }

  @Test("An index path that is a file is one line and exit 1; the file is untouched")
  func indexIsAFile() throws {
    let notes = Data("my notes\n".utf8)
    try notes.write(to: URL(fileURLWithPath: folder + "/notes"))
    for command in [["add", seed], ["search", "calves"], ["top"]] {
      let run = try Run(command + ["--index", "notes"], in: folder)
      #expect(run.status == 1, "\(command)")
      #expect(run.stderr.hasPrefix("tips: ") && run.stderr.split(separator: "\n").count == 1)
      #expect(run.stdout.isEmpty)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/notes")) == notes)
  }

  @Test(
    "Adding to a read-only index folder is one line and exit 1; the index is unchanged",
    .disabled(
      if: geteuid() == 0 && !FileManager.default.isExecutableFile(atPath: Run.setpriv),
      "root writes through folder permissions, and setpriv is not there to drop them"))
  func readOnlyIndex() throws {
    _ = try Run(["add", seed, "--index", "ix"], in: folder)
    let before = try snapshot("ix")
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o555], ofItemAtPath: folder + "/ix")
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: folder + "/ix")
    }
    try Data("Calves\n\nFoam roll them.\n".utf8).write(
      to: URL(fileURLWithPath: folder + "/calves.txt"))
    let run = try Run(["add", "calves.txt", "--index", "ix"], in: folder, unprivileged: true)
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("tips: ") && run.stderr.split(separator: "\n").count == 1)
    #expect(try snapshot("ix") == before)
    let search = try Run(["search", "hip flexor", "--index", "ix"], in: folder)
    #expect(search.status == 0)
  }

  @Test("A usage error keeps the argument parser's message and exit status 64")
  func usageError() throws {
    let run = try Run(["top", "--limit", "0"], in: folder)
    #expect(run.status == 64)
    #expect(run.stderr.contains("--limit must be at least 1"))
  }

  @Test("Removing an unknown thread is an error that says where to look")
  func removeUnknown() throws {
    _ = try Run(["add", seed, "--index", "ix"], in: folder)
    let run = try Run(["remove", "nope", "--index", "ix"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr == "tips: no thread 'nope' in ix/; see 'tips threads'\n")
  }

  @Test("A user's lexicon file adds a remedy without rebuilding the tool")
  func userLexicon() throws {
    let thread = """
      Sore calves after long runs

      My calves are always sore after a long run. What helps?

      Sock compression wraps at night sorted it for me, every time.

      2 Likes
      """
    try Data(thread.utf8).write(to: URL(fileURLWithPath: folder + "/calves.txt"))
    _ = try Run(["add", "calves.txt", "--index", "before"], in: folder)
    // Without the entry the remedy is found in the post's own words, of no known kind.
    let before = try Run(
      ["search", "compression wraps", "--json", "--index", "before"], in: folder)
    let found = try #require(
      try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
    let open = try #require(found["remedies"] as? [[String: Any]])
    #expect(open.map { $0["name"] as? String } == ["sock compression wraps"])
    #expect(open.first?["kind"] as? String == "other")

    try FileManager.default.createDirectory(
      atPath: folder + "/config/tips", withIntermediateDirectories: true)
    let entry = "[remedies]\nsock compression wraps | equipment | calves | - | compression wraps\n"
    try Data(entry.utf8).write(to: URL(fileURLWithPath: folder + "/config/tips/lexicon.txt"))
    _ = try Run(["add", "calves.txt", "--index", "after"], in: folder)
    let after = try Run(["search", "compression wraps", "--json", "--index", "after"], in: folder)
    let answer = try #require(
      try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
    let remedies = try #require(answer["remedies"] as? [[String: Any]])
    #expect(remedies.map { $0["name"] as? String } == ["sock compression wraps"])
    #expect(remedies.first?["kind"] as? String == "equipment")
  }
}
