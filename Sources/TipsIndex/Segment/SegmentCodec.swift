import TipsCore

/// What a data file holds once decoded: the threads with their tips, in ordinal order, and
/// the term dictionary of each field.
struct SegmentContents: Sendable {
  var threads: [IndexedThread]
  var dictionaries: [IndexField: TermDictionary]
}

/// Encodes and decodes the payload of a data file (inside `DataFileFrame`).
///
/// ```
/// count                  threads, in the order the writer gives (sorted by id)
/// per thread:            the thread and its posts (see RecordCoding.swift),
///                        count + tips of the thread
/// inverted index         see InvertedIndexBuilder.write
/// ```
/// A tip's ordinal is its position in this file counting across threads, which is what
/// postings refer to. The whole data set is one payload for now: each commit rewrites it.
enum SegmentCodec {
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
        index.add(tip, ordinal: ordinal, threadTitle: entry.thread.title)
        ordinal += 1
      }
    }
    index.write(to: &writer)
    return writer.bytes
  }

  /// Decodes the payload at `payload` in `bytes`, checking it is consumed exactly.
  static func decode(_ bytes: [UInt8], payload: Range<Int>) throws(FormatError) -> SegmentContents {
    var reader = ByteReader(bytes, range: payload)
    let threadCount = try reader.readCount(minimumItemSize: 6)
    var threads: [IndexedThread] = []
    threads.reserveCapacity(threadCount)
    var seen = Set<String>()
    var tipCount = 0
    for _ in 0..<threadCount {
      let thread = try reader.readThread()
      guard seen.insert(thread.id).inserted else {
        throw FormatError(reason: "thread '\(thread.id)' appears twice")
      }
      let count = try reader.readCount(minimumItemSize: 16)
      var tips: [Tip] = []
      tips.reserveCapacity(count)
      for _ in 0..<count { tips.append(try reader.readTip()) }
      tipCount += count
      threads.append(IndexedThread(thread: thread, tips: tips))
    }
    let dictionaries = try TermDictionary.readAll(from: &reader, bytes: bytes, tipCount: tipCount)
    guard reader.isAtEnd else {
      throw FormatError(reason: "\(reader.remaining) stray bytes after the index")
    }
    return SegmentContents(threads: threads, dictionaries: dictionaries)
  }
}
