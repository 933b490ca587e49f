extension CopiedTextReader {
  /// A line Discourse prints under a post ("3 Likes", "1 Reply", "Solution") or under the
  /// opener ("Solved by chad in post #6"). Every footer ends the post it follows, so the next
  /// paragraph starts a new one.
  ///
  /// Only whole lines match: "1 Like" inside a sentence is text.
  enum PostFooter: Sendable, Hashable {
    case likes(Int)
    case replies(Int)
    /// The post above is the topic's accepted solution.
    case solution
    /// The opener's note naming the accepted post and its author.
    case solvedBy(author: String, post: Int)

    init?(line: Substring) {
      let words = line.split(whereSeparator: \.isWhitespace)
      guard let first = words.first else { return nil }
      let lowered = words.map { $0.lowercased() }
      if words.count == 2, let count = Int(first) {
        switch lowered[1] {
        case "like", "likes": self = .likes(count)
        case "reply", "replies": self = .replies(count)
        default: return nil
        }
        return
      }
      if lowered == ["solution"] {
        self = .solution
        return
      }
      // "Solved by NAME in post #N"
      if words.count == 6, lowered[0] == "solved", lowered[1] == "by", lowered[3] == "in",
        lowered[4] == "post", words[5].first == "#", let post = Int(words[5].dropFirst())
      {
        self = .solvedBy(author: String(words[2]), post: post)
        return
      }
      return nil
    }
  }
}
