import TipsCore

/// What a remedy's card shows, read from the digests its segments stored at commit
/// (`RemedyDigest`): its tags over all its live tips, and only the few tips and caveats the
/// card quotes, decoded.
public struct RemedyCard: Sendable, Hashable {
  /// The kind of its first live tip in index order.
  public var kind: RemedyKind
  /// Most often named first, ties in the order first written.
  public var muscles: [String]
  public var tools: [String]
  public var conditions: [String]
  /// Its supporting tips in card order (`CardPlace`) until `quotes` posts are quoted, then
  /// its first report against, if any.
  public var tips: [Tip]
  /// Its first `caveats` distinct caveats in card order.
  public var caveats: [Caveat]
  /// How many live tips it has, of every stance.
  public var tipCount: Int
}

extension IndexReader {
  /// The card of the remedy `name`, quoting the tips of its first `quotes` posts and its
  /// first `caveats` caveats; nil when no live tip names it.
  ///
  /// Each segment's digest lists the remedy's tips in card order, so its tips across
  /// segments are merged by decoding one tip per segment at a time: a remedy of thousands of
  /// tips costs a few dozen reads. A tag's count leaves out the tips of threads removed
  /// since their segment was written; where such a tip was the first to name a tag, the tag
  /// keeps its place among ties.
  public func remedyCard(named name: String, quotes: Int, caveats: Int) throws(IndexError)
    -> RemedyCard?
  {
    var muscles = TagTally()
    var tools = TagTally()
    var conditions = TagTally()
    var supporting: [[(view: Int, local: Int)]] = []
    var firstAgainst: (view: Int, local: Int)? = nil
    var firstTip: (view: Int, local: Int)? = nil
    var tipCount = 0
    // Per caveat, the place of the first tip giving it and its place among that tip's.
    var caveatPlaces: [String: (place: CardPlace, rank: Int, tip: Tip)] = [:]
    for (index, view) in views.enumerated() {
      guard let stored = try view.segment.remedyDigest(named: name) else { continue }
      let digest = stored.digest
      muscles.add(digest.muscles)
      tools.add(digest.tools)
      conditions.add(digest.conditions)
      for (range, _) in view.deletedTips {
        for local in range where try view.segment.remedyPosition(ofTip: local) == stored.position {
          let tip = try view.segment.tip(at: local)
          guard tip.stance.supports else { continue }
          for tag in tip.muscles { muscles.remove(tag) }
          for tag in tip.tools { tools.remove(tag) }
          for tag in tip.conditions { conditions.remove(tag) }
        }
      }
      let live = digest.supporting.filter { view.global($0) != nil }
      supporting.append(live.map { (index, $0) })
      if firstAgainst == nil, let local = digest.against.first(where: { view.global($0) != nil }) {
        firstAgainst = (index, local)
      }
      let all =
        live + digest.against.filter { view.global($0) != nil }
        + digest.cautions.filter { view.global($0) != nil }
      tipCount += all.count
      if firstTip == nil, let local = all.min() { firstTip = (index, local) }
      for caveat in digest.caveats {
        guard let local = caveat.tips.first(where: { view.global($0) != nil }),
          let ordinal = view.global(local)
        else { continue }
        let tip = try view.segment.tip(at: local)
        let place = CardPlace(tip, ordinal: ordinal)
        if let known = caveatPlaces[caveat.text], known.place < place { continue }
        caveatPlaces[caveat.text] = (place, tip.caveats.firstIndex(of: caveat.text) ?? 0, tip)
      }
    }
    guard let firstTip else { return nil }
    var tips = try mergedInCardOrder(supporting, posts: quotes)
    if let firstAgainst {
      tips.append(try views[firstAgainst.view].segment.tip(at: firstAgainst.local))
    }
    let shownCaveats = caveatPlaces.sorted { a, b in
      a.value.place != b.value.place ? a.value.place < b.value.place : a.value.rank < b.value.rank
    }.prefix(caveats)
    return RemedyCard(
      kind: try views[firstTip.view].segment.tip(at: firstTip.local).kind,
      muscles: muscles.ranked, tools: tools.ranked, conditions: conditions.ranked, tips: tips,
      caveats: shownCaveats.map {
        Caveat(text: $0.key, thread: $0.value.tip.thread, post: $0.value.tip.post)
      },
      tipCount: tipCount)
  }

  /// The tips of `lists` (one per segment, each in card order) merged into card order, up to
  /// and including the first tip of the `posts`-th distinct post.
  private func mergedInCardOrder(_ lists: [[(view: Int, local: Int)]], posts: Int)
    throws(IndexError) -> [Tip]
  {
    var next = Array(repeating: 0, count: lists.count)
    var heads: [(place: CardPlace, tip: Tip)?] = []
    func head(_ list: Int) throws(IndexError) -> (place: CardPlace, tip: Tip)? {
      guard next[list] < lists[list].count else { return nil }
      let (view, local) = lists[list][next[list]]
      let tip = try views[view].segment.tip(at: local)
      return (CardPlace(tip, ordinal: views[view].global(local) ?? 0), tip)
    }
    for list in lists.indices { heads.append(try head(list)) }
    var tips: [Tip] = []
    var quoted = Set<String>()
    while quoted.count < posts {
      var best: Int? = nil
      for (list, candidate) in heads.enumerated() {
        guard let candidate else { continue }
        if let current = best, let shown = heads[current], !(candidate.place < shown.place) {
          continue
        }
        best = list
      }
      guard let best, let chosen = heads[best] else { break }
      tips.append(chosen.tip)
      quoted.insert("\(chosen.tip.thread)#\(chosen.tip.post)")
      next[best] += 1
      heads[best] = try head(best)
    }
    return tips
  }

  /// The live threads the remedy `name`'s tips come from that mention a red flag, in index
  /// order, each with its flags' names as recorded when it was written (nil when they were
  /// not, and its posts must be read): what an answer drawing on the remedy must warn of,
  /// read from its digests without looking at the threads that mention none.
  public func flaggedThreads(ofRemedy name: String) throws(IndexError)
    -> [(id: String, redFlags: [String]?)]
  {
    var threads: [(id: String, redFlags: [String]?)] = []
    for view in views {
      guard let stored = try view.segment.remedyDigest(named: name) else { continue }
      for (position, flags) in stored.digest.flaggedThreads
      where !view.deletedPositions.contains(position) {
        threads.append((try view.segment.thread(entryAt: position).summary.id, flags))
      }
    }
    return threads
  }
}
