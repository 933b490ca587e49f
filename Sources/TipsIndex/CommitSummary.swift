/// What a commit changed and what the index holds after it.
public struct CommitSummary: Sendable, Hashable {
  /// The commit's number: 1 for the first commit of a folder, one more for each after.
  public var generation: Int
  /// Threads that were not indexed before.
  public var threadsAdded: Int
  /// Threads whose id was indexed already, replaced with the new content.
  public var threadsReplaced: Int
  /// Threads removed by id; ids that were not indexed are not counted.
  public var threadsRemoved: Int
  /// Totals after the commit.
  public var threads: Int
  public var posts: Int
  public var tips: Int
  /// Bytes of the segment files this commit wrote (its new segment and any merged one).
  public var bytes: Int
  /// Segments the index has after the commit.
  public var segments: Int
  /// Segments this commit merged into one (0 when it merged none).
  public var segmentsMerged: Int

  public init(
    generation: Int, threadsAdded: Int, threadsReplaced: Int, threadsRemoved: Int, threads: Int,
    posts: Int, tips: Int, bytes: Int, segments: Int = 0, segmentsMerged: Int = 0
  ) {
    self.generation = generation
    self.threadsAdded = threadsAdded
    self.threadsReplaced = threadsReplaced
    self.threadsRemoved = threadsRemoved
    self.threads = threads
    self.posts = posts
    self.tips = tips
    self.bytes = bytes
    self.segments = segments
    self.segmentsMerged = segmentsMerged
  }
}
