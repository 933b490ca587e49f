import TipsCore

/// One thread of a segment as opened: what listings show, where its full record lies (posts
/// are decoded only when asked for), and which of the segment's tips are its.
struct SegmentThread: Sendable {
  var summary: ThreadSummary
  /// The thread record's bytes in the segment file (see `ByteWriter.writeThread`).
  var record: Range<Int>
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
/// count                  threads, in the order the writer gives
/// per thread:            the thread and its posts (see RecordCoding.swift),
///                        count tips, then per tip the tip and, per field in IndexField
///                        order, varint count of the words it is indexed under
/// inverted index         see InvertedIndexBuilder.write
/// ```
/// A tip's local ordinal is its position in this file counting across threads, which is what
/// postings refer to; readers add the segment's base to make it global.
enum SegmentCodec {
  static let fieldCount = IndexField.allCases.count

  static func encode(_ threads: [IndexedThread]) -> [UInt8] {
    var writer = ByteWriter()
    var index = InvertedIndexBuilder()
    var ordinal = 0
    writer.writeCount(threads.count)
    for entry in threads {
      writer.writeThread(entry.thread)
      writer.writeCount(entry.tips.count)
      for tip in entry.tips {
        writer.writeTip(tip)
        for length in index.add(tip, ordinal: ordinal, threadTitle: entry.thread.title) {
          writer.writeCount(length)
        }
        ordinal += 1
      }
    }
    index.write(to: &writer)
    return writer.bytes
  }

  /// Decodes the payload at `payload` in `bytes`, checking it is consumed exactly.
  static func decode<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, payload: Range<Int>
  ) throws(FormatError) -> SegmentContents where Bytes.Index == Int {
    var reader = ByteReader(bytes, range: payload)
    let threadCount = try reader.readCount(minimumItemSize: 6)
    var threads: [SegmentThread] = []
    threads.reserveCapacity(threadCount)
    var tips: [Tip] = []
    var fieldLengths: [UInt32] = []
    var seen = Set<String>()
    var posts = 0
    for _ in 0..<threadCount {
      let start = reader.position
      let thread = try reader.readThread()
      let record = start..<reader.position
      guard seen.insert(thread.id).inserted else {
        throw FormatError(reason: "thread '\(thread.id)' appears twice")
      }
      let count = try reader.readCount(minimumItemSize: 16 + fieldCount)
      let first = tips.count
      for _ in 0..<count {
        tips.append(try reader.readTip())
        for _ in 0..<fieldCount {
          let length = try reader.readLength()
          guard length <= Int(UInt32.max) else {
            throw FormatError(reason: "field length \(length) out of range")
          }
          fieldLengths.append(UInt32(length))
        }
      }
      posts += thread.posts.count
      threads.append(
        SegmentThread(
          summary: ThreadSummary(
            id: thread.id, title: thread.title, url: thread.url, format: thread.format,
            postCount: thread.posts.count, tipCount: count),
          record: record, tips: first..<tips.count))
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
}
