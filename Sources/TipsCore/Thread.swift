/// One forum thread as its export tells it: a title, where it came from, and its posts in order.
///
/// `id` is stable across re-exports of the same thread (a topic id, a question id, a file
/// stem for copied text), so adding the thread again replaces it instead of duplicating it.
public struct Thread: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  public var url: String?
  public var format: ThreadFormat
  public var posts: [Post]

  public init(id: String, title: String, url: String? = nil, format: ThreadFormat, posts: [Post]) {
    self.id = id
    self.title = title.withoutNULs
    self.url = url
    self.format = format
    self.posts = posts
  }

  private enum CodingKeys: String, CodingKey {
    case id, title, url, format, posts
  }

  /// Decoded through `init`, so a title read from JSON is cleaned as one read from an export.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(String.self, forKey: .id),
      title: try container.decode(String.self, forKey: .title),
      url: try container.decodeIfPresent(String.self, forKey: .url),
      format: try container.decode(ThreadFormat.self, forKey: .format),
      posts: try container.decode([Post].self, forKey: .posts))
  }

  /// The post with a 1-based `number`, or nil when the thread has no such post.
  public func post(_ number: Int) -> Post? {
    posts.first { $0.number == number }
  }
}

/// The export formats tips reads. Detected from a file's content, never from its name.
public enum ThreadFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// Plain text copied from a Discourse topic page in a browser.
  case copiedText = "copied-text"
  /// Discourse's `/t/slug/ID.json`.
  case discourseJSON = "discourse-json"
  /// The HTML page Discourse serves a crawler or a browser without JavaScript.
  case discourseHTML = "discourse-html"
  /// Discourse's plain-text export of a topic, `/raw/ID`.
  case discourseRaw = "discourse-raw"
  /// Reddit's two-listing comments page `.json`.
  case redditJSON = "reddit-json"
  /// A Stack Exchange data-dump `Posts.xml`.
  case stackExchangeXML = "stackexchange-xml"
  /// Usenet articles or mail messages (RFC 822/1036): one message per file, or an mbox.
  case usenet = "usenet"
}
