import TipsCore

/// Recognises a post that agrees with another ("+1 for rolling", "What Coach Chad said!",
/// "I'm also in agreement with Chad", a bare "This.") and finds the post it agrees with.
enum AgreementFinder {
  struct Agreement {
    var sentence: SentenceAnalysis
    /// The person agreed with, lower-cased last word of the name ("Coach Chad" → "chad").
    var name: String?
  }

  /// Symbols that open an agreement: "+1", "++", the thumbs-up emoji and its codes.
  private static let openingSymbols = [
    "+1", "+ 1", "++", ":+1:", ":thumbsup:", "👍", "^this", "^ this",
  ]
  private static let notNames: Set<String> = [
    "you", "this", "that", "everyone", "all", "the", "him", "her", "them", "it", "everybody",
  ]

  /// The agreement in the first two sentences of a post, if any.
  static func agreement(in post: Post, sentences: [SentenceAnalysis]) -> Agreement? {
    guard let first = sentences.first else { return nil }
    let opening = post.text.drop(while: { $0.isWhitespace })
    if openingSymbols.contains(where: { opening.hasPrefix($0) }) {
      return Agreement(sentence: first, name: nil)
    }
    for sentence in sentences.prefix(2) {
      let folded = sentence.words.map(\.folded)
      if folded == ["this"] { return Agreement(sentence: sentence, name: nil) }
      if let name = whatSaid(sentence, in: post.text) {
        return Agreement(sentence: sentence, name: name.isEmpty ? nil : name)
      }
      if sentence.cues.contains(.agreement) {
        return Agreement(sentence: sentence, name: personAfterWith(sentence, in: post.text))
      }
    }
    return nil
  }

  /// "What X said": the name between the two words ("" when X is a pronoun).
  private static func whatSaid(_ sentence: SentenceAnalysis, in text: String) -> String? {
    let words = sentence.words
    for (i, word) in words.enumerated() where word.folded == "what" && i + 2 < words.count {
      for j in (i + 2)...min(i + 4, words.count - 1) where words[j].folded == "said" {
        let between = words[(i + 1)..<j]
        let capitalised = between.filter { text[$0.range].first?.isUppercase == true }
        return capitalised.last.map { $0.folded } ?? ""
      }
    }
    return nil
  }

  /// "agree with Chad" / "in agreement with Chad": the capitalised word after "with".
  private static func personAfterWith(_ sentence: SentenceAnalysis, in text: String) -> String? {
    let words = sentence.words
    guard let i = words.firstIndex(where: { $0.folded == "with" }), i + 1 < words.count else {
      return nil
    }
    let candidate = words[i + 1]
    guard text[candidate.range].first?.isUppercase == true,
      !notNames.contains(candidate.folded)
    else { return nil }
    return candidate.folded
  }

  /// The post agreed with: by the name's latest earlier post, then the reply or quote link,
  /// then the latest earlier post recommending a remedy the agreement names, then the latest
  /// earlier post recommending anything.
  static func target(
    of agreement: Agreement, in post: Post, thread: Thread, draftsByPost: [Int: [TipDraft]]
  ) -> Int? {
    let earlier = thread.posts.filter { $0.number < post.number }
    if let name = agreement.name,
      let byName = earlier.last(where: { $0.author?.lowercased() == name })
    {
      return byName.number
    }
    if let reply = post.replyTo, reply < post.number { return reply }
    if let quoted = post.quotes.compactMap(\.post).first(where: { $0 < post.number }) {
      return quoted
    }
    let named = Set(agreement.sentence.mentions.map(\.name))
    let recommending = earlier.reversed().filter { candidate in
      draftsByPost[candidate.number, default: []].contains { $0.stance != .against }
    }
    if !named.isEmpty,
      let match = recommending.first(where: { candidate in
        draftsByPost[candidate.number, default: []].contains { named.contains($0.remedy) }
      })
    {
      return match.number
    }
    return recommending.first?.number
  }
}
