import TipsCore

/// One thread of a segment as opened: what listings show, where its posts lie (decoded only
/// when asked for), and which of the segment's tips are its.
struct SegmentThread: Sendable {
  var summary: ThreadSummary
  /// The bytes of the thread's posts in the segment file (see `ByteWriter.writePost`).
  var posts: Range<Int>
  /// The CRC-32 of those bytes, which the frame's checksum leaves out.
  var postsCRC32: UInt32
  /// The thread's tips, as local ordinals of the segment.
  var tips: Range<Int>
}

/// What a segment file holds once decoded: the threads with their tips in local ordinal order,
/// each tip's field lengths, and the term dictionary of each field.
struct SegmentContents: Sendable {
  var threads: [SegmentThread]
  var tips: [Tip]
  /// Per tip, in local ordinal order, its length in each field in `IndexField.allCases`
  /// order: `fieldLengths[ordinal * IndexField.allCases.count + field index]`.
  var fieldLengths: [UInt32]
  var dictionaries: [IndexField: TermDictionary]
  var posts: Int
}

/// Encodes and decodes the payload of a segment file (inside `DataFileFrame`).
///
/// ```
/// posts                  per thread, in the order the writer gives, its posts back to back
/// count                  threads
/// per thread:            its summary (see RecordCoding.swift), the byte length of its posts
///                        and their CRC-32 (UInt32 LE), then per tip the tip and, per field
///                        in IndexField order, varint count of the words it is indexed under
/// inverted index         see InvertedIndexBuilder.write
/// ```
/// The posts, most of a segment's bytes, come first and are the frame's cold range (see
/// `DataFileFrame`): a writer streams them to disk as threads come (`SegmentFileWriter`),
/// holding only what follows them; opening reads everything but them, and a thread's posts
/// are checked against its checksum and decoded when it is shown or merged. A tip's local
/// ordinal is its position in this file counting across threads, which is what postings
/// refer to; readers add the segment's base to make it global.
enum SegmentCodec {
  static let fieldCount = IndexField.allCases.count
  /// A post takes at least 8 bytes: number, 2 presence bytes, likes, presence, quote count,
  /// flag, text length.
  static let minimumPostSize = 8

  /// Decodes the payload at `payload` in `bytes`, checking it is consumed exactly and that
  /// the posts are exactly the frame's cold range `cold` (whose bytes are not read).
  static func decode<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, payload: Range<Int>, cold: Range<Int>
  ) throws(FormatError) -> SegmentContents where Bytes.Index == Int {
    guard cold.lowerBound == payload.lowerBound else {
      throw FormatError(reason: "posts do not start the payload")
    }
    var reader = ByteReader(bytes, range: cold.upperBound..<payload.upperBound)
    let threadCount = try reader.readCount(minimumItemSize: 7)
    var threads: [SegmentThread] = []
    threads.reserveCapacity(threadCount)
    var tips: [Tip] = []
    var fieldLengths: [UInt32] = []
    var seen = Set<String>(minimumCapacity: threadCount)
    var posts = 0
    var postsEnd = cold.lowerBound
    for _ in 0..<threadCount {
      let summary = try reader.readSummary()
      guard seen.insert(summary.id).inserted else {
        throw FormatError(reason: "thread '\(summary.id)' appears twice")
      }
      let postBytes = try reader.readLength()
      let postsCRC = try reader.readUInt32LittleEndian()
      guard postBytes <= cold.upperBound - postsEnd else {
        throw FormatError(reason: "thread '\(summary.id)': posts run past their range")
      }
      guard summary.postCount <= postBytes / minimumPostSize else {
        throw FormatError(
          reason: "thread '\(summary.id)': \(summary.postCount) posts in \(postBytes) bytes")
      }
      let first = tips.count
      for _ in 0..<summary.tipCount {
        tips.append(try reader.readTip())
        for _ in 0..<fieldCount {
          let length = try reader.readLength()
          guard length <= Int(UInt32.max) else {
            throw FormatError(reason: "field length \(length) out of range")
          }
          fieldLengths.append(UInt32(length))
        }
      }
      posts += summary.postCount
      threads.append(
        SegmentThread(
          summary: summary, posts: postsEnd..<(postsEnd + postBytes), postsCRC32: postsCRC,
          tips: first..<tips.count))
      postsEnd += postBytes
    }
    guard postsEnd == cold.upperBound else {
      throw FormatError(reason: "posts do not end where the footer says")
    }
    let dictionaries = try TermDictionary.readAll(
      from: &reader, bytes: bytes, tipCount: tips.count)
    guard reader.isAtEnd else {
      throw FormatError(reason: "\(reader.remaining) stray bytes after the index")
    }
    return SegmentContents(
      threads: threads, tips: tips, fieldLengths: fieldLengths, dictionaries: dictionaries,
      posts: posts)
  }

  /// The posts of `thread`, checked and decoded from `bytes`; throws when their checksum
  /// differs or they are not exactly the `postCount` posts its summary records.
  static func posts<Bytes: RandomAccessCollection<UInt8>>(
    of thread: SegmentThread, in bytes: Bytes
  ) throws(FormatError) -> [Post] where Bytes.Index == Int {
    guard CRC32.checksum(bytes[thread.posts]) == thread.postsCRC32 else {
      throw FormatError(reason: "thread '\(thread.summary.id)': checksum mismatch in its posts")
    }
    var reader = ByteReader(bytes, range: thread.posts)
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
