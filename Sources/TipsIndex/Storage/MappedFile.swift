#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one data file, memory-mapped read-only.
///
/// `@unchecked Sendable` invariant: the bytes never change after `init`. The mapping is
/// `PROT_READ` and `MAP_PRIVATE`, and tips never modifies a data file in place: files are
/// written under a temporary name and renamed, and only ever unlinked afterwards. On Linux and
/// macOS an unlinked file's mapping stays valid until `munmap`, so a reader keeps its snapshot
/// while a writer deletes the files it mapped. Nothing writes through `buffer`; `deinit` is the
/// only place it is released, and it runs once no copy of the wrapper is left.
final class FileBytes: @unchecked Sendable {
  let buffer: UnsafeRawBufferPointer

  /// Maps the file at `path` whole. An empty file maps nothing and reads as zero bytes.
  init(mapping path: String) throws(StorageError) {
    let fd = try Posix.openForReading(path)
    defer { try? Posix.close(fd, path: path) }
    let size = try Posix.fileSize(fd, path: path)
    guard size > 0 else {
      buffer = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    let base = try Posix.mapReadOnly(fd, size: size, path: path)
    buffer = UnsafeRawBufferPointer(start: base, count: size)
  }

  deinit {
    guard let base = buffer.baseAddress else { return }
    Posix.unmap(UnsafeMutableRawPointer(mutating: base), size: buffer.count)
  }

  var bytes: MappedBytes { MappedBytes(file: self) }

  /// Drops the whole pages inside `range` from this process's memory (they are read from the
  /// file again if touched), so reading a file through once, as a merge does, does not keep
  /// it resident.
  func releasePages(in range: Range<Int>) {
    guard let base = buffer.baseAddress else { return }
    let page = Posix.pageSize
    let lower = (range.lowerBound + page - 1) / page * page
    let upper = min(range.upperBound, buffer.count) / page * page
    guard lower < upper else { return }
    Posix.releasePages(base, lower..<upper)
  }
}

/// A data file's bytes as a collection, keeping the `FileBytes` that owns them alive.
///
/// Indices run from 0 to the file size; `ByteReader` checks bounds before every read.
struct MappedBytes: RandomAccessCollection, Sendable {
  let file: FileBytes

  var startIndex: Int { 0 }
  var endIndex: Int { file.buffer.count }

  subscript(position: Int) -> UInt8 {
    file.buffer[position]
  }

  func withContiguousStorageIfAvailable<Result>(
    _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    try body(file.buffer.bindMemory(to: UInt8.self))
  }
}
