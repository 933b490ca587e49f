import TipsCore

/// One thread of a segment as opened: what listings show, where its posts lie (decoded only
/// when asked for), and which of the segment's tips are its.
struct SegmentThread: Sendable {
  var summary: ThreadSummary
  /// The bytes of the thread's posts in the segment file, deflated (see `Zlib`).
  var posts: Range<Int>
  /// How many bytes they inflate to (see `ByteWriter.writePost`).
  var postsLength: Int
  /// The CRC-32 of those bytes, which the frame's checksum leaves out.
  var postsCRC32: UInt32
  /// The thread's tips, as local ordinals of the segment.
  var tips: Range<Int>
  /// The names of the red flags its title and posts mention; nil when the writer could not
  /// read the shipped list.
  var redFlags: [String]?
}

/// What a segment file holds once decoded: the threads with their tips in local ordinal order,
/// each tip's field lengths, and the term dictionary of each field. A writer decodes its
/// segments whole, to merge them; a reader decodes only what it shows (`SegmentTable`).
struct SegmentContents: Sendable {
  var threads: [SegmentThread]
  var tips: [Tip]
  /// Per tip, in local ordinal order, its length in each field in `IndexField.allCases`
  /// order: `fieldLengths[ordinal * IndexField.allCases.count + field index]`.
  var fieldLengths: [UInt32]
  var posts: Int
}

/// Encodes and decodes the payload of a segment file (inside `DataFileFrame`).
///
/// ```
/// posts                  per thread, in the order the writer gives, its posts back to back,
///                        deflated together (zlib)
/// count                  threads
/// per thread:            its summary (see RecordCoding.swift), the byte length of its posts
///                        deflated and inflated, their CRC-32 (UInt32 LE), then its tips
/// inverted index         per field, its term dictionary and postings (see TermDictionary)
/// tables                 fixed-size offsets and field lengths (see SegmentTable)
/// block checksums        one CRC-32 per 4 KiB from the thread count on, and the posts' end
/// ```
/// The posts, most of a segment's bytes, come first and are the frame's cold range (see
/// `DataFileFrame`): a writer streams them to disk as threads come (`SegmentFileWriter`),
/// holding only what follows them; opening reads only the tables' fixed header, and a
/// thread's summary, tips or posts are decoded when it is shown or merged, its posts checked
/// against their checksum then. A tip's local ordinal is its position in this file counting
/// across threads, which is what postings refer to; readers add the segment's base to make
/// it global.
enum SegmentCodec {
  static let fieldCount = IndexField.allCases.count
  /// A post takes at least 8 bytes: number, 2 presence bytes, likes, presence, quote count,
  /// flag, text length.
  static let minimumPostSize = 8

  /// Decodes every thread and tip through `table`, checking ids are distinct, threads lie in
  /// order and every postings list is well formed (the posts' bytes are not read).
  static func decode<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, table: SegmentTable
  ) throws(FormatError) -> SegmentContents where Bytes.Index == Int {
    var threads: [SegmentThread] = []
    threads.reserveCapacity(table.threadCount)
    var tips: [Tip] = []
    tips.reserveCapacity(table.tipCount)
    var fieldLengths: [UInt32] = []
    var seen = Set<String>(minimumCapacity: table.threadCount)
    var posts = 0
    for position in 0..<table.threadCount {
      let thread = try table.thread(position, in: bytes)
      guard seen.insert(thread.summary.id).inserted else {
        throw FormatError(reason: "thread '\(thread.summary.id)' appears twice")
      }
      guard thread.tips.lowerBound == tips.count,
        thread.posts.lowerBound == (threads.last?.posts.upperBound ?? thread.posts.lowerBound)
      else {
        throw FormatError(reason: "thread '\(thread.summary.id)' is out of place")
      }
      for ordinal in thread.tips {
        tips.append(try table.tip(ordinal, in: bytes))
        for slot in 0..<fieldCount {
          fieldLengths.append(UInt32(try table.fieldLength(ordinal, slot: slot, in: bytes)))
        }
      }
      posts += thread.summary.postCount
      threads.append(thread)
    }
    guard tips.count == table.tipCount, posts == table.postCount else {
      throw FormatError(reason: "tables' counts differ from the threads'")
    }
    // The table of ids a reader binary-searches must order every thread once, by id.
    var previous: [UInt8]? = nil
    var listed = Set<Int>(minimumCapacity: threads.count)
    for rank in 0..<threads.count {
      let position = try table.position(byIDRank: rank, in: bytes)
      let id = Array(threads[position].summary.id.utf8)
      guard listed.insert(position).inserted,
        previous.map({ $0.lexicographicallyPrecedes(id) }) ?? true
      else {
        throw FormatError(reason: "thread table is not ordered by id")
      }
      previous = id
    }
    for dictionary in table.dictionaries.values {
      try dictionary.check(bytes, tipCount: tips.count)
    }
    return SegmentContents(threads: threads, tips: tips, fieldLengths: fieldLengths, posts: posts)
  }

  /// The posts of `thread`, checked and decoded from `bytes`; throws when their checksum
  /// differs or they are not exactly the `postCount` posts its summary records.
  static func posts<Bytes: RandomAccessCollection<UInt8>>(
    of thread: SegmentThread, in bytes: Bytes
  ) throws(FormatError) -> [Post] where Bytes.Index == Int {
    guard CRC32.checksum(bytes[thread.posts]) == thread.postsCRC32 else {
      throw FormatError(reason: "thread '\(thread.summary.id)': checksum mismatch in its posts")
    }
    let inflated = try Zlib.decompressed(bytes[thread.posts], count: thread.postsLength)
    var reader = ByteReader(inflated)
    var posts: [Post] = []
    posts.reserveCapacity(thread.summary.postCount)
    for _ in 0..<thread.summary.postCount {
      posts.append(try reader.readPost(ofThread: thread.summary.id))
    }
    guard reader.isAtEnd else {
      throw FormatError(reason: "thread '\(thread.summary.id)': stray bytes after its posts")
    }
    return posts
  }
}
