/// The last commit of an index folder, read and checked: its manifest and the segments it
/// names, each mapped and decoded.
///
/// Readers and the writer load a folder the same way, so the writer refuses to build on a
/// damaged index instead of silently dropping what it could not read.
struct CommittedIndex: Sendable {
  var manifest: Manifest
  /// The segments `manifest.segments` names, in the same order.
  var segments: [Segment]

  static let missingReason = "missing, though \(Manifest.fileName) names it"

  /// How often `load` starts over when a writer replaced the manifest while it was opening
  /// the segments the previous manifest named.
  private static let attempts = 3

  /// Reads the commit `directory/meta.json` names, through `storage`.
  ///
  /// Throws `.missing` when there is no manifest, since a folder without one holds no commit
  /// (a writer may have created it and crashed before its first commit). A segment missing
  /// because a writer committed and deleted it between reading the manifest and opening the
  /// segment is not corruption: loading starts over from the new manifest.
  static func load(
    directory: String, storage: any IndexStorage = PosixStorage(), decodingAll: Bool = true
  ) throws(IndexError) -> CommittedIndex {
    var attempt = 1
    while true {
      let manifest = try readManifest(directory: directory, storage: storage)
      do {
        return try open(
          manifest, directory: directory, storage: storage, decodingAll: decodingAll)
      } catch .corrupt(let file, let reason) where reason == missingReason {
        attempt += 1
        let current = try? readManifest(directory: directory, storage: storage)
        guard attempt <= attempts, let current, current.generation != manifest.generation else {
          throw .corrupt(file: file, reason: reason)
        }
      }
    }
  }

  private static func readManifest(
    directory: String, storage: any IndexStorage
  ) throws(IndexError) -> Manifest {
    let manifestPath = path(directory, Manifest.fileName)
    let manifestBytes: [UInt8]
    do {
      manifestBytes = try storage.read(manifestPath)
    } catch {
      // A file where the folder (or one of its parents) should be is not a fresh folder: say
      // so, since "run 'tips add'" would fail on it too.
      if error.isUnderAFile, let file = Posix.firstNonFolder(on: directory) {
        throw .notAFolder(directory: directory, file: file)
      }
      if error.isNoSuchFile { throw .missing(directory: directory) }
      throw .io(error)
    }
    return try Manifest.decode(manifestBytes, path: manifestPath)
  }

  /// Maps and checks every segment `manifest` names, then the manifest's live counts.
  private static func open(
    _ manifest: Manifest, directory: String, storage: any IndexStorage, decodingAll: Bool
  ) throws(IndexError) -> CommittedIndex {
    var segments: [Segment] = []
    segments.reserveCapacity(manifest.segments.count)
    var live = Manifest.Counts(threads: 0, posts: 0, tips: 0)
    for entry in manifest.segments {
      let segment = try openSegment(
        entry, directory: directory, storage: storage, decodingAll: decodingAll)
      // Only the deleted threads are decoded: the table counts the rest.
      live.threads += segment.table.threadCount
      live.posts += segment.table.postCount
      live.tips += segment.table.tipCount
      for position in Set(entry.deletedThreads) {
        guard position < segment.table.threadCount else {
          throw .corrupt(
            file: path(directory, Manifest.fileName),
            reason: "deletes thread \(position) of \(entry.name), which has fewer")
        }
        let thread = try segment.thread(entryAt: position)
        live.threads -= 1
        live.posts -= thread.summary.postCount
        live.tips -= thread.summary.tipCount
      }
      segments.append(segment)
    }
    guard live == manifest.counts else {
      throw .corrupt(
        file: path(directory, Manifest.fileName), reason: "counts differ from its segments")
    }
    return CommittedIndex(manifest: manifest, segments: segments)
  }

  /// Maps one segment file and checks it against what the manifest records of it.
  static func openSegment(
    _ entry: Manifest.Segment, directory: String, storage: any IndexStorage,
    decodingAll: Bool = true
  ) throws(IndexError) -> Segment {
    let dataPath = path(directory, entry.name)
    let file: FileBytes
    do {
      file = try storage.map(dataPath)
    } catch {
      if error.isNoSuchFile { throw .corrupt(file: dataPath, reason: missingReason) }
      throw .io(error)
    }
    let size = file.buffer.count
    if size < entry.bytes {
      throw .corrupt(
        file: dataPath,
        reason: "truncated: \(size) bytes, \(Manifest.fileName) records \(entry.bytes)")
    }
    if size > entry.bytes {
      throw .corrupt(
        file: dataPath, reason: "\(size) bytes, \(Manifest.fileName) records \(entry.bytes)")
    }
    let segment = try Segment(
      name: entry.name, bytes: file.bytes, path: dataPath, decodingAll: decodingAll)
    guard segment.crc32 == entry.crc32 else {
      throw .corrupt(file: dataPath, reason: "checksum differs from \(Manifest.fileName)")
    }
    let table = segment.table
    guard table.threadCount == entry.threads, table.postCount == entry.posts,
      table.tipCount == entry.tips
    else {
      throw .corrupt(
        file: path(directory, Manifest.fileName), reason: "counts differ from \(entry.name)")
    }
    return segment
  }

  /// `name` inside `directory`, without doubling a trailing slash.
  static func path(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
