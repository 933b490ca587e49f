import TipsCore

/// A thread as the index stores it: the thread with its posts, and the tips found in it.
///
/// The unit of replacement: committing an `IndexedThread` whose `thread.id` is already indexed
/// replaces that thread and all its tips, so re-adding an export never duplicates advice.
public struct IndexedThread: Sendable, Hashable {
  public var thread: Thread
  public var tips: [Tip]

  public init(thread: Thread, tips: [Tip]) {
    self.thread = thread
    self.tips = tips
  }
}
