import TipsCore

extension CopiedTextReader {
  /// Finds which post a post answers, and learns authors on the way, from what the text
  /// makes explicit: a quote of someone's post, a leading "@name", or an agreement naming
  /// someone.
  ///
  /// Copied text rarely says who wrote a post, so a name is first looked up among authors
  /// already known (from headers or from earlier mentions). A mention of someone unknown
  /// addresses the opener, whose author the copy never shows. An agreement naming someone
  /// unknown answers the earlier reply most like it in wording, which then gets that author.
  /// Posts are resolved in order, so what an earlier post teaches serves the later ones.
  enum ReplyResolver {
    static func resolve(_ posts: inout [Post]) {
      let similarity = LexicalSimilarity(documents: posts.map(\.text))
      for index in posts.indices {
        // A quote names its author: it answers that author's latest post before it, unless
        // the export says which post it quotes.
        for (position, quote) in posts[index].quotes.enumerated() {
          if let post = quote.post {
            if posts[index].replyTo == nil { posts[index].replyTo = post }
            continue
          }
          guard let author = quote.author,
            let target = latestPost(before: index, by: author, in: posts)
          else { continue }
          posts[index].quotes[position].post = posts[target].number
          if posts[index].replyTo == nil { posts[index].replyTo = posts[target].number }
        }
      }
      for index in posts.indices.dropFirst() where posts[index].replyTo == nil {
        let text = posts[index].text
        if let mention = leadingMention(in: text) {
          if let target = latestPost(before: index, by: mention, in: posts) {
            posts[index].replyTo = posts[target].number
          } else if posts[0].author == nil {
            posts[0].author = mention
            posts[index].replyTo = posts[0].number
          }
        } else if let agreement = agreement(opening: text), let name = agreement.name {
          if let target = latestPost(before: index, by: name, in: posts) {
            posts[index].replyTo = posts[target].number
          } else if let target = mostSimilarReply(
            before: index, to: index, ignoring: agreement.nameWords, in: posts, using: similarity)
          {
            posts[target].author = name
            posts[index].replyTo = posts[target].number
          }
        }
      }
    }

    /// The latest post before `index` whose author is `name`, ignoring case.
    private static func latestPost(before index: Int, by name: String, in posts: [Post]) -> Int? {
      let name = name.lowercased()
      return posts[..<index].lastIndex { $0.author?.lowercased() == name }
    }

    /// The earlier reply (not the opener, not a post with a known author) sharing the most
    /// content words with post `query`; the later post on a tie; nil when none shares any.
    private static func mostSimilarReply(
      before index: Int, to query: Int, ignoring nameWords: [String], in posts: [Post],
      using similarity: LexicalSimilarity
    ) -> Int? {
      let ignored = Set(nameWords.map { WordFolding.fold($0) })
      var best: (index: Int, score: Double)?
      for candidate in posts.indices[1..<index] where posts[candidate].author == nil {
        let score = similarity.similarity(query, candidate, ignoring: ignored)
        if score > 0, score >= best?.score ?? 0 { best = (candidate, score) }
      }
      return best?.index
    }
  }
}
