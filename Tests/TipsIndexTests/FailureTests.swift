import Foundation
import Testing
import TipsCore

@testable import TipsIndex

@Suite("Damaged folders and failed commits")
struct FailureTests {
  private static let corruptAdvice =
    "(index is corrupt; delete the folder and run 'tips add' again)"

  /// A folder with one commit of both fixture threads.
  private static func committed() throws -> Scratch {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips, Fixture.knees])
    return scratch
  }

  @Test("A missing folder says there is no index and how to make one")
  func missingFolder() throws {
    let scratch = try Scratch()
    let error = #expect(throws: IndexError.missing(directory: scratch.index)) {
      try IndexReader.open(directory: scratch.index)
    }
    #expect(error?.description == "no index at \(scratch.index); run 'tips add corpus/' first")
  }

  @Test("A folder a writer created but never committed holds no index")
  func uncommittedFolder() throws {
    let scratch = try Scratch()
    do { _ = try IndexWriter(directory: scratch.index) }
    #expect(throws: IndexError.missing(directory: scratch.index)) {
      try IndexReader.open(directory: scratch.index)
    }
  }

  @Test("A flipped byte in what opening reads gives the one-line checksum error")
  func flippedByte() throws {
    let scratch = try Self.committed()
    var bytes = try scratch.read("segment-1.tips")
    // In the term dictionaries, just before the footer.
    bytes[bytes.count - DataFileFrame.footerSize - 10] ^= 0x01
    try scratch.write("segment-1.tips", bytes)
    let file = scratch.path("segment-1.tips")
    let error = #expect(throws: IndexError.corrupt(file: file, reason: "checksum mismatch")) {
      try IndexReader.open(directory: scratch.index)
    }
    #expect(error?.description == "\(file): checksum mismatch \(Self.corruptAdvice)")
  }

  @Test("A flipped byte in a thread's posts is caught when the thread is read or merged")
  func flippedPostByte() throws {
    let scratch = try Self.committed()
    var bytes = try scratch.read("segment-1.tips")
    // Posts come first, right after the 8-byte header, deflated: these are the first
    // thread's.
    bytes[DataFileFrame.headerSize + 4] ^= 0x01
    try scratch.write("segment-1.tips", bytes)
    let file = scratch.path("segment-1.tips")
    let reason = "thread 'discourse-123': checksum mismatch in its posts"

    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.tips.count == 4)
    #expect(try reader.thread(id: "se-42") == Fixture.knees.thread)
    let error = #expect(throws: IndexError.corrupt(file: file, reason: reason)) {
      try reader.thread(id: "discourse-123")
    }
    #expect(error?.description == "\(file): \(reason) \(Self.corruptAdvice)")

    var writer = try IndexWriter(directory: scratch.index)
    writer.mergePolicy = MergePolicy(maxSegments: 1, mergeFactor: 2)
    #expect(throws: IndexError.corrupt(file: file, reason: reason)) {
      try writer.commit(adding: [Fixture.shoulders])
    }
    #expect(try IndexReader.open(directory: scratch.index).generation == 1)
  }

  @Test("A flipped version byte is corruption, not a newer format")
  func flippedVersion() throws {
    let scratch = try Self.committed()
    var bytes = try scratch.read("segment-1.tips")
    bytes[4] = UInt8(IndexFormat.currentVersion + 1)
    try scratch.write("segment-1.tips", bytes)
    #expect(
      throws: IndexError.corrupt(file: scratch.path("segment-1.tips"), reason: "checksum mismatch")
    ) {
      try IndexReader.open(directory: scratch.index)
    }
  }

  @Test("A truncated data file is reported as truncated")
  func truncated() throws {
    let scratch = try Self.committed()
    let bytes = try scratch.read("segment-1.tips")
    try scratch.write("segment-1.tips", Array(bytes.dropLast(10)))
    let file = scratch.path("segment-1.tips")
    let reason = "truncated: \(bytes.count - 10) bytes, meta.json records \(bytes.count)"
    let error = #expect(throws: IndexError.corrupt(file: file, reason: reason)) {
      try IndexReader.open(directory: scratch.index)
    }
    #expect(error?.description == "\(file): \(reason) \(Self.corruptAdvice)")
  }

  @Test(
    "A data file cut short is told apart from a damaged one, even without the manifest",
    arguments: zip(
      [10, 40],
      [
        "truncated or not a tips data file (no footer)",
        "truncated: 23 bytes, too short for a data file",
      ]))
  func truncatedFrame(cut: Int, reason: String) {
    let (bytes, _) = DataFileFrame.frame(
      payload: Array(repeating: 7, count: 23), version: IndexFormat.currentVersion)
    #expect(throws: IndexError.corrupt(file: "f", reason: reason)) {
      _ = try DataFileFrame.unframe(Array(bytes.dropLast(cut)), path: "f")
    }
  }

  @Test("A data file from a newer tips asks for an upgrade")
  func newerDataFile() {
    let current = IndexFormat.currentVersion
    let (bytes, _) = DataFileFrame.frame(payload: [0], version: current + 1)
    let error = #expect(
      throws: IndexError.tooNew(file: "f", version: current + 1, newestSupported: current)
    ) {
      _ = try DataFileFrame.unframe(bytes, path: "f")
    }
    #expect(
      error?.description
        == "f: format version \(current + 1) is newer than this tips reads (\(current)); upgrade tips"
    )
  }

  @Test("A manifest from a newer tips asks for an upgrade")
  func newerManifest() throws {
    let current = IndexFormat.currentVersion
    let scratch = try Self.committed()
    let text = String(decoding: try scratch.read("meta.json"), as: UTF8.self)
    try scratch.write(
      "meta.json",
      Array(
        text.replacingOccurrences(
          of: "\"formatVersion\": \(current)", with: "\"formatVersion\": \(current + 1)"
        ).utf8))
    #expect(
      throws: IndexError.tooNew(
        file: scratch.path("meta.json"), version: current + 1, newestSupported: current)
    ) {
      try IndexReader.open(directory: scratch.index)
    }
  }

  @Test("A manifest that is not JSON is corrupt")
  func garbledManifest() throws {
    let scratch = try Self.committed()
    try scratch.write("meta.json", Array("{\"formatVersion\": ".utf8))
    #expect(
      throws: IndexError.corrupt(
        file: scratch.path("meta.json"), reason: "not a manifest tips can read")
    ) {
      try IndexReader.open(directory: scratch.index)
    }
  }

  @Test(
    "A manifest that is not quite JSON, or nests without end, is corrupt, not a crash",
    arguments: [
      String(repeating: "[", count: 100_000),
      #"{"formatVersion": 1e400}"#,
      #"{"formatVersion": 014}"#,
      #"{"formatVersion": "14"}"#,
      #"{"formatVersion": 14,}"#,
      #"{"formatVersion": 14} {}"#,
      #"{"formatVersion": 14, "writerVersion": "\ud800"}"#,
    ])
  func malformedManifest(text: String) throws {
    let scratch = try Self.committed()
    try scratch.write("meta.json", Array(text.utf8))
    #expect(
      throws: IndexError.corrupt(
        file: scratch.path("meta.json"), reason: "not a manifest tips can read")
    ) {
      try IndexReader.open(directory: scratch.index)
    }
  }

  @Test("A manifest whose segment claims a negative thread count is corrupt, not a crash")
  func negativeThreadCount() throws {
    // Written by the manifest fuzzer; before it was refused, its deletion mark checked
    // against a range of -2 threads stopped the process.
    let fixture = try #require(
      Bundle.module.url(
        forResource: "manifest-negative-thread-count", withExtension: "json",
        subdirectory: "Fixtures"))
    let scratch = try Self.committed()
    try scratch.write("meta.json", Array(try Data(contentsOf: fixture)))
    let reason = "sizes or counts of 'segment-1.tips' are negative"
    let error = #expect(throws: IndexError.corrupt(file: scratch.path("meta.json"), reason: reason))
    {
      try IndexReader.open(directory: scratch.index)
    }
    #expect(error?.description == "\(scratch.path("meta.json")): \(reason) \(Self.corruptAdvice)")
  }

  @Test(
    "A manifest whose generation or next segment number a commit could not add one to is corrupt",
    arguments: [
      ("\"generation\": 1", "\"generation\": 9223372036854775807"),
      ("\"nextSegment\": 2", "\"nextSegment\": 9223372036854775807"),
      ("\"nextSegment\": 2", "\"nextSegment\": 0"),
    ])
  func numbersOutOfRange(original: String, damaged: String) throws {
    let scratch = try Self.committed()
    let text = String(decoding: try scratch.read("meta.json"), as: UTF8.self)
    try #require(text.contains(original))
    try scratch.write(
      "meta.json", Array(text.replacingOccurrences(of: original, with: damaged).utf8))
    let error = IndexError.corrupt(
      file: scratch.path("meta.json"), reason: "generation, next segment or counts out of range")
    #expect(throws: error) { _ = try IndexWriter(directory: scratch.index) }
  }

  @Test("A manifest naming a missing data file says which file is missing")
  func missingDataFile() throws {
    let scratch = try Self.committed()
    try FileManager.default.removeItem(atPath: scratch.path("segment-1.tips"))
    let file = scratch.path("segment-1.tips")
    let error = #expect(
      throws: IndexError.corrupt(file: file, reason: "missing, though meta.json names it")
    ) {
      try IndexReader.open(directory: scratch.index)
    }
    #expect(
      error?.description == "\(file): missing, though meta.json names it \(Self.corruptAdvice)")
  }

  @Test("A writer refuses to build on a corrupt index")
  func writerOnCorruptIndex() throws {
    let scratch = try Self.committed()
    var bytes = try scratch.read("segment-1.tips")
    bytes[bytes.count - DataFileFrame.footerSize - 10] ^= 0xFF
    try scratch.write("segment-1.tips", bytes)
    #expect(
      throws: IndexError.corrupt(file: scratch.path("segment-1.tips"), reason: "checksum mismatch")
    ) {
      _ = try IndexWriter(directory: scratch.index)
    }
  }

  @Test("A writer checks a segment whole before it merges it, not one it leaves as it is")
  func writerChecksWhatItMerges() throws {
    // A post of 3,000 distinct words: the positions of its field's postings fill blocks of
    // their own, which only a search for one of its words, or a check of the whole file,
    // reads.
    let words = (0..<3000).map { "w\($0)" }.joined(separator: " ")
    let long = IndexedThread(
      thread: Thread(
        id: "long", title: "Many words", format: .copiedText,
        posts: [Post(number: 1, text: "Try rolling. " + words)]),
      tips: [
        Tip(
          remedy: "foam rolling", kind: .selfMassage, thread: "long", post: 1,
          quote: "Try rolling")
      ])
    let scratch = try Scratch()
    do {
      var first = try IndexWriter(directory: scratch.index)
      try first.commit(adding: [long])
    }
    let file = scratch.path("segment-1.tips")
    var bytes = try scratch.read("segment-1.tips")
    let segment = try Segment(
      name: "segment-1.tips", bytes: try FileBytes(mapping: file).bytes, path: file)
    let positionsEnd = try #require(segment.table.dictionaries[.post]).end
    bytes[positionsEnd - 4 * BlockChecksums.blockSize] ^= 0x01
    try scratch.write("segment-1.tips", bytes)

    // Adding beside it reads none of those blocks and copies nothing of it.
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.shoulders])
    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.thread(id: "reddit-7") == Fixture.shoulders.thread)
    #expect(try reader.thread(id: "long") == long.thread)
    let damage = "\(file): checksum mismatch in bytes "
    let checked = #expect(throws: IndexError.self) {
      try Segment(name: "segment-1.tips", bytes: try FileBytes(mapping: file).bytes, path: file)
    }
    #expect(checked?.description.hasPrefix(damage) == true)
    // Merging it would copy the damage: the writer checks it first and commits nothing.
    writer.mergePolicy = MergePolicy(maxSegments: 1, mergeFactor: 2)
    let merged = #expect(throws: IndexError.self) {
      try writer.commit(adding: [Fixture.extra])
    }
    #expect(merged?.description.hasPrefix(damage) == true)
    #expect(try IndexReader.open(directory: scratch.index).generation == 2)
  }

  private static let pid = "\(ProcessInfo.processInfo.processIdentifier)"

  @Test(
    "A commit failing before its manifest is in place leaves the folder byte-identical",
    arguments: [
      FaultyStorage.Plan.first(.write, pathEnding: "/segment-2.tips.tmp-\(pid)"),
      .first(.rename, pathEnding: "/segment-2.tips"),
      .first(.sync, pathEnding: "/meta.json.tmp-\(pid)"),
      .first(.rename, pathEnding: "/meta.json"),
    ])
  func failedCommit(plan: FaultyStorage.Plan) throws {
    let scratch = try Self.committed()
    let before = try scratch.snapshot()

    let storage = FaultyStorage(failing: plan, with: .noSpace)
    var writer = try IndexWriter(directory: scratch.index, storage: storage, lockWait: .zero)
    #expect(throws: IndexError.self) {
      try writer.commit(adding: [Fixture.hipsReexported], removingThreadIDs: ["se-42"])
    }
    #expect(try scratch.snapshot() == before)
    #expect(
      try IndexReader.open(directory: scratch.index).tips == Fixture.hips.tips + Fixture.knees.tips)

    // The writer still holds the previous commit: a later commit builds on it.
    let summary = try writer.commit()
    #expect(summary.generation == 2)
    #expect(summary.threads == 2)
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-1.tips"])
  }

  @Test(
    "A writer killed before its manifest rename leaves the previous commit readable",
    arguments: zip(
      [
        FaultyStorage.Plan.first(.rename, pathEnding: "/segment-2.tips"),
        .first(.create, pathEnding: "/meta.json.tmp-\(pid)"),
        .first(.rename, pathEnding: "/meta.json"),
      ],
      [["segment-2.tips.tmp-PID"], ["segment-2.tips"], ["meta.json.tmp-PID", "segment-2.tips"]]))
  func killedBeforeCommitPoint(plan: FaultyStorage.Plan, leftovers: [String]) throws {
    let scratch = try Self.committed()
    do {
      let storage = FaultyStorage(failing: plan, with: .kill)
      var writer = try IndexWriter(directory: scratch.index, storage: storage, lockWait: .zero)
      #expect(throws: IndexError.self) {
        try writer.commit(adding: [Fixture.hipsReexported])
      }
    }
    #expect(
      try scratch.names()
        == (["LOCK", "meta.json", "segment-1.tips"]
        + leftovers.map { $0.replacingOccurrences(of: "PID", with: Self.pid) }).sorted())

    let reader = try IndexReader.open(directory: scratch.index)
    #expect(reader.generation == 1)
    #expect(try reader.thread(id: "discourse-123") == Fixture.hips.thread)

    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hipsReexported])
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-1.tips", "segment-2.tips"])
    #expect(
      try IndexReader.open(directory: scratch.index).thread(id: "discourse-123")
        == Fixture.hipsReexported.thread)
  }

  @Test("A writer killed after its manifest rename leaves the new commit readable")
  func killedAfterCommitPoint() throws {
    let scratch = try Scratch()
    do {
      var writer = try IndexWriter(directory: scratch.index)
      try writer.commit(adding: [Fixture.hips])
    }
    do {
      // Listing the folder is how the writer starts removing the files it no longer names.
      let storage = FaultyStorage(failing: .first(.list, pathEnding: "/index"), with: .kill)
      var writer = try IndexWriter(directory: scratch.index, storage: storage, lockWait: .zero)
      // Removing segment 1's only thread leaves its file unnamed: the kill keeps it on disk.
      try writer.commit(adding: [Fixture.knees], removingThreadIDs: ["discourse-123"])
    }
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-1.tips", "segment-2.tips"])
    let reader = try IndexReader.open(directory: scratch.index)
    #expect(reader.generation == 2)
    #expect(try reader.threads.map(\.id) == ["se-42"])

    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit()
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-2.tips"])
  }

  @Test("Stale temporaries of a crashed writer are ignored, then cleaned by the next commit")
  func staleTemporaries() throws {
    let scratch = try Self.committed()
    try scratch.write("segment-7.tips.tmp-99999", Array("half a segment".utf8))
    try scratch.write("meta.json.tmp-99999", Array("{".utf8))
    try scratch.write("notes.txt", Array("mine".utf8))

    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.tips == Fixture.hips.tips + Fixture.knees.tips)

    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit()
    #expect(try scratch.names() == ["LOCK", "meta.json", "notes.txt", "segment-1.tips"])
  }

  @Test("A second writer that cannot get the lock says the index is busy; readers are not blocked")
  func secondWriter() throws {
    let scratch = try Scratch()
    do {
      var writer = try IndexWriter(directory: scratch.index)
      try writer.commit(adding: [Fixture.hips])
      let error = #expect(throws: IndexError.locked(directory: scratch.index)) {
        _ = try IndexWriter(directory: scratch.index, storage: PosixStorage(), lockWait: .zero)
      }
      #expect(
        error?.description
          == "index at \(scratch.index) is busy: another tips process is writing it; "
          + "try again when it is done")
      #expect(try IndexReader.open(directory: scratch.index).threads.count == 1)
    }
    // Dropping the writer released the lock.
    var writer = try IndexWriter(directory: scratch.index)
    #expect(try writer.commit().generation == 2)
  }

  @Test("An async writer waits for the lock without blocking and gets it once it is free")
  func asyncWriterWaits() async throws {
    let scratch = try Scratch()
    let directory = scratch.index
    // The holder runs on a thread of its own, not on the tasks' few threads, which the other
    // tests running beside this one may keep busy past the wait.
    let released = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      do {
        var writer = try IndexWriter(directory: directory)
        try writer.commit(adding: [Fixture.hips])
        Thread.sleep(forTimeInterval: 0.3)
        // Dropping the writer here releases the lock.
      } catch {
        Issue.record(error)
      }
      released.signal()
    }
    // The holder takes the lock first.
    while !FileManager.default.fileExists(atPath: directory + "/segment-1.tips") {
      try await Task.sleep(for: .milliseconds(5))
    }
    var writer = try await IndexWriter.opening(directory: directory)
    released.wait()
    try writer.commit(adding: [Fixture.knees])
    #expect(try IndexReader.open(directory: directory).threads.count == 2)
  }

  @Test("A failed system call names the call, the path and the system's reason")
  func storageErrorText() {
    let error = #expect(throws: StorageError.self) {
      _ = try Posix.readFile("/nonexistent-tips-dir/meta.json")
    }
    #expect(error?.description == "open /nonexistent-tips-dir/meta.json: No such file or directory")
    #expect(error?.isNoSuchFile == true)
  }
}
