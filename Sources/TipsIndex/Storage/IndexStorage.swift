/// The file operations an index folder needs, behind one protocol so the writer never knows
/// whether it talks to the file system or to a test that makes the n-th call fail.
///
/// As tantivy's `Directory` trait and SQLite's VFS do, this is the seam where faults are
/// injected: tests swap in a storage that throws `ENOSPC` or `EIO`, or stops dead as a killed
/// process would, at any one call of a commit, then check the folder still opens as before or
/// after it. Production code holds no test hooks; `PosixStorage` is the only implementation
/// the library ships. Every call names its path, so errors and fault plans can say which file.
protocol IndexStorage: Sendable {
  /// Creates a folder and any missing parents, like `mkdir -p`.
  func makeDirectories(_ path: String) throws(StorageError)

  /// Opens (creating if needed) the lock file at `path` and takes an exclusive lock on it
  /// without waiting; nil when another open file holds it. Closing the file releases it.
  func lockExclusively(_ path: String) throws(StorageError) -> OpenFile?

  /// Creates (or truncates) a file for writing.
  func create(_ path: String) throws(StorageError) -> OpenFile

  /// Writes all of `bytes` at the end of what `file` holds.
  func write(_ bytes: [UInt8], to file: OpenFile) throws(StorageError)

  /// Flushes a file's data and metadata to the device.
  func sync(_ file: OpenFile) throws(StorageError)

  func close(_ file: OpenFile) throws(StorageError)

  /// Atomically replaces `destination` with `source`, in the same folder.
  func rename(_ source: String, to destination: String) throws(StorageError)

  /// Flushes a folder's entries, so renames and removals in it survive a crash.
  func syncDirectory(_ path: String) throws(StorageError)

  func remove(_ path: String) throws(StorageError)

  /// The names in a folder, without "." and "..", in no particular order.
  func contentsOfDirectory(_ path: String) throws(StorageError) -> [String]

  /// A whole small file (the manifest).
  func read(_ path: String) throws(StorageError) -> [UInt8]

  /// A whole data file, memory-mapped read-only.
  func map(_ path: String) throws(StorageError) -> FileBytes
}

/// A file opened through an `IndexStorage`: its descriptor, and its path for errors.
struct OpenFile: Sendable, Hashable {
  var descriptor: Int32
  var path: String
}
