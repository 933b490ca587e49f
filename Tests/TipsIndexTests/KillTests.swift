#if os(Linux)
import Foundation
import Testing

@testable import TipsIndex

/// The real `tips add`, killed with `SIGKILL` from outside while it commits.
///
/// The in-process fault tests (`FaultInjectionTests`) fail each call of a commit in turn;
/// this suite checks the same promise on the shipped binary with a real kill, which no
/// cleanup, `deinit` or buffered write survives. A kill can only land at a moment, not at a
/// call, so each run waits until the child holds the index's lock (its commit has started:
/// `tips add` takes the lock once its threads are read and their tips extracted; before, it
/// has not touched the folder), then kills it after a random delay of up to one and a half
/// times as long as a clean run held the lock, so most kills land inside the commit.
///
/// 100 kills take seconds with an optimized binary (`TIPS_BINARY=.build/release/tips`); a
/// debug `tips add` spends two seconds loading its language model before it commits, so
/// with one the suite kills 10 times unless `TIPS_KILL_RUNS` asks for more.
@Suite("tips add killed with SIGKILL")
struct KillTests {
  private static let runs =
    ProcessInfo.processInfo.environment["TIPS_KILL_RUNS"].flatMap { Int($0) }
    ?? (TipsCommand.isOptimized ? 100 : 10)

  @Test("After a kill at a random moment of its commit, the index answers as before or after")
  func killedAdd() throws {
    try #require(TipsCommand.binary != nil, "no tips executable beside the tests")
    let scratch = try Scratch()
    let first = scratch.root + "/first"
    let second = scratch.root + "/second"
    try TipsCommand.writeThreads(
      ["calves.txt": TipsCommand.calves, "shoulders.txt": TipsCommand.shoulders], in: first)
    try TipsCommand.writeThreads(
      ["calves.txt": TipsCommand.calvesLater, "hips.txt": TipsCommand.hips], in: second)
    let start = try TipsCommand.start(["add", first], index: scratch.index)
    start.waitUntilExit()
    try #require(start.terminationStatus == 0)
    let before = try Answers(IndexReader.open(directory: scratch.index))
    let topBefore = try TipsCommand.output(["top", "--json"], index: scratch.index)
    let namesBefore = try scratch.names()

    // A clean run: what the index answers after, and how long its commit holds the lock.
    let reference = try scratch.copy()
    let clean = try TipsCommand.start(["add", second], index: reference.index)
    try #require(TipsCommand.wait(until: true, clean, index: reference.index))
    let lockTaken = ContinuousClock.now
    _ = TipsCommand.wait(until: false, clean, index: reference.index)
    let commitTime = ContinuousClock.now - lockTaken
    clean.waitUntilExit()
    try #require(clean.terminationStatus == 0)
    let after = try Answers(IndexReader.open(directory: reference.index))
    let topAfter = try TipsCommand.output(["top", "--json"], index: reference.index)
    let namesAfter = try reference.names()
    try #require(before != after && topBefore != topAfter)

    var generator = SystemRandomNumberGenerator()
    for run in 1...Self.runs {
      let attempt = try scratch.copy()
      let child = try TipsCommand.start(["add", second], index: attempt.index)
      let delay = commitTime * Double.random(in: 0..<1.5, using: &generator)
      if TipsCommand.wait(until: true, child, index: attempt.index) {
        let deadline = ContinuousClock.now + delay
        while ContinuousClock.now < deadline, child.isRunning { usleep(100) }
        kill(child.processIdentifier, SIGKILL)
      }
      child.waitUntilExit()
      let answers = try Answers(IndexReader.open(directory: attempt.index))
      let isAfter = answers == after
      #expect(isAfter || answers == before, "run \(run), killed \(delay) into the commit")
      // What a user then sees of the whole index.
      let top = try TipsCommand.output(["top", "--json"], index: attempt.index)
      #expect(top == (isAfter ? topAfter : topBefore), "run \(run)")

      // The next writer builds on what it finds and removes every leftover.
      do {
        var writer = try IndexWriter(directory: attempt.index)
        try writer.commit()
      }
      #expect(try attempt.names() == (isAfter ? namesAfter : namesBefore), "run \(run)")
    }
  }
}
#endif
