#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one writer of an index folder: adds, replaces and removes threads, one atomic commit at
/// a time.
///
/// Each commit rewrites the whole data set into one new data file, then switches the manifest
/// to it. That costs a full rewrite per commit, which is fine for thousands of threads and
/// keeps every commit a single, self-contained, checksummed file with no deletion marks to
/// reconcile; segment merging can replace it when data sets grow.
///
/// The writer holds an exclusive `flock` on `LOCK` in the folder from `init` until it is
/// dropped, so two `tips add` cannot interleave commits; readers never take it. The type is
/// non-copyable because it owns that lock: a copy would release it twice.
public struct IndexWriter: ~Copyable {
  /// The folder as given to `init`.
  public let directory: String
  private let lockDescriptor: Int32
  /// The current commit's threads by id; replaced only once a commit has succeeded.
  private var threads: [String: IndexedThread]
  /// The current commit's generation; 0 before the first commit.
  private var generation: Int
  /// Stops the next commits after a step; tests only.
  var interruption: CommitInterruption?

  static let lockFileName = "LOCK"

  /// Opens `directory` for writing, creating it (and missing parents) if needed, and takes the
  /// writer lock.
  ///
  /// Throws `.locked` when another process (or another writer in this one) holds the lock, and
  /// `.corrupt`/`.tooNew` when the folder holds an index this writer cannot build on: it will
  /// not silently drop what it cannot read.
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
    let committed: CommittedIndex?
    do {
      committed = try Self.loadIfPresent(directory: directory)
    } catch {
      try? Posix.close(descriptor, path: lockPath)
      throw error
    }
    self.directory = directory
    self.lockDescriptor = descriptor
    self.generation = committed?.manifest.generation ?? 0
    var threads: [String: IndexedThread] = [:]
    for entry in committed?.contents.threads ?? [] { threads[entry.thread.id] = entry }
    self.threads = threads
  }

  private static func loadIfPresent(directory: String) throws(IndexError) -> CommittedIndex? {
    do {
      return try CommittedIndex.load(directory: directory)
    } catch .missing {
      return nil
    }
  }

  deinit {
    // Closing the descriptor releases the lock; nothing useful can be done if close fails.
    try? Posix.close(lockDescriptor, path: CommittedIndex.path(directory, Self.lockFileName))
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
    var next = threads
    var addedByID: [String: IndexedThread] = [:]
    for entry in adding { addedByID[entry.thread.id] = entry }
    var removed = 0
    for id in removingThreadIDs where addedByID[id] == nil {
      if next.removeValue(forKey: id) != nil { removed += 1 }
    }
    var added = 0
    var replaced = 0
    for (id, entry) in addedByID {
      if next.updateValue(entry, forKey: id) == nil { added += 1 } else { replaced += 1 }
    }
    let ordered = next.values.sorted { $0.thread.id < $1.thread.id }
    let (fileBytes, crc) = DataFileFrame.frame(
      payload: SegmentCodec.encode(ordered), version: IndexFormat.currentVersion)
    let nextGeneration = generation + 1
    let dataName = IndexFormat.segmentName(generation: nextGeneration)
    let counts = Manifest.Counts(
      threads: ordered.count,
      posts: ordered.reduce(0) { $0 + $1.thread.posts.count },
      tips: ordered.reduce(0) { $0 + $1.tips.count })
    let manifest = Manifest(
      formatVersion: IndexFormat.currentVersion, writerVersion: IndexFormat.writerVersion,
      generation: nextGeneration,
      files: [Manifest.DataFile(name: dataName, bytes: fileBytes.count, crc32: crc)],
      counts: counts)

    try writeCommit(dataName: dataName, dataBytes: fileBytes, manifest: manifest)
    threads = next
    generation = nextGeneration
    try reach(.manifestRenamed, path: path(Manifest.fileName))
    removeUnnamedFiles(keeping: manifest)
    return CommitSummary(
      generation: nextGeneration, threadsAdded: added, threadsReplaced: replaced,
      threadsRemoved: removed, threads: counts.threads, posts: counts.posts, tips: counts.tips,
      bytes: fileBytes.count)
  }

  /// Writes the data file, then the manifest, each atomically; returns once the manifest's
  /// rename (the commit point) is durable.
  ///
  /// On failure before the rename, removes what it wrote so the folder is as before; a
  /// rename that happened stays, since the manifest then names the new data file.
  private func writeCommit(
    dataName: String, dataBytes: [UInt8], manifest: Manifest
  ) throws(IndexError) {
    let dataPath = path(dataName)
    let dataTemporary = path(IndexFormat.temporaryName(for: dataName))
    let manifestPath = path(Manifest.fileName)
    let manifestTemporary = path(IndexFormat.temporaryName(for: Manifest.fileName))
    do {
      try Self.writeSynced(dataBytes, to: dataTemporary)
      try reach(.dataWritten, path: dataTemporary)
      try rename(dataTemporary, dataPath)
      try reach(.dataRenamed, path: dataPath)
      try Self.writeSynced(manifest.encoded(), to: manifestTemporary)
      try reach(.manifestWritten, path: manifestTemporary)
      try rename(manifestTemporary, manifestPath)
    } catch {
      if case .crash? = interruption { throw error }
      for leftover in [dataTemporary, dataPath, manifestTemporary] {
        try? Posix.unlink(leftover)
      }
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

  /// Renames within the folder and syncs the folder, so the rename survives a crash.
  private func rename(_ source: String, _ destination: String) throws(IndexError) {
    do {
      try Posix.rename(source, destination)
      try Posix.fsyncDirectory(directory)
    } catch {
      throw .io(error)
    }
  }

  /// Deletes data files and temporaries the manifest does not name: the previous commit's
  /// data file and leftovers of crashed writers (none can be live: this writer holds the lock).
  ///
  /// Best effort: the commit already stands, and a file left behind is ignored by readers and
  /// retried by the next commit.
  private func removeUnnamedFiles(keeping manifest: Manifest) {
    guard let names = try? Posix.listDirectory(directory) else { return }
    let named = Set(manifest.files.map(\.name))
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
    default:
      return
    }
  }

  private func path(_ name: String) -> String {
    CommittedIndex.path(directory, name)
  }
}
