import Foundation

/// How far an add has got, shared between the add, which counts, and a front end, which
/// reads it a few times a second to show progress.
///
/// Bytes are what a person can judge a long add by: a Stack Exchange dump of gigabytes is one
/// file, and its position is read from the parser as it streams. Tips are counted as each
/// thread's extraction ends, on whichever core it ran, so they trail the threads read.
///
/// Polled rather than pushed: the add never waits on a display, a display redraws on its own
/// clock even while the add waits for a batch's extraction, and counting costs a lock per
/// thread. The counts are only written under `lock`, which is what makes sharing this class
/// across tasks safe.
public final class AddProgress: @unchecked Sendable {
  /// A moment's counts.
  public struct Counts: Sendable, Hashable {
    /// Bytes of the files read so far (finished files whole, the current one up to where
    /// its reader is).
    public var bytesRead = 0
    /// Bytes of all the files the add reads, known before it reads any.
    public var bytesTotal = 0
    /// Threads read so far (a file that turns out malformed keeps its count).
    public var threads = 0
    /// Tips extracted so far.
    public var tips = 0
    /// True once every file is read: what is left is extracting the last batch and writing.
    public var isReadingDone = false

    public init() {}
  }

  private let lock = NSLock()
  private var counts = Counts()

  public init() {}

  /// The counts now.
  public var current: Counts {
    lock.withLock { counts }
  }

  func update(_ change: (inout Counts) -> Void) {
    lock.withLock { change(&counts) }
  }
}
