import TipsCore

/// What a listing shows of an indexed thread, without its posts' text.
public struct ThreadSummary: Sendable, Hashable {
  public var id: String
  public var title: String
  /// Where the thread came from; nil when the export did not say (copied text).
  public var url: String?
  public var format: ThreadFormat
  public var postCount: Int
  public var tipCount: Int

  public init(
    id: String, title: String, url: String?, format: ThreadFormat, postCount: Int, tipCount: Int
  ) {
    self.id = id
    self.title = title
    self.url = url
    self.format = format
    self.postCount = postCount
    self.tipCount = tipCount
  }
}
