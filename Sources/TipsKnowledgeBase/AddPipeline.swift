import TipsCore
import TipsExtract
import TipsIndex

/// The back half of `KnowledgeBase.add`: extracts tips from batches of threads and stages
/// them as segments of one final commit, while the caller reads the next batch.
///
/// A batch's extraction runs in a task of its own (its threads on every core) and is staged,
/// in the order read, once `window` newer batches are handed over or the add ends, so reading
/// never waits for the batch just handed over: reading files and extracting tips overlap on
/// two cores. Memory is bounded by the window: at most `window` handed-over batches are in
/// flight besides the one being read. The writer is
/// opened with the first segment to stage, so an add that reads nothing leaves the folder
/// untouched.
struct AddPipeline: ~Copyable {
  let directory: String
  let extractor: TipExtractor
  /// Counts the tips of each thread as its extraction ends; nil when nobody shows progress.
  let progress: AddProgress?
  private var writer: IndexWriter? = nil
  /// Handed-over batches being extracted, in order, with the file they came from (nil for
  /// threads of files already read whole).
  private var pending: [(extraction: Task<[IndexedThread], Never>, file: Int?)] = []
  /// The threads of each staged segment and the file they came from, in staging order.
  private var staged: [(threads: [ThreadSummary], file: Int?)] = []
  /// Handed-over batches allowed in flight before the oldest is waited for and staged.
  ///
  /// One let the reader stall on every batch until the previous one was extracted, leaving a
  /// core idle; two keep both cores busy. More would only hold more text in memory.
  private let window = 2

  init(directory: String, extractor: TipExtractor, progress: AddProgress? = nil) {
    self.directory = directory
    self.extractor = extractor
    self.progress = progress
  }

  /// Starts extracting `batches` (empty ones skipped), first staging the oldest batches in
  /// flight until fewer than `window` remain.
  mutating func enqueue(_ batches: [(threads: [Thread], file: Int?)]) async throws(IndexError) {
    try await stagePending(keeping: window - 1)
    for (threads, file) in batches where !threads.isEmpty {
      let (extractor, progress) = (self.extractor, self.progress)
      pending.append((Task { await Self.extract(threads, extractor, progress) }, file))
    }
  }

  /// Stages threads whose tips were extracted already (`tips add --from-tips`), in order
  /// with the batches handed over before them.
  mutating func enqueue(extracted threads: [IndexedThread], file: Int?) async throws(IndexError) {
    try await stagePending(keeping: window - 1)
    guard !threads.isEmpty else { return }
    pending.append((Task { threads }, file))
  }

  /// Forgets every thread of `file`, in flight or staged (it turned out malformed).
  mutating func discard(file: Int) async throws(IndexError) {
    try await stagePending(droppingFile: file)
    guard let first = staged.firstIndex(where: { $0.file == file }) else { return }
    writer?.discardStaged(from: first)
    staged.removeSubrange(first...)
  }

  /// Commits everything staged and `last`; nil, with nothing written, when there is nothing.
  /// Returns the commit and the summaries of the threads added, in the order read.
  mutating func commit(
    adding last: [Thread]
  ) async throws(IndexError) -> (CommitSummary, [ThreadSummary])? {
    try await stagePending()
    let extracted = await Self.extract(last, extractor, progress)
    guard !extracted.isEmpty || !staged.isEmpty else { return nil }
    var final: IndexWriter
    if let opened = writer.take() {
      final = opened
    } else {
      final = try await IndexWriter.opening(directory: directory)
    }
    let summary = try final.commit(adding: extracted)
    return (summary, staged.flatMap(\.threads) + Self.summaries(extracted))
  }

  /// Waits for the batches in flight and stages them, oldest first, but those of
  /// `droppedFile`, leaving the newest `kept` in flight.
  private mutating func stagePending(
    droppingFile droppedFile: Int? = nil, keeping kept: Int = 0
  ) async throws(IndexError) {
    let cut = max(0, pending.count - kept)
    let batches = pending[..<cut]
    pending.removeFirst(cut)
    for (extraction, file) in batches {
      let threads = await extraction.value
      guard file == nil || file != droppedFile else { continue }
      if writer == nil { writer = try await IndexWriter.opening(directory: directory) }
      try writer?.stage(threads)
      staged.append((Self.summaries(threads), file))
    }
  }

  /// `threads` with their tips, extracted in parallel, in the order given.
  static func extract(
    _ threads: [Thread], _ extractor: TipExtractor, _ progress: AddProgress?
  ) async -> [IndexedThread] {
    // Found beside the tips, on every core, rather than by the writer as it stages the
    // batch on one.
    let redFlags = try? KnowledgeBase.shippedRedFlags.get()
    return await withTaskGroup(of: (Int, IndexedThread).self) { group in
      for (position, thread) in threads.enumerated() {
        group.addTask {
          let tips = extractor.tips(in: thread)
          progress?.update { $0.tips += tips.count }
          let flags = redFlags?.flags(mentionedIn: thread).map(\.name)
          return (position, IndexedThread(thread: thread, tips: tips, redFlags: flags))
        }
      }
      var collected: [(Int, IndexedThread)] = []
      collected.reserveCapacity(threads.count)
      for await result in group { collected.append(result) }
      return collected.sorted { $0.0 < $1.0 }.map(\.1)
    }
  }

  private static func summaries(_ threads: [IndexedThread]) -> [ThreadSummary] {
    threads.map { entry in
      ThreadSummary(
        id: entry.thread.id, title: entry.thread.title, url: entry.thread.url,
        format: entry.thread.format, postCount: entry.thread.posts.count,
        tipCount: entry.tips.count)
    }
  }
}
