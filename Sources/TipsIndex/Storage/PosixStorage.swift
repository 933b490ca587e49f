/// The index's files on the real file system, through `Posix`.
struct PosixStorage: IndexStorage {
  func makeDirectories(_ path: String) throws(StorageError) {
    try Posix.makeDirectories(path)
  }

  func lockExclusively(_ path: String) throws(StorageError) -> OpenFile? {
    let file = OpenFile(descriptor: try Posix.openOrCreate(path), path: path)
    let isLocked: Bool
    do {
      isLocked = try Posix.tryLockExclusive(file.descriptor, path: path)
    } catch {
      try? close(file)
      throw error
    }
    guard isLocked else {
      try? close(file)
      return nil
    }
    return file
  }

  func create(_ path: String) throws(StorageError) -> OpenFile {
    OpenFile(descriptor: try Posix.createForWriting(path), path: path)
  }

  func write(_ bytes: [UInt8], to file: OpenFile) throws(StorageError) {
    try Posix.writeAll(file.descriptor, bytes, path: file.path)
  }

  func sync(_ file: OpenFile) throws(StorageError) {
    try Posix.fsync(file.descriptor, path: file.path)
  }

  func close(_ file: OpenFile) throws(StorageError) {
    try Posix.close(file.descriptor, path: file.path)
  }

  func rename(_ source: String, to destination: String) throws(StorageError) {
    try Posix.rename(source, destination)
  }

  func syncDirectory(_ path: String) throws(StorageError) {
    try Posix.fsyncDirectory(path)
  }

  func remove(_ path: String) throws(StorageError) {
    try Posix.unlink(path)
  }

  func contentsOfDirectory(_ path: String) throws(StorageError) -> [String] {
    try Posix.listDirectory(path)
  }

  func read(_ path: String) throws(StorageError) -> [UInt8] {
    try Posix.readFile(path)
  }

  func map(_ path: String) throws(StorageError) -> FileBytes {
    try FileBytes(mapping: path)
  }
}
