import Foundation
import TipsCore
import TipsIndex

/// Answers a query from the index: finds the tips it matches through the postings, scores
/// each tip with BM25F, and ranks the remedies those tips speak for by relevance times
/// consensus.
///
/// BM25F (Robertson and Zaragoza) scores a term once per tip over all fields: each field's
/// term frequency is weighted (a remedy's own name counts most, its muscle and tool tags next,
/// conditions, quote and caveats least) and normalised by the field's length against its
/// average, the weighted sum is saturated by `k1` and multiplied by the term's inverse
/// document frequency over tips. A concept of the query (a word, a quoted phrase, or a
/// lexicon entry with all its names) scores the best of its alternatives; a phrase counts
/// where its terms stand together, from the positions in the index. A concept that no tip's
/// own fields hold is looked for in the whole posts the tips come from: the words around a
/// recommendation find it, yet never outweigh a tip that says them itself. Where the answer
/// still has room, the rest of the advice of the threads that say the query follows.
///
/// A remedy's raw relevance is the mean of its best tip's score and of the average over all
/// its tips (so a remedy tagged with the query in one post of five ranks below one tagged in
/// all of them), divided by the best shown remedy's and squared: the answer that is about the
/// query has relevance 1, one whose quotes merely mention it far less. (A remedy only warned
/// about is never shown, so it never sets that scale.) Consensus is computed over
/// all the remedy's tips that pass the filters, not only the matching ones: a search narrows
/// which remedies are shown, not how much support they have.
public struct RemedySearch: Sendable {
  public let reader: IndexReader

  public init(reader: IndexReader) {
    self.reader = reader
  }

  static let weights: [IndexField: Double] = [
    .remedy: 8, .muscles: 4, .tools: 4, .conditions: 1, .quote: 1, .caveats: 0.5, .title: 0.5,
    .post: 0.3, .mentions: 0.3,
  ]
  /// Length normalisation per field: tag fields are short lists, quotes are prose.
  static let lengthNormalisation: [IndexField: Double] = [
    .remedy: 0.3, .muscles: 0.3, .tools: 0.3, .conditions: 0.3, .quote: 0.75, .caveats: 0.75,
    .title: 0.5, .post: 0.75, .mentions: 0.75,
  ]
  static let k1 = 1.2
  static let analyzer = Analyzer()

  /// The most-endorsed remedies overall, after filters. Without a filter they are ranked by
  /// the evidence segments stored at commit, and only the remedies shown are read.
  public func top(
    filters: Query.Filters = Query.Filters(), limit: Int, detail: AnswerDetail = .everyTip
  ) throws(IndexError) -> [Remedy] {
    // A remedy only reported against is no one's advice: `show` finds it, `top` does not.
    guard filters == Query.Filters() else {
      let tips = try reader.tips.filter { passes($0, filters) }
      return Consensus.remedies(from: tips, limit: limit, supportedOnly: true)
    }
    return try Consensus.remedies(
      aggregates: try reader.remedyEvidence(), limit: limit, supportedOnly: true,
      relevance: { _ in 1 },
      assemble: { name, aggregate throws(IndexError) in try remedy(name, aggregate, detail) })
  }

  /// One remedy by canonical name, with all its tips.
  public func remedy(named name: String) throws(IndexError) -> Remedy? {
    Consensus.remedies(from: try tips(ofRemedy: name.lowercased())).first
  }

  /// The query with each word no tip or post holds replaced by the indexed word nearest it
  /// in spelling ("nizoral" by the "nizerol" a post wrote, "herbal" by "herb"), recorded in
  /// `respellings`: a misspelling on either side still finds its remedy, and the answer can
  /// say what it looked for. Words of four letters or more are respelled, within one edit
  /// up to five letters and two beyond, as search engines allow; quoted phrases and words
  /// with digits are left as they are, and a lexicon word is respelled only where no name of
  /// its entry is indexed ("acidophilus" finds the "acidophilous" a post wrote). A word run
  /// together from two that tips hold side by side is searched as the two ("saltwater" as
  /// "salt water") before any spelling near it.
  public func respelled(_ query: Query) throws(IndexError) -> Query {
    var query = query
    for (index, concept) in query.concepts.enumerated() {
      let word = concept.text
      guard word.count >= 4, word.allSatisfy(\.isLetter),
        concept.alternatives.first == [word]
      else { continue }
      let terms = Self.analyzer.terms(in: word)
      guard terms.count == 1, let term = terms.first?.text, try !isIndexed(term) else {
        continue
      }
      var otherNameIndexed = false
      for name in concept.alternatives.dropFirst() where try isIndexed(phrase: name) {
        otherNameIndexed = true
        break
      }
      guard !otherNameIndexed else { continue }
      if let parts = try compoundParts(of: word) {
        let phrase = parts.joined(separator: " ")
        query.concepts[index] = Query.Concept(text: phrase, alternatives: [parts])
        query.respellings.append(Respelling(typed: word, searched: phrase))
        continue
      }
      guard
        let nearest = try reader.nearestTerm(
          to: [word, term], within: word.count <= 5 ? 1 : 2, in: IndexField.allCases),
        // The term must analyze to itself to be looked up as the concept's word.
        Self.analyzer.terms(in: nearest).map(\.text) == [nearest]
      else { continue }
      query.concepts[index] = Query.Concept(text: nearest, alternatives: [[nearest]])
      query.respellings.append(Respelling(typed: word, searched: nearest))
    }
    return query
  }

  /// The two words a word no tip holds was run together from, where tips hold them side
  /// by side ("earwax" for the "ear wax" posts wrote), each part three letters or more.
  private func compoundParts(of word: String) throws(IndexError) -> [String]? {
    let letters = Array(word)
    guard letters.count >= 6 else { return nil }
    for cut in 3...(letters.count - 3) {
      let parts = [String(letters[..<cut]), String(letters[cut...])]
      let terms = parts.map { Self.analyzer.terms(in: $0).map(\.text) }
      guard terms.allSatisfy({ $0.count == 1 }) else { continue }
      for field in IndexField.allCases
      where try !reader.postings(field: field, phrase: terms.map { $0[0] }, positions: false)
        .isEmpty
      {
        return parts
      }
    }
    return nil
  }

  /// Whether any live tip holds every term of `phrase` in some field.
  private func isIndexed(phrase: [String]) throws(IndexError) -> Bool {
    for word in phrase {
      for term in Self.analyzer.terms(in: word) where try !isIndexed(term.text) { return false }
    }
    return true
  }

  /// Whether any live tip holds `term` in any field.
  private func isIndexed(_ term: String) throws(IndexError) -> Bool {
    for field in IndexField.allCases
    where try reader.documentFrequency(field: field, term: term) > 0 {
      return true
    }
    return false
  }

  /// The remedies whose tips say the query's words, ranked; then, where fewer than `limit`
  /// do, the remedies whose posts say them ("stuffy" where the tip says "decongestants
  /// work"), ranked after them and scored below the last of them; then, where there is
  /// still room, the other remedies of the threads that say the query, below those.
  public func remedies(
    matching query: Query, limit: Int, detail: AnswerDetail = .everyTip
  ) throws(IndexError) -> [Remedy] {
    guard !query.concepts.isEmpty else { return [] }
    let excluded = try excludedTips(query)
    let perConcept = try query.concepts.map { concept throws(IndexError) in
      try conceptScores(concept, excluding: excluded)
    }
    let scores = perConcept.reduce(TipScores()) { $0.adding($1.scores) }
    let first = try ranked(scores, filters: query.filters, limit: limit, detail: detail)
    guard first.count < limit else { return first }
    // A post one of those tips comes from says the words because of that tip: its other
    // tips ("check your cleats" beside "foam roll the quads") are not about the query.
    let matched = Set(scores.tips)
    let aroundPerConcept = try query.concepts.map { concept throws(IndexError) in
      try postScores(of: concept, excluding: excluded, leavingOutPostsOf: matched)
    }
    let around = aroundPerConcept.reduce(TipScores()) { $0.adding($1) }
    let rest = Self.placed(
      try ranked(
        around, filters: query.filters, limit: limit - first.count, detail: detail,
        leavingOut: Set(first.map(\.name))),
      below: first)
    let shown = first + rest
    guard shown.count < limit else { return shown }
    // A thread whose tips or posts say the query is about it, and the rest of its advice
    // answers the query too ("insomnia" where the opener asks for a sleep aid and one reply
    // names the trouble): it follows, each thread's as high as its matches summed over the
    // query's parts, so one that says every part comes first. A part found only by some of
    // its words ("splints" of "shin splints") finds no thread.
    var threads: [String: Double] = [:]
    for (own, posts) in zip(perConcept, aroundPerConcept) where own.isWhole {
      threads.merge(try threadScores(of: own.scores.adding(posts)), uniquingKeysWith: +)
    }
    // A query that names a remedy asks about it: of the rest, only the remedies of the kind
    // of the first answer, the one it names, are its alternatives ("doxylamine" after
    // "benadryl", not "check your cleats" after "foam roll").
    let kinds = try namesARemedy(query) ? Set(shown.prefix(1).map(\.kind)) : nil
    let others = try tipScores(
      ofThreads: threads, leavingOut: matched.union(around.tips).union(excluded),
      keepingKinds: kinds)
    return shown
      + Self.placed(
        try ranked(
          others, filters: query.filters, limit: limit - shown.count, detail: detail,
          leavingOut: Set(shown.map(\.name))),
        below: shown)
  }

  /// `lower`, rescored where needed so that each ranks below the last of `upper`.
  private static func placed(_ lower: [Remedy], below upper: [Remedy]) -> [Remedy] {
    guard let lowest = upper.last?.score.total, let highest = lower.first?.score.total,
      highest >= lowest, highest > 0
    else { return lower }
    let scale = 0.99 * lowest / highest
    return lower.map { remedy in
      var remedy = remedy
      remedy.score = Consensus.score(
        of: remedy.evidence, relevance: remedy.score.relevance * scale)
      return remedy
    }
  }

  /// Whether a part of the query names a remedy some tip gives ("foam roll", "supplements"):
  /// such a query asks about that remedy, not what else helps. Counted from the remedy
  /// names' term statistics, without reading where the words stand.
  private func namesARemedy(_ query: Query) throws(IndexError) -> Bool {
    for concept in query.concepts {
      for alternative in concept.alternatives {
        let terms = Self.analyzer.terms(in: alternative.joined(separator: " "))
        var named = !terms.isEmpty
        for term in terms where named {
          named = try reader.documentFrequency(field: .remedy, term: term.text) > 0
        }
        if named { return true }
      }
    }
    return false
  }

  /// How many of a concept's best-matched tips say which threads it is about.
  private static let topicalTipsRead = 20

  /// The threads of the best of `matched`, each with its best score.
  private func threadScores(of matched: TipScores) throws(IndexError) -> [String: Double] {
    var threads: [String: Double] = [:]
    for (tip, score) in matched.entries.sorted(by: { $0.1 > $1.1 }).prefix(Self.topicalTipsRead)
    where score > 0 {
      let thread = try reader.tip(at: tip).thread
      threads[thread] = max(threads[thread] ?? 0, score)
    }
    return threads
  }

  /// Every tip of the threads in `threads` but those in `leavingOut`, scored as its thread;
  /// only those of `kinds`, where given.
  private func tipScores(
    ofThreads threads: [String: Double], leavingOut: Set<Int>, keepingKinds kinds: Set<RemedyKind>?
  ) throws(IndexError) -> TipScores {
    var tips: [(tip: Int, score: Double)] = []
    for (thread, score) in threads {
      let threadTips = try reader.tips(inThread: thread)
      for ordinal in threadTips.indices
      where !leavingOut.contains(ordinal) && kinds?.contains(threadTips[ordinal].kind) ?? true {
        tips.append((ordinal, score))
      }
    }
    var scores = TipScores(reservingCapacity: tips.count)
    for (tip, score) in tips.sorted(by: { $0.tip < $1.tip }) { scores.append(tip, score) }
    return scores
  }

  /// The remedies of the tips `scores` rates, ranked by relevance times consensus; those in
  /// `leavingOut` are not.
  private func ranked(
    _ scores: TipScores, filters: Query.Filters, limit: Int, detail: AnswerDetail,
    leavingOut: Set<String> = []
  ) throws(IndexError) -> [Remedy] {
    guard limit > 0, !scores.isEmpty else { return [] }
    var bestByRemedy: [String: Double] = [:]
    var sumByRemedy: [String: Double] = [:]
    // Where each remedy's first matching tip stands: equal scores keep the threads' order.
    var firstMatch: [String: Int] = [:]
    if filters == Query.Filters() {
      // No filter looks into a tip: the tables say which remedy each one is for.
      // One slot per remedy key met, looked up once a tip.
      var slots: [RemedyKey: Int] = [:]
      var keys: [(key: RemedyKey, best: Double, sum: Double, first: Int)] = []
      // Summed in ordinal order, so equal remedies tie exactly in every run and their
      // names order them.
      for ((ordinal, score), key) in zip(scores.entries, try reader.remedyKeys(ofTips: scores.tips))
      {
        if let slot = slots[key] {
          keys[slot].best = max(keys[slot].best, score)
          keys[slot].sum += score
        } else {
          slots[key] = keys.count
          keys.append((key, max(0, score), score, ordinal))
        }
      }
      for entry in keys.sorted(by: { $0.key < $1.key }) {
        let name = try reader.remedyName(of: entry.key)
        bestByRemedy[name] = max(bestByRemedy[name] ?? 0, entry.best)
        sumByRemedy[name, default: 0] += entry.sum
        firstMatch[name] = min(firstMatch[name] ?? .max, entry.first)
      }
    } else {
      for (ordinal, score) in scores.entries {
        let tip = try reader.tip(at: ordinal)
        guard passes(tip, filters) else { continue }
        bestByRemedy[tip.remedy] = max(bestByRemedy[tip.remedy] ?? 0, score)
        sumByRemedy[tip.remedy, default: 0] += score
        firstMatch[tip.remedy] = firstMatch[tip.remedy] ?? ordinal
      }
    }
    for name in leavingOut {
      bestByRemedy[name] = nil
      sumByRemedy[name] = nil
    }
    guard !bestByRemedy.isEmpty else { return [] }
    if filters == Query.Filters(),
      let ranked = try rankedByStoredEvidence(
        best: bestByRemedy, sum: sumByRemedy, firstMatch: firstMatch, limit: limit,
        detail: detail)
    {
      return ranked
    }
    var byRemedy: [String: [Tip]] = [:]
    for name in bestByRemedy.keys {
      byRemedy[name] = try tips(ofRemedy: name).filter { passes($0, filters) }
    }
    var rawRelevance: [String: Double] = [:]
    var shownRelevance: [Double] = []
    for (name, tips) in byRemedy {
      let best = bestByRemedy[name] ?? 0
      let relevance = (best + (sumByRemedy[name] ?? 0) / Double(tips.count)) / 2
      rawRelevance[name] = relevance
      if tips.contains(where: \.stance.supports) { shownRelevance.append(relevance) }
    }
    let top = shownRelevance.max() ?? 1
    return Consensus.remedies(
      byName: byRemedy, limit: limit, supportedOnly: true,
      relevance: { name in
        let relevance = (rawRelevance[name] ?? 0) / top
        return relevance * relevance
      }, order: { firstMatch[$0] ?? .max })
  }

  /// Ranks the matched remedies by the evidence each segment stored at commit, decoding the
  /// tips only of the remedies returned (on a card, only those it shows); nil when a remedy
  /// has no stored evidence, which leaves ranking to count the tips themselves.
  private func rankedByStoredEvidence(
    best: [String: Double], sum: [String: Double], firstMatch: [String: Int], limit: Int,
    detail: AnswerDetail
  ) throws(IndexError) -> [Remedy]? {
    var aggregates: [String: RemedyAggregate] = [:]
    var rawRelevance: [String: Double] = [:]
    var shownRelevance: [Double] = []
    for (name, score) in best {
      guard let aggregate = try reader.remedyEvidence(named: name) else { return nil }
      aggregates[name] = aggregate
      let relevance = (score + (sum[name] ?? 0) / Double(max(aggregate.tips, 1))) / 2
      rawRelevance[name] = relevance
      if aggregate.evidence.posts > 0 { shownRelevance.append(relevance) }
    }
    let top = shownRelevance.max() ?? 1
    return try Consensus.remedies(
      aggregates: aggregates, limit: limit, supportedOnly: true,
      relevance: { name in
        let relevance = (rawRelevance[name] ?? 0) / top
        return relevance * relevance
      }, order: { firstMatch[$0] ?? .max },
      assemble: { name, aggregate throws(IndexError) in try remedy(name, aggregate, detail) })
  }

  /// The remedy `name` with the evidence of `aggregate`, holding its tips as `detail` asks.
  private func remedy(_ name: String, _ aggregate: RemedyAggregate, _ detail: AnswerDetail)
    throws(IndexError)
    -> Remedy
  {
    switch detail {
    case .everyTip:
      return Consensus.remedy(
        named: name, tips: try tips(ofRemedy: name), evidence: aggregate.evidence)
    case .card(let quotes, let caveats):
      guard let card = try reader.remedyCard(named: name, quotes: quotes, caveats: caveats)
      else {
        var remedy = Consensus.remedy(named: name, tips: [], evidence: aggregate.evidence)
        remedy.wording = aggregate.wording(of: name)
        return remedy
      }
      return Consensus.remedy(card: card, named: name, aggregate: aggregate)
    }
  }

  /// Every tip of the remedy `name`, found through the remedy field's postings rather than
  /// by walking the whole index, so a search costs what its remedies hold.
  private func tips(ofRemedy name: String) throws(IndexError) -> [Tip] {
    let terms = Self.analyzer.terms(in: name)
    guard let first = terms.first else { return try reader.tips.filter { $0.remedy == name } }
    let postings =
      terms.count == 1
      ? try reader.postings(field: .remedy, term: first.text)
      : try reader.postings(
        field: .remedy, phrase: terms.map(\.text), offsets: terms.map(\.position))
    var tips: [Tip] = []
    for posting in postings {
      let tip = try reader.tip(at: posting.tip)
      if tip.remedy == name { tips.append(tip) }
    }
    return tips
  }

  /// The tips holding a word the query excludes ("-rolling").
  private func excludedTips(_ query: Query) throws(IndexError) -> Set<Int> {
    var excluded = Set<Int>()
    for word in query.excluded {
      for term in Self.analyzer.terms(in: word) {
        for field in Self.tipFields {
          for posting in try reader.postings(field: field, term: term.text) {
            excluded.insert(posting.tip)
          }
        }
      }
    }
    return excluded
  }

  /// Each tip's BM25F score for `concept`; tips in `excluded` are left out. A concept no
  /// tip's own fields hold anywhere in the index is looked for in the posts the tips come
  /// from; `isWhole` is false where only some of its words were found.
  private func conceptScores(_ concept: Query.Concept, excluding excluded: Set<Int>)
    throws(IndexError) -> (scores: TipScores, isWhole: Bool)
  {
    var best = try bestScores(of: concept, in: Self.tipFields, excluding: excluded)
    if best.isEmpty { best = try postScores(of: concept, excluding: excluded) }
    guard best.isEmpty, let words = concept.eachWord else { return (best, true) }
    // A lexicon phrase no one wrote ("can't sleep" for insomnia) is looked for by its own
    // words, any of them.
    best = try bestScores(of: words, in: Self.tipFields, excluding: excluded)
    if best.isEmpty { best = try postScores(of: words, excluding: excluded) }
    return (best, false)
  }

  /// Per tip, the concept's score in the post the tip comes from (a post's text is stored
  /// with the first of its tips and holds for the rest), or in the posts that name its
  /// remedy without a tip of it, whichever is higher.
  private func postScores(
    of concept: Query.Concept, excluding excluded: Set<Int>,
    leavingOutPostsOf matched: Set<Int> = []
  ) throws(IndexError) -> TipScores {
    var scores = TipScores()
    // A post is left out before its words' positions are read: a hot remedy's posts say
    // the query's words thousands of times, and none of them can add an answer.
    let reader = reader
    let isNotMatched: ((Int) throws(IndexError) -> Bool)? =
      matched.isEmpty
      ? nil
      : { tip throws(IndexError) in
        guard !matched.contains(tip) else { return false }
        return try !reader.tipsSharingPost(with: tip).contains(where: matched.contains)
      }
    // The tips of one post follow one another, and a post's run ends before the next tip
    // that holds a post: the list stays in order.
    for (tip, score) in try bestScores(
      of: concept, in: [.post], excluding: [], keeping: isNotMatched
    ).entries {
      let post = [tip] + Array(try reader.tipsSharingPost(with: tip))
      for sharing in post where !excluded.contains(sharing) { scores.append(sharing, score) }
    }
    // A post that names a remedy and gives no tip of it speaks for that remedy alone.
    let mentions = try bestScores(of: concept, in: [.mentions], excluding: excluded)
      .filter { !matched.contains($0) }
    return scores.merged(
      with: mentions, added: { $0 > 0 ? $0 : nil }, combined: { own, named in max(own, named) })
  }

  /// Every field but the posts the tip comes from or its remedy is named in.
  static let tipFields = IndexField.allCases.filter { $0 != .post && $0 != .mentions }

  /// Per tip, the best BM25F score of the concept's alternatives over `fields`, among the
  /// tips `isWanted` accepts (all when nil).
  private func bestScores(
    of concept: Query.Concept, in fields: [IndexField], excluding excluded: Set<Int>,
    keeping isWanted: ((Int) throws(IndexError) -> Bool)? = nil
  ) throws(IndexError) -> TipScores {
    var best = TipScores()
    // Names that analyze alike ("hip flexor", "hip flexors") score alike: each is scored once.
    var scored = Set<[Analyzer.Term]>()
    for alternative in concept.alternatives {
      let terms = Self.analyzer.terms(in: alternative.joined(separator: " "))
      guard scored.insert(terms).inserted else { continue }
      let scores = try bm25f(terms, in: fields, keeping: isWanted)
      best = best.merged(
        with: excluded.isEmpty ? scores : scores.filter { !excluded.contains($0) },
        added: { $0 > 0 ? $0 : nil }, combined: { own, other in max(own, other) })
    }
    return best
  }

  /// BM25F of one term or phrase over `fields` for every tip that holds it.
  ///
  /// The thread's topic (`.title`) is every tip's of that thread alike, so it counts only
  /// for a tip that does not say the term itself, and only the tips that say it set its
  /// rarity: "antibiotics" in a question about ear infections would otherwise lift the
  /// thread's vitamin tips to the level of the reply that says to avoid antibiotics, and make
  /// the word look common because the question said it.
  ///
  /// Only the tips `isWanted` accepts are scored, and the term's rarity is counted among
  /// them.
  private func bm25f(
    _ terms: [Analyzer.Term], in fields: [IndexField],
    keeping isWanted: ((Int) throws(IndexError) -> Bool)? = nil
  ) throws(IndexError) -> TipScores {
    guard let first = terms.first else { return TipScores() }
    var weighted = TipScores()
    var topical = TipScores()
    for field in fields {
      var postings: [Posting]
      if terms.count == 1 {
        postings = try reader.postings(field: field, term: first.text)
        if let isWanted {
          var wanted: [Posting] = []
          for posting in postings where try isWanted(posting.tip) { wanted.append(posting) }
          postings = wanted
        }
      } else {
        postings = try reader.postings(
          field: field, phrase: terms.map(\.text), offsets: terms.map(\.position),
          keeping: isWanted, positions: false)
      }
      guard !postings.isEmpty else { continue }
      let weight = Self.weights[field] ?? 0
      let b = Self.lengthNormalisation[field] ?? 0.75
      let average = max(reader.averageFieldLengths[field] ?? 1, 1)
      let lengths = try reader.fieldLengths(of: postings, in: field)
      var inField = TipScores(reservingCapacity: postings.count)
      for (posting, length) in zip(postings, lengths) {
        let normalised = Double(posting.frequency) / (1 - b + b * Double(length) / average)
        inField.append(posting.tip, weight * normalised)
      }
      if field == .title {
        topical = topical.adding(inField)
      } else {
        weighted = weighted.adding(inField)
      }
    }
    let tips = Double(max(reader.tipCount, 1))
    let frequency = Double(weighted.isEmpty ? topical.count : weighted.count)
    weighted = weighted.merged(with: topical, combined: { own, _ in own })
    let idf = log(1 + (tips - frequency + 0.5) / (frequency + 0.5))
    return weighted.mapScores { idf * $0 / (Self.k1 + $0) }
  }

  private func passes(_ tip: Tip, _ filters: Query.Filters) -> Bool {
    if let muscle = filters.muscle, !tip.muscles.contains(muscle) { return false }
    if let tool = filters.tool, !tip.tools.contains(tool) { return false }
    if let kind = filters.kind, tip.kind != kind { return false }
    if let thread = filters.thread, tip.thread != thread { return false }
    return true
  }
}
