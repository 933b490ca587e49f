/// The fields tips reads from a Discourse `/t/slug/ID.json` response.
///
/// Only what ingest uses is named, so Discourse adding or renaming anything else never
/// breaks an import. Every per-post field Discourse may omit is optional.
struct DiscourseTopic: Decodable {
  var id: Int
  var title: String?
  var slug: String?
  var postStream: PostStream

  struct PostStream: Decodable {
    var posts: [Post]
  }

  struct Post: Decodable {
    var postNumber: Int
    var username: String?
    var createdAt: String?
    var cooked: String?
    var replyToPostNumber: Int?
    var actionsSummary: [Action]?
    var likeCount: JSONNumber?
    var acceptedAnswer: Bool?

    /// The like count: the `actions_summary` entry with id 2, else `like_count`, else 0,
    /// clamped to `ForumNumber.likeRange` (a count that is not a number is 0).
    ///
    /// Topic JSON carries likes in `actions_summary` (the urho3d exports have no per-post
    /// `like_count`); newer Discourse versions also send `like_count`.
    var likes: Int {
      (actionsSummary?.first { $0.id == Action.likeID }?.count ?? likeCount)?.likes ?? 0
    }

    enum CodingKeys: String, CodingKey {
      case postNumber = "post_number"
      case username
      case createdAt = "created_at"
      case cooked
      case replyToPostNumber = "reply_to_post_number"
      case actionsSummary = "actions_summary"
      case likeCount = "like_count"
      case acceptedAnswer = "accepted_answer"
    }
  }

  struct Action: Decodable {
    /// Discourse's post action type for a like.
    static let likeID = 2
    var id: Int
    var count: JSONNumber?
  }

  enum CodingKeys: String, CodingKey {
    case id, title, slug
    case postStream = "post_stream"
  }
}
