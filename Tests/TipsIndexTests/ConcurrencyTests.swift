import Foundation
import Testing
import TipsCore

@testable import TipsIndex

/// Several writers on one index at once, and readers while they write.
@Suite("Writers started at once")
struct ConcurrencyTests {
  /// What a writer on another thread did.
  ///
  /// `@unchecked Sendable` invariant: written once before the thread signals it is done, read
  /// only after waiting for that signal.
  private final class Outcome: @unchecked Sendable {
    var result: Result<CommitSummary, IndexError>?
  }

  @Test("A second writer waits for the first to commit, then builds on that commit")
  func waitingWriter() throws {
    let scratch = try Scratch()
    var first = try IndexWriter(directory: scratch.index)
    try first.commit(adding: [Fixture.knees])

    // The second writer runs on a thread of its own, since it blocks while it waits.
    let storage = FaultyStorage()
    let index = scratch.index
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      let result = Result { () throws(IndexError) in
        var writer = try IndexWriter(directory: index, storage: storage, lockWait: .seconds(60))
        return try writer.commit(adding: [Fixture.shoulders])
      }
      outcome.result = result
      done.signal()
    }
    // Once the second writer has found the lock taken and tried again, the first commits.
    while storage.calls.filter({ $0.operation == .lock }).count < 2 { usleep(100) }
    try first.commit(adding: [Fixture.hips])
    _ = consume first
    done.wait()

    let summary = try #require(outcome.result).get()
    #expect(summary.generation == 3)
    #expect(
      try IndexReader.open(directory: scratch.index).threads.map(\.id)
        == ["discourse-123", "reddit-7", "se-42"])
  }

  #if os(Linux)
  /// What a reader sees: each live thread's tips, by thread id.
  private static func contents(of reader: IndexReader) throws(IndexError) -> [String: [Tip]] {
    var contents: [String: [Tip]] = [:]
    for thread in try reader.threads {
      contents[thread.id] = Array(try reader.tips(inThread: thread.id))
    }
    return contents
  }

  @Test(
    "Two adds and a remove started at once all land or say the index is busy; readers see whole commits"
  )
  func addsAndRemove() throws {
    try #require(TipsCommand.binary != nil, "no tips executable beside the tests")
    let scratch = try Scratch()
    try TipsCommand.writeThreads(
      ["calves.txt": TipsCommand.calves, "shoulders.txt": TipsCommand.shoulders],
      in: scratch.root + "/first")
    try TipsCommand.writeThreads(["hips.txt": TipsCommand.hips], in: scratch.root + "/second")
    try TipsCommand.writeThreads(["knees.txt": TipsCommand.knees], in: scratch.root + "/third")
    let start = try TipsCommand.start(["add", scratch.root + "/first"], index: scratch.index)
    start.waitUntilExit()
    try #require(start.terminationStatus == 0)
    let initial = try IndexReader.open(directory: scratch.index)

    let commands = [
      ["add", scratch.root + "/second"], ["add", scratch.root + "/third"],
      ["remove", "shoulders"],
    ]
    let pipes = commands.map { _ in Pipe() }
    let children = try zip(commands, pipes).map { command, pipe in
      try TipsCommand.start(command, index: scratch.index, errors: pipe)
    }
    var seen: Set<[String: [Tip]]> = []
    var reads = 0
    var readFailures: [IndexError] = []
    while children.contains(where: \.isRunning) {
      do {
        seen.insert(try Self.contents(of: try IndexReader.open(directory: scratch.index)))
        reads += 1
      } catch {
        readFailures.append(error)
      }
    }
    let busy =
      "tips: index at \(scratch.index) is busy: another tips process is writing it; "
      + "try again when it is done\n"
    var succeeded: [Bool] = []
    for (child, pipe) in zip(children, pipes) {
      child.waitUntilExit()
      let errors = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      #expect(child.terminationStatus == 0 || (child.terminationStatus == 1 && errors == busy))
      succeeded.append(child.terminationStatus == 0)
    }

    // Nothing lost: every command that succeeded shows in the final index.
    let final = try IndexReader.open(directory: scratch.index)
    var expected: Set<String> = ["calves", "shoulders"]
    if succeeded[0] { expected.insert("hips") }
    if succeeded[1] { expected.insert("knees") }
    if succeeded[2] { expected.remove("shoulders") }
    #expect(try Set(final.threads.map(\.id)) == expected)

    // Each read saw the index before a command or after it, never between.
    var tips = try Self.contents(of: initial)
    tips.merge(try Self.contents(of: final)) { _, new in new }
    var whole: Set<[String: [Tip]]> = []
    for mask in 0..<8 {
      var ids: Set<String> = ["calves", "shoulders"]
      if mask & 1 != 0 { ids.insert("hips") }
      if mask & 2 != 0 { ids.insert("knees") }
      if mask & 4 != 0 { ids.remove("shoulders") }
      whole.insert(tips.filter { ids.contains($0.key) })
    }
    #expect(readFailures.isEmpty)
    #expect(reads > 0)
    #expect(seen.isSubset(of: whole))
    #expect(succeeded == [true, true, true])
  }
  #endif
}
