import TipsCore

extension UsenetReader {
  /// Joins the pieces of one Usenet thread read from several files (the 20 Newsgroups
  /// collection keeps one message per file) into the thread one mbox of them would give.
  ///
  /// Only what a `Thread` keeps is there to work with: message ids and "Re:" are gone, so a
  /// reply whose piece did not resolve it is matched by the author its quotes name, and
  /// otherwise answers post 1. Links already resolved inside a piece are kept.
  enum ThreadMerger {
    /// The pieces, which share an id, as one thread: posts ordered by date when every post
    /// has one, else in the pieces' order; a post met twice (same author, date and text)
    /// kept once; numbered from 1.
    static func merged(_ pieces: [Thread]) -> Thread {
      var entries: [(piece: Int, post: Post)] = []
      for (piece, thread) in pieces.enumerated() {
        for post in thread.posts { entries.append((piece, post)) }
      }
      if entries.allSatisfy({ $0.post.date != nil }) {
        entries = entries.enumerated().sorted { left, right in
          (left.element.post.date ?? "", left.offset) < (
            right.element.post.date ?? "", right.offset
          )
        }.map(\.element)
      }
      var numbers: [PostKey: Int] = [:]
      var seen: [Identity: Int] = [:]
      var kept: [(piece: Int, post: Post)] = []
      for entry in entries {
        let identity = Identity(
          author: entry.post.author, date: entry.post.date, text: entry.post.text)
        if let number = seen[identity] {
          numbers[PostKey(piece: entry.piece, number: entry.post.number)] = number
          continue
        }
        kept.append(entry)
        seen[identity] = kept.count
        numbers[PostKey(piece: entry.piece, number: entry.post.number)] = kept.count
      }
      var posts: [Post] = []
      for (index, entry) in kept.enumerated() {
        var post = entry.post
        let number = index + 1
        post.number = number
        let mapped = post.replyTo.flatMap { numbers[PostKey(piece: entry.piece, number: $0)] }
        post.quotes = post.quotes.map { quote in
          let target =
            quote.post.flatMap { numbers[PostKey(piece: entry.piece, number: $0)] }
            ?? quote.author.flatMap { latestPost(by: $0, in: posts) }
          return QuotedPost(post: target, author: quote.author)
        }
        // Only the first post can answer one no piece holds: a later one answers an earlier.
        post.answersMissingPost = number == 1 && post.answersMissingPost
        if let mapped, mapped < number {
          post.replyTo = mapped
        } else if number > 1 {
          post.replyTo = post.quotes.lazy.compactMap(\.post).first ?? 1
        } else {
          post.replyTo = nil
        }
        posts.append(post)
      }
      let first = kept.first.map { pieces[$0.piece] } ?? pieces[0]
      return Thread(
        id: first.id, title: first.title, url: pieces.lazy.compactMap(\.url).first,
        format: first.format, posts: posts)
    }

    /// The number of the latest of `posts` written by `author`, a name or an address
    /// (an address matches a post whose author is its mailbox, as `From:` without a name gives).
    private static func latestPost(by author: String, in posts: [Post]) -> Int? {
      let names: Set<String> = [
        author.lowercased(), MailAddress(parsing: author[...])?.displayName?.lowercased() ?? "",
      ]
      return posts.last { $0.author.map { names.contains($0.lowercased()) } ?? false }?.number
    }

    private struct PostKey: Hashable {
      var piece: Int
      var number: Int
    }

    private struct Identity: Hashable {
      var author: String?
      var date: String?
      var text: String
    }
  }
}
