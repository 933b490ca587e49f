import Foundation
import TipsCore
import TipsIndex

/// Gathers tips into remedies and scores how strongly the threads' people back each one.
///
/// The score puts people first: one loud poster is not a consensus. Each person who recommends
/// the remedy in their own words counts one; agreements ("+1", "what Chad said") and likes add
/// with diminishing returns, since agreeing with a post that gives five pieces of advice is a
/// weaker vote for each of them. The whole is scaled by a confidence in the spirit of the lower
/// bound of the Wilson score interval (Reddit's "best" sort), taken over the people for and
/// against, so many supporters outweigh a lone well-liked post and a remedy some people report
/// against sinks instead of being promoted:
///
///     support    = recommenders + 0.5·ln(1 + agreements) + 0.5·ln(1 + accepted)
///                  + 0.3·ln(1 + likes)
///     confidence = WilsonLowerBound(for: people, of: people + against, z = 1.645)
///     score      = support × (0.5 + confidence) × relevance
///
/// With one supporter the confidence is 0.27; with four, 0.60; with two for and one against,
/// 0.25. A second recommender outweighs any number of likes one post realistically collects
/// (ln grows slowly). `accepted` counts the supporting posts that are their thread's accepted
/// answer or solution: the asker's word that the advice worked weighs like an agreement, and
/// since it is counted only on posts that recommend, it never stands alone. `relevance` is 1
/// for `tips top` and 0...1 for a search.
public enum Consensus {
  /// One remedy per canonical name, best first, at most `limit` of them, without those only
  /// reported against when `supportedOnly`; `relevance` gives each name's query relevance (1
  /// for all when nil). Equal scores keep `order` (below), so output is stable.
  ///
  /// Only the remedies returned are assembled with their ordered tips and caveats: a remedy
  /// with tens of thousands of tips costs its evidence count, not a sort, unless shown.
  public static func remedies(
    from tips: [Tip], limit: Int = .max, supportedOnly: Bool = false,
    relevance: ((String) -> Double)? = nil, order: ((String) -> Int)? = nil
  ) -> [Remedy] {
    var byName: [String: [Tip]] = [:]
    for tip in tips { byName[tip.remedy, default: []].append(tip) }
    return remedies(
      byName: byName, limit: limit, supportedOnly: supportedOnly, relevance: relevance,
      order: order)
  }

  /// How remedies of equal score are ordered: by `order` where given (a search passes where
  /// each remedy's first matching tip stands in the index, so advice tied on one post keeps
  /// the order its poster gave it, main advice first), then by name.
  private static func precedes(
    _ a: (name: String, score: ConsensusScore), _ b: (name: String, score: ConsensusScore),
    order: ((String) -> Int)?
  ) -> Bool {
    if a.score.total != b.score.total { return a.score.total > b.score.total }
    if let order {
      let (first, second) = (order(a.name), order(b.name))
      if first != second { return first < second }
    }
    return a.name < b.name
  }

  /// The same, over tips already gathered by remedy name.
  public static func remedies(
    byName: [String: [Tip]], limit: Int = .max, supportedOnly: Bool = false,
    relevance: ((String) -> Double)? = nil, order: ((String) -> Int)? = nil
  ) -> [Remedy] {
    var ranked: [(name: String, evidence: Evidence, score: ConsensusScore)] = []
    for (name, tips) in byName {
      let evidence = evidence(of: tips)
      guard evidence.posts > 0 || (!supportedOnly && evidence.against > 0) else { continue }
      let score = score(of: evidence, relevance: relevance?(name) ?? 1)
      ranked.append((name, evidence, score))
    }
    ranked.sort { precedes(($0.name, $0.score), ($1.name, $1.score), order: order) }
    return ranked.prefix(limit).map { entry in
      var remedy = remedy(
        named: entry.name, tips: byName[entry.name] ?? [], evidence: entry.evidence)
      remedy.score = entry.score
      return remedy
    }
  }

  /// The same, over evidence counted beforehand (stored per segment at commit); `assemble`
  /// makes a remedy from its name and aggregate and is called only for the remedies returned.
  public static func remedies(
    aggregates: [String: RemedyAggregate], limit: Int, supportedOnly: Bool,
    relevance: (String) -> Double, order: ((String) -> Int)? = nil,
    assemble: (String, RemedyAggregate) throws(IndexError) -> Remedy
  ) throws(IndexError) -> [Remedy] {
    var ranked: [(name: String, aggregate: RemedyAggregate, score: ConsensusScore)] = []
    for (name, aggregate) in aggregates {
      let evidence = aggregate.evidence
      guard evidence.posts > 0 || (!supportedOnly && evidence.against > 0) else { continue }
      ranked.append((name, aggregate, score(of: evidence, relevance: relevance(name))))
    }
    ranked.sort { precedes(($0.name, $0.score), ($1.name, $1.score), order: order) }
    var remedies: [Remedy] = []
    for entry in ranked.prefix(limit) {
      var remedy = try assemble(entry.name, entry.aggregate)
      remedy.score = entry.score
      remedies.append(remedy)
    }
    return remedies
  }

  /// The remedy `name` as its card shows it, from what its segments stored.
  static func remedy(card: RemedyCard, named name: String, aggregate: RemedyAggregate) -> Remedy {
    let evidence = aggregate.evidence
    return Remedy(
      name: name, kind: card.kind, muscles: card.muscles, tools: card.tools,
      conditions: card.conditions, evidence: evidence, score: score(of: evidence, relevance: 1),
      caveats: card.caveats, tips: card.tips, tipCount: card.tipCount,
      wording: aggregate.wording(of: name))
  }

  /// `evidence` is `evidence(of: tips)` when the caller has counted it already.
  static func remedy(named name: String, tips: [Tip], evidence: Evidence? = nil) -> Remedy {
    let evidence = evidence ?? Self.evidence(of: tips)
    // Positions are ordered rather than tips, and each tip is copied once into the result.
    let places = tips.indices.map { CardPlace(tips[$0], ordinal: $0) }
    let order = tips.indices.sorted { places[$0] < places[$1] }
    let supporting = tips.indices.filter { tips[$0].stance.supports }
    var caveats: [Caveat] = []
    var seenCaveats = Set<String>()
    for position in order {
      let tip = tips[position]
      for text in tip.caveats where seenCaveats.insert(text).inserted {
        caveats.append(Caveat(text: text, thread: tip.thread, post: tip.post))
      }
    }
    return Remedy(
      name: name, kind: tips.first?.kind ?? .other,
      muscles: TagTally(supporting.flatMap { tips[$0].muscles }).ranked,
      tools: TagTally(supporting.flatMap { tips[$0].tools }).ranked,
      conditions: TagTally(supporting.flatMap { tips[$0].conditions }).ranked,
      evidence: evidence, score: score(of: evidence, relevance: 1), caveats: caveats,
      tips: order.map { tips[$0] },
      wording: Remedy.wording(
        of: name, written: TagTally(tips.compactMap(\.wording)).counts, tips: tips.count))
  }

  /// Counts per the JSON contract: distinct posts, distinct people (an unknown author is
  /// one person per post), likes of those posts (a sum that saturates rather than traps),
  /// posts that are agreements, posts against.
  static func evidence(of tips: [Tip]) -> Evidence {
    struct PostKey: Hashable {
      var thread: String
      var post: Int
    }
    /// A named author, whatever the case of the name, or the post of an unnamed one.
    enum Person: Hashable {
      case named(String)
      case unnamed(PostKey)
    }
    var likesByPost: [PostKey: Int] = [:]
    var agreeing = Set<PostKey>()
    var accepted = Set<PostKey>()
    var people = Set<Person>()
    var recommenders = Set<Person>()
    var against = Set<PostKey>()
    var againstPeople = Set<Person>()
    for tip in tips where tip.stance != .cautions {
      let key = PostKey(thread: tip.thread, post: tip.post)
      let person = tip.author.map { Person.named($0.lowercased()) } ?? .unnamed(key)
      if tip.stance == .against {
        against.insert(key)
        againstPeople.insert(person)
        continue
      }
      likesByPost[key] = max(likesByPost[key] ?? 0, tip.likes)
      if tip.isAccepted { accepted.insert(key) }
      if tip.stance == .agrees { agreeing.insert(key) } else { recommenders.insert(person) }
      people.insert(person)
    }
    let againstOnly = against.subtracting(likesByPost.keys)
    return Evidence(
      posts: likesByPost.count, people: people.count, recommenders: recommenders.count,
      likes: ForumNumber.saturatingSum(likesByPost.values), agreements: agreeing.count,
      against: againstOnly.isEmpty ? 0 : againstPeople.subtracting(people).count,
      accepted: accepted.count)
  }

  /// The consensus score of some evidence, multiplied by a query relevance (1 for `top`).
  public static func score(of evidence: Evidence, relevance: Double) -> ConsensusScore {
    let recommenders = Double(evidence.recommenders)
    let agreements = 0.5 * log(1 + Double(evidence.agreements))
    let accepted = 0.5 * log(1 + Double(max(evidence.accepted, 0)))
    // Each post's likes are clamped on the way in (`ForumNumber`) and their sum saturates,
    // so the logarithm sees a bounded, non-negative count.
    let likes = 0.3 * log(1 + Double(max(evidence.likes, 0)))
    let confidence = wilsonLowerBound(
      positive: evidence.people,
      total: ForumNumber.saturatingAdd(evidence.people, evidence.against))
    let total = (recommenders + agreements + accepted + likes) * (0.5 + confidence) * relevance
    return ConsensusScore(
      recommenders: recommenders, agreements: agreements, accepted: accepted, likes: likes,
      confidence: confidence, relevance: relevance, total: total)
  }

  /// Lower bound of the Wilson score interval for `positive` of `total` at z = 1.645 (90%).
  static func wilsonLowerBound(positive: Int, total: Int) -> Double {
    guard total > 0 else { return 0 }
    let n = Double(total)
    let p = Double(positive) / n
    let z = 1.645
    let z2 = z * z
    let centre = p + z2 / (2 * n)
    let margin = z * ((p * (1 - p) + z2 / (4 * n)) / n).squareRoot()
    return (centre - margin) / (1 + z2 / n)
  }
}
