/// Writes one segment file front to back, a thread at a time (see `SegmentCodec` for the
/// layout).
///
/// Posts go to disk as threads come, so writing a segment, or merging several into one,
/// holds the threads' summaries, tips and term dictionaries in memory but never all their
/// posts: memory does not grow with the text indexed. `finish` writes the rest and the
/// footer and syncs the file; a writer dropped unfinished, or failing to finish, deletes its
/// file.
struct SegmentFileWriter: ~Copyable {
  private let storage: any IndexStorage
  private let file: OpenFile
  private var isOpen = true
  /// Posts not yet written to the file.
  private var pendingPosts = ByteWriter()
  private var postsLength = 0
  /// Everything after the posts but the inverted index, whose terms come at the end.
  private var threadRecords = ByteWriter()
  private var threadCount = 0
  private var index = InvertedIndexBuilder()
  private var ordinal = 0

  /// Posts are written in pieces of about this size.
  private static let flushSize = 1 << 20

  /// Creates the file at `path` (replacing any file there) in `storage` and writes its header.
  init(path: String, storage: any IndexStorage) throws(IndexError) {
    do {
      file = try storage.create(path)
    } catch {
      throw .io(error)
    }
    self.storage = storage
    pendingPosts.writeBytes(DataFileFrame.header(version: IndexFormat.currentVersion))
  }

  deinit {
    guard isOpen else { return }
    try? storage.close(file)
    try? storage.remove(file.path)
  }

  /// Appends a thread; threads must come with distinct ids.
  mutating func add(_ entry: IndexedThread) throws(IndexError) {
    let start = pendingPosts.bytes.count
    for post in entry.thread.posts { pendingPosts.writePost(post) }
    let length = pendingPosts.bytes.count - start
    threadRecords.writeSummary(
      ThreadSummary(
        id: entry.thread.id, title: entry.thread.title, url: entry.thread.url,
        format: entry.thread.format, postCount: entry.thread.posts.count,
        tipCount: entry.tips.count))
    threadRecords.writeCount(length)
    threadRecords.writeUInt32LittleEndian(CRC32.checksum(pendingPosts.bytes[start...]))
    for tip in entry.tips {
      threadRecords.writeTip(tip)
      for length in index.add(tip, ordinal: ordinal, threadTitle: entry.thread.title) {
        threadRecords.writeCount(length)
      }
      ordinal += 1
    }
    postsLength += length
    threadCount += 1
    if pendingPosts.bytes.count >= Self.flushSize { try flushPosts() }
  }

  /// Writes what follows the posts and the footer, syncs and closes the file; returns its
  /// size and the checksum its footer records.
  mutating func finish() throws(IndexError) -> (bytes: Int, crc32: UInt32) {
    try flushPosts()
    var rest = ByteWriter()
    rest.writeCount(threadCount)
    rest.writeBytes(threadRecords.bytes)
    index.write(to: &rest)
    var crc = CRC32()
    crc.update(DataFileFrame.header(version: IndexFormat.currentVersion))
    crc.update(rest.bytes)
    let payloadLength = postsLength + rest.bytes.count
    rest.writeBytes(
      DataFileFrame.footer(
        crc32: crc.value, cold: 0..<postsLength, payloadLength: payloadLength))
    do {
      try storage.write(rest.bytes, to: file)
      try storage.sync(file)
    } catch {
      throw .io(error)
    }
    isOpen = false
    do {
      try storage.close(file)
    } catch {
      // A failed close may have lost data the sync did not report: the file is no good.
      try? storage.remove(file.path)
      throw .io(error)
    }
    return (DataFileFrame.headerSize + payloadLength + DataFileFrame.footerSize, crc.value)
  }

  private mutating func flushPosts() throws(IndexError) {
    do {
      try storage.write(pendingPosts.bytes, to: file)
    } catch {
      throw .io(error)
    }
    pendingPosts = ByteWriter()
  }
}
