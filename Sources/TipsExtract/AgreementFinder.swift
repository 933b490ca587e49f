import TipsCore

/// Recognises a post that agrees with another ("+1 for rolling", "What Coach Chad said!",
/// "I'm also in agreement with Chad", a bare "This.") and finds the post it agrees with.
enum AgreementFinder {
  struct Found {
    var sentence: SentenceAnalysis
    /// The person agreed with, lower-cased last word of the name ("Coach Chad" → "chad").
    var name: String?
    /// Whether the sentence opens with the agreement ("+1 for rolling, and ..."), so its
    /// first clause is the agreement's own.
    var opensSentence: Bool

    /// Whether the agreement names a word of `remedy` ("+1 on the shoes" names "new shoes"),
    /// where it names no remedy the lexicon knows.
    func names(_ remedy: String) -> Bool {
      let nouns = Set(
        sentence.words.indices.filter { sentence.tags[$0].upos == .noun }.map {
          Cues.withoutPluralS(sentence.tags[$0].lemma)
        })
      return remedy.split(separator: " ").contains { nouns.contains(Cues.withoutPluralS($0)) }
    }
  }

  /// The agreement in the first two sentences of a post, if any. The first is read from the
  /// post's start, so an opening "+1" the sentence splitter left out still counts; a symbol
  /// after a first sentence ("NIKE Training Club app :+1:") cheers the poster's own advice.
  static func agreement(in post: Post, sentences: [SentenceAnalysis]) -> Found? {
    for (index, sentence) in sentences.prefix(2).enumerated() {
      let start = index == 0 ? post.text.startIndex : sentence.range.lowerBound
      let text = post.text[start..<sentence.range.upperBound]
      guard index == 0 || text.first?.isLetter == true else { continue }
      if let found = Agreement(sentence: text) {
        return Found(sentence: sentence, name: found.name, opensSentence: found.opensSentence)
      }
    }
    return nil
  }

  /// The post agreed with: by the name's latest earlier post, then the reply or quote link
  /// where that post recommends something, then the latest earlier post recommending a
  /// remedy the agreement names or a word of one, then the link, then the latest earlier
  /// post recommending anything.
  static func target(
    of agreement: Found, in post: Post, thread: Thread, draftsByPost: [Int: [TipDraft]]
  ) -> Int? {
    let earlier = thread.posts.filter { $0.number < post.number }
    if let name = agreement.name,
      let byName = earlier.last(where: { $0.author?.lowercased() == name })
    {
      return byName.number
    }
    let recommending = earlier.reversed().filter { candidate in
      draftsByPost[candidate.number, default: []].contains { $0.stance != .against }
    }
    // The post replied to or quoted, unless it recommends nothing (a reply to the question
    // that agrees with an answer).
    let linked = ([post.replyTo].compactMap { $0 } + post.quotes.compactMap(\.post))
      .filter { $0 < post.number }
    if let answer = linked.first(where: { number in
      recommending.contains { $0.number == number }
    }) {
      return answer
    }
    let named = Set(agreement.sentence.mentions.map(\.name))
    if !named.isEmpty,
      let match = recommending.first(where: { candidate in
        draftsByPost[candidate.number, default: []].contains { named.contains($0.remedy) }
      })
    {
      return match.number
    }
    if let match = recommending.first(where: { candidate in
      draftsByPost[candidate.number, default: []].contains { agreement.names($0.remedy) }
    }) {
      return match.number
    }
    return linked.first ?? recommending.first?.number
  }
}
