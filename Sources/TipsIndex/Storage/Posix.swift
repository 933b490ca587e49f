#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX calls the index needs, each reading `errno` at once, retrying `EINTR` and throwing
/// a `StorageError` that names the path.
///
/// Every file operation of the index goes through here, as swift-nio routes its system calls
/// through one helper: `errno` is read before any other call can overwrite it, and no caller
/// forgets the `EINTR` loop. File descriptors are plain `Int32`s; whoever opens one closes it.
enum Posix {
  /// Runs `body` until it returns something other than -1 or fails with an error other than
  /// `EINTR`, which it throws.
  @discardableResult
  private static func call<Result: FixedWidthInteger>(
    _ operation: String, _ path: String, _ body: () -> Result
  ) throws(StorageError) -> Result {
    while true {
      let result = body()
      if result != -1 { return result }
      let code = errno
      if code == EINTR { continue }
      throw StorageError(operation: operation, path: path, code: code)
    }
  }

  /// Opens an existing file for reading.
  static func openForReading(_ path: String) throws(StorageError) -> Int32 {
    try call("open", path) { open(path, O_RDONLY | O_CLOEXEC) }
  }

  /// Creates (or truncates) a file for writing, readable by everyone, like any data file.
  static func createForWriting(_ path: String) throws(StorageError) -> Int32 {
    try call("open", path) { open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
  }

  /// Opens a file for reading and writing, creating it if missing (the lock file).
  static func openOrCreate(_ path: String) throws(StorageError) -> Int32 {
    try call("open", path) { open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) }
  }

  /// Opens a folder so it can be `fsync`ed.
  static func openDirectory(_ path: String) throws(StorageError) -> Int32 {
    try call("open", path) { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
  }

  /// Closes `fd`.
  ///
  /// The one call not retried on `EINTR`: Linux releases the descriptor even when `close` is
  /// interrupted, so a retry could close a descriptor another thread has just been given.
  static func close(_ fd: Int32, path: String) throws(StorageError) {
    #if canImport(Glibc)
    let result = Glibc.close(fd)
    #else
    let result = Darwin.close(fd)
    #endif
    if result == -1 {
      let code = errno
      if code != EINTR { throw StorageError(operation: "close", path: path, code: code) }
    }
  }

  /// Writes all of `bytes`, looping over short writes.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StorageError) {
    // `withUnsafeBytes` does not forward typed throws, so the loop reports through a Result.
    let outcome = bytes.withUnsafeBytes { buffer -> Result<Void, StorageError> in
      guard let base = buffer.baseAddress else { return .success(()) }
      var offset = 0
      while offset < buffer.count {
        do throws(StorageError) {
          offset += try call("write", path) { write(fd, base + offset, buffer.count - offset) }
        } catch {
          return .failure(error)
        }
      }
      return .success(())
    }
    try outcome.get()
  }

  /// The size of the open file `fd`.
  static func fileSize(_ fd: Int32, path: String) throws(StorageError) -> Int {
    var status = stat()
    try call("fstat", path) { fstat(fd, &status) }
    return Int(status.st_size)
  }

  /// Maps `size` bytes of `fd` read-only and private; the mapping outlives `fd` and the file's
  /// name, and must be released with `unmap`.
  static func mapReadOnly(
    _ fd: Int32, size: Int, path: String
  ) throws(StorageError) -> UnsafeRawPointer {
    let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
    guard let address, address != MAP_FAILED else {
      throw StorageError(operation: "mmap", path: path, code: errno)
    }
    // Opening reads a segment's ends and lookups read scattered postings: read-ahead would
    // only fill memory with posts nobody asked for. Advice, so a refusal changes nothing.
    _ = madvise(address, size, Int32(MADV_RANDOM))
    return UnsafeRawPointer(address)
  }

  /// Tells the system the pages of `range` (page-aligned) in a mapping made by `mapReadOnly`
  /// are not needed now: they leave this process's memory and are read from the file again
  /// if touched. Advice, so a refusal changes nothing.
  static func releasePages(_ address: UnsafeRawPointer, _ range: Range<Int>) {
    _ = madvise(
      UnsafeMutableRawPointer(mutating: address + range.lowerBound), range.count,
      Int32(MADV_DONTNEED))
  }

  /// The size of a memory page.
  static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  /// Releases a mapping made by `mapReadOnly`; it cannot fail for a mapping made there.
  static func unmap(_ address: UnsafeMutableRawPointer, size: Int) {
    munmap(address, size)
  }

  /// Reads a whole file into memory (the manifest; data files are mapped, see `FileBytes`).
  static func readFile(_ path: String) throws(StorageError) -> [UInt8] {
    let fd = try openForReading(path)
    let outcome = readAll(fd, path: path)
    do {
      try close(fd, path: path)
    } catch {
      if case .success = outcome { throw error }
    }
    return try outcome.get()
  }

  private static func readAll(_ fd: Int32, path: String) -> Result<[UInt8], StorageError> {
    var status = stat()
    do {
      try call("fstat", path) { fstat(fd, &status) }
    } catch {
      return .failure(error)
    }
    var result: [UInt8] = []
    result.reserveCapacity(Int(status.st_size))
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let count = buffer.withUnsafeMutableBytes { raw -> Result<Int, StorageError> in
        do throws(StorageError) {
          return .success(try call("read", path) { read(fd, raw.baseAddress, chunk) })
        } catch {
          return .failure(error)
        }
      }
      switch count {
      case .failure(let error): return .failure(error)
      case .success(0): return .success(result)
      case .success(let count): result.append(contentsOf: buffer[0..<count])
      }
    }
  }

  /// Flushes a file's data and metadata to the device.
  static func fsync(_ fd: Int32, path: String) throws(StorageError) {
    #if canImport(Glibc)
    try call("fsync", path) { Glibc.fsync(fd) }
    #else
    try call("fsync", path) { Darwin.fsync(fd) }
    #endif
  }

  /// Flushes a folder's entries, so a `rename` or `unlink` inside it survives a crash.
  static func fsyncDirectory(_ path: String) throws(StorageError) {
    let fd = try openDirectory(path)
    do {
      try fsync(fd, path: path)
    } catch {
      try? close(fd, path: path)
      throw error
    }
    try close(fd, path: path)
  }

  /// Atomically replaces `destination` with `source` (same file system).
  static func rename(_ source: String, _ destination: String) throws(StorageError) {
    #if canImport(Glibc)
    try call("rename", "\(source) -> \(destination)") { Glibc.rename(source, destination) }
    #else
    try call("rename", "\(source) -> \(destination)") { Darwin.rename(source, destination) }
    #endif
  }

  /// Removes a file.
  static func unlink(_ path: String) throws(StorageError) {
    #if canImport(Glibc)
    try call("unlink", path) { Glibc.unlink(path) }
    #else
    try call("unlink", path) { Darwin.unlink(path) }
    #endif
  }

  /// Creates a folder; an existing folder is not an error.
  static func makeDirectory(_ path: String) throws(StorageError) {
    while true {
      if mkdir(path, 0o755) == 0 { return }
      let code = errno
      if code == EINTR { continue }
      if code == EEXIST, isDirectory(path) { return }
      throw StorageError(operation: "mkdir", path: path, code: code)
    }
  }

  /// Creates a folder and any missing parents, like `mkdir -p`.
  static func makeDirectories(_ path: String) throws(StorageError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      try makeDirectory(prefix)
      prefix += "/"
    }
  }

  /// The first of `path` and its parents, shortest first, that exists but is not a folder;
  /// nil when there is none. Used only to word an error, so it stats outside `IndexStorage`.
  static func firstNonFolder(on path: String) -> String? {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      var status = stat()
      guard stat(prefix, &status) == 0 else { return nil }
      if (status.st_mode & S_IFMT) != S_IFDIR { return prefix }
      prefix += "/"
    }
    return nil
  }

  /// True when `path` names an existing folder (following symbolic links).
  static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    guard (try? call("stat", path, { stat(path, &status) })) != nil else { return false }
    return (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// Takes an exclusive `flock` on `fd` without waiting; false when another open file holds it.
  ///
  /// `flock` locks belong to the open file description, so a second `open` of the lock file
  /// conflicts even inside the same process, and the kernel drops the lock when its holder
  /// exits, crash included: no stale lock to clean up by hand.
  static func tryLockExclusive(_ fd: Int32, path: String) throws(StorageError) -> Bool {
    while true {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
      let code = errno
      if code == EINTR { continue }
      if code == EWOULDBLOCK { return false }
      throw StorageError(operation: "flock", path: path, code: code)
    }
  }

  /// The names in a folder, without "." and "..".
  static func listDirectory(_ path: String) throws(StorageError) -> [String] {
    guard let stream = opendir(path) else {
      throw StorageError(operation: "opendir", path: path, code: errno)
    }
    defer { closedir(stream) }
    var names: [String] = []
    while true {
      errno = 0
      guard let entry = readdir(stream) else {
        let code = errno
        if code == 0 { break }
        throw StorageError(operation: "readdir", path: path, code: code)
      }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Blocks the calling thread for `duration` (a writer waiting for the lock, which it takes
  /// in a synchronous `init`); an interrupted sleep just ends early.
  static func sleep(for duration: Duration) {
    let (seconds, attoseconds) = duration.components
    var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
    _ = nanosleep(&request, nil)
  }

  /// This process's id, to make temporary file names unique per writer.
  static var processID: Int32 { getpid() }
}
