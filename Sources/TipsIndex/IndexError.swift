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
  /// The index path cannot be a folder: `file`, the path itself or a folder on the way to it,
  /// is an existing file that is not a folder.
  case notAFolder(directory: String, file: String)
  /// The index folder (or a missing parent) could not be created: `error` says why.
  case cannotCreate(directory: String, error: StorageError)
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
    case .notAFolder(let directory, let file) where directory == file:
      "index at \(directory) is a file, not a folder; give the index a folder of its own"
    case .notAFolder(let directory, let file):
      "no index can be at \(directory): \(file) is a file, not a folder; choose another path"
    case .cannotCreate(let directory, let error):
      "cannot create the index folder \(error.path) for \(directory): \(error.reason)"
    case .io(let error):
      error.description
    }
  }
}
