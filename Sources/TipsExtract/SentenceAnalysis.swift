import TipsCore

/// What one sentence of a post says, in lexicon terms: the remedies it names, the tools,
/// muscles and conditions beside them, and what it does with them.
struct SentenceAnalysis {
  var range: Range<String.Index>
  /// Which paragraph of the post (blank-line separated) the sentence is in.
  var paragraph: Int
  var words: [WordSpan]
  var cues = CueHits(hits: [])
  var mentions: [RemedyMention] = []
  var tools: [String] = []
  var muscles: [String] = []
  var conditions: [String] = []
  var isQuestion = false
  var isAgainst = false
  var hasSuccessCue = false
  /// Says in so many words that it advises: an imperative ("Try ..."), a recommending verb
  /// ("I suggest", "is my go-to", "works well") or a fragment of up to four words that opens
  /// with a remedy ("Yoga.", "NIKE Training Club app.").
  var isAdvice = false
  /// The poster's own plan ("I'll add the couch stretch to my routine"), not advice.
  var isIntention = false
  /// Clauses that warn, limit or set a condition; verbatim ranges of the post's text.
  var caveatClauses: [Range<String.Index>] = []

  /// Remedies named outside every caveat clause: the ones the sentence speaks for.
  var recommendedRemedies: [RemedyMention] {
    mentions.filter { mention in
      !mention.isProblem && !caveatClauses.contains { $0.contains(mention.position) }
    }
  }

  /// Remedies named only inside caveat clauses ("Rolling could be quite painful").
  var cautionedRemedies: [RemedyMention] {
    mentions.filter { mention in caveatClauses.contains { $0.contains(mention.position) } }
  }
}

/// A remedy named in a sentence, with the tags its lexicon entry brings.
struct RemedyMention: Hashable {
  var name: String
  var kind: RemedyKind
  var muscles: [String]
  var tools: [String]
  /// Where in the post's text the naming words start.
  var position: String.Index
  /// Muscles and tools named in the same clause: what this mention is about.
  var clauseMuscles: [String] = []
  var clauseTools: [String] = []
  /// Named as the problem ("lack of core strength"), not as advice.
  var isProblem = false
  /// Found by a recommendation pattern, not in the lexicon (see `RemedyDiscovery`).
  var isDiscovered = false
}
