import TipsCore

/// A thread as the index stores it: the thread with its posts, and the tips found in it.
///
/// The unit of replacement: committing an `IndexedThread` whose `thread.id` is already indexed
/// replaces that thread and all its tips, so re-adding an export never duplicates advice.
public struct IndexedThread: Sendable, Hashable {
  public var thread: Thread
  public var tips: [Tip]
  /// The names of the red flags the thread's title and posts mention, when already known (a
  /// merge carries them over); nil has the writer find them (see `RedFlags`).
  public var redFlags: [String]?

  public init(thread: Thread, tips: [Tip], redFlags: [String]? = nil) {
    self.thread = thread
    self.tips = tips
    self.redFlags = redFlags
  }
}
