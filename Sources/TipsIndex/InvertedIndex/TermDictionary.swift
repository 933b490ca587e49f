/// One field's terms, each with where its postings lie in the data file.
///
/// Loaded whole when a reader opens; postings stay encoded until a term is looked up, so
/// opening costs one pass over the dictionary, and a query decodes only the lists it needs.
struct TermDictionary: Sendable {
  struct Entry: Sendable, Hashable {
    /// The encoded postings, as offsets into the data file.
    var postings: Range<Int>
    /// How many tips contain the term (the length of the postings list).
    var count: Int
  }

  private(set) var entries: [String: Entry] = [:]

  var termCount: Int { entries.count }

  /// Reads the dictionaries `InvertedIndexBuilder.write` wrote, checking every postings list
  /// against `tipCount` so that lookups later cannot fail.
  static func readAll(
    from reader: inout ByteReader, bytes: [UInt8], tipCount: Int
  ) throws(FormatError) -> [IndexField: TermDictionary] {
    var dictionaries: [IndexField: TermDictionary] = [:]
    let fieldCount = try reader.readCount(minimumItemSize: 3)
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

  private static func read(
    from reader: inout ByteReader, bytes: [UInt8], tipCount: Int
  ) throws(FormatError) -> TermDictionary {
    let termCount = try reader.readCount(minimumItemSize: 4)
    var pending: [(term: String, count: Int, length: Int)] = []
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
      pending.append((String(decoding: term, as: UTF8.self), count, length))
      previous = term
    }
    let blobLength = try reader.readCount()
    let blobStart = reader.position
    _ = try reader.readBytes(blobLength)
    var dictionary = TermDictionary()
    dictionary.entries.reserveCapacity(pending.count)
    var offset = blobStart
    for (term, count, length) in pending {
      guard length <= blobStart + blobLength - offset else {
        throw FormatError(reason: "postings of '\(term)' run past their block")
      }
      let entry = Entry(postings: offset..<(offset + length), count: count)
      _ = try decodePostings(bytes, entry: entry, tipCount: tipCount)
      dictionary.entries[term] = entry
      offset += length
    }
    guard offset == blobStart + blobLength else {
      throw FormatError(reason: "postings block has \(blobStart + blobLength - offset) stray bytes")
    }
    return dictionary
  }

  /// Decodes one postings list, checking ordinals ascend and stay below `tipCount`.
  static func decodePostings(
    _ bytes: [UInt8], entry: Entry, tipCount: Int
  ) throws(FormatError) -> [Posting] {
    var reader = ByteReader(bytes, range: entry.postings)
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
      postings.append(Posting(tip: tip, frequency: Int(frequency)))
    }
    guard reader.isAtEnd else { throw FormatError(reason: "postings list has stray bytes") }
    return postings
  }
}
