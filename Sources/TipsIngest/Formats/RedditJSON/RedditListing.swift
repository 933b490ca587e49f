/// The fields tips reads from Reddit's listing JSON: `{kind: "Listing", data: {children}}`.
///
/// A comments page (`/r/sub/comments/ID/slug.json`) is an array of two listings: the
/// submission (`t3`) and its comment tree (`t1`, with `more` stubs for unloaded comments).
struct RedditListing: Decodable {
  var kind: String?
  var data: ListingData

  struct ListingData: Decodable {
    var children: [RedditThing]
  }
}

/// One `{kind, data}` entry: a submission (`t3`), a comment (`t1`) or a `more` stub.
struct RedditThing: Decodable {
  var kind: String
  var data: ThingData

  struct ThingData: Decodable {
    var id: String?
    var author: String?
    /// Upvotes less downvotes: may be negative, or anything a hostile file puts there.
    var score: JSONNumber?
    var createdUTC: JSONNumber?
    var permalink: String?
    /// Submission only.
    var title: String?
    var selftext: String?
    /// Comment only.
    var body: String?
    var replies: Replies?

    enum CodingKeys: String, CodingKey {
      case id, author, score, permalink, title, selftext, body, replies
      case createdUTC = "created_utc"
    }
  }

  /// A comment's `replies`: Reddit sends an empty string, not an empty listing, when there
  /// are none.
  struct Replies: Decodable {
    var listing: RedditListing?

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      listing =
        container.decodeNil() || (try? container.decode(String.self)) != nil
        ? nil : try container.decode(RedditListing.self)
    }
  }
}
