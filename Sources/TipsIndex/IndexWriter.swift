/// The one writer of an index folder: adds, replaces and removes threads, one atomic commit at
/// a time.
///
/// Each commit writes one new, immutable segment holding only the threads it adds, plus the
/// segments staged for it (`stage`, for adds larger than memory); a thread it replaces or
/// removes becomes a deletion mark in the manifest against the segment holding it. When
/// segments pile up, the commit also merges a run of them (see `MergePolicy`). Segment files
/// are written a thread at a time (`SegmentFileWriter`) under temporary names, synced and
/// renamed; then the manifest is replaced, which is the commit point; then files it no longer
/// names are deleted.
///
/// The writer holds an exclusive `flock` on `LOCK` in the folder from `init` until it is
/// dropped, so two `tips add` cannot interleave commits; readers never take it. The type is
/// non-copyable because it owns that lock: a copy would release it twice.
///
/// Every file operation goes through an `IndexStorage`: the file system in production, a
/// storage that fails on cue in tests.
public struct IndexWriter: ~Copyable {
  /// The folder as given to `init`.
  public let directory: String
  private let storage: any IndexStorage
  private let lock: OpenFile
  /// The current commit; replaced only once a commit has succeeded.
  private var committed: CommittedIndex
  /// Where each live thread is: its segment's index in `committed.segments`, and its position
  /// among that segment's threads.
  private var locations: [String: (segment: Int, position: Int)]
  /// Segments `stage` wrote for the next commit, oldest first: on disk under their final
  /// names, but named by no manifest yet, so no reader sees them.
  private var staged: [Segment] = []
  /// The number the next segment file gets (see `IndexFormat.segmentName`).
  private var nextSegmentNumber: Int
  /// When commits merge segments.
  public var mergePolicy: MergePolicy = .standard

  static let lockFileName = "LOCK"
  /// How long `init` waits for another writer to let go of the lock before giving up.
  ///
  /// A commit holds the lock for milliseconds, so two `tips add` (or an add and a remove)
  /// started together both succeed, one after the other; an add streaming a large dump holds
  /// it for minutes, and a second writer should then say the index is busy, not hang.
  static let lockWait = Duration.seconds(5)
  /// How many bytes of posts a merge reads before it lets go of them (see `write(_:to:)`).
  private static let releaseInterval = 4 << 20

  /// Opens `directory` for writing, creating it (and missing parents) if needed, and takes the
  /// writer lock, waiting up to `lockWait` for another writer to finish.
  ///
  /// Throws `.locked` when another process (or another writer in this one) still holds the
  /// lock, and `.corrupt`/`.tooOld`/`.tooNew` when the folder holds an index this writer
  /// cannot build on: it will not silently drop what it cannot read. The commit it builds on
  /// is read once the lock is held, so a commit another writer made meanwhile is never lost.
  public init(directory: String) throws(IndexError) {
    try self.init(directory: directory, storage: PosixStorage())
  }

  /// Opens `directory` for writing as `init(directory:)` does, but waits for the lock with
  /// `Task.sleep`: a blocking wait would hold, for up to `lockWait`, one of the few threads
  /// the caller's other tasks (extraction in parallel) run on.
  public static func opening(directory: String) async throws(IndexError) -> IndexWriter {
    let deadline = ContinuousClock.now.advanced(by: lockWait)
    var backoff = LockBackoff()
    while true {
      do {
        return try IndexWriter(directory: directory, storage: PosixStorage(), lockWait: .zero)
      } catch .locked(let directory) {
        guard ContinuousClock.now < deadline else { throw .locked(directory: directory) }
        try? await Task.sleep(for: backoff.next())
      }
    }
  }

  /// Opens `directory` through `storage`, waiting up to `lockWait` for the lock.
  init(
    directory: String, storage: any IndexStorage, lockWait: Duration = lockWait
  ) throws(IndexError) {
    try Self.makeDirectories(directory, storage: storage)
    let lock = try Self.lock(directory: directory, storage: storage, wait: lockWait)
    try self.init(directory: directory, storage: storage, holding: lock)
  }

  /// Builds the writer once `lock` is held: reads the commit to build on, and lets go of the
  /// lock if that fails.
  private init(
    directory: String, storage: any IndexStorage, holding lock: OpenFile
  ) throws(IndexError) {
    let committed: CommittedIndex
    let locations: [String: (segment: Int, position: Int)]
    do {
      committed = try Self.loadIfPresent(directory: directory, storage: storage)
      locations = try Self.locations(of: committed)
    } catch {
      try? storage.close(lock)
      throw error
    }
    self.directory = directory
    self.storage = storage
    self.lock = lock
    self.committed = committed
    self.locations = locations
    self.nextSegmentNumber = committed.manifest.nextSegment
  }

  /// Creates the folder and its missing parents; a file in the way or a folder that cannot be
  /// made is named as such, since "mkdir: File exists" does not say which path is wrong.
  private static func makeDirectories(
    _ directory: String, storage: any IndexStorage
  ) throws(IndexError) {
    do {
      try storage.makeDirectories(directory)
    } catch {
      guard error.operation == "mkdir" else { throw .io(error) }
      if error.isFileInTheWay {
        let file = Posix.firstNonFolder(on: directory) ?? error.path
        throw .notAFolder(directory: directory, file: file)
      }
      throw .cannotCreate(directory: directory, error: error)
    }
  }

  /// Takes the writer lock, trying again with growing pauses until `wait` has passed.
  private static func lock(
    directory: String, storage: any IndexStorage, wait: Duration
  ) throws(IndexError) -> OpenFile {
    let lockPath = CommittedIndex.path(directory, lockFileName)
    let deadline = ContinuousClock.now.advanced(by: wait)
    var backoff = LockBackoff()
    while true {
      do {
        if let lock = try storage.lockExclusively(lockPath) { return lock }
      } catch {
        throw .io(error)
      }
      guard ContinuousClock.now < deadline else { throw .locked(directory: directory) }
      Posix.sleep(for: backoff.next())
    }
  }

  /// Pauses between tries for a held lock: short at first, since a commit holds it for
  /// milliseconds, then at most 50 ms.
  private struct LockBackoff {
    private var pause = Duration.milliseconds(2)

    mutating func next() -> Duration {
      defer { pause = min(pause * 2, .milliseconds(50)) }
      return pause
    }
  }

  private static func loadIfPresent(
    directory: String, storage: any IndexStorage
  ) throws(IndexError) -> CommittedIndex {
    do {
      // A segment is checked whole only before a merge reads it (`write(_:to:)`): an add
      // to a large index leaves most segments as they are, and need not read them.
      return try CommittedIndex.load(directory: directory, storage: storage, decodingAll: false)
    } catch .missing {
      return CommittedIndex(manifest: .empty, segments: [])
    }
  }

  private static func locations(
    of committed: CommittedIndex
  ) throws(IndexError) -> [String: (segment: Int, position: Int)] {
    var locations: [String: (segment: Int, position: Int)] = [:]
    for (index, (entry, segment)) in zip(committed.manifest.segments, committed.segments)
      .enumerated()
    {
      let deleted = Set(entry.deletedThreads)
      for (position, thread) in try segment.threadEntries().enumerated()
      where !deleted.contains(position) {
        locations[thread.summary.id] = (index, position)
      }
    }
    return locations
  }

  deinit {
    // Staged segments no commit named are of no use to anyone.
    for segment in staged { try? storage.remove(path(segment.name)) }
    // Closing the descriptor releases the lock; nothing useful can be done if close fails.
    try? storage.close(lock)
  }

  /// A segment of the next commit: one already on disk (with its deletion marks, old and
  /// new), or threads to write into a new file.
  private enum Part {
    case kept(index: Int, deleted: Set<Int>)
    /// A staged segment, by its place in `staged`, with the threads later ones replace.
    case staged(index: Int, deleted: Set<Int>)
    /// Threads this commit adds, for a new file.
    case added([IndexedThread])
    /// A run of parts merged into one new file.
    indirect case merged([Part])
  }

  /// A segment file this commit writes, mapped back from disk.
  private struct NewFile {
    var name: String
    var segment: Segment

    /// What the manifest records of the file.
    var manifestEntry: Manifest.Segment { Self.manifestEntry(of: segment) }

    static func manifestEntry(of segment: Segment) -> Manifest.Segment {
      Manifest.Segment(
        name: segment.name, bytes: segment.bytes.count, crc32: segment.crc32,
        threads: segment.threadCount, posts: segment.postCount, tips: segment.tipCount,
        deletedThreads: [])
    }
  }

  /// Writes `threads` into a segment file of the next commit now, so that adding more than
  /// fits in memory goes to disk in pieces and still becomes visible in one commit.
  ///
  /// The file is written, synced and given its final name, but no manifest names it: readers
  /// do not see it, a crash leaves it for the next commit to delete, and a thread staged
  /// twice (in one call or two, or staged and then passed to `commit(adding:)`) counts once,
  /// the later version.
  /// Returns the segment's place among the staged ones (see `discardStaged(from:)`).
  @discardableResult
  public mutating func stage(_ threads: [IndexedThread]) throws(IndexError) -> Int {
    guard !threads.isEmpty else { return staged.count }
    var byID: [String: IndexedThread] = [:]
    for entry in threads { byID[entry.thread.id] = entry }
    let file = try writeSegment(number: nextSegmentNumber) { (writer) throws(IndexError) in
      for entry in byID.values.sorted(by: { $0.thread.id < $1.thread.id }) {
        try writer.add(entry)
      }
    }
    nextSegmentNumber += 1
    do {
      try rename(path(IndexFormat.temporaryName(for: file.name)), path(file.name))
      try syncDirectory()
    } catch {
      try? storage.remove(path(IndexFormat.temporaryName(for: file.name)))
      try? storage.remove(path(file.name))
      throw error
    }
    staged.append(file.segment)
    return staged.count - 1
  }

  /// Deletes the staged segments from `index` on (a file that turned out malformed after
  /// some of its threads were staged).
  public mutating func discardStaged(from index: Int) {
    for segment in staged[index...] { try? storage.remove(path(segment.name)) }
    staged.removeSubrange(index...)
  }

  /// Removes the threads with `removingThreadIDs`, adds the staged segments and `adding`, and
  /// makes the result the index's new commit.
  ///
  /// Adding a thread whose id is indexed replaces it, tips included; an id both removed and
  /// added is replaced; when `adding` holds one id twice, the last wins; removing an unknown id
  /// does nothing. On any error before the new manifest is in place, the folder is left as it
  /// was, byte for byte, and this writer still holds the previous commit. Once the manifest is
  /// renamed into place the commit stands, even if syncing the folder then fails: that error
  /// is still thrown (the commit may not survive a power cut), and the files the previous
  /// commit named are kept, so the folder is whole whichever manifest the disk ends up with.
  @discardableResult
  public mutating func commit(
    adding: [IndexedThread] = [], removingThreadIDs: Set<String> = []
  ) throws(IndexError) -> CommitSummary {
    // Where each added id's last version is: staged in order, then `adding`.
    var newest: [String: (staged: Int, position: Int)?] = [:]
    var stagedDeletions = staged.map { _ in Set<Int>() }
    for (index, segment) in staged.enumerated() {
      for (position, thread) in try segment.threadEntries().enumerated() {
        if case .some(.some(let earlier)) = newest[thread.summary.id] {
          stagedDeletions[earlier.staged].insert(earlier.position)
        }
        newest[thread.summary.id] = (index, position)
      }
    }
    var addedByID: [String: IndexedThread] = [:]
    for entry in adding {
      if case .some(.some(let earlier)) = newest[entry.thread.id] {
        stagedDeletions[earlier.staged].insert(earlier.position)
      }
      newest[entry.thread.id] = .some(nil)
      addedByID[entry.thread.id] = entry
    }
    var deletions = committed.manifest.segments.map { Set($0.deletedThreads) }
    var removed = 0
    for id in removingThreadIDs where newest[id] == nil {
      guard let location = locations[id] else { continue }
      deletions[location.segment].insert(location.position)
      removed += 1
    }
    var added = 0
    var replaced = 0
    for id in newest.keys {
      if let location = locations[id] {
        deletions[location.segment].insert(location.position)
        replaced += 1
      } else {
        added += 1
      }
    }

    var parts: [Part] = []
    var sizes: [Int] = []
    for (index, entry) in committed.manifest.segments.enumerated()
    where deletions[index].count < entry.threads {
      parts.append(.kept(index: index, deleted: deletions[index]))
      sizes.append(entry.bytes * (entry.threads - deletions[index].count) / max(entry.threads, 1))
    }
    for (index, segment) in staged.enumerated()
    where stagedDeletions[index].count < segment.threadCount {
      let threads = segment.threadCount
      parts.append(.staged(index: index, deleted: stagedDeletions[index]))
      sizes.append(segment.bytes.count * (threads - stagedDeletions[index].count) / threads)
    }
    if !addedByID.isEmpty {
      let threads = addedByID.values.sorted { $0.thread.id < $1.thread.id }
      parts.append(.added(threads))
      // An estimate, since the file is not written yet: its posts' and quotes' text.
      sizes.append(
        threads.reduce(0) { total, entry in
          total + entry.thread.posts.reduce(0) { $0 + $1.text.utf8.count }
            + entry.tips.reduce(0) { $0 + $1.quote.utf8.count }
        })
    }
    // Merges until the policy is content: one, unless the cap on a merge's size leaves too
    // many segments for one run to join.
    var merged = 0
    while let run = mergePolicy.merge(sizes: sizes) {
      parts.replaceSubrange(run, with: [.merged(Array(parts[run]))])
      sizes.replaceSubrange(run, with: [sizes[run].reduce(0, +)])
      merged += run.count
    }

    var manifest = Manifest.empty
    manifest.generation = committed.manifest.generation + 1
    manifest.nextSegment = nextSegmentNumber
    var segments: [Segment] = []
    var files: [NewFile] = []
    do {
      for part in parts {
        switch part {
        case .kept(let index, let deleted):
          var entry = committed.manifest.segments[index]
          entry.deletedThreads = deleted.sorted()
          manifest.segments.append(entry)
          segments.append(committed.segments[index])
        case .staged(let index, let deleted):
          var entry = NewFile.manifestEntry(of: staged[index])
          entry.deletedThreads = deleted.sorted()
          manifest.segments.append(entry)
          segments.append(staged[index])
        case .added, .merged:
          let file = try writeSegment(number: manifest.nextSegment) {
            (writer) throws(IndexError) in try write(part, to: &writer)
          }
          manifest.nextSegment += 1
          manifest.segments.append(file.manifestEntry)
          segments.append(file.segment)
          files.append(file)
        }
      }
    } catch {
      for file in files { try? storage.remove(path(IndexFormat.temporaryName(for: file.name))) }
      discardStaged(from: 0)
      throw error
    }
    // A segment's tables count its threads, posts and tips; only deleted threads are read.
    let newLocations: [String: (segment: Int, position: Int)]
    do {
      for (entry, segment) in zip(manifest.segments, segments) {
        manifest.counts.threads += segment.threadCount - entry.deletedThreads.count
        manifest.counts.posts += segment.postCount
        manifest.counts.tips += segment.tipCount
        for position in entry.deletedThreads {
          let summary = try segment.thread(entryAt: position).summary
          manifest.counts.posts -= summary.postCount
          manifest.counts.tips -= summary.tipCount
        }
      }
      newLocations = try Self.locations(
        of: CommittedIndex(manifest: manifest, segments: segments))
    } catch {
      for file in files { try? storage.remove(path(IndexFormat.temporaryName(for: file.name))) }
      discardStaged(from: 0)
      throw error
    }

    nextSegmentNumber = manifest.nextSegment
    do {
      try writeCommit(files: files, manifest: manifest)
    } catch {
      discardStaged(from: 0)
      throw error
    }
    // The manifest is in place: readers see the new commit, so this writer builds on it too.
    staged = []
    committed = CommittedIndex(manifest: manifest, segments: segments)
    locations = newLocations
    try syncDirectory()
    removeUnnamedFiles(keeping: manifest)
    return CommitSummary(
      generation: manifest.generation, threadsAdded: added, threadsReplaced: replaced,
      threadsRemoved: removed, threads: manifest.counts.threads, posts: manifest.counts.posts,
      tips: manifest.counts.tips, bytes: files.reduce(0) { $0 + $1.segment.bytes.count },
      segments: manifest.segments.count, segmentsMerged: merged)
  }

  /// Writes the live threads of `part` into `writer`, in segment order, one at a time.
  ///
  /// Throws `.corrupt` when a kept thread's posts fail their checksum: a merge reads every
  /// post, so it is where damage opening could not see comes to light.
  private func write(_ part: Part, to writer: inout SegmentFileWriter) throws(IndexError) {
    switch part {
    case .added(let threads):
      for entry in threads { try writer.add(entry) }
    case .merged(let parts):
      for part in parts { try write(part, to: &writer) }
    case .kept(let index, let deleted), .staged(let index, let deleted):
      let segment: Segment
      let contents: SegmentContents
      if case .kept = part {
        // Checked whole before anything of it is copied (staged ones were when written).
        segment = committed.segments[index]
        contents = try segment.checkWhole()
      } else {
        segment = staged[index]
        contents = try segment.contents()
      }
      var released = contents.threads.first?.posts.lowerBound ?? 0
      for position in contents.threads.indices where !deleted.contains(position) {
        try writer.add(
          IndexedThread(
            thread: try segment.thread(at: position),
            tips: Array(contents.tips[contents.threads[position].tips]),
            redFlags: contents.threads[position].redFlags))
        // Posts are read once, front to back: keep only the last few megabytes mapped in.
        let end = contents.threads[position].posts.upperBound
        if end - released >= Self.releaseInterval {
          segment.bytes.file.releasePages(in: released..<end)
          released = end
        }
      }
      // Decoding it touched its tips and postings too, which no later step reads.
      segment.releasePages()
    }
  }

  /// Writes segment file `number` under its temporary name with `body`, then maps it back
  /// and decodes it as a reader would, so a bug in either direction fails before the file
  /// is named. On failure the temporary file is gone.
  private func writeSegment(
    number: Int, _ body: (inout SegmentFileWriter) throws(IndexError) -> Void
  ) throws(IndexError) -> NewFile {
    let name = IndexFormat.segmentName(number: number)
    let temporary = path(IndexFormat.temporaryName(for: name))
    var writer = try SegmentFileWriter(path: temporary, storage: storage)
    try body(&writer)
    _ = try writer.finish()
    do throws(IndexError) {
      let mapped: FileBytes
      do {
        mapped = try storage.map(temporary)
      } catch {
        throw .io(error)
      }
      // Named by where it will be, which is how errors about it should name it.
      let segment = try Segment(name: name, bytes: mapped.bytes, path: path(name))
      return NewFile(name: name, segment: segment)
    } catch {
      try? storage.remove(temporary)
      throw error
    }
  }

  /// Gives the segment files their names and syncs the folder, then writes the manifest
  /// atomically; returns once the manifest's rename (the commit point) is done. The caller
  /// syncs the folder so the rename survives a crash.
  ///
  /// On failure, removes what it wrote so the folder is as before: the data files are synced
  /// and renamed before the manifest that names them is even written, so no manifest on disk
  /// ever names a file that is not whole.
  private func writeCommit(files: [NewFile], manifest: Manifest) throws(IndexError) {
    let manifestPath = path(Manifest.fileName)
    let manifestTemporary = path(IndexFormat.temporaryName(for: Manifest.fileName))
    var leftovers: [String] = [manifestTemporary]
    do {
      for file in files {
        leftovers += [path(IndexFormat.temporaryName(for: file.name)), path(file.name)]
      }
      for file in files {
        try rename(path(IndexFormat.temporaryName(for: file.name)), path(file.name))
      }
      try syncDirectory()
      try writeSynced(manifest.encoded(), to: manifestTemporary)
      try rename(manifestTemporary, manifestPath)
    } catch {
      for leftover in leftovers { try? storage.remove(leftover) }
      throw error
    }
  }

  /// Writes `bytes` to a new file at `path` and syncs it to the device.
  private func writeSynced(_ bytes: [UInt8], to path: String) throws(IndexError) {
    let file: OpenFile
    do {
      file = try storage.create(path)
    } catch {
      throw .io(error)
    }
    do {
      try storage.write(bytes, to: file)
      try storage.sync(file)
    } catch {
      try? storage.close(file)
      throw .io(error)
    }
    do {
      try storage.close(file)
    } catch {
      throw .io(error)
    }
  }

  /// Renames within the folder; `syncDirectory` makes it survive a crash.
  private func rename(_ source: String, _ destination: String) throws(IndexError) {
    do {
      try storage.rename(source, to: destination)
    } catch {
      throw .io(error)
    }
  }

  /// Syncs the folder, so renames in it survive a crash.
  private func syncDirectory() throws(IndexError) {
    do {
      try storage.syncDirectory(directory)
    } catch {
      throw .io(error)
    }
  }

  /// Deletes segment files and temporaries the manifest does not name: merged or wholly
  /// deleted segments, and leftovers of crashed writers (none can be live: this writer holds
  /// the lock). Readers that mapped a deleted file keep reading it until they are dropped.
  ///
  /// Best effort: the commit already stands, and a file left behind is ignored by readers and
  /// retried by the next commit.
  private func removeUnnamedFiles(keeping manifest: Manifest) {
    guard let names = try? storage.contentsOfDirectory(directory) else { return }
    let named = Set(manifest.segments.map(\.name))
    var removedAny = false
    for name in names where IndexFormat.isOwnedFile(name) && !named.contains(name) {
      if (try? storage.remove(path(name))) != nil { removedAny = true }
    }
    if removedAny { try? storage.syncDirectory(directory) }
  }

  private func path(_ name: String) -> String {
    CommittedIndex.path(directory, name)
  }
}
