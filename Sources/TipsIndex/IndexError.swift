/// Why the index could not be opened or written, as one line a user can act on.
///
/// Cases carry the path and the problem so callers (and tests) can match on them; the
/// `description` is the interface: it names the file, says what is wrong and how to get out.
public enum IndexError: Error, CustomStringConvertible, Equatable, Sendable {
  /// No committed index in the folder (the folder or its `meta.json` does not exist).
  case missing(directory: String)
  /// A file is damaged, truncated, or disagrees with the manifest; `file` is its full path.
  case corrupt(file: String, reason: String)
  /// The file was written by a newer tips in a format this one cannot read.
  case tooNew(file: String, version: Int, newestSupported: Int)
  /// The file was written by an older tips in a format this one no longer reads.
  case tooOld(file: String, version: Int)
  /// Another process held the writer lock on the folder for longer than a writer waits.
  case locked(directory: String)
  /// A system call failed for a reason other than the above (permissions, full disk).
  case io(StorageError)

  public var description: String {
    switch self {
    case .missing(let directory):
      "no index at \(directory); run 'tips add corpus/' first"
    case .corrupt(let file, let reason):
      "\(file): \(reason) (index is corrupt; delete the folder and run 'tips add' again)"
    case .tooNew(let file, let version, let newest):
      "\(file): format version \(version) is newer than this tips reads (\(newest)); upgrade tips"
    case .tooOld(let file, let version):
      "\(file): index format \(version) is from an older tips; delete the folder and run 'tips add' again"
    case .locked(let directory):
      "index at \(directory) is busy: another tips process is writing it; try again when it is done"
    case .io(let error):
      error.description
    }
  }
}
