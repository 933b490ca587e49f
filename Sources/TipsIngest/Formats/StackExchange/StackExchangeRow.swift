import TipsCore

/// One `<row>` of a Stack Exchange `Posts.xml`, reduced to the fields a thread needs.
///
/// Body HTML is reduced to text as soon as the row is read, so what is held per open thread
/// is its text, proportional to the output, never the file.
struct StackExchangeRow {
  enum Kind {
    case question(title: String, acceptedAnswerID: Int?, answerCount: Int?)
    case answer(questionID: Int)
  }

  var id: Int
  var kind: Kind
  var score: Int
  var creationDate: String?
  var author: String?
  var text: String

  /// The attributes a row's post is made from, gathered as the reader lends them.
  struct Fields {
    var id: Int?
    /// `PostTypeId`: 1 a question, 2 an answer, anything else (or nil) a row to skip.
    var postType: Int?
    var parentID: Int?
    var acceptedAnswerID: Int?
    var answerCount: Int?
    var score: String?
    var creationDate: String?
    var ownerDisplayName: String?
    var ownerUserID: String?
    var title: String?
    var text: String?

    /// Takes `attribute` if it is one a post needs; the `Body` HTML is reduced to text at
    /// once, unless the row already showed it is neither a question nor an answer.
    mutating func take(_ attribute: XMLAttribute) {
      if attribute.isNamed("Id") {
        id = attribute.integer
      } else if attribute.isNamed("PostTypeId") {
        postType = attribute.hasValue("1") ? 1 : attribute.hasValue("2") ? 2 : 0
      } else if attribute.isNamed("Body") {
        if postType == nil || postType == 1 || postType == 2 { text = attribute.htmlText.text }
      } else if attribute.isNamed("ParentId") {
        parentID = attribute.integer
      } else if attribute.isNamed("AcceptedAnswerId") {
        acceptedAnswerID = attribute.integer
      } else if attribute.isNamed("AnswerCount") {
        answerCount = attribute.integer
      } else if attribute.isNamed("Score") {
        score = attribute.text
      } else if attribute.isNamed("CreationDate") {
        creationDate = attribute.text
      } else if attribute.isNamed("OwnerDisplayName") {
        ownerDisplayName = attribute.text
      } else if attribute.isNamed("OwnerUserId") {
        ownerUserID = attribute.text
      } else if attribute.isNamed("Title") {
        title = attribute.text
      }
    }
  }

  /// The row's post, or nil for rows that are neither questions nor answers (tag wikis,
  /// moderator nominations: `PostTypeId` 3 to 8) or that lack an `Id`.
  init?(_ fields: Fields) {
    guard let id = fields.id else { return nil }
    switch fields.postType {
    case 1:
      kind = .question(
        title: fields.title ?? "", acceptedAnswerID: fields.acceptedAnswerID,
        answerCount: fields.answerCount)
    case 2:
      guard let parent = fields.parentID else { return nil }
      kind = .answer(questionID: parent)
    default:
      return nil
    }
    self.id = id
    // Saturating, so "99999999999999999999" is a huge score, not none; `Post` clamps it.
    score = fields.score.flatMap { ForumNumber.integer(parsing: $0) } ?? 0
    creationDate = fields.creationDate
    // Dumps name deleted users only by `OwnerDisplayName`; live users only by id (their name
    // is in Users.xml, which a thread import does not read).
    author =
      fields.ownerDisplayName.flatMap { $0.isEmpty ? nil : $0 }
      ?? fields.ownerUserID.map { "user\($0)" }
    text = fields.text ?? ""
  }
}
