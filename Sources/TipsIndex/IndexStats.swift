/// Sizes of an opened index, for `tips stats`, for checking a commit did what it said, and
/// for ranking (average field lengths).
public struct IndexStats: Sendable, Hashable {
  public var threads: Int
  public var posts: Int
  public var tips: Int
  /// Distinct `Tip.remedy` names.
  public var distinctRemedies: Int
  /// Distinct terms of live tips summed over fields: "knee" in quotes and in conditions
  /// counts twice.
  public var terms: Int
  /// Bytes of the segment files the manifest names (the manifest itself excluded).
  public var bytes: Int
  /// Segment files the manifest names.
  public var segments: Int
  /// Per field, the mean `IndexReader.fieldLength` over live tips (0 without tips): BM25F's
  /// average length. Every field has an entry.
  public var averageFieldLengths: [IndexField: Double]

  public init(
    threads: Int, posts: Int, tips: Int, distinctRemedies: Int, terms: Int, bytes: Int,
    segments: Int = 0, averageFieldLengths: [IndexField: Double] = [:]
  ) {
    self.threads = threads
    self.posts = posts
    self.tips = tips
    self.distinctRemedies = distinctRemedies
    self.terms = terms
    self.bytes = bytes
    self.segments = segments
    self.averageFieldLengths = averageFieldLengths
  }
}
