import TipsCore

/// Reads a Reddit comments page's JSON (`[submission listing, comments listing]`) into a thread.
enum RedditJSONReader {
  static let formatName = "Reddit JSON"

  /// What to tell someone who saved a subreddit's front page instead of a thread.
  static let postListingReason =
    "a Reddit listing of posts, not a comments page: open a post and save its .json"

  /// The thread in `bytes`, a JSON array already recognised by its first byte.
  ///
  /// Post 1 is the submission (title and self text); comments follow depth-first, as Reddit
  /// shows them, numbered from 2. `replyTo` is the parent comment's number, or 1 for a
  /// top-level comment. Deleted and removed comments are skipped but their replies are kept,
  /// answering the nearest kept ancestor. `more` stubs (comments Reddit did not load) are skipped.
  static func thread(from bytes: [UInt8], path: String) throws(IngestError) -> Thread {
    let listings = try JSONDecoding.decode(
      [RedditListing].self, from: bytes, path: path, format: formatName)
    guard listings.count == 2, let submission = listings[0].data.children.first,
      submission.kind == "t3"
    else {
      let onlyPosts = listings.allSatisfy { $0.data.children.allSatisfy { $0.kind == "t3" } }
      throw .malformed(
        path: path, format: formatName,
        reason: onlyPosts && !listings.isEmpty
          ? postListingReason : "expected [submission listing, comments listing]")
    }
    let post = submission.data
    // A link post has no self text: post 1 is then empty but still there, as the comments'
    // `replyTo` 1 points to it.
    var posts = [
      Post(
        number: 1, author: author(post.author), date: RedditText.isoDate(post.createdUTC?.value),
        likes: post.score?.likes ?? 0, text: RedditText.plainText(post.selftext ?? ""))
    ]
    appendComments(listings[1].data.children, replyTo: 1, to: &posts)
    let id = post.id ?? ThreadImporter.fileStem(of: path)
    return Thread(
      id: "reddit-\(id)", title: RedditText.decodingEntities(post.title ?? ""),
      url: post.permalink.map { "https://www.reddit.com\($0)" }, format: .redditJSON,
      posts: posts)
  }

  /// True when `bytes` is one listing of posts (a JSON object): someone saved a subreddit
  /// page, not a thread.
  static func isPostListing(_ bytes: [UInt8], path: String) -> Bool {
    guard
      let listing = try? JSONDecoding.decode(
        RedditListing.self, from: bytes, path: path, format: formatName)
    else { return false }
    return listing.kind == "Listing" && listing.data.children.allSatisfy { $0.kind == "t3" }
  }

  private static func appendComments(
    _ things: [RedditThing], replyTo parent: Int, to posts: inout [Post]
  ) {
    for thing in things where thing.kind == "t1" {
      let comment = thing.data
      var number = parent
      if let body = comment.body, !isGone(body) {
        let (text, quotes) = RedditText.ownText(body)
        if !text.isEmpty {
          number = posts.count + 1
          let quoted = posts.first { $0.number == parent }
          posts.append(
            Post(
              number: number, author: author(comment.author),
              date: RedditText.isoDate(comment.createdUTC?.value),
              likes: comment.score?.likes ?? 0, replyTo: parent,
              quotes: quotes ? [QuotedPost(post: parent, author: quoted?.author)] : [],
              text: text))
        }
      }
      if let replies = comment.replies?.listing {
        appendComments(replies.data.children, replyTo: number, to: &posts)
      }
    }
  }

  /// Reddit's placeholders for a comment whose text is gone.
  private static func isGone(_ body: String) -> Bool {
    body == "[deleted]" || body == "[removed]" || body.isEmpty
  }

  /// The author, or nil for Reddit's "[deleted]" account placeholder.
  private static func author(_ name: String?) -> String? {
    name == "[deleted]" ? nil : name
  }
}
