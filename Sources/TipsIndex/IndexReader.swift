import TipsCore

/// A read-only view of one commit of an index folder: its live threads, tips and inverted
/// index, over the segments the commit's manifest names.
///
/// Opening reads the manifest, memory-maps every segment it names, checks each against the
/// manifest and its own checksum (which leaves out the posts) and reads each segment's
/// fixed-size tables (`SegmentTable`); nothing per thread or per tip is decoded but the
/// threads removed since the segment was written. A summary, tip, field length or postings
/// list is read from the mapping when asked for, and posts are checked against their own
/// checksum then. A reader never takes the writer's lock and never sees a half-written
/// commit: a commit becomes visible only when its manifest is renamed into place. A reader
/// opened before that keeps its own snapshot, even once the writer has unlinked files it
/// mapped.
///
/// Deleted tips (of threads removed or replaced since their segment was written) have no
/// ordinal, and no lookup returns them: every ordinal a lookup returns is below `tipCount`.
/// Opening checks the frame of each segment and the checksums of its blocks; a block is
/// checked against its checksum when first read, so a damaged byte gives `.corrupt` naming
/// its file from the read that meets it, and every lazy read throws rather than stops.
public struct IndexReader: Sendable {
  /// The folder as given to `open`.
  public let directory: String
  /// The commit this reader sees (see `CommitSummary.generation`).
  public let generation: Int
  /// How many live tips the commit holds; ordinals run from 0 to this.
  public let tipCount: Int
  /// Per field, the mean number of words a live tip has in it (BM25's average length).
  public let averageFieldLengths: [IndexField: Double]
  /// The bytes of the segment files the commit names.
  private let bytes: Int

  final class SegmentView: Sendable {
    let segment: Segment
    /// The global ordinal of the segment's first live tip.
    let base: Int
    let liveTips: Int
    let deletedPositions: Set<Int>
    /// The local ordinals of deleted tips, as sorted ranges, each with how many deleted tips
    /// come before it.
    let deletedTips: [(range: Range<Int>, before: Int)]

    init(
      segment: Segment, base: Int, liveTips: Int, deletedPositions: Set<Int>,
      deletedTips: [(range: Range<Int>, before: Int)]
    ) {
      self.segment = segment
      self.base = base
      self.liveTips = liveTips
      self.deletedPositions = deletedPositions
      self.deletedTips = deletedTips
    }

    /// The global ordinal of local ordinal `local`, nil for a deleted tip.
    func global(_ local: Int) -> Int? {
      guard !deletedTips.isEmpty else { return base + local }
      var low = 0
      var high = deletedTips.count
      while low < high {
        let middle = (low + high) / 2
        if deletedTips[middle].range.upperBound <= local { low = middle + 1 } else { high = middle }
      }
      if low < deletedTips.count, deletedTips[low].range.contains(local) { return nil }
      let before = low < deletedTips.count ? deletedTips[low].before : deletedCount
      return base + local - before
    }

    /// The local ordinal of the `live`-th live tip of the segment.
    func local(_ live: Int) -> Int {
      var local = live
      for (range, _) in deletedTips {
        guard range.lowerBound <= local else { break }
        local += range.count
      }
      return local
    }

    var deletedCount: Int { deletedTips.last.map { $0.before + $0.range.count } ?? 0 }
  }

  let views: [SegmentView]

  /// Opens the last commit in `directory`.
  ///
  /// Throws `.missing` when there is no index there, `.corrupt`, `.tooOld` or `.tooNew` when a
  /// file cannot be read, `.io` when the system refuses.
  public static func open(directory: String) throws(IndexError) -> IndexReader {
    let committed = try CommittedIndex.load(directory: directory, decodingAll: false)
    return try IndexReader(directory: directory, committed: committed)
  }

  private init(directory: String, committed: CommittedIndex) throws(IndexError) {
    self.directory = directory
    self.generation = committed.manifest.generation
    let fieldCount = SegmentCodec.fieldCount
    var views: [SegmentView] = []
    var totals = Array(repeating: 0, count: fieldCount)
    var base = 0
    var bytes = 0
    for (entry, segment) in zip(committed.manifest.segments, committed.segments) {
      // Counts a file states are summed without trapping, however large they claim to be.
      bytes = ForumNumber.saturatingAdd(bytes, entry.bytes)
      var deletedTips: [(range: Range<Int>, before: Int)] = []
      var before = 0
      for position in entry.deletedThreads.sorted() {
        let tips = try segment.thread(entryAt: position).tips
        if !tips.isEmpty { deletedTips.append((tips, before)) }
        before += tips.count
        for ordinal in tips {
          for (slot, field) in IndexField.allCases.enumerated() {
            totals[slot] -= try segment.fieldLength(ordinal: ordinal, field: field)
          }
        }
      }
      deletedTips.sort { $0.range.lowerBound < $1.range.lowerBound }
      var running = 0
      for index in deletedTips.indices {
        deletedTips[index].before = running
        running += deletedTips[index].range.count
      }
      for slot in 0..<fieldCount { totals[slot] += segment.table.fieldTotals[slot] }
      let live = segment.tipCount - running
      views.append(
        SegmentView(
          segment: segment, base: base, liveTips: live,
          deletedPositions: Set(entry.deletedThreads), deletedTips: deletedTips))
      base += live
    }
    self.views = views
    self.tipCount = base
    var averages: [IndexField: Double] = [:]
    for (slot, field) in IndexField.allCases.enumerated() {
      averages[field] = base == 0 ? 0 : Double(totals[slot]) / Double(base)
    }
    self.averageFieldLengths = averages
    self.bytes = bytes
  }

  /// Every live thread, sorted by id; decodes every summary, so listings use it, searches
  /// do not.
  public var threads: [ThreadSummary] {
    get throws(IndexError) {
      var summaries: [ThreadSummary] = []
      for view in views {
        for position in 0..<view.segment.table.threadCount
        where !view.deletedPositions.contains(position) {
          summaries.append(try view.segment.thread(entryAt: position).summary)
        }
      }
      return summaries.sorted { $0.id < $1.id }
    }
  }

  /// Every live tip, grouped by thread, in segment order (oldest segment first, threads in
  /// the order they were written); a tip's index here is its ordinal. Decodes every tip:
  /// searches use `tip(at:)`.
  public var tips: [Tip] {
    get throws(IndexError) {
      var tips: [Tip] = []
      tips.reserveCapacity(tipCount)
      for ordinal in 0..<tipCount { tips.append(try tip(at: ordinal)) }
      return tips
    }
  }

  /// The live tip with ordinal `ordinal`, decoded from the mapping.
  ///
  /// `ordinal` must be below `tipCount`.
  public func tip(at ordinal: Int) throws(IndexError) -> Tip {
    let (view, local) = location(ofTip: ordinal)
    return try views[view].segment.tip(at: local)
  }

  /// Which remedy each of the live tips `ordinals` (ascending, as scores are kept) speaks
  /// for, in their order, read from the segments' fixed-size tables without decoding a tip:
  /// equal keys are the same remedy, and `remedyName(of:)` names it. Keys of different
  /// segments may name one remedy. Read segment by segment in one pass, as
  /// `fieldLengths(of:in:)` reads lengths.
  public func remedyKeys(ofTips ordinals: [Int]) throws(IndexError) -> [RemedyKey] {
    var keys: [RemedyKey] = []
    keys.reserveCapacity(ordinals.count)
    for (index, run) in segmentRuns(count: ordinals.count, ordinal: { ordinals[$0] }) {
      let view = views[index]
      let positions = try view.segment.remedyPositions(
        ofTips: ordinals[run].lazy.map { view.local($0 - view.base) })
      keys += positions.map { RemedyKey(segment: index, position: $0) }
    }
    return keys
  }

  /// The canonical name of the remedy `key` stands for.
  public func remedyName(of key: RemedyKey) throws(IndexError) -> String {
    try views[key.segment].segment.remedyName(at: key.position)
  }

  /// The evidence of every live tip of the remedy `name`, from what each segment stored at
  /// commit: no tip is decoded but those of threads removed since their segment was written,
  /// whose evidence is taken away. Nil when no live tip names the remedy.
  public func remedyEvidence(named name: String) throws(IndexError) -> RemedyAggregate? {
    var total = RemedyAggregate()
    var found = false
    for view in views {
      guard var aggregate = try view.segment.remedy(named: name) else { continue }
      if !view.deletedTips.isEmpty {
        var removed: [Tip] = []
        for (range, _) in view.deletedTips {
          for ordinal in range {
            let tip = try view.segment.tip(at: ordinal)
            if tip.remedy == name { removed.append(tip) }
          }
        }
        aggregate.subtract(RemedyAggregate(tips: removed))
      }
      guard aggregate.tips > 0 else { continue }
      total.add(aggregate)
      found = true
    }
    return found ? total : nil
  }

  /// The evidence of every remedy a live tip names, by name, from what each segment stored at
  /// commit, read table by table: what `tips top` ranks, decoding no tip but those of
  /// threads removed since their segment was written.
  public func remedyEvidence() throws(IndexError) -> [String: RemedyAggregate] {
    var totals: [String: RemedyAggregate] = [:]
    for view in views {
      var removed: [Int: [Tip]] = [:]
      for (range, _) in view.deletedTips {
        for local in range {
          removed[try view.segment.remedyPosition(ofTip: local), default: []].append(
            try view.segment.tip(at: local))
        }
      }
      for position in 0..<view.segment.table.remedyCount {
        var (name, aggregate) = try view.segment.remedy(at: position)
        if let tips = removed[position] { aggregate.subtract(RemedyAggregate(tips: tips)) }
        guard aggregate.tips > 0 else { continue }
        totals[name, default: RemedyAggregate()].add(aggregate)
      }
    }
    return totals
  }

  /// The segment and local ordinal of the live tip with ordinal `ordinal`.
  private func location(ofTip ordinal: Int) -> (view: Int, local: Int) {
    var low = 0
    var high = views.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if views[middle].base <= ordinal { low = middle } else { high = middle - 1 }
    }
    return (low, views[low].local(ordinal - views[low].base))
  }

  /// What the commit holds, counted when asked: counting live terms reads every term
  /// dictionary, which a search does not need.
  public var stats: IndexStats {
    get throws(IndexError) {
      let summaries = try threads
      let all = try tips
      var terms = 0
      for field in IndexField.allCases { terms += try Self.liveTerms(views, field: field).count }
      return IndexStats(
        threads: summaries.count,
        posts: ForumNumber.saturatingSum(summaries.lazy.map(\.postCount)),
        tips: all.count,
        distinctRemedies: Set(all.map(\.remedy)).count,
        terms: terms,
        bytes: bytes,
        segments: views.count,
        averageFieldLengths: averageFieldLengths)
    }
  }

  /// The terms of `field` with at least one posting of a live tip.
  private static func liveTerms(
    _ views: [SegmentView], field: IndexField
  ) throws(IndexError) -> Set<String> {
    var live = Set<String>()
    for view in views {
      guard let dictionary = view.segment.table.dictionaries[field] else { continue }
      let entries: [(term: String, entry: TermDictionary.Entry)]
      do {
        entries = try dictionary.entries(in: view.segment.bytes)
      } catch {
        throw .corrupt(file: view.segment.path, reason: error.reason)
      }
      for (term, _) in entries where !live.contains(term) {
        if view.deletedTips.isEmpty {
          live.insert(term)
        } else if try hasLivePosting(view, field: field, term: term) {
          live.insert(term)
        }
      }
    }
    return live
  }

  private static func hasLivePosting(
    _ view: SegmentView, field: IndexField, term: String
  ) throws(IndexError) -> Bool {
    let postings = try view.segment.postings(field: field, term: term, positions: false)
    return postings.contains { view.global($0.tip) != nil }
  }

  /// The thread with `id`, posts included; nil when no such thread is indexed.
  ///
  /// Posts are checked and decoded from the mapped segment on each call; throws `.corrupt`
  /// when they fail their checksum (opening does not read them).
  public func thread(id: String) throws(IndexError) -> Thread? {
    guard let (view, position) = try location(ofThread: id) else { return nil }
    return try views[view].segment.thread(at: position)
  }

  /// The names of the red flags the title and posts of the thread with `id` mention, as
  /// recorded when it was written; nil when it is not indexed or they were not recorded
  /// (read the thread then).
  public func redFlags(ofThread id: String) throws(IndexError) -> [String]? {
    guard let (view, position) = try location(ofThread: id) else { return nil }
    return try views[view].segment.thread(entryAt: position).redFlags
  }

  /// Whether a thread with `id` is indexed.
  public func contains(threadID id: String) throws(IndexError) -> Bool {
    try location(ofThread: id) != nil
  }

  /// The tips of the thread with `id`, empty when no such thread is indexed.
  ///
  /// Its indices are the tips' ordinals, as in `Posting.tip`.
  public func tips(inThread id: String) throws(IndexError) -> ThreadTips {
    guard let (index, position) = try location(ofThread: id) else {
      return ThreadTips(ordinals: 0..<0, tips: [])
    }
    let view = views[index]
    let local = try view.segment.thread(entryAt: position).tips
    let first = view.global(local.lowerBound) ?? view.base
    var tips: [Tip] = []
    for ordinal in local { tips.append(try view.segment.tip(at: ordinal)) }
    return ThreadTips(ordinals: first..<(first + local.count), tips: tips)
  }

  /// The segment and position of the live thread with `id`, nil when there is none.
  private func location(ofThread id: String) throws(IndexError) -> (Int, Int)? {
    for (index, view) in views.enumerated() {
      if let position = try view.segment.position(ofThread: id),
        !view.deletedPositions.contains(position)
      {
        return (index, position)
      }
    }
    return nil
  }

  /// The tips containing `term` in `field`, by ascending ordinal, with how often it occurs.
  ///
  /// `term` must be a term as `Analyzer` makes it (folded and stemmed), as the index stores
  /// nothing else: "Knees" finds nothing, "knee" finds "knee", "knees" and "Knee's". An
  /// unknown term gives an empty list. Positions are left empty; see `postings(field:term:positions:)`.
  public func postings(field: IndexField, term: String) throws(IndexError) -> [Posting] {
    try postings(field: field, term: term, positions: false)
  }

  /// As `postings(field:term:)`, with each posting's positions when `positions` is true.
  public func postings(
    field: IndexField, term: String, positions: Bool
  ) throws(IndexError) -> [Posting] {
    var result: [Posting] = []
    for view in views {
      for var posting in try view.segment.postings(field: field, term: term, positions: positions) {
        guard let global = view.global(posting.tip) else { continue }
        posting.tip = global
        result.append(posting)
      }
    }
    return result
  }

  /// The tips where the terms of `phrase` stand at their `offsets` from one another (next to
  /// each other when nil; an `Analyzer`'s positions keep the gaps stop words leave), in
  /// order, within one text of `field` (a phrase never runs from one muscle or caveat into
  /// the next), by ascending ordinal.
  ///
  /// Each posting's `frequency` counts the phrase's occurrences and `positions` holds where
  /// each starts (left empty when `positions` is false: a scorer needs only the count, and a
  /// hot phrase's thousands of postings then cost no array each). Answered from the
  /// positions in the index, without re-reading any text. A one-word phrase gives that
  /// word's postings (with positions unless asked not to); an empty one gives nothing.
  /// Only the tips `isWanted` accepts (by ordinal) are looked at: the positions of the rest
  /// are never decoded.
  public func postings(
    field: IndexField, phrase: [String], offsets: [Int]? = nil,
    keeping isWanted: ((Int) throws(IndexError) -> Bool)? = nil,
    positions wantsPositions: Bool = true
  ) throws(IndexError) -> [Posting] {
    guard let first = phrase.first else { return [] }
    let offsets = offsets ?? Array(phrase.indices)
    var result: [Posting] = []
    for view in views {
      // The tips holding every word, found without positions; only theirs are decoded.
      var holding: [Int]? = nil
      if phrase.count > 1 || isWanted != nil {
        var tips = try view.segment.tips(holding: first, in: field)
        for word in phrase.dropFirst() where !tips.isEmpty {
          tips = Self.intersection(tips, try view.segment.tips(holding: word, in: field))
        }
        if let isWanted {
          var wanted: [Int] = []
          for local in tips {
            if let global = view.global(local), try isWanted(global) { wanted.append(local) }
          }
          tips = wanted
        }
        guard !tips.isEmpty else { continue }
        holding = tips
      }
      var candidates = try view.segment.positionedPostings(
        field: field, term: first, onlyTips: holding)
      for (offset, word) in phrase.enumerated().dropFirst() where !candidates.isEmpty {
        let next = try view.segment.positionedPostings(
          field: field, term: word, onlyTips: holding)
        let gap = UInt32(clamping: offsets[offset] - offsets[0])
        var kept = PositionedPostings()
        var cursor = 0
        for index in 0..<candidates.count {
          let tip = candidates.tips[index]
          while cursor < next.count && next.tips[cursor] < tip { cursor += 1 }
          guard cursor < next.count, next.tips[cursor] == tip else { continue }
          // Both position lists ascend: one walk down each finds the starts the next word
          // follows at its gap. (Ranges of the flat arrays, not slices: a slice per posting
          // was a retain and a release each.)
          let following = next.range(at: cursor)
          var along = following.lowerBound
          let before = kept.positions.count
          for slot in candidates.range(at: index) {
            let start = candidates.positions[slot]
            let (wanted, overflow) = start.addingReportingOverflow(gap)
            guard !overflow else { break }
            while along < following.upperBound && next.positions[along] < wanted { along += 1 }
            if along < following.upperBound && next.positions[along] == wanted {
              kept.positions.append(start)
            }
          }
          if kept.positions.count > before {
            kept.tips.append(tip)
            kept.ends.append(kept.positions.count)
          }
        }
        candidates = kept
      }
      for index in 0..<candidates.count {
        guard let global = view.global(candidates.tips[index]) else { continue }
        let starts = candidates.range(at: index)
        result.append(
          Posting(
            tip: global, frequency: starts.count,
            positions: wantsPositions ? Array(candidates.positions[starts]) : []))
      }
    }
    return result
  }

  /// The ordinals in both ascending lists.
  private static func intersection(_ first: [Int], _ second: [Int]) -> [Int] {
    var result: [Int] = []
    var other = second.makeIterator()
    var next = other.next()
    for tip in first {
      while let candidate = next, candidate < tip { next = other.next() }
      guard let candidate = next else { break }
      if candidate == tip { result.append(tip) }
    }
    return result
  }

  /// The indexed term of `fields` nearest in spelling to any of `spellings` (a word as typed
  /// and its term: "nizoral" and "nizor" for the "Nizerol" a post wrote), within `maxEdits`
  /// insertions, deletions, substitutions or swaps of neighbours; nil when none is.
  ///
  /// A misspelling is taken to keep its first letter, as most do, so only the terms starting
  /// with it are read. Ties go to the term more tips hold, then to the first in order.
  public func nearestTerm(
    to spellings: [String], within maxEdits: Int, in fields: [IndexField]
  ) throws(IndexError) -> String? {
    guard let first = spellings.first?.utf8.first else { return nil }
    // A term whose length differs from every spelling's by more than `maxEdits` is further.
    let spelledLengths = spellings.map(\.utf8.count)
    let lengths =
      max(0, (spelledLengths.min() ?? 0) - maxEdits)...((spelledLengths.max() ?? 0) + maxEdits)
    var tipsByTerm: [String: Int] = [:]
    for view in views {
      for field in fields {
        for (term, count) in try view.segment.terms(
          in: field, startingWith: first, lengths: lengths)
        {
          tipsByTerm[term, default: 0] += count
        }
      }
    }
    let typed = spellings.map { Array($0.utf8) }
    var best: (term: String, edits: Int, tips: Int)? = nil
    for (term, tips) in tipsByTerm {
      let bytes = Array(term.utf8)
      let edits = typed.map { EditDistance.between($0, bytes, atMost: maxEdits) }.min() ?? .max
      guard edits <= maxEdits else { continue }
      if let current = best,
        (current.edits, -current.tips, current.term) <= (edits, -tips, term)
      {
        continue
      }
      best = (term, edits, tips)
    }
    return best?.term
  }

  /// How many live tips contain `term` in `field`; postings are decoded only in segments
  /// with deletion marks.
  public func documentFrequency(field: IndexField, term: String) throws(IndexError) -> Int {
    var count = 0
    for view in views {
      if view.deletedTips.isEmpty {
        count += try view.segment.documentFrequency(field: field, term: term)
      } else {
        count += try view.segment.postings(field: field, term: term, positions: false)
          .count { view.global($0.tip) != nil }
      }
    }
    return count
  }

  /// How many words the tip with ordinal `tip` is indexed under in `field` (its length, for
  /// BM25F's length normalisation; see `IndexStats.averageFieldLengths`).
  ///
  /// `tip` must be below `tipCount`.
  public func fieldLength(tip: Int, field: IndexField) throws(IndexError) -> Int {
    let (view, local) = location(ofTip: tip)
    return try views[view].segment.fieldLength(ordinal: local, field: field)
  }

  /// The lengths in `field` of the tips of `postings` (ascending by tip, as every postings
  /// list is), in their order: what BM25F normalises each posting by, read segment by
  /// segment in one pass rather than looked up a posting at a time.
  public func fieldLengths(of postings: [Posting], in field: IndexField) throws(IndexError)
    -> [Int]
  {
    var lengths: [Int] = []
    lengths.reserveCapacity(postings.count)
    for (index, run) in segmentRuns(count: postings.count, ordinal: { postings[$0].tip }) {
      let view = views[index]
      lengths += try view.segment.fieldLengths(
        ordinals: postings[run].lazy.map { view.local($0.tip - view.base) }, field: field)
    }
    return lengths
  }

  /// Ascending live ordinals (the `count` that `ordinal` gives by index) cut into runs that
  /// each lie in one segment: the view's index and the run's indexes, so that a table is
  /// read segment by segment in one pass rather than looked up an ordinal at a time.
  private func segmentRuns(count: Int, ordinal: (Int) -> Int) -> [(view: Int, run: Range<Int>)] {
    var runs: [(view: Int, run: Range<Int>)] = []
    var start = 0
    while start < count {
      let (view, _) = location(ofTip: ordinal(start))
      let next = view + 1 < views.count ? views[view + 1].base : Int.max
      var end = start
      while end < count && ordinal(end) < next { end += 1 }
      runs.append((view, start..<end))
      start = end
    }
    return runs
  }

  /// The tips after `tip` that come from the same post and so share its `.post` field: a
  /// post's text is indexed with the first of a run of its tips, and the rest hold none. (A
  /// post with no word the analyzer keeps holds none either, and its tips join the run
  /// before; they have no words to be found by.)
  public func tipsSharingPost(with tip: Int) throws(IndexError) -> Range<Int> {
    let (index, local) = location(ofTip: tip)
    let view = views[index]
    var run = try view.segment.emptyRun(after: local, field: .post)
    // A run stays within its segment's live tips: it stops where deleted ones begin.
    if let deleted = view.deletedTips.first(where: { $0.range.lowerBound > local }) {
      run = min(run, deleted.range.lowerBound - local - 1)
    }
    return (tip + 1)..<(tip + 1 + run)
  }

  /// The distinct terms of `field` in live tips, sorted by UTF-8 bytes; for tests and tools
  /// that walk the whole index.
  func terms(in field: IndexField) throws(IndexError) -> [String] {
    try Self.liveTerms(views, field: field).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
