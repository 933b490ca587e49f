import TipsCore

/// Which tips an answer may draw on: a muscle group, a tool, a kind of remedy, one thread.
///
/// Muscles and tools may be given by any name the lexicon knows ("psoas", "blackroll"); the
/// knowledge base turns them into the canonical tags tips carry. Nil means no filter.
public struct RemedyFilters: Sendable, Hashable {
  public var muscle: String?
  public var tool: String?
  public var kind: RemedyKind?
  /// A thread id, as `threads()` lists them.
  public var thread: String?

  public init(
    muscle: String? = nil, tool: String? = nil, kind: RemedyKind? = nil, thread: String? = nil
  ) {
    self.muscle = muscle
    self.tool = tool
    self.kind = kind
    self.thread = thread
  }
}
