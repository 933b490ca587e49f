/// One post of a thread, reduced to plain text.
///
/// `text` is what a reader sees as the post's own words: HTML is reduced to text, quoted
/// blocks of other posts are left out and recorded in `quotes` instead, so a quote of a
/// recommendation never counts as a second recommendation.
///
/// The numbers an export gives are untrusted: `init` keeps them in `ForumNumber`'s ranges,
/// so a post read from any format can be summed and stored safely.
public struct Post: Sendable, Hashable, Codable {
  /// 1-based position in the thread, within `ForumNumber.postNumberRange`.
  public var number: Int
  /// Author's user name; nil when the export does not say (copied text rarely does).
  public var author: String?
  /// ISO 8601 date as the export gives it; nil when unknown.
  public var date: String?
  /// Likes, votes or points, within `ForumNumber.likeRange` (a negative score is 0).
  public var likes: Int
  /// The post this one answers, when the export or the text makes it explicit.
  public var replyTo: Int?
  /// Posts quoted inside this one.
  public var quotes: [QuotedPost]
  /// True for a Stack Exchange accepted answer or a Discourse solution.
  public var isAccepted: Bool
  /// True when the post answers one the export does not hold: a mail archive that kept a
  /// reply ("Re: ...") but not the question it answers. A thread opening with such a post has
  /// no asker among its posts.
  public var answersMissingPost: Bool
  public var text: String

  public init(
    number: Int, author: String? = nil, date: String? = nil, likes: Int = 0, replyTo: Int? = nil,
    quotes: [QuotedPost] = [], isAccepted: Bool = false, answersMissingPost: Bool = false,
    text: String
  ) {
    self.number = ForumNumber.postNumber(number)
    self.author = author
    self.date = date
    self.likes = ForumNumber.likes(likes)
    self.replyTo = ForumNumber.postReference(replyTo)
    self.quotes = quotes
    self.isAccepted = isAccepted
    self.answersMissingPost = answersMissingPost
    self.text = text.withoutNULs
  }

  private enum CodingKeys: String, CodingKey {
    case number, author, date, likes, replyTo, quotes, isAccepted, answersMissingPost, text
  }

  /// Extracted threads written before `answersMissingPost` existed read as posts the export
  /// holds the whole of.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      number: try container.decode(Int.self, forKey: .number),
      author: try container.decodeIfPresent(String.self, forKey: .author),
      date: try container.decodeIfPresent(String.self, forKey: .date),
      likes: try container.decode(Int.self, forKey: .likes),
      replyTo: try container.decodeIfPresent(Int.self, forKey: .replyTo),
      quotes: try container.decode([QuotedPost].self, forKey: .quotes),
      isAccepted: try container.decode(Bool.self, forKey: .isAccepted),
      answersMissingPost: try container.decodeIfPresent(Bool.self, forKey: .answersMissingPost)
        ?? false,
      text: try container.decode(String.self, forKey: .text))
  }
}

/// "This post quotes post N of user U": either part may be unknown.
public struct QuotedPost: Sendable, Hashable, Codable {
  public var post: Int?
  public var author: String?

  public init(post: Int?, author: String?) {
    self.post = ForumNumber.postReference(post)
    self.author = author
  }
}

extension String {
  /// The text without NUL characters, which no forum writes (a JSON export may escape one):
  /// Foundation's substring search traps on a non-ASCII string that ends in one
  /// (`"é\0".contains("é\0\0")`), and extraction searches post text for its sentences.
  var withoutNULs: String {
    utf8.contains(0) ? String(decoding: utf8.filter { $0 != 0 }, as: UTF8.self) : self
  }
}
