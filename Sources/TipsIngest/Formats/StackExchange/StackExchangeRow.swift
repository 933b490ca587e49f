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

  /// The row's post, or nil for rows that are neither questions nor answers (tag wikis,
  /// moderator nominations: `PostTypeId` 3 to 8) or that lack an `Id`.
  init?(attributes: [String: String]) {
    guard let id = attributes["Id"].flatMap({ Int($0) }) else { return nil }
    switch attributes["PostTypeId"] {
    case "1":
      kind = .question(
        title: attributes["Title"] ?? "",
        acceptedAnswerID: attributes["AcceptedAnswerId"].flatMap { Int($0) },
        answerCount: attributes["AnswerCount"].flatMap { Int($0) })
    case "2":
      guard let parent = attributes["ParentId"].flatMap({ Int($0) }) else { return nil }
      kind = .answer(questionID: parent)
    default:
      return nil
    }
    self.id = id
    // Saturating, so "99999999999999999999" is a huge score, not none; `Post` clamps it.
    score = attributes["Score"].flatMap { ForumNumber.integer(parsing: $0) } ?? 0
    creationDate = attributes["CreationDate"]
    // Dumps name deleted users only by `OwnerDisplayName`; live users only by id (their name
    // is in Users.xml, which a thread import does not read).
    author =
      attributes["OwnerDisplayName"].flatMap { $0.isEmpty ? nil : $0 }
      ?? attributes["OwnerUserId"].map { "user\($0)" }
    text = HTMLText(html: attributes["Body"] ?? "").text
  }
}
