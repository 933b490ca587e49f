import TipsCore
import TipsIndex

/// Answers a query from the index: finds the tips it matches through the postings, weighs
/// where each match falls, and ranks the remedies those tips speak for by relevance times
/// consensus.
///
/// Relevance of a tip is, per concept of the query, the weight of the best field that holds
/// one of the concept's phrases (a remedy's own name counts most, its muscle and tool tags
/// next, its conditions, quote and caveats least), summed over concepts, divided by the most a
/// tip could score. A remedy's relevance is the mean of its best-matching tip's and of the
/// average over all its tips, squared: so it lies in 0...1, a remedy that is about the query
/// (every tip names it: 1) outranks a better-backed one whose quotes merely mention it
/// (1/64), and a remedy tagged with the query in one post of five ranks below one tagged in
/// all of them.
/// Its consensus is computed over all its tips that pass the filters, not only the matching
/// ones: a search narrows which remedies are shown, not how much support they have.
public struct RemedySearch: Sendable {
  public let reader: IndexReader

  public init(reader: IndexReader) {
    self.reader = reader
  }

  static let weights: [IndexField: Double] = [
    .remedy: 8, .muscles: 4, .tools: 4, .conditions: 1, .quote: 1, .caveats: 0.5, .title: 0.5,
  ]

  /// The most-endorsed remedies overall, after filters.
  public func top(filters: Query.Filters = Query.Filters(), limit: Int) -> [Remedy] {
    let tips = reader.tips.filter { passes($0, filters) }
    return Array(Consensus.remedies(from: tips).prefix(limit))
  }

  /// One remedy by canonical name, with all its tips.
  public func remedy(named name: String) -> Remedy? {
    let tips = reader.tips.filter { $0.remedy == name.lowercased() }
    return Consensus.remedies(from: tips).first
  }

  public func remedies(matching query: Query, limit: Int) -> [Remedy] {
    guard !query.concepts.isEmpty else { return [] }
    let maximum = Double(query.concepts.count) * (Self.weights.values.max() ?? 1)
    var bestByRemedy: [String: Double] = [:]
    var sumByRemedy: [String: Double] = [:]
    for (ordinal, weight) in matchingTips(query) {
      let tip = reader.tips[ordinal]
      guard passes(tip, query.filters) else { continue }
      bestByRemedy[tip.remedy] = max(bestByRemedy[tip.remedy] ?? 0, weight / maximum)
      sumByRemedy[tip.remedy, default: 0] += weight / maximum
    }
    var byRemedy: [String: [Tip]] = [:]
    for tip in reader.tips where bestByRemedy[tip.remedy] != nil && passes(tip, query.filters) {
      byRemedy[tip.remedy, default: []].append(tip)
    }
    var relevanceByRemedy: [String: Double] = [:]
    for (name, tips) in byRemedy {
      let best = bestByRemedy[name] ?? 0
      let mean = (sumByRemedy[name] ?? 0) / Double(tips.count)
      relevanceByRemedy[name] = ((best + mean) / 2) * ((best + mean) / 2)
    }
    let ranked = byRemedy.map { name, tips -> Remedy in
      var remedy = Consensus.remedy(named: name, tips: tips)
      remedy.score = Consensus.score(of: remedy.evidence, relevance: relevanceByRemedy[name] ?? 0)
      return remedy
    }
    .filter { $0.evidence.posts > 0 }
    .sorted(by: Consensus.isRankedBefore)
    return Array(ranked.prefix(limit))
  }

  /// Tip ordinals with their summed field weights, excluded words left out.
  func matchingTips(_ query: Query) -> [Int: Double] {
    var excludedTips = Set<Int>()
    for word in query.excluded {
      for field in IndexField.allCases {
        for posting in reader.postings(field: field, term: word) { excludedTips.insert(posting.tip) }
      }
    }
    var total: [Int: Double] = [:]
    for concept in query.concepts {
      var best: [Int: Double] = [:]
      for phrase in concept.alternatives {
        guard let first = phrase.first else { continue }
        for field in IndexField.allCases {
          let weight = Self.weights[field] ?? 0
          // A phrase's words must stand together in one text of the field: the index checks
          // that from its positions.
          let postings =
            phrase.count == 1
            ? reader.postings(field: field, term: first)
            : reader.postings(field: field, phrase: phrase)
          for posting in postings
          where !excludedTips.contains(posting.tip) && (best[posting.tip] ?? 0) < weight {
            best[posting.tip] = weight
          }
        }
      }
      for (tip, weight) in best { total[tip, default: 0] += weight }
    }
    return total
  }

  private func passes(_ tip: Tip, _ filters: Query.Filters) -> Bool {
    if let muscle = filters.muscle, !tip.muscles.contains(muscle) { return false }
    if let tool = filters.tool, !tip.tools.contains(tool) { return false }
    if let kind = filters.kind, tip.kind != kind { return false }
    if let thread = filters.thread, tip.thread != thread { return false }
    return true
  }
}
