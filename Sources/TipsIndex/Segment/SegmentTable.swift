import TipsCore

/// The fixed-size tables at the end of a segment's payload, read in place: any thread, tip,
/// field length or term dictionary is found with a few reads of the mapping, so opening a
/// segment costs the same whatever it holds.
///
/// ```
/// UInt64 LE × 3                    threads, tips, posts
/// UInt64 LE per field              the sum of the tips' lengths in it
/// UInt64 LE per field              where its term dictionary starts (see TermDictionary)
/// UInt64 LE                        remedies
/// per thread:                      UInt64 LE where its record starts, where its posts start,
///                                  its first tip's local ordinal
/// UInt32 LE per thread             positions of the threads, sorted by id (UTF-8 bytes)
/// UInt64 LE per tip                where its record starts
/// UInt32 LE per tip per field      its length in the field, in IndexField order
/// UInt32 LE per tip                its remedy's place in the table below, so a search
///                                  groups matched tips by remedy without decoding them
/// UInt64 LE per remedy             where its name, evidence (RemedyAggregate) and digest
///                                  (RemedyDigest) start, sorted by name (UTF-8 bytes)
/// UInt64 LE                        where these tables start
/// UInt32 LE per 4 KiB block        the CRC-32 of each block from the posts' end to here
/// UInt64 LE                        where the posts end (the payload's last 8 bytes)
/// ```
/// Offsets count from the start of the file. The frame's checksum covers only the blocks'
/// checksums and the posts' end; every read from the records to the tables checks the
/// blocks it touches first (`BlockChecksums`), so opening reads a few blocks and a damaged
/// one is reported by the read that meets it.
struct SegmentTable: Sendable {
  let threadCount: Int
  let tipCount: Int
  let postCount: Int
  /// Per field slot, the sum of the segment's tip lengths in it, deleted tips included.
  let fieldTotals: [Int]
  let dictionaries: [IndexField: TermDictionary]
  /// Checks the bytes after the posts, block by block, as they are read.
  let blocks: BlockChecksums
  /// Where the posts end and the blocks begin.
  private let postsEnd: Int
  private let threadsStart: Int
  private let byIDStart: Int
  private let tipsStart: Int
  private let lengthsStart: Int
  private let tipRemediesStart: Int
  private let remediesStart: Int
  /// How many remedies the segment's tips name.
  let remedyCount: Int
  private let payloadEnd: Int

  private static let threadEntrySize = 24

  /// Reads the tables of the payload `payload`, whose `cold` range (posts and records, left
  /// out of the frame's checksum) is followed by the checksums of its blocks, checking that
  /// they lie inside it.
  init<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, payload: Range<Int>, cold: Range<Int>
  ) throws(FormatError) where Bytes.Index == Int {
    guard cold.lowerBound == payload.lowerBound, payload.upperBound - cold.upperBound >= 8 else {
      throw FormatError(reason: "posts do not start the payload")
    }
    var trailer = ByteReader(bytes, range: (payload.upperBound - 8)..<payload.upperBound)
    let storedPostsEnd = try trailer.readUInt64LittleEndian()
    guard storedPostsEnd >= UInt64(cold.lowerBound), storedPostsEnd <= UInt64(cold.upperBound - 8)
    else {
      throw FormatError(reason: "posts run past their segment")
    }
    let region = Int(storedPostsEnd)..<cold.upperBound
    guard
      payload.upperBound - 8 - cold.upperBound
        == 4 * BlockChecksums.blockCount(region.count)
    else {
      throw FormatError(reason: "block checksums do not cover the segment")
    }
    let blocks = BlockChecksums(region: region, table: cold.upperBound)
    var tablesStart = ByteReader(
      bytes, range: (region.upperBound - 8)..<region.upperBound, blocks: blocks)
    let start = try tablesStart.readUInt64LittleEndian()
    guard start >= storedPostsEnd, start <= UInt64(region.upperBound - 8) else {
      throw FormatError(reason: "tables lie outside the payload")
    }
    let end = region.upperBound - 8
    var reader = ByteReader(bytes, range: Int(start)..<end, blocks: blocks)
    let fieldCount = SegmentCodec.fieldCount
    var numbers: [Int] = []
    for _ in 0..<(4 + 2 * fieldCount) {
      let value = try reader.readUInt64LittleEndian()
      guard value <= UInt64(end) * 8 else {
        throw FormatError(reason: "a table number is out of range")
      }
      numbers.append(Int(value))
    }
    threadCount = numbers[0]
    tipCount = numbers[1]
    postCount = numbers[2]
    fieldTotals = Array(numbers[3..<(3 + fieldCount)])
    threadsStart = reader.position
    byIDStart = threadsStart + threadCount * Self.threadEntrySize
    tipsStart = byIDStart + threadCount * 4
    lengthsStart = tipsStart + tipCount * 8
    remedyCount = numbers[3 + 2 * fieldCount]
    tipRemediesStart = lengthsStart + tipCount * fieldCount * 4
    remediesStart = tipRemediesStart + tipCount * 4
    guard remediesStart + remedyCount * 8 == end else {
      throw FormatError(reason: "tables do not end where the payload does")
    }
    var dictionaries: [IndexField: TermDictionary] = [:]
    for (slot, field) in IndexField.allCases.enumerated() {
      let dictionaryStart = numbers[3 + fieldCount + slot]
      guard dictionaryStart >= region.lowerBound, dictionaryStart < Int(start) else {
        throw FormatError(reason: "term dictionary lies outside the payload")
      }
      let dictionary = try TermDictionary(
        bytes, at: dictionaryStart, limit: Int(start), blocks: blocks)
      guard dictionary.field == field else {
        throw FormatError(reason: "index field \(field.rawValue) is not where the table says")
      }
      dictionaries[field] = dictionary
    }
    self.dictionaries = dictionaries
    self.blocks = blocks
    postsEnd = region.lowerBound
    payloadEnd = Int(start)
  }

  /// Where thread `position`'s record starts, where its posts lie, and its first tip.
  func threadLocation<Bytes: RandomAccessCollection<UInt8>>(
    _ position: Int, in bytes: Bytes
  ) throws(FormatError) -> (record: Int, posts: Range<Int>, firstTip: Int)
  where Bytes.Index == Int {
    var reader = ByteReader(
      bytes, range: (threadsStart + position * Self.threadEntrySize)..<byIDStart, blocks: blocks)
    let record = try reader.readUInt64LittleEndian()
    let posts = try reader.readUInt64LittleEndian()
    let firstTip = try reader.readUInt64LittleEndian()
    var postsEnd = UInt64(self.postsEnd)
    if position + 1 < threadCount {
      _ = try reader.readUInt64LittleEndian()
      postsEnd = try reader.readUInt64LittleEndian()
    }
    guard record < UInt64(payloadEnd), posts <= postsEnd, postsEnd <= UInt64(self.postsEnd),
      firstTip <= UInt64(tipCount)
    else {
      throw FormatError(reason: "thread \(position) lies outside its segment")
    }
    return (Int(record), Int(posts)..<Int(postsEnd), Int(firstTip))
  }

  /// Thread `position`'s summary, its posts' location and checksum, and its tips' ordinals.
  func thread<Bytes: RandomAccessCollection<UInt8>>(
    _ position: Int, in bytes: Bytes
  ) throws(FormatError) -> SegmentThread where Bytes.Index == Int {
    let location = try threadLocation(position, in: bytes)
    var reader = ByteReader(bytes, range: location.record..<payloadEnd, blocks: blocks)
    let summary = try reader.readSummary()
    let postBytes = try reader.readLength()
    let rawLength = try reader.readLength()
    let crc = try reader.readUInt32LittleEndian()
    let redFlags = try reader.readBool() ? try reader.readStrings() : nil
    guard postBytes == location.posts.count else {
      throw FormatError(reason: "thread '\(summary.id)': posts run past their range")
    }
    guard rawLength <= postBytes * Zlib.maximumRatio + 64 else {
      throw FormatError(
        reason: "thread '\(summary.id)': \(rawLength) bytes of posts from \(postBytes)")
    }
    guard summary.postCount <= rawLength / SegmentCodec.minimumPostSize else {
      throw FormatError(
        reason: "thread '\(summary.id)': \(summary.postCount) posts in \(rawLength) bytes")
    }
    guard summary.tipCount <= tipCount - location.firstTip else {
      throw FormatError(reason: "thread '\(summary.id)': its tips run past the segment's")
    }
    return SegmentThread(
      summary: summary, posts: location.posts, postsLength: rawLength, postsCRC32: crc,
      tips: location.firstTip..<(location.firstTip + summary.tipCount), redFlags: redFlags)
  }

  /// The position of the thread that comes `rank`-th in id order.
  func position<Bytes: RandomAccessCollection<UInt8>>(
    byIDRank rank: Int, in bytes: Bytes
  ) throws(FormatError) -> Int where Bytes.Index == Int {
    try tableEntry(
      at: byIDStart + rank * 4, below: threadCount, in: bytes,
      otherwise: "thread table names a thread past the last one")
  }

  /// The 4-byte entry of a fixed-size table at `start`, which must be below `limit`;
  /// `reason` says what is wrong when it is not.
  private func tableEntry<Bytes: RandomAccessCollection<UInt8>>(
    at start: Int, below limit: Int, in bytes: Bytes,
    otherwise reason: @autoclosure () -> String
  ) throws(FormatError) -> Int where Bytes.Index == Int {
    var reader = ByteReader(bytes, range: start..<(start + 4), blocks: blocks)
    let entry = Int(try reader.readUInt32LittleEndian())
    guard entry < limit else { throw FormatError(reason: reason()) }
    return entry
  }

  /// The position of the thread with `id`, nil when the segment has none.
  func position<Bytes: RandomAccessCollection<UInt8>>(
    ofThread id: String, in bytes: Bytes
  ) throws(FormatError) -> Int? where Bytes.Index == Int {
    let key = Array(id.utf8)
    var low = 0
    var high = threadCount
    while low < high {
      let middle = (low + high) / 2
      let position = try self.position(byIDRank: middle, in: bytes)
      var record = ByteReader(
        bytes, range: try threadLocation(position, in: bytes).record..<payloadEnd, blocks: blocks)
      let stored = Array(try record.readString().utf8)
      if stored.lexicographicallyPrecedes(key) {
        low = middle + 1
      } else if key.lexicographicallyPrecedes(stored) {
        high = middle
      } else {
        return position
      }
    }
    return nil
  }

  /// The tip with local ordinal `ordinal`.
  func tip<Bytes: RandomAccessCollection<UInt8>>(
    _ ordinal: Int, in bytes: Bytes
  ) throws(FormatError) -> Tip where Bytes.Index == Int {
    var offset = ByteReader(
      bytes, range: (tipsStart + ordinal * 8)..<lengthsStart, blocks: blocks)
    let start = try offset.readUInt64LittleEndian()
    guard start < UInt64(payloadEnd) else {
      throw FormatError(reason: "tip \(ordinal) lies outside its segment")
    }
    var reader = ByteReader(bytes, range: Int(start)..<payloadEnd, blocks: blocks)
    return try reader.readTip()
  }

  /// The length of the tip with local ordinal `ordinal` (below `tipCount`) in the field at
  /// `slot`.
  func fieldLength<Bytes: RandomAccessCollection<UInt8>>(
    _ ordinal: Int, slot: Int, in bytes: Bytes
  ) throws(FormatError) -> Int where Bytes.Index == Int {
    let start = lengthsStart + (ordinal * SegmentCodec.fieldCount + slot) * 4
    var reader = ByteReader(bytes, range: start..<(start + 4), blocks: blocks)
    return Int(try reader.readUInt32LittleEndian())
  }

  /// The lengths in the field at `slot` of the tips with local ordinals `ordinals`, which
  /// ascend and are below `tipCount`: one reader walks the table forward, so a search that
  /// scores thousands of postings looks up each block's check once, not once a posting.
  func fieldLengths<Bytes: RandomAccessCollection<UInt8>>(
    _ ordinals: some Sequence<Int>, slot: Int, in bytes: Bytes
  ) throws(FormatError) -> [Int] where Bytes.Index == Int {
    var reader = ByteReader(bytes, range: lengthsStart..<tipRemediesStart, blocks: blocks)
    var lengths: [Int] = []
    lengths.reserveCapacity(ordinals.underestimatedCount)
    for ordinal in ordinals {
      let start = lengthsStart + (ordinal * SegmentCodec.fieldCount + slot) * 4
      guard start >= reader.position else {
        throw FormatError(reason: "field lengths asked for out of order")
      }
      try reader.skip(start - reader.position)
      lengths.append(Int(try reader.readUInt32LittleEndian()))
    }
    return lengths
  }

  /// How many tips right after local ordinal `ordinal` have length 0 in the field at
  /// `slot`, walking the table forward with one reader.
  func emptyRun<Bytes: RandomAccessCollection<UInt8>>(
    after ordinal: Int, slot: Int, in bytes: Bytes
  ) throws(FormatError) -> Int where Bytes.Index == Int {
    var reader = ByteReader(bytes, range: lengthsStart..<tipRemediesStart, blocks: blocks)
    var next = ordinal + 1
    while next < tipCount {
      try reader.skip(lengthsStart + (next * SegmentCodec.fieldCount + slot) * 4 - reader.position)
      guard try reader.readUInt32LittleEndian() == 0 else { break }
      next += 1
    }
    return next - ordinal - 1
  }

  /// The places in the remedy table of the remedies of the tips with local ordinals
  /// `ordinals`, which ascend and are below `tipCount`: one reader walks the table forward.
  func remedyPositions<Bytes: RandomAccessCollection<UInt8>>(
    ofTips ordinals: some Sequence<Int>, in bytes: Bytes
  ) throws(FormatError) -> [Int] where Bytes.Index == Int {
    var reader = ByteReader(bytes, range: tipRemediesStart..<remediesStart, blocks: blocks)
    var positions: [Int] = []
    positions.reserveCapacity(ordinals.underestimatedCount)
    for ordinal in ordinals {
      let start = tipRemediesStart + ordinal * 4
      guard start >= reader.position else {
        throw FormatError(reason: "remedies asked for out of order")
      }
      try reader.skip(start - reader.position)
      let position = Int(try reader.readUInt32LittleEndian())
      guard position < remedyCount else {
        throw FormatError(reason: "tip \(ordinal) names a remedy past the last one")
      }
      positions.append(position)
    }
    return positions
  }

  /// The place in the remedy table of the remedy of the tip with local ordinal `ordinal`
  /// (below `tipCount`).
  func remedyPosition<Bytes: RandomAccessCollection<UInt8>>(
    ofTip ordinal: Int, in bytes: Bytes
  ) throws(FormatError) -> Int where Bytes.Index == Int {
    try tableEntry(
      at: tipRemediesStart + ordinal * 4, below: remedyCount, in: bytes,
      otherwise: "tip \(ordinal) names a remedy past the last one")
  }

  /// The name of the remedy at `position` (below `remedyCount`) in the remedy table.
  func remedyName<Bytes: RandomAccessCollection<UInt8>>(
    at position: Int, in bytes: Bytes
  ) throws(FormatError) -> String where Bytes.Index == Int {
    var reader = try remedyRecord(at: position, in: bytes)
    return try reader.readString()
  }

  /// A reader at the start of the remedy record at `position`: its name, then its evidence.
  private func remedyRecord<Bytes: RandomAccessCollection<UInt8>>(
    at position: Int, in bytes: Bytes
  ) throws(FormatError) -> ByteReader<Bytes> where Bytes.Index == Int {
    var offset = ByteReader(
      bytes, range: (remediesStart + position * 8)..<(remediesStart + remedyCount * 8),
      blocks: blocks)
    let start = try offset.readUInt64LittleEndian()
    guard start >= UInt64(postsEnd), start < UInt64(payloadEnd) else {
      throw FormatError(reason: "remedy \(position) lies outside its segment")
    }
    return ByteReader(bytes, range: Int(start)..<payloadEnd, blocks: blocks)
  }

  /// The name and evidence of the remedy at `position` (below `remedyCount`).
  func remedy<Bytes: RandomAccessCollection<UInt8>>(
    at position: Int, in bytes: Bytes
  ) throws(FormatError) -> (name: String, evidence: RemedyAggregate) where Bytes.Index == Int {
    var reader = try remedyRecord(at: position, in: bytes)
    let name = try reader.readString()
    return (name, try reader.readRemedyAggregate())
  }

  /// The evidence stored for the remedy `name`, nil when the segment's tips do not name it.
  func remedy<Bytes: RandomAccessCollection<UInt8>>(
    named name: String, in bytes: Bytes
  ) throws(FormatError) -> RemedyAggregate? where Bytes.Index == Int {
    guard var record = try remedyRecord(named: name, in: bytes)?.record else { return nil }
    return try record.readRemedyAggregate()
  }

  /// The place in the remedy table, evidence and digest of the remedy `name`, nil when the
  /// segment's tips do not name it.
  func remedyDigest<Bytes: RandomAccessCollection<UInt8>>(
    named name: String, in bytes: Bytes
  ) throws(FormatError) -> (position: Int, evidence: RemedyAggregate, digest: RemedyDigest)?
  where Bytes.Index == Int {
    guard let found = try remedyRecord(named: name, in: bytes) else { return nil }
    var record = found.record
    let evidence = try record.readRemedyAggregate()
    return (
      found.position, evidence,
      try record.readRemedyDigest(tipCount: tipCount, threadCount: threadCount)
    )
  }

  /// The place in the remedy table of the remedy `name` and a reader just past its name.
  private func remedyRecord<Bytes: RandomAccessCollection<UInt8>>(
    named name: String, in bytes: Bytes
  ) throws(FormatError) -> (position: Int, record: ByteReader<Bytes>)?
  where Bytes.Index == Int {
    let key = Array(name.utf8)
    var low = 0
    var high = remedyCount
    while low < high {
      let middle = (low + high) / 2
      var record = try remedyRecord(at: middle, in: bytes)
      let stored = Array(try record.readString().utf8)
      if stored.lexicographicallyPrecedes(key) {
        low = middle + 1
      } else if key.lexicographicallyPrecedes(stored) {
        high = middle
      } else {
        return (middle, record)
      }
    }
    return nil
  }
}
