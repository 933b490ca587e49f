/// One piece of advice found in one post: a remedy, what it was tagged with, and the words
/// that carry it.
///
/// A tip is either the post's own recommendation (`stance == .recommends`), an agreement with
/// another post that recommended the remedy (`.agrees`, `agreesWith` names that post), or a
/// report against it (`.against`), which makes the remedy disputed where others recommend it,
/// or only a warning about it (`.cautions`), which adds its caveats and nothing else.
public struct Tip: Sendable, Hashable, Codable {
  public var remedy: String
  public var kind: RemedyKind
  public var muscles: [String]
  public var tools: [String]
  public var conditions: [String]
  public var thread: String
  public var post: Int
  public var author: String?
  /// The post's likes, within `ForumNumber.likeRange`.
  public var likes: Int
  public var stance: Stance
  public var agreesWith: Int?
  /// A verbatim span of the post's text.
  public var quote: String
  /// Verbatim spans of the same post that warn about or qualify this remedy.
  public var caveats: [String]
  /// The post is its thread's accepted answer (Stack Exchange) or solution (Discourse): the
  /// asker's word that it worked, which adds to the post's own and never stands alone. Not in
  /// the tip's JSON: a thread's posts carry it.
  public var isAccepted = false
  /// How the post writes a remedy it names in its own words, where that differs from the
  /// name tips are grouped by: "relax your shoulders" for "relax shoulder". A remedy is shown
  /// by the wording most of its tips use (see `Remedy.wording`).
  public var wording: String? = nil

  private enum CodingKeys: String, CodingKey {
    case remedy, kind, muscles, tools, conditions, thread, post, author, likes, stance
    case agreesWith, quote, caveats, wording
  }

  public init(
    remedy: String, kind: RemedyKind, muscles: [String] = [], tools: [String] = [],
    conditions: [String] = [], thread: String, post: Int, author: String? = nil, likes: Int = 0,
    stance: Stance = .recommends, agreesWith: Int? = nil, quote: String, caveats: [String] = [],
    isAccepted: Bool = false, wording: String? = nil
  ) {
    self.remedy = remedy
    self.kind = kind
    self.muscles = muscles
    self.tools = tools
    self.conditions = conditions
    self.thread = thread
    self.post = ForumNumber.postNumber(post)
    self.author = author
    self.likes = ForumNumber.likes(likes)
    self.stance = stance
    self.agreesWith = ForumNumber.postReference(agreesWith)
    self.quote = quote
    self.caveats = caveats
    self.isAccepted = isAccepted
    self.wording = wording
  }
}

public enum Stance: String, Sendable, Hashable, Codable {
  case recommends
  case agrees
  case against
  /// The post only warns about the remedy ("Careful, rolling can be painful"): its caveats
  /// join the remedy's, and it counts neither for nor against it.
  case cautions

  /// Whether the tip backs the remedy: a recommendation or an agreement with one.
  public var supports: Bool { self == .recommends || self == .agrees }
}

/// The contract's remedy kinds.
public enum RemedyKind: String, Sendable, Hashable, Codable, CaseIterable {
  case stretch, strength, mobility
  case selfMassage = "self-massage"
  case equipment, practitioner, activity
  case appOrMedia = "app-or-media"
  case lifestyle, other
}
