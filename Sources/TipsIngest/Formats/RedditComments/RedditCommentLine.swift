import Foundation

/// One line of a Reddit archive (comments `RC_…` or submissions `RS_…`, one JSON object per
/// line), reduced to the fields tips reads: anything else on the line is ignored.
struct RedditCommentLine: Decodable {
  var id: String?
  var name: String?
  var linkID: String?
  var parentID: String?
  var author: String?
  var body: String?
  var title: String?
  var selftext: String?
  var permalink: String?
  var subreddit: String?
  var score: JSONNumber?
  var createdUTC: JSONNumber?

  enum CodingKeys: String, CodingKey {
    case id, name, author, body, title, selftext, permalink, subreddit, score
    case linkID = "link_id"
    case parentID = "parent_id"
    case createdUTC = "created_utc"
  }

  /// Why a line was not used, as counted and named in the file's report.
  enum Problem: String, CaseIterable, Comparable, Error {
    case notJSON = "not JSON"
    case tooLong = "longer than 64 KB"
    case missingID = "no id"
    case missingLink = "no link_id \"t3_…\""
    case missingParent = "no parent_id"
    case neither = "neither a comment nor a submission"

    static func < (lhs: Self, rhs: Self) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  /// The line as an entry to group, or the reason it cannot be one.
  ///
  /// A line with a `body` is a comment and needs `id`, `link_id` ("t3_" and the thread's id)
  /// and `parent_id`; a line with a `title` is a submission and needs `id`. `sequence` is
  /// the line's place in the input, the last tie-break of every ordering.
  static func entry(from bytes: [UInt8], sequence: Int) -> Result<CommentEntry, Problem> {
    guard let line = try? JSONDecoder().decode(Self.self, from: Data(bytes)) else {
      return .failure(.notJSON)
    }
    if let body = line.body {
      guard let id = line.id.map(withoutPrefix), !id.isEmpty else { return .failure(.missingID) }
      guard let link = line.linkID, link.hasPrefix("t3_"), link.count > 3 else {
        return .failure(.missingLink)
      }
      guard let parent = line.parentID else { return .failure(.missingParent) }
      return .success(
        CommentEntry(
          thread: String(link.dropFirst(3)), sequence: sequence, isSubmission: false, id: id,
          parent: parent, author: line.author, text: body, title: nil, permalink: nil,
          score: line.score?.value, created: line.createdUTC?.value))
    }
    if let title = line.title {
      guard let id = (line.id ?? line.name).map(withoutPrefix), !id.isEmpty else {
        return .failure(.missingID)
      }
      return .success(
        CommentEntry(
          thread: id, sequence: sequence, isSubmission: true, id: id, parent: nil,
          author: line.author, text: line.selftext ?? "", title: title,
          permalink: line.permalink, score: line.score?.value, created: line.createdUTC?.value))
    }
    return .failure(.neither)
  }

  /// True when `bytes`, a file's first line, is a Reddit archive line: a comment (`body`
  /// and `link_id`) or a submission (`title` beside `selftext` or `subreddit`). A Discourse
  /// topic saved on one line also has `id` and `title`, but neither of the others.
  static func opensCommentLines(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let line = try? JSONDecoder().decode(Self.self, from: Data(bytes)) else {
      return false
    }
    if line.body != nil, line.linkID != nil { return true }
    return line.title != nil && (line.selftext != nil || line.subreddit != nil)
  }

  /// "t3_abc" and "t1_abc" name the same thing as "abc".
  private static func withoutPrefix(_ id: String) -> String {
    id.hasPrefix("t3_") || id.hasPrefix("t1_") ? String(id.dropFirst(3)) : id
  }
}

/// A comment or submission waiting to be grouped into its thread: what a sorted run on disk
/// holds, one per line.
struct CommentEntry: Codable, Sendable {
  /// The submission's id, without "t3_": the sort key.
  var thread: String
  var sequence: Int
  var isSubmission: Bool
  /// Without its "t1_"/"t3_" prefix.
  var id: String
  /// "t1_…" (a comment) or "t3_…" (the submission), as given; nil for a submission.
  var parent: String?
  var author: String?
  /// A comment's body or a submission's self text, as Reddit escapes it.
  var text: String
  var title: String?
  var permalink: String?
  var subreddit: String?
  var score: Double?
  var created: Double?

  /// Order of the sorted runs: by thread, then by place in the input.
  static func precedes(_ lhs: Self, _ rhs: Self) -> Bool {
    lhs.thread != rhs.thread ? lhs.thread < rhs.thread : lhs.sequence < rhs.sequence
  }

  /// Bytes the entry holds, to bound the buffer that is sorted before it spills.
  var byteCount: Int {
    thread.utf8.count + id.utf8.count + text.utf8.count + (title?.utf8.count ?? 0)
      + (author?.utf8.count ?? 0) + (permalink?.utf8.count ?? 0) + 64
  }
}
