#if os(Linux)
import Foundation
import Testing
import TipsCore

@testable import TipsIndex

/// A writer process killed with `SIGKILL` at each step of a commit.
///
/// `fork()` in a test process is unsafe: the child gets only the forking thread while other
/// test threads may hold the allocator's or the runtime's locks, and the writer allocates.
/// So the test spawns a fresh copy of this test binary (`posix_spawn`, through Foundation's
/// `Process`) told by environment variables to run only `childWriter`, which commits and
/// sends itself `SIGKILL` after the chosen step (`CommitInterruption.kill`): no cleanup, no
/// deinit, no flushing, exactly as a killed `tips add`. The parent then checks the folder.
@Suite("A writer killed with SIGKILL")
struct KillTests {
  private static let indexVariable = "TIPS_INDEX_KILL_TEST_FOLDER"
  private static let stepVariable = "TIPS_INDEX_KILL_TEST_STEP"

  /// Set only in the spawned child: the folder to write and the step to die after.
  private static var child: (index: String, step: CommitStep)? {
    let environment = ProcessInfo.processInfo.environment
    guard let index = environment[indexVariable], let name = environment[stepVariable],
      let step = CommitStep.allCases.first(where: { "\($0)" == name })
    else { return nil }
    return (index, step)
  }

  /// Two segments: knees, then hips and shoulders.
  private static func prepare(_ directory: String) throws {
    var writer = try IndexWriter(directory: directory)
    try writer.commit(adding: [Fixture.knees])
    try writer.commit(adding: [Fixture.hips, Fixture.shoulders])
  }

  /// The commit that is killed: it marks hips deleted in segment 2, writes a new segment,
  /// and, as three segments exceed two, merges two of them; afterwards it deletes a file.
  private static func killedCommit(_ writer: inout IndexWriter) throws {
    writer.mergePolicy = MergePolicy(maxSegments: 2, mergeFactor: 2)
    try writer.commit(adding: [Fixture.hipsReexported])
  }

  @Test(
    "Child process: commit, then SIGKILL self after the step the parent chose",
    .enabled(if: child != nil))
  func childWriter() throws {
    let (index, step) = try #require(Self.child)
    var writer = try IndexWriter(directory: index)
    writer.interruption = .kill(after: step)
    try Self.killedCommit(&writer)
  }

  @Test(
    "After a kill at any step the index answers exactly as before the commit or after it",
    arguments: zip(
      CommitStep.allCases,
      [false, false, false, true, true]))
  func killed(step: CommitStep, committed: Bool) throws {
    let scratch = try Scratch()
    try Self.prepare(scratch.index)
    let before = try Answers(try IndexReader.open(directory: scratch.index))
    let namesBefore = try scratch.names()

    let reference = try Scratch()
    try Self.prepare(reference.index)
    do {
      var writer = try IndexWriter(directory: reference.index)
      try Self.killedCommit(&writer)
    }
    let after = try Answers(try IndexReader.open(directory: reference.index))
    let namesAfter = try reference.names()
    try #require(before != after)

    let log = scratch.root + "/child.log"
    FileManager.default.createFile(atPath: log, contents: nil)
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = ["--testing-library", "swift-testing", "--filter", "childWriter"]
    var environment = ProcessInfo.processInfo.environment
    environment[Self.indexVariable] = scratch.index
    environment[Self.stepVariable] = "\(step)"
    process.environment = environment
    process.standardOutput = output
    process.standardError = output
    try process.run()
    process.waitUntilExit()
    try output.close()
    let childOutput = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    try #require(
      process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL,
      "child exited with \(process.terminationStatus):\n\(childOutput)")

    let names = try scratch.names()
    let temporaries = names.filter { $0.contains(".tmp-\(process.processIdentifier)") }
    #expect(temporaries.isEmpty == !(step == .dataWritten || step == .manifestWritten))
    let answers = try Answers(try IndexReader.open(directory: scratch.index))
    #expect(answers == (committed ? after : before))

    // The next writer builds on what it finds and removes every leftover.
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit()
    #expect(try scratch.names() == (committed ? namesAfter : namesBefore))
    #expect(try Answers(IndexReader.open(directory: scratch.index)) == answers)
  }
}
#endif
