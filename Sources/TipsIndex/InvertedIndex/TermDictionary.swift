/// One field's terms in one segment, each with where its postings and positions lie in the
/// segment's file.
///
/// Loaded whole when a segment opens; postings stay encoded until a term is looked up, so
/// opening costs one pass over the dictionary, and a query decodes only the lists it needs.
struct TermDictionary: Sendable {
  struct Entry: Sendable, Hashable {
    /// The encoded postings, as offsets into the data file.
    var postings: Range<Int>
    /// The encoded positions of those postings, as offsets into the data file.
    var positions: Range<Int>
    /// How many tips of the segment contain the term (the length of the postings list).
    var count: Int
  }

  private(set) var entries: [String: Entry] = [:]

  var termCount: Int { entries.count }

  /// Reads the dictionaries `InvertedIndexBuilder.write` wrote, checking every postings list
  /// and its positions against `tipCount` so that lookups later cannot fail.
  static func readAll<Bytes>(
    from reader: inout ByteReader<Bytes>, bytes: Bytes, tipCount: Int
  ) throws(FormatError) -> [IndexField: TermDictionary] {
    var dictionaries: [IndexField: TermDictionary] = [:]
    let fieldCount = try reader.readCount(minimumItemSize: 4)
    for _ in 0..<fieldCount {
      let raw = try reader.readUInt8()
      guard let field = IndexField(rawValue: raw) else {
        throw FormatError(reason: "unknown index field \(raw)")
      }
      guard dictionaries[field] == nil else {
        throw FormatError(reason: "index field \(raw) appears twice")
      }
      dictionaries[field] = try read(from: &reader, bytes: bytes, tipCount: tipCount)
    }
    return dictionaries
  }

  private static func read<Bytes>(
    from reader: inout ByteReader<Bytes>, bytes: Bytes, tipCount: Int
  ) throws(FormatError) -> TermDictionary {
    let termCount = try reader.readCount(minimumItemSize: 5)
    var pending: [(term: String, count: Int, length: Int, positionsLength: Int)] = []
    pending.reserveCapacity(termCount)
    var previous: [UInt8] = []
    for _ in 0..<termCount {
      let shared = try reader.readLength()
      guard shared <= previous.count else {
        throw FormatError(reason: "term shares \(shared) bytes with a shorter term")
      }
      let suffixLength = try reader.readCount()
      let term = Array(previous[0..<shared]) + (try reader.readBytes(suffixLength))
      guard previous.isEmpty || previous.lexicographicallyPrecedes(term) else {
        throw FormatError(reason: "term dictionary is not sorted")
      }
      let count = try reader.readLength()
      let length = try reader.readLength()
      let positionsLength = try reader.readLength()
      pending.append((String(decoding: term, as: UTF8.self), count, length, positionsLength))
      previous = term
    }
    let postingsBlob = try readBlob(from: &reader)
    let positionsBlob = try readBlob(from: &reader)
    var dictionary = TermDictionary()
    dictionary.entries.reserveCapacity(pending.count)
    var offset = postingsBlob.lowerBound
    var positionsOffset = positionsBlob.lowerBound
    for (term, count, length, positionsLength) in pending {
      guard length <= postingsBlob.upperBound - offset,
        positionsLength <= positionsBlob.upperBound - positionsOffset
      else {
        throw FormatError(reason: "postings of '\(term)' run past their block")
      }
      let entry = Entry(
        postings: offset..<(offset + length),
        positions: positionsOffset..<(positionsOffset + positionsLength), count: count)
      _ = try decodePostings(bytes, entry: entry, tipCount: tipCount, positions: true)
      dictionary.entries[term] = entry
      offset += length
      positionsOffset += positionsLength
    }
    guard offset == postingsBlob.upperBound, positionsOffset == positionsBlob.upperBound else {
      throw FormatError(reason: "postings block has stray bytes")
    }
    return dictionary
  }

  /// A count, then that many bytes; returns where they lie.
  private static func readBlob<Bytes>(
    from reader: inout ByteReader<Bytes>
  ) throws(FormatError) -> Range<Int> {
    let length = try reader.readCount()
    let start = reader.position
    _ = try reader.readBytes(length)
    return start..<(start + length)
  }

  /// Decodes one postings list, checking ordinals ascend and stay below `tipCount`, and, when
  /// `positions` is true, the positions of each posting (ascending, one per occurrence).
  ///
  /// Without `positions` the positions block is not read and `Posting.positions` is empty.
  static func decodePostings<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, entry: Entry, tipCount: Int, positions: Bool
  ) throws(FormatError) -> [Posting] where Bytes.Index == Int {
    var reader = ByteReader(bytes, range: entry.postings)
    var positionsReader = ByteReader(bytes, range: entry.positions)
    var postings: [Posting] = []
    postings.reserveCapacity(min(entry.count, entry.postings.count / 2))
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
      var posting = Posting(tip: tip, frequency: Int(frequency))
      if positions {
        guard frequency <= UInt64(positionsReader.remaining) else {
          throw FormatError(reason: "positions run past their block")
        }
        posting.positions.reserveCapacity(Int(frequency))
        var position: UInt64 = 0
        for occurrence in 0..<Int(frequency) {
          let gap = try positionsReader.readVarUInt()
          guard occurrence == 0 || gap > 0 else {
            throw FormatError(reason: "positions out of order")
          }
          position += gap
          guard position <= UInt64(UInt32.max) else {
            throw FormatError(reason: "position \(position) out of range")
          }
          posting.positions.append(UInt32(position))
        }
      }
      postings.append(posting)
    }
    guard reader.isAtEnd, !positions || positionsReader.isAtEnd else {
      throw FormatError(reason: "postings list has stray bytes")
    }
    return postings
  }
}
