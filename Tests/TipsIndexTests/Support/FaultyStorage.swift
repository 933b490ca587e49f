import Foundation

@testable import TipsIndex

/// A storage that makes one chosen call of a writer fail, as a full disk, a failing device or
/// a killed process would, and passes every other call to the file system.
///
/// Every call is recorded, so a clean run gives the list of calls a commit makes, and a test
/// can then fail each of them in turn: the n-th call throws `ENOSPC` or `EIO` (a write first
/// writes half its bytes, as a short write before the error does), or, for `.kill`, the n-th
/// call and every one after it do nothing and throw, as if the process had died there. The
/// kernel closes a dead process's files, so `close` still closes (releasing the writer lock).
///
/// `@unchecked Sendable` invariant: the mutable record is only touched under `lock`.
final class FaultyStorage: IndexStorage, @unchecked Sendable {
  enum Fault: String, CaseIterable, Sendable, CustomStringConvertible {
    case noSpace = "ENOSPC"
    case ioError = "EIO"
    case kill = "kill"

    var description: String { rawValue }
  }

  enum Operation: String, Sendable {
    case makeDirectories, lock, create, write, sync, close, rename, syncDirectory, remove
    case list, read, map
  }

  /// One call: what it did and to which path (for a rename, the destination; `source` is
  /// what was renamed).
  struct Call: Equatable, Sendable, CustomStringConvertible {
    var operation: Operation
    var path: String
    var source: String? = nil

    var description: String {
      "\(operation.rawValue) \(path.split(separator: "/").last.map(String.init) ?? path)"
    }
  }

  /// Which call fails.
  enum Plan: Sendable {
    /// The n-th call, counting from 1.
    case number(Int)
    /// The first call of `operation` on a path ending with `suffix`.
    case first(Operation, pathEnding: String)
  }

  private let base = PosixStorage()
  private let plan: Plan?
  private let fault: Fault
  private let lock = NSLock()
  private var recorded: [Call] = []
  private var failing: Int?
  private var isDead = false

  /// Fails the call `plan` picks (none when nil) with `fault`.
  init(failing plan: Plan? = nil, with fault: Fault = .ioError) {
    self.plan = plan
    self.fault = fault
    if case .number(let number) = plan { failing = number }
  }

  /// The calls made so far, failed ones included.
  var calls: [Call] { lock.withLock { recorded } }

  /// Records a call; true when it is the one to fail, throws when the process is dead.
  private func enter(
    _ operation: Operation, _ path: String, source: String? = nil
  ) throws(StorageError) -> Bool {
    let (isFailing, isDead) = lock.withLock {
      recorded.append(Call(operation: operation, path: path, source: source))
      if failing == nil, case .first(operation, let suffix) = plan, path.hasSuffix(suffix) {
        failing = recorded.count
      }
      let isFailing = recorded.count == failing
      if isFailing, fault == .kill { self.isDead = true }
      return (isFailing, self.isDead)
    }
    if isDead {
      throw StorageError(operation: "\(operation.rawValue) (killed)", path: path, code: EIO)
    }
    return isFailing
  }

  private func error(_ operation: Operation, _ path: String) -> StorageError {
    StorageError(
      operation: operation.rawValue, path: path, code: fault == .noSpace ? ENOSPC : EIO)
  }

  private func perform<Result>(
    _ operation: Operation, _ path: String, source: String? = nil,
    _ body: () throws(StorageError) -> Result
  ) throws(StorageError) -> Result {
    guard try !enter(operation, path, source: source) else { throw error(operation, path) }
    return try body()
  }

  func makeDirectories(_ path: String) throws(StorageError) {
    try perform(.makeDirectories, path) { () throws(StorageError) in
      try base.makeDirectories(path)
    }
  }

  func lockExclusively(_ path: String) throws(StorageError) -> OpenFile? {
    try perform(.lock, path) { () throws(StorageError) in try base.lockExclusively(path) }
  }

  func create(_ path: String) throws(StorageError) -> OpenFile {
    try perform(.create, path) { () throws(StorageError) in try base.create(path) }
  }

  func write(_ bytes: [UInt8], to file: OpenFile) throws(StorageError) {
    if try enter(.write, file.path) {
      try base.write(Array(bytes.prefix(bytes.count / 2)), to: file)
      throw error(.write, file.path)
    }
    try base.write(bytes, to: file)
  }

  func sync(_ file: OpenFile) throws(StorageError) {
    try perform(.sync, file.path) { () throws(StorageError) in try base.sync(file) }
  }

  func close(_ file: OpenFile) throws(StorageError) {
    do {
      try perform(.close, file.path) { () throws(StorageError) in try base.close(file) }
    } catch {
      // Failed or not, the descriptor is gone: Linux releases it even when close fails, and
      // the kernel closes every file of a killed process.
      try? base.close(file)
      throw error
    }
  }

  func rename(_ source: String, to destination: String) throws(StorageError) {
    try perform(.rename, destination, source: source) { () throws(StorageError) in
      try base.rename(source, to: destination)
    }
  }

  func syncDirectory(_ path: String) throws(StorageError) {
    try perform(.syncDirectory, path) { () throws(StorageError) in try base.syncDirectory(path) }
  }

  func remove(_ path: String) throws(StorageError) {
    try perform(.remove, path) { () throws(StorageError) in try base.remove(path) }
  }

  func contentsOfDirectory(_ path: String) throws(StorageError) -> [String] {
    try perform(.list, path) { () throws(StorageError) in try base.contentsOfDirectory(path) }
  }

  func read(_ path: String) throws(StorageError) -> [UInt8] {
    try perform(.read, path) { () throws(StorageError) in try base.read(path) }
  }

  func map(_ path: String) throws(StorageError) -> FileBytes {
    try perform(.map, path) { () throws(StorageError) in try base.map(path) }
  }
}
