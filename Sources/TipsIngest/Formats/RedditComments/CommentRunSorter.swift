import Foundation

/// Sorts comment entries by thread with bounded memory: an external merge sort.
///
/// Entries gather in a buffer of at most `bufferBytes`; a full buffer is sorted and written
/// to a run file (one JSON entry per line) in a temporary folder, and the sorted runs are
/// merged at the end, reading one entry of each at a time. Input that fits one buffer never
/// touches the disk. Memory is the buffer plus one line per run; the folder is removed when
/// the sorter goes away.
final class CommentRunSorter {
  private let bufferBytes: Int
  private var buffer: [CommentEntry] = []
  private var bufferedBytes = 0
  private var folder: String?
  private var runs: [String] = []
  private var heads: [(reader: LineReader, entry: CommentEntry, run: String)] = []
  private var sortedBuffer: IndexingIterator<[CommentEntry]>?

  /// The longest line a run holds: an entry is at most a 64 KB line, which JSON escaping
  /// can grow a few times over.
  private static let maximumRunLine = 1 << 20

  init(bufferBytes: Int) {
    self.bufferBytes = bufferBytes
  }

  deinit {
    if let folder { try? FileManager.default.removeItem(atPath: folder) }
  }

  /// Number of sorted runs written to disk so far.
  var runCount: Int { runs.count }

  func add(_ entry: CommentEntry) throws(IngestError) {
    buffer.append(entry)
    bufferedBytes += entry.byteCount
    if bufferedBytes >= bufferBytes { try spill() }
  }

  /// Ends the input: what `next()` hands out from now on is sorted.
  func finish() throws(IngestError) {
    guard !runs.isEmpty else {
      sortedBuffer = buffer.sorted(by: CommentEntry.precedes).makeIterator()
      buffer = []
      return
    }
    if !buffer.isEmpty { try spill() }
    for run in runs {
      let reader = try LineReader(path: run, maximumLength: Self.maximumRunLine)
      if let entry = try Self.entry(from: reader, run: run) { heads.append((reader, entry, run)) }
    }
  }

  /// The next entry in thread order; nil after the last.
  func next() throws(IngestError) -> CommentEntry? {
    if sortedBuffer != nil { return sortedBuffer?.next() }
    guard !heads.isEmpty else { return nil }
    var smallest = 0
    for index in heads.indices.dropFirst()
    where CommentEntry.precedes(heads[index].entry, heads[smallest].entry) {
      smallest = index
    }
    let entry = heads[smallest].entry
    let head = heads[smallest]
    if let following = try Self.entry(from: head.reader, run: head.run) {
      heads[smallest].entry = following
    } else {
      heads.remove(at: smallest)
    }
    return entry
  }

  private func spill() throws(IngestError) {
    var folder = self.folder ?? ""
    if self.folder == nil { folder = try makeFolder() }
    let path = folder + "/run-\(runs.count)"
    let encoder = JSONEncoder()
    var bytes: [UInt8] = []
    bytes.reserveCapacity(bufferedBytes + buffer.count * 64)
    for entry in buffer.sorted(by: CommentEntry.precedes) {
      guard let line = try? encoder.encode(entry) else { continue }
      bytes += line
      bytes.append(0x0A)
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      throw .unreadable(path: path, reason: "cannot write a sorted run (disk full?)")
    }
    runs.append(path)
    buffer = []
    bufferedBytes = 0
  }

  private func makeFolder() throws(IngestError) -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("tips-comment-runs-\(UUID().uuidString)").path
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .unreadable(path: path, reason: "cannot make a folder for sorted runs")
    }
    folder = path
    return path
  }

  private static func entry(from reader: LineReader, run: String) throws(IngestError)
    -> CommentEntry?
  {
    guard case .text(let line) = reader.next() else { return nil }
    guard let entry = try? JSONDecoder().decode(CommentEntry.self, from: Data(line)) else {
      throw .unreadable(path: run, reason: "a sorted run changed while it was merged")
    }
    return entry
  }
}
