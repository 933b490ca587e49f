import Foundation
import Testing
import TipsCore

@testable import TipsIndex

@Suite("Writing and reading an index")
struct RoundTripTests {
  /// The CRC-32 of a data file's header and payload without the cold range its footer
  /// records, read independently of `DataFileFrame`.
  static func checksumOutsideColdRange(_ file: [UInt8]) -> UInt32 {
    func uint64(at offset: Int) -> Int {
      Int(file[offset..<(offset + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }
    let coldStart = 8 + uint64(at: file.count - 28)
    let coldEnd = coldStart + uint64(at: file.count - 20)
    return CRC32.checksum(Array(file[..<coldStart]) + Array(file[coldEnd..<(file.count - 32)]))
  }

  @Test("Threads, posts and tips read back exactly as written")
  func roundTrip() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    let summary = try writer.commit(adding: [Fixture.knees, Fixture.hips])
    #expect(
      summary
        == CommitSummary(
          generation: 1, threadsAdded: 2, threadsReplaced: 0, threadsRemoved: 0, threads: 2,
          posts: 3, tips: 4, bytes: try scratch.read("segment-1.tips").count, segments: 1))

    let reader = try IndexReader.open(directory: scratch.index)
    #expect(reader.generation == 1)
    #expect(try reader.thread(id: "discourse-123") == Fixture.hips.thread)
    #expect(try reader.thread(id: "se-42") == Fixture.knees.thread)
    #expect(try reader.thread(id: "nope") == nil)
    #expect(try reader.tips == Fixture.hips.tips + Fixture.knees.tips)
    #expect(try Array(reader.tips(inThread: "se-42")) == Fixture.knees.tips)
    #expect(try reader.tips(inThread: "se-42").indices == 2..<4)
    #expect(try reader.tips(inThread: "nope").isEmpty)
    #expect(
      try reader.threads == [
        ThreadSummary(
          id: "discourse-123", title: "Tight hips after running",
          url: "https://forum.example.org/t/tight-hips/123", format: .discourseJSON,
          postCount: 2, tipCount: 2),
        ThreadSummary(
          id: "se-42", title: "Knee pain when squatting", url: nil, format: .stackExchangeXML,
          postCount: 1, tipCount: 2),
      ])
    #expect(try reader.stats.threads == 2)
    #expect(try reader.stats.posts == 3)
    #expect(try reader.stats.tips == 4)
    #expect(try reader.stats.distinctRemedies == 3)
    #expect(try reader.stats.bytes == summary.bytes)
  }

  @Test(
    "Every thread format and remedy kind reads back",
    arguments: zip(
      ThreadFormat.allCases + ThreadFormat.allCases,
      RemedyKind.allCases))
  func enums(format: ThreadFormat, kind: RemedyKind) throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    let entry = Fixture.thread(format: format, kind: kind)
    try writer.commit(adding: [entry])
    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.thread(id: entry.thread.id) == entry.thread)
    #expect(try reader.tips == entry.tips)
  }

  @Test("Re-adding a thread replaces it: counts unchanged, new content in a new segment")
  func replace() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips, Fixture.knees])
    let summary = try writer.commit(adding: [Fixture.hipsReexported])
    #expect(summary.generation == 2)
    #expect(summary.threadsAdded == 0)
    #expect(summary.threadsReplaced == 1)
    #expect(summary.threads == 2)
    #expect(summary.tips == 3)

    // The old hips tips are marked deleted in segment 1; the new ones follow in segment 2.
    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.threads.map(\.id) == ["discourse-123", "se-42"])
    #expect(try reader.thread(id: "discourse-123") == Fixture.hipsReexported.thread)
    #expect(try reader.tips == Fixture.knees.tips + Fixture.hipsReexported.tips)
    #expect(try reader.postings(field: .title, term: "tight") == [])
    #expect(try reader.postings(field: .title, term: "stiff") == [Posting(tip: 2, frequency: 1)])
    #expect(try reader.postings(field: .remedy, term: "foam") == [])
    #expect(try reader.documentFrequency(field: .remedy, term: "foam") == 0)
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-1.tips", "segment-2.tips"])
  }

  @Test("Removing a thread drops it and its tips; unknown ids are ignored")
  func remove() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips, Fixture.knees])
    let summary = try writer.commit(removingThreadIDs: ["se-42", "never-added"])
    #expect(summary.threadsRemoved == 1)
    #expect(summary.threads == 1)
    #expect(summary.posts == 2)
    #expect(summary.tips == 2)

    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.threads.map(\.id) == ["discourse-123"])
    #expect(try reader.thread(id: "se-42") == nil)
    #expect(try reader.tips == Fixture.hips.tips)
    #expect(try reader.postings(field: .remedy, term: "couch") == [])
    #expect(try reader.stats.distinctRemedies == 1)
  }

  @Test("Removing and adding the same id in one commit replaces the thread")
  func removeAndAdd() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips])
    let summary = try writer.commit(
      adding: [Fixture.hipsReexported], removingThreadIDs: ["discourse-123"])
    #expect(summary.threadsReplaced == 1)
    #expect(summary.threadsRemoved == 0)
    #expect(try IndexReader.open(directory: scratch.index).tips == Fixture.hipsReexported.tips)
  }

  @Test("A new writer reloads the index; a commit changing nothing leaves its segment alone")
  func reopen() throws {
    let scratch = try Scratch()
    do {
      var writer = try IndexWriter(directory: scratch.index)
      try writer.commit(adding: [Fixture.hips, Fixture.knees])
    }
    let first = try IndexReader.open(directory: scratch.index)
    let firstBytes = try scratch.read("segment-1.tips")
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit()
    let second = try IndexReader.open(directory: scratch.index)
    #expect(second.generation == 2)
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-1.tips"])
    #expect(try scratch.read("segment-1.tips") == firstBytes)
    #expect(try second.threads == first.threads)
    #expect(try second.tips == first.tips)
    #expect(try second.stats == first.stats)
    for field in IndexField.allCases {
      for term in ["foam", "hip", "knee", "couch", "minute", "pain", "1"] {
        #expect(
          try second.postings(field: field, term: term)
            == first.postings(field: field, term: term))
      }
    }
  }

  @Test("An empty commit writes a readable, empty index")
  func empty() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index + "/nested/deeper")
    try writer.commit()
    let reader = try IndexReader.open(directory: scratch.index + "/nested/deeper")
    #expect(try reader.threads == [])
    #expect(
      try reader.stats
        == IndexStats(
          threads: 0, posts: 0, tips: 0, distinctRemedies: 0, terms: 0, bytes: 0, segments: 0,
          averageFieldLengths: Dictionary(uniqueKeysWithValues: IndexField.allCases.map { ($0, 0) })
        ))
    #expect(try Scratch.names(in: scratch.index + "/nested/deeper") == ["LOCK", "meta.json"])
  }

  @Test("The manifest records versions, each segment's size, checksum, counts and deletions")
  func manifest() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips, Fixture.knees])
    try writer.commit(adding: [Fixture.hipsReexported])
    let first = try scratch.read("segment-1.tips")
    let second = try scratch.read("segment-2.tips")
    let manifest = try Manifest.decode(try scratch.read("meta.json"), path: "meta.json")
    #expect(
      manifest
        == Manifest(
          formatVersion: IndexFormat.currentVersion, writerVersion: "tips 0.1.0", generation: 2,
          nextSegment: 3,
          segments: [
            Manifest.Segment(
              name: "segment-1.tips", bytes: first.count,
              crc32: Self.checksumOutsideColdRange(first), threads: 2, posts: 3, tips: 4,
              deletedThreads: [0]),
            Manifest.Segment(
              name: "segment-2.tips", bytes: second.count,
              crc32: Self.checksumOutsideColdRange(second), threads: 1, posts: 1, tips: 1,
              deletedThreads: []),
          ],
          counts: Manifest.Counts(threads: 2, posts: 2, tips: 3)))
    #expect(
      Array(first.prefix(8)) == [
        0x54, 0x49, 0x50, 0x53, UInt8(IndexFormat.currentVersion), 0, 0, 0,
      ])
    #expect(Array(first.suffix(4)) == [0x54, 0x49, 0x50, 0x53])
  }

  @Test("The manifest's JSON escapes what it writes and reads back equal")
  func manifestEscaping() throws {
    let manifest = Manifest(
      formatVersion: IndexFormat.currentVersion, writerVersion: "tips \"dev\"\\\n\u{1}é",
      generation: 12, nextSegment: 13,
      segments: [
        Manifest.Segment(
          name: "segment-12.tips", bytes: 9, crc32: 0xFFFF_FFFF, threads: 3, posts: 4, tips: 5,
          deletedThreads: [0, 2])
      ],
      counts: Manifest.Counts(threads: 1, posts: 2, tips: 3))
    #expect(try Manifest.decode(manifest.encoded(), path: "meta.json") == manifest)
  }

  @Test(
    "A manifest laid out another way (keys reordered, one line, a field tips does not know, escapes) reads the same"
  )
  func manifestLaidOutAnotherWay() throws {
    let version = IndexFormat.currentVersion
    let text = #"""
      {"segments":[{"tips":5,"name":"segment\u002d12.tips","deletedThreads":[0,2],"crc32":4294967295,"posts":4,"threads":3,"bytes":9,"note":{"a":[true,null,-1.5e3]}}],"writerVersion":"tips \"dev\" \ud83d\ude00","nextSegment":13,"generation":12,"counts":{"tips":3,"threads":1,"posts":2},"formatVersion":VERSION}
      """#.replacingOccurrences(of: "VERSION", with: String(version))
    #expect(
      try Manifest.decode(Array(text.utf8), path: "meta.json")
        == Manifest(
          formatVersion: version, writerVersion: "tips \"dev\" \u{1F600}", generation: 12,
          nextSegment: 13,
          segments: [
            Manifest.Segment(
              name: "segment-12.tips", bytes: 9, crc32: 0xFFFF_FFFF, threads: 3, posts: 4,
              tips: 5, deletedThreads: [0, 2])
          ],
          counts: Manifest.Counts(threads: 1, posts: 2, tips: 3)))
  }
}
