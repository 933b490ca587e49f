/// The last commit of an index folder, read and checked: its manifest, its data file's bytes,
/// and their decoded contents.
///
/// Readers and the writer load a folder the same way, so the writer refuses to build on a
/// damaged index instead of silently dropping what it could not read.
struct CommittedIndex: Sendable {
  var manifest: Manifest
  /// The data file, whole: postings are decoded from it on lookup.
  var bytes: [UInt8]
  var contents: SegmentContents

  /// Reads the commit `directory/meta.json` names.
  ///
  /// Throws `.missing` when there is no manifest, since a folder without one holds no commit
  /// (a writer may have created it and crashed before its first commit).
  static func load(directory: String) throws(IndexError) -> CommittedIndex {
    let manifestPath = path(directory, Manifest.fileName)
    let manifestBytes: [UInt8]
    do {
      manifestBytes = try Posix.readFile(manifestPath)
    } catch {
      if error.isNoSuchFile { throw .missing(directory: directory) }
      throw .io(error)
    }
    let manifest = try Manifest.decode(manifestBytes, path: manifestPath)
    guard manifest.files.count == 1, let file = manifest.files.first else {
      throw .corrupt(
        file: manifestPath, reason: "names \(manifest.files.count) data files, expected one")
    }
    let dataPath = path(directory, file.name)
    let bytes: [UInt8]
    do {
      bytes = try Posix.readFile(dataPath)
    } catch {
      if error.isNoSuchFile {
        throw .corrupt(file: dataPath, reason: "missing, though \(Manifest.fileName) names it")
      }
      throw .io(error)
    }
    if bytes.count < file.bytes {
      throw .corrupt(
        file: dataPath,
        reason: "truncated: \(bytes.count) bytes, \(Manifest.fileName) records \(file.bytes)")
    }
    if bytes.count > file.bytes {
      throw .corrupt(
        file: dataPath,
        reason: "\(bytes.count) bytes, \(Manifest.fileName) records \(file.bytes)")
    }
    let (payload, crc) = try DataFileFrame.unframe(bytes, path: dataPath)
    guard crc == file.crc32 else {
      throw .corrupt(file: dataPath, reason: "checksum differs from \(Manifest.fileName)")
    }
    let contents: SegmentContents
    do {
      contents = try SegmentCodec.decode(bytes, payload: payload)
    } catch {
      throw .corrupt(file: dataPath, reason: error.reason)
    }
    let counts = Manifest.Counts(
      threads: contents.threads.count,
      posts: contents.threads.reduce(0) { $0 + $1.thread.posts.count },
      tips: contents.threads.reduce(0) { $0 + $1.tips.count })
    guard counts == manifest.counts else {
      throw .corrupt(file: manifestPath, reason: "counts differ from \(file.name)")
    }
    return CommittedIndex(manifest: manifest, bytes: bytes, contents: contents)
  }

  /// `name` inside `directory`, without doubling a trailing slash.
  static func path(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
