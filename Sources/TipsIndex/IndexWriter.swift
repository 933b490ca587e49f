#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one writer of an index folder: adds, replaces and removes threads, one atomic commit at
/// a time.
///
/// Each commit writes one new, immutable segment holding only the threads it adds; a thread it
/// replaces or removes becomes a deletion mark in the manifest against the segment holding it.
/// When segments pile up, the commit also merges a run of them (see `MergePolicy`). Files are
/// written under temporary names, synced and renamed; then the manifest is replaced, which is
/// the commit point; then files it no longer names are deleted.
///
/// The writer holds an exclusive `flock` on `LOCK` in the folder from `init` until it is
/// dropped, so two `tips add` cannot interleave commits; readers never take it. The type is
/// non-copyable because it owns that lock: a copy would release it twice.
public struct IndexWriter: ~Copyable {
  /// The folder as given to `init`.
  public let directory: String
  private let lockDescriptor: Int32
  /// The current commit; replaced only once a commit has succeeded.
  private var committed: CommittedIndex
  /// Where each live thread is: its segment's index in `committed.segments`, and its position
  /// among that segment's threads.
  private var locations: [String: (segment: Int, position: Int)]
  /// When commits merge segments.
  public var mergePolicy: MergePolicy = .standard
  /// Stops the next commits after a step; tests only.
  var interruption: CommitInterruption?

  static let lockFileName = "LOCK"

  /// Opens `directory` for writing, creating it (and missing parents) if needed, and takes the
  /// writer lock.
  ///
  /// Throws `.locked` when another process (or another writer in this one) holds the lock, and
  /// `.corrupt`/`.tooOld`/`.tooNew` when the folder holds an index this writer cannot build
  /// on: it will not silently drop what it cannot read.
  public init(directory: String) throws(IndexError) {
    do {
      try Posix.makeDirectories(directory)
    } catch {
      throw .io(error)
    }
    let lockPath = CommittedIndex.path(directory, Self.lockFileName)
    let descriptor: Int32
    do {
      descriptor = try Posix.openOrCreate(lockPath)
    } catch {
      throw .io(error)
    }
    let isLocked: Bool
    do {
      isLocked = try Posix.tryLockExclusive(descriptor, path: lockPath)
    } catch {
      try? Posix.close(descriptor, path: lockPath)
      throw .io(error)
    }
    guard isLocked else {
      try? Posix.close(descriptor, path: lockPath)
      throw .locked(directory: directory)
    }
    let committed: CommittedIndex
    do {
      committed = try Self.loadIfPresent(directory: directory)
    } catch {
      try? Posix.close(descriptor, path: lockPath)
      throw error
    }
    self.directory = directory
    self.lockDescriptor = descriptor
    self.committed = committed
    self.locations = Self.locations(of: committed)
  }

  private static func loadIfPresent(directory: String) throws(IndexError) -> CommittedIndex {
    do {
      return try CommittedIndex.load(directory: directory)
    } catch .missing {
      return CommittedIndex(manifest: .empty, segments: [])
    }
  }

  private static func locations(
    of committed: CommittedIndex
  ) -> [String: (segment: Int, position: Int)] {
    var locations: [String: (segment: Int, position: Int)] = [:]
    for (index, (entry, segment)) in zip(committed.manifest.segments, committed.segments)
      .enumerated()
    {
      let deleted = Set(entry.deletedThreads)
      for (position, thread) in segment.contents.threads.enumerated()
      where !deleted.contains(position) {
        locations[thread.summary.id] = (index, position)
      }
    }
    return locations
  }

  deinit {
    // Closing the descriptor releases the lock; nothing useful can be done if close fails.
    try? Posix.close(lockDescriptor, path: CommittedIndex.path(directory, Self.lockFileName))
  }

  /// A segment of the next commit: one already on disk (with its deletion marks, old and
  /// new), or threads to write into a new file.
  private enum Part {
    case kept(index: Int, deleted: Set<Int>)
    /// Threads for a new file, with their encoded payload once known.
    case written([IndexedThread], payload: EncodedSegment?)
  }

  /// A segment file this commit writes.
  private struct NewFile {
    var name: String
    var bytes: [UInt8]
    var segment: Segment
  }

  /// Removes the threads with `removingThreadIDs`, adds `adding`, and makes the result the
  /// index's new commit.
  ///
  /// Adding a thread whose id is indexed replaces it, tips included; an id both removed and
  /// added is replaced; when `adding` holds one id twice, the last wins; removing an unknown id
  /// does nothing. On any error before the new manifest is in place, the folder is left as it
  /// was, byte for byte, and this writer still holds the previous commit.
  @discardableResult
  public mutating func commit(
    adding: [IndexedThread] = [], removingThreadIDs: Set<String> = []
  ) throws(IndexError) -> CommitSummary {
    var addedByID: [String: IndexedThread] = [:]
    for entry in adding { addedByID[entry.thread.id] = entry }
    var deletions = committed.manifest.segments.map { Set($0.deletedThreads) }
    var removed = 0
    for id in removingThreadIDs where addedByID[id] == nil {
      guard let location = locations[id] else { continue }
      deletions[location.segment].insert(location.position)
      removed += 1
    }
    var added = 0
    var replaced = 0
    for id in addedByID.keys {
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
    if !addedByID.isEmpty {
      let threads = addedByID.values.sorted { $0.thread.id < $1.thread.id }
      let payload = SegmentCodec.encode(threads)
      parts.append(.written(threads, payload: payload))
      sizes.append(payload.bytes.count)
    }
    var merged = 0
    if let run = mergePolicy.merge(sizes: sizes) {
      var threads: [IndexedThread] = []
      for part in parts[run] { threads += try liveThreads(of: part) }
      parts.replaceSubrange(run, with: [.written(threads, payload: nil)])
      merged = run.count
    }

    var manifest = Manifest.empty
    manifest.generation = committed.manifest.generation + 1
    manifest.nextSegment = committed.manifest.nextSegment
    var segments: [Segment] = []
    var files: [NewFile] = []
    for part in parts {
      switch part {
      case .kept(let index, let deleted):
        var entry = committed.manifest.segments[index]
        entry.deletedThreads = deleted.sorted()
        manifest.segments.append(entry)
        segments.append(committed.segments[index])
      case .written(let threads, let payload):
        let file = try Self.newFile(
          payload ?? SegmentCodec.encode(threads), number: manifest.nextSegment,
          directory: directory)
        manifest.nextSegment += 1
        let contents = file.segment.contents
        manifest.segments.append(
          Manifest.Segment(
            name: file.name, bytes: file.bytes.count, crc32: file.segment.crc32,
            threads: contents.threads.count, posts: contents.posts, tips: contents.tips.count,
            deletedThreads: []))
        segments.append(file.segment)
        files.append(file)
      }
    }
    for (entry, segment) in zip(manifest.segments, segments) {
      let deleted = Set(entry.deletedThreads)
      for (position, thread) in segment.contents.threads.enumerated()
      where !deleted.contains(position) {
        manifest.counts.threads += 1
        manifest.counts.posts += thread.summary.postCount
        manifest.counts.tips += thread.summary.tipCount
      }
    }

    try writeCommit(files: files, manifest: manifest)
    committed = CommittedIndex(manifest: manifest, segments: segments)
    locations = Self.locations(of: committed)
    try reach(.manifestRenamed, path: path(Manifest.fileName))
    removeUnnamedFiles(keeping: manifest)
    try reach(.filesRemoved, path: directory)
    return CommitSummary(
      generation: manifest.generation, threadsAdded: added, threadsReplaced: replaced,
      threadsRemoved: removed, threads: manifest.counts.threads, posts: manifest.counts.posts,
      tips: manifest.counts.tips, bytes: files.reduce(0) { $0 + $1.bytes.count },
      segments: manifest.segments.count, segmentsMerged: merged)
  }

  /// The threads of `part` that are not deleted, in segment order, posts and tips included.
  ///
  /// Throws `.corrupt` when a kept thread's posts fail their checksum: a merge reads every
  /// post, so it is where damage opening could not see comes to light.
  private func liveThreads(of part: Part) throws(IndexError) -> [IndexedThread] {
    switch part {
    case .written(let threads, _):
      return threads
    case .kept(let index, let deleted):
      let segment = committed.segments[index]
      let contents = segment.contents
      return try contents.threads.indices.filter { !deleted.contains($0) }.map {
        position throws(IndexError) in
        IndexedThread(
          thread: try segment.thread(at: position),
          tips: Array(contents.tips[contents.threads[position].tips]))
      }
    }
  }

  /// Frames `payload` (`SegmentCodec.encode`) as segment `number`, and decodes the result as
  /// a reader would, so a bug in either direction fails the commit before anything is written.
  private static func newFile(
    _ payload: EncodedSegment, number: Int, directory: String
  ) throws(IndexError) -> NewFile {
    let name = IndexFormat.segmentName(number: number)
    let (bytes, _) = DataFileFrame.frame(
      payload: payload.bytes, cold: payload.posts, version: IndexFormat.currentVersion)
    let segment = try Segment(
      name: name, bytes: FileBytes(copying: bytes).bytes,
      path: CommittedIndex.path(directory, name))
    return NewFile(name: name, bytes: bytes, segment: segment)
  }

  /// Writes the segment files, then the manifest, each atomically; returns once the
  /// manifest's rename (the commit point) is durable.
  ///
  /// On failure before the rename, removes what it wrote so the folder is as before; a
  /// rename that happened stays, since the manifest then names the new segments.
  private func writeCommit(files: [NewFile], manifest: Manifest) throws(IndexError) {
    let manifestPath = path(Manifest.fileName)
    let manifestTemporary = path(IndexFormat.temporaryName(for: Manifest.fileName))
    var leftovers: [String] = [manifestTemporary]
    do {
      for file in files {
        let temporary = path(IndexFormat.temporaryName(for: file.name))
        leftovers += [temporary, path(file.name)]
        try Self.writeSynced(file.bytes, to: temporary)
      }
      try reach(.dataWritten, path: directory)
      for file in files {
        try rename(path(IndexFormat.temporaryName(for: file.name)), path(file.name))
      }
      try syncDirectory()
      try reach(.dataRenamed, path: directory)
      try Self.writeSynced(manifest.encoded(), to: manifestTemporary)
      try reach(.manifestWritten, path: manifestTemporary)
      try rename(manifestTemporary, manifestPath)
      try syncDirectory()
    } catch {
      if case .crash? = interruption { throw error }
      for leftover in leftovers { try? Posix.unlink(leftover) }
      throw error
    }
  }

  /// Writes `bytes` to a new file at `path` and syncs it to the device.
  private static func writeSynced(_ bytes: [UInt8], to path: String) throws(IndexError) {
    let descriptor: Int32
    do {
      descriptor = try Posix.createForWriting(path)
    } catch {
      throw .io(error)
    }
    do {
      try Posix.writeAll(descriptor, bytes, path: path)
      try Posix.fsync(descriptor, path: path)
    } catch {
      try? Posix.close(descriptor, path: path)
      throw .io(error)
    }
    do {
      try Posix.close(descriptor, path: path)
    } catch {
      throw .io(error)
    }
  }

  /// Renames within the folder; `syncDirectory` makes it survive a crash.
  private func rename(_ source: String, _ destination: String) throws(IndexError) {
    do {
      try Posix.rename(source, destination)
    } catch {
      throw .io(error)
    }
  }

  /// Syncs the folder, so renames in it survive a crash.
  private func syncDirectory() throws(IndexError) {
    do {
      try Posix.fsyncDirectory(directory)
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
    guard let names = try? Posix.listDirectory(directory) else { return }
    let named = Set(manifest.segments.map(\.name))
    var removedAny = false
    for name in names where IndexFormat.isOwnedFile(name) && !named.contains(name) {
      if (try? Posix.unlink(path(name))) != nil { removedAny = true }
    }
    if removedAny { try? Posix.fsyncDirectory(directory) }
  }

  /// Throws when a test asked to interrupt the commit after `step`.
  private func reach(_ step: CommitStep, path: String) throws(IndexError) {
    switch interruption {
    case .crash(after: step)?:
      throw .io(StorageError(operation: "simulated crash after \(step)", path: path, code: EIO))
    case .failure(after: step)?:
      throw .io(StorageError(operation: "simulated failure after \(step)", path: path, code: EIO))
    case .kill(after: step)?:
      kill(getpid(), SIGKILL)
      // SIGKILL cannot be caught or blocked, so the process is gone before `kill` returns.
      _exit(137)
    default:
      return
    }
  }

  private func path(_ name: String) -> String {
    CommittedIndex.path(directory, name)
  }
}
