import TipsCore

/// One segment file, mapped and checked: the threads one commit (or one merge) wrote.
///
/// Immutable, like the file: deletions live in the manifest, not here. Copies share the one
/// mapping, which is released when the last copy is dropped. A segment holds its tables only
/// (`SegmentTable`), and decodes a thread or tip when asked for it; a writer checks the whole
/// of a segment it wrote, and of one it is about to merge (`checkWhole()`), and decodes all of
/// it again (`contents()`) only to merge it, so a long add holds no staged segment's tips in
/// memory, and an add to a large index does not read the segments it leaves as they are.
final class Segment: Sendable {
  /// The file's name in the index folder.
  let name: String
  let bytes: MappedBytes
  let table: SegmentTable
  /// The checksum the file's footer records (and checked).
  let crc32: UInt32
  /// Names the file in errors.
  let path: String

  /// Checks the frame of `bytes` and reads its tables; with `decodingAll`, also checks the
  /// whole file (`checkWhole()`). `path` names the file in errors.
  init(name: String, bytes: MappedBytes, path: String, decodingAll: Bool = true)
    throws(IndexError)
  {
    let frame = try DataFileFrame.unframe(bytes, path: path)
    self.crc32 = frame.crc32
    self.path = path
    do {
      table = try SegmentTable(bytes, payload: frame.payload, cold: frame.cold)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
    self.name = name
    self.bytes = bytes
    if decodingAll { try checkWhole() }
  }

  /// Checks every block, decodes every thread and tip and checks every postings list, and
  /// returns what it decoded (`contents()`): a writer builds only on what it checked this way.
  @discardableResult
  func checkWhole() throws(IndexError) -> SegmentContents {
    let contents: SegmentContents
    do {
      try table.blocks.checkAll(in: bytes)
      contents = try SegmentCodec.decode(bytes, table: table)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
    // The check touched every page; a writer reads them again only to merge, so an add of
    // gigabytes does not keep the segments it wrote and checked resident.
    releasePages()
    return contents
  }

  /// Drops the file's pages from this process's memory; they are read again if touched.
  func releasePages() { bytes.file.releasePages(in: 0..<bytes.count) }

  /// Every thread and tip, decoded now.
  func contents() throws(IndexError) -> SegmentContents {
    do {
      return try SegmentCodec.decode(bytes, table: table)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The summary, posts' location and tips of every thread, in order, decoded now.
  ///
  /// Thread entries lie among the tips, so reading them all touches most of the file; its
  /// pages are released after, as a writer (the one caller) reads them again only to merge.
  func threadEntries() throws(IndexError) -> [SegmentThread] {
    var entries: [SegmentThread] = []
    entries.reserveCapacity(table.threadCount)
    for position in 0..<table.threadCount { entries.append(try thread(entryAt: position)) }
    releasePages()
    return entries
  }

  var threadCount: Int { table.threadCount }
  var tipCount: Int { table.tipCount }
  var postCount: Int { table.postCount }

  /// The summary, posts' location and tips of the thread at `position`.
  func thread(entryAt position: Int) throws(IndexError) -> SegmentThread {
    do {
      return try table.thread(position, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The position of the thread with `id`, nil when the segment has none.
  func position(ofThread id: String) throws(IndexError) -> Int? {
    do {
      return try table.position(ofThread: id, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The tip with local ordinal `ordinal`.
  func tip(at ordinal: Int) throws(IndexError) -> Tip {
    do {
      return try table.tip(ordinal, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The full thread at `position` in this segment, posts included.
  ///
  /// Throws `.corrupt` when the posts' bytes no longer match their checksum: opening does
  /// not read them.
  func thread(at position: Int) throws(IndexError) -> Thread {
    let entry = try thread(entryAt: position)
    let summary = entry.summary
    do {
      return Thread(
        id: summary.id, title: summary.title, url: summary.url, format: summary.format,
        posts: try SegmentCodec.posts(of: entry, in: bytes))
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The postings of `term` in `field`, by local ordinal.
  func postings(
    field: IndexField, term: String, positions: Bool
  ) throws(IndexError) -> [Posting] {
    try decoding(term, in: field, absent: []) { dictionary, entry throws(FormatError) in
      try dictionary.decodePostings(bytes, entry: entry, tipCount: tipCount, positions: positions)
    }
  }

  /// The local ordinals of the tips holding `term` in `field`, ascending.
  func tips(holding term: String, in field: IndexField) throws(IndexError) -> [Int] {
    try decoding(term, in: field, absent: []) { dictionary, entry throws(FormatError) in
      try dictionary.decodeTips(bytes, entry: entry, tipCount: tipCount)
    }
  }

  /// The postings of `term` in `field` with their positions in one array, by local ordinal;
  /// only those of `onlyTips` (ascending) where given.
  func positionedPostings(
    field: IndexField, term: String, onlyTips: [Int]? = nil
  ) throws(IndexError) -> PositionedPostings {
    try decoding(term, in: field, absent: PositionedPostings()) {
      dictionary, entry throws(FormatError) in
      try dictionary.decodePositioned(
        bytes, entry: entry, tipCount: tipCount, onlyTips: onlyTips)
    }
  }

  /// What `decode` reads of the postings of `term` in `field`, `absent` where the segment
  /// has no such term; damage names this file.
  private func decoding<Decoded>(
    _ term: String, in field: IndexField, absent: Decoded,
    _ decode: (TermDictionary, TermDictionary.Entry) throws(FormatError) -> Decoded
  ) throws(IndexError) -> Decoded {
    do {
      guard let dictionary = table.dictionaries[field],
        let entry = try dictionary.entry(for: term, in: bytes)
      else {
        return absent
      }
      return try decode(dictionary, entry)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The terms of `field` starting with the byte `first` and as many bytes long as
  /// `lengths` allows, each with how many of the segment's tips hold it, deleted ones
  /// included.
  func terms(in field: IndexField, startingWith first: UInt8, lengths: ClosedRange<Int>)
    throws(IndexError) -> [(term: String, count: Int)]
  {
    do {
      guard let dictionary = table.dictionaries[field] else { return [] }
      return try dictionary.terms(startingWith: first, lengths: lengths, in: bytes).map {
        (String(decoding: $0.term, as: UTF8.self), $0.count)
      }
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// How many of this segment's tips contain `term` in `field`, deleted ones included.
  func documentFrequency(field: IndexField, term: String) throws(IndexError) -> Int {
    do {
      return try table.dictionaries[field]?.entry(for: term, in: bytes)?.count ?? 0
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The evidence the segment stores for the remedy `name` (all its threads, deleted ones
  /// included), nil when none of its tips name it.
  func remedy(named name: String) throws(IndexError) -> RemedyAggregate? {
    do {
      return try table.remedy(named: name, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The name and evidence of the remedy at `position` in the segment's remedy table.
  func remedy(at position: Int) throws(IndexError) -> (name: String, evidence: RemedyAggregate) {
    do {
      return try table.remedy(at: position, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The place in the remedy table, evidence and digest the segment stores for the remedy
  /// `name` (all its threads, deleted ones included), nil when none of its tips name it.
  func remedyDigest(named name: String) throws(IndexError)
    -> (position: Int, evidence: RemedyAggregate, digest: RemedyDigest)?
  {
    do {
      return try table.remedyDigest(named: name, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The place in the segment's remedy table of the remedy of the tip with local ordinal
  /// `ordinal`.
  func remedyPosition(ofTip ordinal: Int) throws(IndexError) -> Int {
    do {
      return try table.remedyPosition(ofTip: ordinal, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The places in the segment's remedy table of the remedies of the tips with local
  /// ordinals `ordinals`, which ascend.
  func remedyPositions(ofTips ordinals: some Sequence<Int>) throws(IndexError) -> [Int] {
    do {
      return try table.remedyPositions(ofTips: ordinals, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// How many tips right after local ordinal `ordinal` hold nothing in `field`.
  func emptyRun(after ordinal: Int, field: IndexField) throws(IndexError) -> Int {
    do {
      return try table.emptyRun(after: ordinal, slot: field.slot, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The name of the remedy at `position` in the segment's remedy table.
  func remedyName(at position: Int) throws(IndexError) -> String {
    do {
      return try table.remedyName(at: position, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The length of the tip with local ordinal `ordinal` in `field`.
  func fieldLength(ordinal: Int, field: IndexField) throws(IndexError) -> Int {
    do {
      return try table.fieldLength(ordinal, slot: field.slot, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }
}

extension Segment {
  /// The lengths in `field` of the tips with local ordinals `ordinals`, which ascend.
  func fieldLengths(ordinals: some Sequence<Int>, field: IndexField) throws(IndexError) -> [Int] {
    do {
      return try table.fieldLengths(ordinals, slot: field.slot, in: bytes)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }
}

extension IndexField {
  /// The field's place in `IndexField.allCases`, where per-tip field lengths are stored.
  var slot: Int { Self.slots[Int(rawValue)] }

  private static let slots: [Int] = {
    var slots = Array(repeating: 0, count: Int(allCases.map(\.rawValue).max() ?? 0) + 1)
    for (slot, field) in allCases.enumerated() { slots[Int(field.rawValue)] = slot }
    return slots
  }()
}
