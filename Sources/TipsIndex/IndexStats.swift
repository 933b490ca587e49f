/// Sizes of an opened index, for `tips stats` and for checking a commit did what it said.
public struct IndexStats: Sendable, Hashable {
  public var threads: Int
  public var posts: Int
  public var tips: Int
  /// Distinct `Tip.remedy` names.
  public var distinctRemedies: Int
  /// Distinct terms summed over fields: "knee" in quotes and in conditions counts twice.
  public var terms: Int
  /// Bytes of the data files the manifest names (the manifest itself excluded).
  public var bytes: Int

  public init(threads: Int, posts: Int, tips: Int, distinctRemedies: Int, terms: Int, bytes: Int) {
    self.threads = threads
    self.posts = posts
    self.tips = tips
    self.distinctRemedies = distinctRemedies
    self.terms = terms
    self.bytes = bytes
  }
}
