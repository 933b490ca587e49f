#if os(Linux)
import Foundation

/// The shipped `tips` executable, started as a user would start it, for tests that kill it or
/// run several at once.
enum TipsCommand {
  /// The `tips` built beside this test bundle, or `$TIPS_BINARY`.
  static let binary: String? = {
    if let path = ProcessInfo.processInfo.environment["TIPS_BINARY"] { return path }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("tips").path
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        return candidate
      }
      folder.deleteLastPathComponent()
    }
    return nil
  }()

  /// True when `binary` is an optimized build, whose `tips add` starts in milliseconds rather
  /// than the second or two a debug build takes to load its language model.
  static var isOptimized: Bool { binary?.contains("/release/") ?? false }

  /// Starts `tips ARGUMENTS --index INDEX` with no user lexicon; standard output and error go
  /// to `output` and `errors` when given, else nowhere.
  static func start(
    _ arguments: [String], index: String, output: Pipe? = nil, errors: Pipe? = nil
  ) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary ?? "tips")
    process.arguments = arguments + ["--index", index]
    var environment = ProcessInfo.processInfo.environment
    environment["TIPS_INDEX"] = nil
    environment["XDG_CONFIG_HOME"] = index + "-config"
    process.environment = environment
    process.standardOutput = output ?? FileHandle.nullDevice
    process.standardError = errors ?? FileHandle.nullDevice
    try process.run()
    return process
  }

  /// What `tips ARGUMENTS --index INDEX` prints, run to its end.
  static func output(_ arguments: [String], index: String) throws -> String {
    let pipe = Pipe()
    let process = try start(arguments, index: index, output: pipe)
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// True while `process` has the index's lock file open: from the moment its writer takes
  /// the lock (its commit starts) until the writer is dropped.
  static func holdsLock(_ process: Process, index: String) -> Bool {
    let descriptors = "/proc/\(process.processIdentifier)/fd"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: descriptors)) ?? []
    return names.contains { name in
      (try? FileManager.default.destinationOfSymbolicLink(atPath: descriptors + "/" + name))
        == index + "/LOCK"
    }
  }

  /// Waits until `process` holds the index's lock (`holding`) or no longer does; false when it
  /// exited first.
  static func wait(
    until holding: Bool, _ process: Process, index: String
  ) -> Bool {
    while process.isRunning {
      if holdsLock(process, index: index) == holding { return true }
      usleep(100)
    }
    return false
  }

  /// Writes copied threads (file name → text) into `folder`.
  static func writeThreads(_ threads: [String: String], in folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, text) in threads {
      try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }
  }

  /// Small copied threads, one remedy or two each.
  static let calves = """
    Sore calves after running

    My calves are tight after every long run. Any ideas?

    Try foam rolling your calves every night. It worked for me.

    +1 for foam rolling, and stretch after the run.
    """

  /// `calves` saved again later, with a reply changed.
  static let calvesLater = """
    Sore calves after running

    My calves are tight after every long run. Any ideas?

    Try foam rolling your calves every night. It worked for me.

    Calf raises on a step fixed mine for good.
    """

  static let shoulders = """
    Stiff shoulders at the desk

    My shoulders get stiff sitting at a desk all day.

    A doorway stretch helps me a lot. Hold it for thirty seconds.
    """

  static let hips = """
    Tight hips from cycling

    Long rides leave my hips tight.

    The couch stretch is my go-to stretch for tight hip flexors.

    Pigeon pose every evening helped me too.
    """

  static let knees = """
    Knee pain on the stairs

    My knees hurt going down stairs after squats.

    Strengthen your glutes with clamshells. That sorted my knees out.
    """
}
#endif
