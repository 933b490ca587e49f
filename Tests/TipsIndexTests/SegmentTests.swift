import Foundation
import Testing
import TipsCore

@testable import TipsIndex

@Suite("Segments, deletion marks and merges")
struct SegmentTests {
  private static func manifest(_ scratch: Scratch) throws -> Manifest {
    try Manifest.decode(try scratch.read("meta.json"), path: "meta.json")
  }

  @Test("Each commit writes one segment holding only the threads it adds")
  func twoSegments() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.knees])
    let summary = try writer.commit(adding: [Fixture.hips])
    #expect(summary.segments == 2)
    #expect(summary.bytes == (try scratch.read("segment-2.tips")).count)
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-1.tips", "segment-2.tips"])
    #expect(
      try Self.manifest(scratch).segments.map { [$0.threads, $0.tips] } == [[1, 2], [1, 2]])

    // Ordinals count across segments in order: knees' tips 0 and 1, then hips' 2 and 3.
    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.threads.map(\.id) == ["discourse-123", "se-42"])
    #expect(try reader.tips == Fixture.knees.tips + Fixture.hips.tips)
    #expect(try reader.tips(inThread: "discourse-123").indices == 2..<4)
    #expect(try reader.thread(id: "discourse-123") == Fixture.hips.thread)
    #expect(
      try reader.postings(field: .muscles, term: "flexor")
        == [Posting(tip: 0, frequency: 1), Posting(tip: 2, frequency: 1)])
    #expect(try reader.documentFrequency(field: .muscles, term: "flexor") == 2)
    #expect(try reader.stats.segments == 2)
    #expect(
      try reader.stats.bytes
        == (try scratch.read("segment-1.tips")).count + (try scratch.read("segment-2.tips")).count)
  }

  @Test("Re-adding a thread marks the old copy deleted; lookups see only the new one")
  func replaceMarksDeleted() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips, Fixture.knees])
    try writer.commit(adding: [Fixture.hipsReexported])
    let segments = try Self.manifest(scratch).segments
    #expect(segments.map(\.name) == ["segment-1.tips", "segment-2.tips"])
    #expect(segments.map(\.deletedThreads) == [[0], []])

    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.tips == Fixture.knees.tips + Fixture.hipsReexported.tips)
    #expect(try Array(reader.tips(inThread: "discourse-123")) == Fixture.hipsReexported.tips)
    // "flexor" is in both hips tips' muscles and knees' first: only knees' is live.
    #expect(try reader.postings(field: .muscles, term: "flexor") == [Posting(tip: 0, frequency: 1)])
    #expect(try reader.documentFrequency(field: .muscles, term: "flexor") == 1)
    #expect(try reader.postings(field: .remedy, term: "pigeon") == [Posting(tip: 2, frequency: 1)])
    #expect(try reader.stats.distinctRemedies == 3)
    // Terms only the deleted hips tips had ("tight", "roller", ...) are not counted.
    #expect(try !reader.terms(in: .title).contains("tight"))
    #expect(try reader.terms(in: .tools) == [])
  }

  @Test("Removing a thread marks it deleted; a segment with nothing left is dropped")
  func removeMarksDeleted() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips, Fixture.knees])
    try writer.commit(adding: [Fixture.shoulders])
    let first = try writer.commit(removingThreadIDs: ["se-42"])
    #expect(first.threadsRemoved == 1)
    #expect(first.bytes == 0)
    #expect(try Self.manifest(scratch).segments.map(\.deletedThreads) == [[1], []])
    var reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.tips == Fixture.hips.tips + Fixture.shoulders.tips)
    #expect(try reader.postings(field: .conditions, term: "knee") == [])

    try writer.commit(removingThreadIDs: ["discourse-123"])
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-2.tips"])
    reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.threads.map(\.id) == ["reddit-7"])
    #expect(try reader.postings(field: .tools, term: "roller") == [Posting(tip: 1, frequency: 1)])
  }

  @Test("Piled-up segments are merged by the next commit, and answers do not change")
  func mergeKeepsAnswers() throws {
    let merged = try Scratch()
    let unmerged = try Scratch()
    var writer = try IndexWriter(directory: merged.index)
    writer.mergePolicy = MergePolicy(maxSegments: 2, mergeFactor: 2)
    var reference = try IndexWriter(directory: unmerged.index)
    reference.mergePolicy = MergePolicy(maxSegments: 100, mergeFactor: 2)
    let history: [([IndexedThread], Set<String>)] = [
      ([Fixture.hips], []), ([Fixture.knees], []), ([Fixture.shoulders], []),
      ([Fixture.hipsReexported], []), ([], ["se-42"]), ([Fixture.extra], []),
    ]
    var merges: [Int] = []
    for (adding, removing) in history {
      merges.append(try writer.commit(adding: adding, removingThreadIDs: removing).segmentsMerged)
      try reference.commit(adding: adding, removingThreadIDs: removing)
      #expect(
        try Answers(try IndexReader.open(directory: merged.index))
          == Answers(try IndexReader.open(directory: unmerged.index)))
    }
    // Third commit: hips, knees, shoulders make 3 > 2, so the two smallest neighbours (knees,
    // shoulders) merge into segment 3. Fourth: segment 1 loses its only thread and is dropped.
    // Fifth: knees is marked deleted in segment 3. Sixth: 3 > 2 again; segments 4 and the new
    // one are the smallest pair.
    #expect(merges == [0, 0, 2, 0, 0, 2])
    #expect(try merged.names() == ["LOCK", "meta.json", "segment-3.tips", "segment-5.tips"])
    #expect(try Self.manifest(merged).segments.map(\.deletedThreads) == [[0], []])
    #expect(
      try unmerged.names()
        == ["LOCK", "meta.json", "segment-3.tips", "segment-4.tips", "segment-5.tips"])
    let reader = try IndexReader.open(directory: merged.index)
    #expect(try reader.stats.segments == 2)
    #expect(
      try reader.tips == Fixture.shoulders.tips + Fixture.hipsReexported.tips + Fixture.extra.tips)
  }

  @Test("A large add ends in several segments when merging them all would pass the cap")
  func cappedMergeKeepsAnswers() throws {
    let threads = [Fixture.hips, Fixture.knees, Fixture.shoulders, Fixture.extra]
    let unmerged = try Scratch()
    var reference = try IndexWriter(directory: unmerged.index)
    reference.mergePolicy = MergePolicy(maxSegments: 100, mergeFactor: 2)
    for thread in threads { _ = try reference.stage([thread]) }
    try reference.commit()
    let sizes = try Self.manifest(unmerged).segments.map(\.bytes)
    #expect(sizes.count == 4)

    // Room for two of the four in one merge, not for more.
    let capped = try Scratch()
    var writer = try IndexWriter(directory: capped.index)
    writer.mergePolicy = MergePolicy(
      maxSegments: 1, mergeFactor: 2, maxMergedBytes: (sizes.max() ?? 0) * 2 + 1)
    for thread in threads { _ = try writer.stage([thread]) }
    let summary = try writer.commit()
    #expect(summary.segments == 2 && summary.segmentsMerged == 4)
    #expect(
      try Self.manifest(capped).segments.allSatisfy {
        $0.bytes <= writer.mergePolicy.maxMergedBytes
      })
    #expect(
      try Answers(try IndexReader.open(directory: capped.index))
        == Answers(try IndexReader.open(directory: unmerged.index)))
  }

  @Test("Postings carry each occurrence's position; texts of a field are kept apart")
  func positions() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips])
    try writer.commit(adding: [Fixture.shoulders])
    let reader = try IndexReader.open(directory: scratch.index)
    // Tip 0 quotes "Foam rolling my hip flexors every night fixed my tight hips": hip at 3
    // and 10; tip 3 "foam roller for hip flexors, hip flexors again": at 3 and 5.
    #expect(
      try reader.postings(field: .quote, term: "hip", positions: true)
        == [
          Posting(tip: 0, frequency: 2, positions: [3, 10]),
          Posting(tip: 3, frequency: 2, positions: [3, 5]),
        ])
    #expect(
      try reader.postings(field: .quote, term: "hip")
        == [Posting(tip: 0, frequency: 2), Posting(tip: 3, frequency: 2)])
    // Muscles "pecs", "front delts": a position is skipped between the two texts.
    #expect(
      try reader.postings(field: .muscles, term: "delt", positions: true)
        == [Posting(tip: 2, frequency: 1, positions: [3])])
    #expect(
      try reader.postings(field: .quote, phrase: ["hip", "flexor"])
        == [
          Posting(tip: 0, frequency: 1, positions: [3]),
          Posting(tip: 3, frequency: 2, positions: [3, 5]),
        ])
    #expect(
      try reader.postings(
        field: .title, phrase: ["hip", "flexor", "shoulder"], offsets: [0, 1, 3])
        == [
          Posting(tip: 2, frequency: 1, positions: [0]),
          Posting(tip: 3, frequency: 1, positions: [0]),
        ])
    #expect(
      try reader.postings(field: .quote, phrase: ["flexor", "hip"]) == [
        Posting(tip: 3, frequency: 1, positions: [4])
      ])
    #expect(try reader.postings(field: .muscles, phrase: ["pec", "front"]) == [])
    #expect(
      try reader.postings(field: .muscles, phrase: ["front", "delt"]) == [
        Posting(tip: 2, frequency: 1, positions: [2])
      ])
    #expect(try reader.postings(field: .quote, phrase: []) == [])
    // Across both segments, only the tips asked for: the second segment's tip 3 alone.
    #expect(
      try reader.postings(field: .quote, phrase: ["hip", "flexor"], keeping: { $0 == 3 }) == [
        Posting(tip: 3, frequency: 2, positions: [3, 5])
      ])
    #expect(
      try reader.postings(field: .quote, phrase: ["hip"], keeping: { $0 != 0 }) == [
        Posting(tip: 3, frequency: 2, positions: [3, 5])
      ])
    // A scorer asks for counts alone: the same tips and frequencies, no positions.
    #expect(
      try reader.postings(field: .quote, phrase: ["hip", "flexor"], positions: false) == [
        Posting(tip: 0, frequency: 1), Posting(tip: 3, frequency: 2),
      ])
  }

  /// An index of two segments, the first one's hips thread deleted by its re-export in the
  /// second; the scratch folder must outlive the reader.
  private func twoSegmentsWithADeletion() throws -> (Scratch, IndexReader) {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips, Fixture.knees])
    try writer.commit(adding: [Fixture.hipsReexported])
    return (scratch, try IndexReader.open(directory: scratch.index))
  }

  @Test("Phrases skip deleted tips")
  func phraseSkipsDeleted() throws {
    let (scratch, reader) = try twoSegmentsWithADeletion()
    defer { withExtendedLifetime(scratch) {} }
    #expect(
      try reader.postings(field: .muscles, phrase: ["hip", "flexor"])
        == [Posting(tip: 0, frequency: 1, positions: [2])])
  }

  @Test("The tips sharing a post are those after it with no post text of their own")
  func tipsSharingPost() throws {
    let (scratch, reader) = try twoSegmentsWithADeletion()
    defer { withExtendedLifetime(scratch) {} }
    for tip in 0..<reader.tipCount {
      var end = tip + 1
      while end < reader.tipCount, try reader.fieldLength(tip: end, field: .post) == 0 {
        end += 1
      }
      #expect(try reader.tipsSharingPost(with: tip) == (tip + 1)..<end)
    }
  }

  @Test("Field lengths read for a list of tips agree with those read a tip at a time")
  func fieldLengthsOfPostings() throws {
    let (scratch, reader) = try twoSegmentsWithADeletion()
    defer { withExtendedLifetime(scratch) {} }
    let every = try reader.tips.indices.map { Posting(tip: $0, frequency: 1) }
    for field in IndexField.allCases {
      #expect(
        try reader.fieldLengths(of: every, in: field)
          == every.map { try reader.fieldLength(tip: $0.tip, field: field) })
      let some = every.filter { $0.tip % 2 == 1 }
      #expect(
        try reader.fieldLengths(of: some, in: field)
          == some.map { try reader.fieldLength(tip: $0.tip, field: field) })
    }
  }

  @Test("Field lengths count a tip's words per field; stats average them over live tips")
  func fieldLengths() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.knees])
    let reader = try IndexReader.open(directory: scratch.index)
    // Lengths count terms, stop words left out. Couch stretch: remedy 2, muscles "quads" +
    // "hip flexors" 3, tools 0, conditions 2, quote "Couch stretch helped my knee pain" 5,
    // caveats "hold it for two minutes" 3 + "not before a run" 3, title 4 and opener 8, the
    // post 8, and no other post naming it. Squats: 1, 0, 0, 2, "Squats made it worse" 3, 0,
    // 12, no post of its own (it shares the first tip's) and none naming it.
    let expected = [[2, 3, 0, 2, 5, 6, 12, 8, 0], [1, 0, 0, 2, 3, 0, 12, 0, 0]]
    #expect(
      try reader.tips.indices.map { tip in
        try IndexField.allCases.map { try reader.fieldLength(tip: tip, field: $0) }
      }
        == expected)
    #expect(
      try reader.stats.averageFieldLengths
        == [
          .remedy: 1.5, .muscles: 1.5, .tools: 0, .conditions: 2, .quote: 4, .caveats: 3,
          .title: 12, .post: 4, .mentions: 0,
        ])
    #expect(try reader.tipsSharingPost(with: 0) == 1..<2)
  }

  @Test("Each live tip's remedy is read from the tables, replaced threads left out")
  func remedyKeys() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips, Fixture.knees])
    try writer.commit(adding: [Fixture.hipsReexported])
    let reader = try IndexReader.open(directory: scratch.index)
    let names = try reader.remedyKeys(ofTips: Array(0..<reader.tipCount)).map { key in
      try reader.remedyName(of: key)
    }
    #expect(names == ["couch stretch", "squats", "pigeon pose"])
    #expect(try names == reader.tips.map(\.remedy))
  }

  @Test("A flipped byte in a later segment gives the one-line checksum error when read")
  func corruptSecondSegment() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips])
    try writer.commit(adding: [Fixture.knees])
    var bytes = try scratch.read("segment-2.tips")
    // In the tips' records: the whole segment after its posts is one block of checksum.
    let quote = Array("Squats made it worse".utf8)
    let offset = try #require(
      bytes.indices.last { bytes[$0..<min($0 + quote.count, bytes.count)].elementsEqual(quote) })
    bytes[offset] ^= 0x40
    try scratch.write("segment-2.tips", bytes)
    let file = scratch.path("segment-2.tips")
    let error = #expect(throws: IndexError.self) {
      _ = try IndexReader.open(directory: scratch.index).tips
    }
    let description = try #require(error?.description)
    #expect(description.hasPrefix("\(file): checksum mismatch in bytes "))
    #expect(
      description.hasSuffix(" (index is corrupt; delete the folder and run 'tips add' again)"))
  }

  @Test("A flipped byte in a block opening does not read is caught by the read that meets it")
  func corruptLaterBlock() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    // Enough threads that the segment's records span many 4 KiB blocks.
    let threads = (0..<200).map { number in
      IndexedThread(
        thread: Thread(
          id: "se-\(1000 + number)", title: Fixture.knees.thread.title,
          format: .stackExchangeXML, posts: Fixture.knees.thread.posts),
        tips: Fixture.knees.tips.map { tip in
          var tip = tip
          tip.thread = "se-\(1000 + number)"
          return tip
        })
    }
    try writer.commit(adding: threads)
    var bytes = try scratch.read("segment-1.tips")
    let quote = Array("Squats made it worse".utf8)
    // The quote of the 100th thread's second tip: the records come after the posts
    // (deflated, so the words are found only in the tips), in blocks opening does not read
    // (it reads the tables and dictionaries that follow).
    let offsets = bytes.indices.filter {
      bytes[$0..<min($0 + quote.count, bytes.count)].elementsEqual(quote)
    }
    try #require(offsets.count == 200)
    bytes[offsets[100]] ^= 0x40
    try scratch.write("segment-1.tips", bytes)
    let file = scratch.path("segment-1.tips")

    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.tip(at: 0).quote == "Couch stretch helped my knee pain")
    let error = #expect(throws: IndexError.self) {
      try reader.tips
    }
    let description = try #require(error?.description)
    #expect(description.hasPrefix("\(file): checksum mismatch in bytes "))
  }

  @Test("A reader keeps its snapshot while a commit merges and deletes the files it mapped")
  func readerSurvivesCommit() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    writer.mergePolicy = MergePolicy(maxSegments: 1, mergeFactor: 2)
    try writer.commit(adding: [Fixture.hips])
    try writer.commit(adding: [Fixture.knees])
    let reader = try IndexReader.open(directory: scratch.index)
    let before = try Answers(reader)
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-2.tips"])

    // The merge drops hips, marked deleted in segment 2, and keeps knees then shoulders.
    try writer.commit(adding: [Fixture.shoulders], removingThreadIDs: ["discourse-123"])
    #expect(try scratch.names() == ["LOCK", "meta.json", "segment-3.tips"])
    #expect(
      try Self.manifest(scratch).segments.map { [$0.threads, $0.tips, $0.deletedThreads.count] }
        == [[2, 4, 0]])
    // segment-2.tips is unlinked, but the old reader still reads it, posts included.
    #expect(try Answers(reader) == before)
    #expect(try reader.thread(id: "discourse-123") == Fixture.hips.thread)
    #expect(reader.generation == 2)
    let current = try IndexReader.open(directory: scratch.index)
    #expect(try current.threads.map(\.id) == ["reddit-7", "se-42"])
  }

  @Test("Staged segments stay invisible until the commit that names them, the last version wins")
  func stagedSegments() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.knees])
    #expect(try writer.stage([Fixture.hips]) == 0)
    #expect(try writer.stage([Fixture.hips, Fixture.hipsReexported, Fixture.shoulders]) == 1)
    #expect(
      try scratch.names() == [
        "LOCK", "meta.json", "segment-1.tips", "segment-2.tips", "segment-3.tips",
      ])
    let before = try IndexReader.open(directory: scratch.index)
    #expect(try before.threads.map(\.id) == ["se-42"])

    let summary = try writer.commit(adding: [Fixture.knees])
    #expect(summary.generation == 2)
    #expect(summary.threadsAdded == 2)
    #expect(summary.threadsReplaced == 1)
    let after = try IndexReader.open(directory: scratch.index)
    #expect(
      try after.threads.map(\.id)
        == ["discourse-123", "se-42", Fixture.shoulders.thread.id].sorted())
    #expect(try after.thread(id: "discourse-123") == Fixture.hipsReexported.thread)
    #expect(try after.thread(id: "se-42") == Fixture.knees.thread)
    #expect(try before.threads.map(\.id) == ["se-42"])
  }

  @Test("Staged segments a writer drops or discards are deleted, the index untouched")
  func droppedStagedSegments() throws {
    let scratch = try Scratch()
    do {
      var writer = try IndexWriter(directory: scratch.index)
      try writer.commit(adding: [Fixture.knees])
    }
    let before = try scratch.snapshot()
    do {
      var writer = try IndexWriter(directory: scratch.index)
      try writer.stage([Fixture.hips])
      try writer.stage([Fixture.shoulders])
      writer.discardStaged(from: 1)
      #expect(try scratch.names() == ["LOCK", "meta.json", "segment-1.tips", "segment-2.tips"])
    }
    #expect(try scratch.snapshot() == before)
  }

  @Test(
    "A folder written by an older format is refused with a one-line way out",
    arguments: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
  func olderFormat(version: Int) throws {
    let scratch = try Scratch()
    try FileManager.default.createDirectory(
      atPath: scratch.index, withIntermediateDirectories: true)
    // What an older tips wrote for one empty commit (format 1's layout; the version is
    // checked before the layout).
    let (data, crc) = DataFileFrame.frame(
      payload: [0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], version: version)
    try scratch.write("segment-1.tips", data)
    try scratch.write(
      "meta.json",
      Array(
        """
        {
          "counts": { "posts": 0, "threads": 0, "tips": 0 },
          "files": [
            { "bytes": \(data.count), "crc32": \(crc), "name": "segment-1.tips" }
          ],
          "formatVersion": \(version),
          "generation": 1,
          "writerVersion": "tips 0.1.0"
        }

        """.utf8))
    let manifest = scratch.path("meta.json")
    let error = #expect(throws: IndexError.tooOld(file: manifest, version: version)) {
      try IndexReader.open(directory: scratch.index)
    }
    #expect(
      error?.description
        == "\(manifest): index format \(version) is from an older tips; delete the folder and run 'tips add' again"
    )
    #expect(throws: IndexError.tooOld(file: manifest, version: version)) {
      _ = try IndexWriter(directory: scratch.index)
    }
    #expect(throws: IndexError.tooOld(file: "f", version: version)) {
      _ = try DataFileFrame.unframe(data, path: "f")
    }
  }

  @Test(
    "The merge policy merges the cheapest run of neighbours once there are too many",
    arguments: zip(
      [[5, 5], [9, 1, 1, 9], [9, 1, 1, 9, 1], [4, 4, 4, 4, 4], [1, 1, 1, 1, 1, 1]],
      [nil, nil, 1..<3, 3..<5, 3..<6] as [Range<Int>?]))
  func mergePolicy(sizes: [Int], run: Range<Int>?) {
    let policy = MergePolicy(maxSegments: 4, mergeFactor: 2)
    // Six segments need a run of three to get back to four; ties go to the newer run.
    #expect(policy.merge(sizes: sizes) == run)
  }

  @Test(
    "No merge produces more than the cap: a narrower run that fits, else none",
    arguments: zip(
      [[3, 3, 3, 3, 3, 3], [9, 9, 9, 9, 9], [1, 1, 1, 1, 1, 1]],
      [4..<6, nil, 3..<6] as [Range<Int>?]))
  func cappedMerge(sizes: [Int], run: Range<Int>?) {
    let policy = MergePolicy(maxSegments: 4, mergeFactor: 2, maxMergedBytes: 8)
    #expect(policy.merge(sizes: sizes) == run)
  }

  @Test(
    "A segment of half the cap or more is full: never merged, nor counted against the limit",
    arguments: zip(
      [[4, 4, 4, 4, 4], [8, 8, 8, 8, 8, 1], [8, 1, 1, 1, 1, 1], [1, 1, 8, 1, 1, 1, 8, 1]],
      [nil, nil, 4..<6, 3..<6] as [Range<Int>?]))
  func fullSegmentsStay(sizes: [Int], run: Range<Int>?) {
    // A small add to a large index writes a small segment, not a rewrite of a full one.
    let policy = MergePolicy(maxSegments: 4, mergeFactor: 2, maxMergedBytes: 8)
    #expect(policy.merge(sizes: sizes) == run)
  }
}
