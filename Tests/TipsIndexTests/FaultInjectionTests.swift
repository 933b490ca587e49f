import Foundation
import Testing
import TipsCore

@testable import TipsIndex

/// Commits whose storage fails at one call, for every call they make.
///
/// A clean run records the calls a commit makes (from opening the writer to dropping it);
/// then each call in turn fails with `ENOSPC`, `EIO`, or a simulated kill, on a fresh copy of
/// the same folder. Whatever the call, the folder must then open and answer exactly as before
/// the commit (the fault came before the manifest's rename) or exactly as after it, and the
/// next writer must build on it and remove every leftover.
@Suite("A commit failing at any call leaves an index answering as before or after it")
struct FaultInjectionTests {
  /// The commits under test.
  enum Scenario: String, CaseIterable, CustomStringConvertible {
    /// Replaces a thread and merges two of the three segments that leaves.
    case replaceAndMerge
    /// Stages a segment, then commits it with a replacement and a removal.
    case stageAndRemove

    var description: String { rawValue }
  }

  /// Two segments: knees, then hips and shoulders.
  private static func prepare(_ directory: String) throws {
    var writer = try IndexWriter(directory: directory)
    try writer.commit(adding: [Fixture.knees])
    try writer.commit(adding: [Fixture.hips, Fixture.shoulders])
  }

  private static func commit(
    _ scenario: Scenario, in directory: String, storage: FaultyStorage
  ) throws {
    var writer = try IndexWriter(directory: directory, storage: storage, lockWait: .zero)
    switch scenario {
    case .replaceAndMerge:
      writer.mergePolicy = MergePolicy(maxSegments: 2, mergeFactor: 2)
      try writer.commit(adding: [Fixture.hipsReexported])
    case .stageAndRemove:
      try writer.stage([Fixture.extra])
      try writer.commit(adding: [Fixture.hipsReexported], removingThreadIDs: ["se-42"])
    }
  }

  /// A prepared folder, what it answers, and what it answers after a clean commit.
  private struct Baseline {
    var template: Scratch
    var before: Answers
    var beforeFiles: [String: [UInt8]]
    var after: Answers
    var afterNames: [String]
    /// The calls of the clean commit.
    var calls: [FaultyStorage.Call]
    /// The number of the call renaming the manifest into place: the commit point.
    var commitPoint: Int

    init(_ scenario: Scenario) throws {
      template = try Scratch()
      try FaultInjectionTests.prepare(template.index)
      before = try Answers(IndexReader.open(directory: template.index))
      beforeFiles = try template.snapshot()
      let reference = try template.copy()
      let clean = FaultyStorage()
      try FaultInjectionTests.commit(scenario, in: reference.index, storage: clean)
      after = try Answers(IndexReader.open(directory: reference.index))
      afterNames = try reference.names()
      calls = clean.calls
      commitPoint =
        try #require(
          calls.firstIndex { $0.operation == .rename && $0.path == reference.path("meta.json") })
        + 1
      try #require(before != after)
    }
  }

  @Test(
    "Every call of a commit failing, alone, leaves the index as before or after the commit",
    arguments: Scenario.allCases, FaultyStorage.Fault.allCases)
  func everyCall(scenario: Scenario, fault: FaultyStorage.Fault) throws {
    let baseline = try Baseline(scenario)
    for (offset, call) in baseline.calls.enumerated() {
      let number = offset + 1
      let context = Comment(
        rawValue: "\(fault) at call \(number) of \(baseline.calls.count): \(call)")
      let scratch = try baseline.template.copy()
      let storage = FaultyStorage(failing: .number(number), with: fault)
      let succeeded = (try? Self.commit(scenario, in: scratch.index, storage: storage)) != nil
      let isCommitted = number > baseline.commitPoint
      #expect(!succeeded || isCommitted, context)

      let answers = try Answers(IndexReader.open(directory: scratch.index))
      #expect(answers == (isCommitted ? baseline.after : baseline.before), context)
      if fault != .kill && !isCommitted {
        #expect(try scratch.snapshot() == baseline.beforeFiles, context)
      }

      // The next writer builds on what it finds and removes every leftover.
      do {
        var writer = try IndexWriter(directory: scratch.index)
        try writer.commit()
      }
      #expect(try Answers(IndexReader.open(directory: scratch.index)) == answers, context)
      if isCommitted {
        #expect(try scratch.names() == baseline.afterNames, context)
      } else {
        #expect(try scratch.names() == baseline.beforeFiles.keys.sorted(), context)
      }
    }
  }
}
