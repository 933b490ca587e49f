import TipsCore

/// Reads Discourse's topic JSON (`/t/slug/ID.json`) into a thread.
enum DiscourseJSONReader {
  static let formatName = "Discourse JSON"

  /// The thread in `bytes`, a topic JSON response already recognised by its `post_stream`.
  ///
  /// Posts keep Discourse's `post_number`, even where a post is skipped, so `replyTo` and
  /// quotes (which use those numbers) stay right. A post is skipped when its text is empty
  /// and it quotes nothing: those are "closed/pinned" notices (`post_type` 3) and deleted posts.
  static func thread(from bytes: [UInt8], path: String) throws(IngestError) -> Thread {
    let topic = try JSONDecoding.decode(
      DiscourseTopic.self, from: bytes, path: path, format: formatName)
    let posts = topic.postStream.posts.compactMap { post -> Post? in
      let body = HTMLText(html: post.cooked ?? "", topicID: topic.id)
      guard !body.text.isEmpty || !body.quotes.isEmpty else { return nil }
      return Post(
        number: post.postNumber, author: post.username, date: post.createdAt, likes: post.likes,
        replyTo: post.replyToPostNumber, quotes: body.quotes,
        isAccepted: post.acceptedAnswer ?? false, text: body.text)
    }
    guard !posts.isEmpty else { throw .noPosts(path: path, format: formatName) }
    return Thread(
      id: "discourse-\(topic.id)", title: topic.title ?? topic.slug ?? "Topic \(topic.id)",
      format: .discourseJSON, posts: posts)
  }
}
