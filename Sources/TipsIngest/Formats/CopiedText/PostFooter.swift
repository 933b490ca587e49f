import TipsCore

extension CopiedTextReader {
  /// A line printed under a post: its likes, its buttons, or a note about it. Every footer
  /// ends the post it follows, so the next paragraph starts a new one.
  ///
  /// - Discourse: "3 Likes", "1 Reply", "Solution", and under the opener "Solved by chad in
  ///   post #6".
  /// - XenForo: "Like Reply Report" (or one button a line), "Reactions: A, B and 3 others"
  ///   (2.x), "A, B and 3 others like this." (1.x).
  /// - vBulletin: "Reply With Quote", "Quote", "Likes: 4", "Thanks: 2".
  /// - phpBB: "Quote", "Top", "Report".
  /// - Reddit: "Reply Share Report Save Follow" (new), "permalink embed save parent report
  ///   reply" (old, often run together by the copy), "1 point".
  /// - MyBB: "Find", "Reply"; HealthUnlocked: "Like (5)", "12 Replies"; patient.info: "3
  ///   likes, 12 replies"; Invision 3: "Back to top".
  ///
  /// Only whole lines match: "1 Like" inside a sentence is text.
  enum PostFooter: Sendable, Hashable {
    case likes(Int)
    case replies(Int)
    /// The post above is the topic's accepted solution.
    case solution
    /// The opener's note naming the accepted post and its author.
    case solvedBy(author: String, post: Int)
    /// A row of buttons ("Like Reply Report"), which says nothing but where the post ends.
    case actions

    init?(line: Substring) {
      let words = line.split(whereSeparator: \.isWhitespace)
      guard let first = words.first else { return nil }
      let lowered = words.map { $0.lowercased() }
      if words.count == 2, let count = ForumNumber.integer(parsing: first.filter { $0 != "," }) {
        switch lowered[1] {
        case "like", "likes", "point", "points", "reaction", "reactions", "upvote", "upvotes",
          "kudo", "kudos":
          self = .likes(count)
        case "reply", "replies", "comment", "comments": self = .replies(count)
        default: return nil
        }
        return
      }
      // "12 comments share save hide report" (old Reddit, under the opener)
      if words.count > 2, let count = Int(first), ["comment", "comments"].contains(lowered[1]),
        lowered.dropFirst(2).allSatisfy(Self.actionWords.contains)
      {
        self = .replies(count)
        return
      }
      if lowered == ["solution"] {
        self = .solution
        return
      }
      // "Solved by NAME in post #N"
      if words.count == 6, lowered[0] == "solved", lowered[1] == "by", lowered[3] == "in",
        lowered[4] == "post", words[5].first == "#",
        let post = ForumNumber.postReference(ForumNumber.integer(parsing: words[5].dropFirst()))
      {
        self = .solvedBy(author: String(words[2]), post: post)
        return
      }
      // "3 likes, 12 replies": the likes of the post the counts stand under.
      if words.count == 4, lowered[1].hasSuffix(","),
        let likes = ForumNumber.integer(parsing: first.filter { $0 != "," }),
        ["like,", "likes,"].contains(lowered[1]), ForumNumber.integer(parsing: words[2]) != nil,
        ["reply", "replies", "comment", "comments"].contains(lowered[3])
      {
        self = .likes(likes)
        return
      }
      if let likes = Self.likes(in: line.lowercased()) {
        self = .likes(likes)
        return
      }
      if Self.isActionRow(line.lowercased()) {
        self = .actions
        return
      }
      return nil
    }

    /// "Likes: 4", "Reactions: A, B and 3 others", "A, B and 3 others like this.",
    /// "A likes this.", "Liked by 4 people", "Like (5)".
    private static func likes(in lowered: String) -> Int? {
      for label in ["like (", "likes ("] where lowered.hasPrefix(label) && lowered.hasSuffix(")") {
        return ForumNumber.integer(parsing: lowered.dropFirst(label.count).dropLast())
      }
      for label in ["likes:", "reactions:", "liked by:", "thanks:"] where lowered.hasPrefix(label) {
        let rest = CopiedTextReader.trimmed(lowered.dropFirst(label.count)[...])
        if let count = ForumNumber.integer(parsing: rest.filter { $0 != "," }) { return count }
        return rest.isEmpty ? nil : people(in: rest)
      }
      for suffix in [" like this.", " like this", " likes this.", " likes this"]
      where lowered.hasSuffix(suffix) {
        return people(in: lowered.dropLast(suffix.count))
      }
      return nil
    }

    /// How many people "A, B and 3 others" names: 5.
    private static func people(in list: Substring) -> Int? {
      let parts = list.replacing(" and ", with: ", ").split(separator: ",")
      var count = 0
      for part in parts.map({ CopiedTextReader.trimmed($0) }) where !part.isEmpty {
        let words = part.split(separator: " ")
        if words.count == 2, let others = ForumNumber.integer(parsing: words[0]),
          words[1].hasPrefix("other")
        {
          count = ForumNumber.saturatingAdd(count, others)
        } else if words.count <= 3 {
          count = ForumNumber.saturatingAdd(count, 1)
        } else {
          return nil
        }
      }
      return count > 0 ? count : nil
    }

    /// Button labels; a line made of these only, up to eight, is a row of buttons. "Thanks"
    /// is not one: a post can say just that.
    private static let actionWords: Set<String> = [
      "reply", "like", "unlike", "report", "quote", "share", "save", "unsave", "follow",
      "award", "permalink", "embed", "parent", "top", "bookmark", "vote", "upvote", "downvote",
      "multi-quote", "multiquote", "+quote", "edit", "delete", "flag", "react", "copy", "link",
      "give", "with", "more", "options", "hide", "crosspost", "find", "+", "back", "to",
    ]

    /// Words that may stand alone as a row: the others ("with", "give", "more") only join.
    private static let soleActions: Set<String> = [
      "reply", "like", "report", "quote", "share", "save", "follow", "permalink", "top",
      "bookmark", "vote", "multi-quote", "multiquote", "+quote", "hide", "logged", "find",
      "upvote", "downvote", "award",
    ]

    private static func isActionRow(_ lowered: String) -> Bool {
      let words = lowered.split {
        $0.isWhitespace || $0 == "|" || $0 == "·" || $0 == "•" || $0 == "/"
      }
      guard !words.isEmpty, words.count <= 8 else { return false }
      if words.count == 1, soleActions.contains(String(words[0])) { return true }
      if words.allSatisfy({ actionWords.contains(String($0)) }) {
        return words.contains { soleActions.contains(String($0)) }
      }
      let joined = words.joined()
      return joined.count >= 12 && isRunTogether(joined[...])
    }

    /// Old Reddit's buttons copied without spaces: "permalinkembedsaveparentreportreply".
    private static func isRunTogether(_ text: Substring) -> Bool {
      if text.isEmpty { return true }
      return actionWords.contains { text.hasPrefix($0) && isRunTogether(text.dropFirst($0.count)) }
    }
  }
}
