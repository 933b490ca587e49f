/// One field's terms in one segment, searched in place in the mapped file.
///
/// ```
/// UInt8                       field raw value
/// UInt64 LE × 4               terms, term bytes, postings bytes, positions bytes
/// per term, sorted by UTF-8:  UInt32 LE term offset, UInt32 LE term length,
///                             UInt32 LE postings count, UInt64 LE postings offset,
///                             UInt64 LE positions offset (each offset into its block)
/// term bytes                  the terms back to back
/// postings                    per posting varint ordinal gap (the first: the ordinal),
///                             varint frequency
/// positions                   per posting, `frequency` varint position gaps
/// ```
/// A term's postings end where the next term's begin. Fixed-size entries let a lookup
/// binary-search the terms with a few reads of the mapping, so opening a segment reads only
/// the few numbers above, whatever the number of terms: what a query does not ask for is
/// never touched.
struct TermDictionary: Sendable {
  struct Entry: Sendable, Hashable {
    /// The encoded postings, as offsets into the data file.
    var postings: Range<Int>
    /// The encoded positions of those postings, as offsets into the data file.
    var positions: Range<Int>
    /// How many tips of the segment contain the term (the length of the postings list).
    var count: Int
  }

  static let headerSize = 33
  static let entrySize = 28

  var field: IndexField
  var termCount: Int
  /// Checks the blocks the dictionary's reads touch; nil for bytes checked whole.
  private var blocks: BlockChecksums?
  private var entriesStart: Int
  private var termsStart: Int
  private var postingsStart: Int
  private var positionsStart: Int
  private var positionsEnd: Int

  /// The bytes the dictionary takes, from `start`.
  var end: Int { positionsEnd }

  /// Reads the dictionary's header at `start`, checking its blocks lie within `limit` and,
  /// given `blocks`, each block of the file it reads against its checksum.
  init<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, at start: Int, limit: Int, blocks: BlockChecksums? = nil
  ) throws(FormatError) where Bytes.Index == Int {
    self.blocks = blocks
    var reader = ByteReader(bytes, range: start..<limit, blocks: blocks)
    let raw = try reader.readUInt8()
    guard let field = IndexField(rawValue: raw) else {
      throw FormatError(reason: "unknown index field \(raw)")
    }
    var sizes: [Int] = []
    for _ in 0..<4 {
      let size = try reader.readUInt64LittleEndian()
      guard size <= UInt64(limit) else { throw FormatError(reason: "term dictionary too large") }
      sizes.append(Int(size))
    }
    self.field = field
    termCount = sizes[0]
    entriesStart = reader.position
    guard termCount <= (limit - entriesStart) / Self.entrySize else {
      throw FormatError(reason: "term dictionary runs past its file")
    }
    termsStart = entriesStart + termCount * Self.entrySize
    guard sizes[1] <= limit - termsStart else {
      throw FormatError(reason: "term dictionary runs past its file")
    }
    postingsStart = termsStart + sizes[1]
    guard sizes[2] <= limit - postingsStart else {
      throw FormatError(reason: "postings run past their file")
    }
    positionsStart = postingsStart + sizes[2]
    guard sizes[3] <= limit - positionsStart else {
      throw FormatError(reason: "positions run past their file")
    }
    positionsEnd = positionsStart + sizes[3]
  }

  /// The entry of `term`, nil when the field has no such term.
  func entry<Bytes: RandomAccessCollection<UInt8>>(
    for term: String, in bytes: Bytes
  ) throws(FormatError) -> Entry? where Bytes.Index == Int {
    let key = Array(term.utf8)
    var low = 0
    var high = termCount
    while low < high {
      let middle = (low + high) / 2
      let stored = try self.term(middle, in: bytes)
      if stored.lexicographicallyPrecedes(key) {
        low = middle + 1
      } else if key.lexicographicallyPrecedes(stored) {
        high = middle
      } else {
        return try entry(at: middle, in: bytes)
      }
    }
    return nil
  }

  /// The terms whose first byte is `first` and whose length in bytes is within `lengths`, in
  /// order, each with how many tips hold it: the words a misspelling that keeps its first
  /// letter could stand for. Found by binary search, so only that run of the dictionary is
  /// read, and a term of another length is passed over before its entry is.
  func terms<Bytes: RandomAccessCollection<UInt8>>(
    startingWith first: UInt8, lengths: ClosedRange<Int>, in bytes: Bytes
  ) throws(FormatError) -> [(term: Bytes.SubSequence, count: Int)] where Bytes.Index == Int {
    var low = 0
    var high = termCount
    while low < high {
      let middle = (low + high) / 2
      if (try self.term(middle, in: bytes).first ?? 0) < first {
        low = middle + 1
      } else {
        high = middle
      }
    }
    var result: [(term: Bytes.SubSequence, count: Int)] = []
    for index in low..<termCount {
      let term = try self.term(index, in: bytes)
      guard term.first == first else { break }
      guard lengths.contains(term.count) else { continue }
      result.append((term, try offsets(at: index, in: bytes).count))
    }
    return result
  }

  /// Every term with its entry, in order; for stats and tests that walk the whole index.
  func entries<Bytes: RandomAccessCollection<UInt8>>(
    in bytes: Bytes
  ) throws(FormatError) -> [(term: String, entry: Entry)] where Bytes.Index == Int {
    var result: [(term: String, entry: Entry)] = []
    result.reserveCapacity(termCount)
    for index in 0..<termCount {
      let text = String(decoding: try term(index, in: bytes), as: UTF8.self)
      result.append((text, try entry(at: index, in: bytes)))
    }
    return result
  }

  /// Checks every entry and postings list against `tipCount`: what a writer does with a file
  /// it has just written, so a bug in either direction fails before the file is named.
  func check<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, tipCount: Int
  ) throws(FormatError) where Bytes.Index == Int {
    var previous: [UInt8]? = nil
    for (term, entry) in try entries(in: bytes) {
      let current = Array(term.utf8)
      if let previous, !previous.lexicographicallyPrecedes(current) {
        throw FormatError(reason: "term dictionary is not sorted")
      }
      previous = current
      _ = try decodePostings(bytes, entry: entry, tipCount: tipCount, positions: true)
    }
  }

  /// The bytes of the `index`-th term.
  private func term<Bytes: RandomAccessCollection<UInt8>>(
    _ index: Int, in bytes: Bytes
  ) throws(FormatError) -> Bytes.SubSequence where Bytes.Index == Int {
    let (start, length) = try termLocation(index, in: bytes)
    var reader = ByteReader(bytes, range: start..<(start + length), blocks: blocks)
    return try reader.readBytes(length)
  }

  private func termLocation<Bytes: RandomAccessCollection<UInt8>>(
    _ index: Int, in bytes: Bytes
  ) throws(FormatError) -> (start: Int, length: Int) where Bytes.Index == Int {
    var reader = ByteReader(
      bytes, range: (entriesStart + index * Self.entrySize)..<termsStart, blocks: blocks)
    let offset = Int(try reader.readUInt32LittleEndian())
    let length = Int(try reader.readUInt32LittleEndian())
    guard offset <= postingsStart - termsStart, length <= postingsStart - termsStart - offset
    else {
      throw FormatError(reason: "term runs past its block")
    }
    return (termsStart + offset, length)
  }

  private func entry<Bytes: RandomAccessCollection<UInt8>>(
    at index: Int, in bytes: Bytes
  ) throws(FormatError) -> Entry where Bytes.Index == Int {
    let (postings, positions, count) = try offsets(at: index, in: bytes)
    let (nextPostings, nextPositions) =
      index + 1 < termCount
      ? try { () throws(FormatError) -> (Int, Int) in
        let next = try offsets(at: index + 1, in: bytes)
        return (next.postings, next.positions)
      }()
      : (positionsStart - postingsStart, positionsEnd - positionsStart)
    guard postings <= nextPostings, nextPostings <= positionsStart - postingsStart,
      positions <= nextPositions, nextPositions <= positionsEnd - positionsStart
    else {
      throw FormatError(reason: "postings run past their block")
    }
    return Entry(
      postings: (postingsStart + postings)..<(postingsStart + nextPostings),
      positions: (positionsStart + positions)..<(positionsStart + nextPositions), count: count)
  }

  private func offsets<Bytes: RandomAccessCollection<UInt8>>(
    at index: Int, in bytes: Bytes
  ) throws(FormatError) -> (postings: Int, positions: Int, count: Int) where Bytes.Index == Int {
    var reader = ByteReader(
      bytes, range: (entriesStart + index * Self.entrySize + 8)..<termsStart, blocks: blocks)
    let count = Int(try reader.readUInt32LittleEndian())
    let postings = try reader.readUInt64LittleEndian()
    let positions = try reader.readUInt64LittleEndian()
    guard postings <= UInt64(Int.max), positions <= UInt64(Int.max) else {
      throw FormatError(reason: "postings run past their block")
    }
    return (Int(postings), Int(positions), count)
  }

  /// Decodes one postings list, checking ordinals ascend and stay below `tipCount`, and, when
  /// `positions` is true, the positions of each posting (ascending, one per occurrence).
  ///
  /// Without `positions` the positions block is not read and `Posting.positions` is empty.
  func decodePostings<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, entry: Entry, tipCount: Int, positions: Bool
  ) throws(FormatError) -> [Posting] where Bytes.Index == Int {
    if positions {
      return try decodePositioned(bytes, entry: entry, tipCount: tipCount).postings
    }
    var postings: [Posting] = []
    postings.reserveCapacity(min(entry.count, entry.postings.count / 2))
    try walkPostings(bytes, entry: entry, tipCount: tipCount) { tip, frequency in
      postings.append(Posting(tip: tip, frequency: frequency))
    }
    return postings
  }

  /// The ordinals of one postings list alone, checked as `decodePostings` checks: what
  /// matching a phrase's words by tip needs.
  func decodeTips<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, entry: Entry, tipCount: Int
  ) throws(FormatError) -> [Int] where Bytes.Index == Int {
    var tips: [Int] = []
    tips.reserveCapacity(entry.count)
    try walkPostings(bytes, entry: entry, tipCount: tipCount) { tip, _ in tips.append(tip) }
    return tips
  }

  /// One postings list with its positions, laid end to end in one array rather than an array
  /// per posting: a phrase's words are matched by walking two of these, and a hot word's
  /// thousands of postings then cost no allocation each. Checked as `decodePostings` checks;
  /// with `onlyTips`, only those tips' positions are kept (a phrase's words are first matched
  /// by tip, so the positions of a common word are gathered only where the rarer ones stand).
  func decodePositioned<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, entry: Entry, tipCount: Int, onlyTips: [Int]? = nil
  ) throws(FormatError) -> PositionedPostings where Bytes.Index == Int {
    var positionsReader = ByteReader(bytes, range: entry.positions, blocks: blocks)
    var result = PositionedPostings()
    let kept = onlyTips.map { min($0.count, entry.count) } ?? entry.count
    result.tips.reserveCapacity(kept)
    result.ends.reserveCapacity(kept)
    var wanted = 0
    try walkPostings(bytes, entry: entry, tipCount: tipCount) {
      (tip, frequency) throws(FormatError) in
      var isKept = true
      if let onlyTips {
        while wanted < onlyTips.count && onlyTips[wanted] < tip { wanted += 1 }
        isKept = wanted < onlyTips.count && onlyTips[wanted] == tip
      }
      guard frequency <= positionsReader.remaining else {
        throw FormatError(reason: "positions run past their block")
      }
      // Positions of a tip not kept are read past, still checked.
      var position: UInt64 = 0
      for occurrence in 0..<frequency {
        let gap = try positionsReader.readVarUInt()
        guard occurrence == 0 || gap > 0 else {
          throw FormatError(reason: "positions out of order")
        }
        position += gap
        guard position <= UInt64(UInt32.max) else {
          throw FormatError(reason: "position \(position) out of range")
        }
        if isKept { result.positions.append(UInt32(position)) }
      }
      if isKept {
        result.tips.append(tip)
        result.ends.append(result.positions.count)
      }
    }
    guard positionsReader.isAtEnd else {
      throw FormatError(reason: "postings list has stray bytes")
    }
    return result
  }

  /// Calls `body` with each posting's ordinal and frequency, checking that ordinals ascend
  /// and stay below `tipCount`.
  private func walkPostings<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, entry: Entry, tipCount: Int,
    _ body: (_ tip: Int, _ frequency: Int) throws(FormatError) -> Void
  ) throws(FormatError) where Bytes.Index == Int {
    var reader = ByteReader(bytes, range: entry.postings, blocks: blocks)
    var tip = 0
    for index in 0..<entry.count {
      let gap = try reader.readVarUInt()
      guard index == 0 || gap > 0 else {
        throw FormatError(reason: "postings list out of order")
      }
      guard gap < UInt64(tipCount - tip) else {
        throw FormatError(reason: "posting names a tip past the last one")
      }
      tip += Int(gap)
      let frequency = try reader.readVarUInt()
      guard frequency > 0, frequency <= UInt64(Int.max) else {
        throw FormatError(reason: "posting frequency \(frequency) out of range")
      }
      try body(tip, Int(frequency))
    }
    guard reader.isAtEnd else {
      throw FormatError(reason: "postings list has stray bytes")
    }
  }
}
