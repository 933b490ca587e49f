import TipsCore

/// A read-only view of one commit of an index folder: its live threads, tips and inverted
/// index, over the segments the commit's manifest names.
///
/// Opening reads the manifest, memory-maps every segment it names, checks each against the
/// manifest and its own checksum (which leaves out the posts), and decodes thread summaries,
/// tips and term dictionaries; postings, positions and posts stay in the mapping until looked
/// up, and posts are checked against their own checksum then. A reader never takes the writer's lock and
/// never sees a half-written commit: a commit becomes visible only when its manifest is
/// renamed into place. A reader opened before that keeps its own snapshot, even once the
/// writer has unlinked files it mapped.
///
/// Deleted tips (of threads removed or replaced since their segment was written) are not in
/// `tips`, and no lookup returns them: every ordinal a lookup returns indexes `tips`.
public struct IndexReader: Sendable {
  /// The folder as given to `open`.
  public let directory: String
  /// The commit this reader sees (see `CommitSummary.generation`).
  public let generation: Int
  /// Every live thread, sorted by id.
  public let threads: [ThreadSummary]
  /// Every live tip, grouped by thread, in segment order (oldest segment first, threads by id
  /// within a segment); a tip's index here is its ordinal. Merging segments keeps this order.
  public let tips: [Tip]
  /// Per field, the mean number of words a live tip has in it (BM25's average length).
  public let averageFieldLengths: [IndexField: Double]
  /// The bytes of the segment files the commit names.
  private let bytes: Int

  private struct SegmentView: Sendable {
    var segment: Segment
    /// The global ordinal of the segment's first live tip.
    var base: Int
    /// Per local ordinal, the global one, or -1 for a deleted tip; nil when nothing in the
    /// segment is deleted (global = base + local).
    var globalOrdinals: [Int]?

    func global(_ local: Int) -> Int? {
      guard let globalOrdinals else { return base + local }
      let ordinal = globalOrdinals[local]
      return ordinal < 0 ? nil : ordinal
    }
  }

  private struct ThreadLocation: Sendable {
    var segment: Int
    var position: Int
    var tips: Range<Int>
  }

  private let views: [SegmentView]
  private let locations: [String: ThreadLocation]
  /// Per live tip, its field lengths: `fieldLengths[ordinal * fieldCount + field.slot]`.
  private let fieldLengths: [UInt32]

  /// Opens the last commit in `directory`.
  ///
  /// Throws `.missing` when there is no index there, `.corrupt`, `.tooOld` or `.tooNew` when a
  /// file cannot be read, `.io` when the system refuses.
  public static func open(directory: String) throws(IndexError) -> IndexReader {
    IndexReader(directory: directory, committed: try CommittedIndex.load(directory: directory))
  }

  private init(directory: String, committed: CommittedIndex) {
    self.directory = directory
    self.generation = committed.manifest.generation
    let fieldCount = SegmentCodec.fieldCount
    var views: [SegmentView] = []
    var summaries: [ThreadSummary] = []
    var tips: [Tip] = []
    var lengths: [UInt32] = []
    var locations: [String: ThreadLocation] = [:]
    var bytes = 0
    for (index, (entry, segment)) in zip(committed.manifest.segments, committed.segments)
      .enumerated()
    {
      // Counts a file states are summed without trapping, however large they claim to be.
      bytes = ForumNumber.saturatingAdd(bytes, entry.bytes)
      let deleted = Set(entry.deletedThreads)
      let base = tips.count
      var globalOrdinals: [Int]? =
        deleted.isEmpty ? nil : Array(repeating: -1, count: segment.tipCount)
      let contents = segment.contents
      for (position, thread) in contents.threads.enumerated() where !deleted.contains(position) {
        let first = tips.count
        for local in thread.tips {
          globalOrdinals?[local] = tips.count
          tips.append(contents.tips[local])
          lengths.append(
            contentsOf: contents.fieldLengths[(local * fieldCount)..<((local + 1) * fieldCount)])
        }
        summaries.append(thread.summary)
        locations[thread.summary.id] = ThreadLocation(
          segment: index, position: position, tips: first..<tips.count)
      }
      views.append(SegmentView(segment: segment, base: base, globalOrdinals: globalOrdinals))
    }
    summaries.sort { $0.id < $1.id }
    self.views = views
    self.threads = summaries
    self.tips = tips
    self.locations = locations
    self.fieldLengths = lengths

    var averages: [IndexField: Double] = [:]
    for field in IndexField.allCases {
      var total = 0
      for ordinal in tips.indices { total += Int(lengths[ordinal * fieldCount + field.slot]) }
      averages[field] = tips.isEmpty ? 0 : Double(total) / Double(tips.count)
    }
    self.averageFieldLengths = averages
    self.bytes = bytes
  }

  /// What the commit holds, counted when asked: counting live terms reads every term
  /// dictionary, which a search does not need.
  public var stats: IndexStats {
    IndexStats(
      threads: threads.count,
      posts: ForumNumber.saturatingSum(threads.lazy.map(\.postCount)),
      tips: tips.count,
      distinctRemedies: Set(tips.map(\.remedy)).count,
      terms: IndexField.allCases.reduce(0) { $0 + Self.liveTerms(views, field: $1).count },
      bytes: bytes,
      segments: views.count,
      averageFieldLengths: averageFieldLengths)
  }

  /// The terms of `field` with at least one posting of a live tip.
  private static func liveTerms(_ views: [SegmentView], field: IndexField) -> Set<String> {
    var live = Set<String>()
    for view in views {
      guard let entries = view.segment.contents.dictionaries[field]?.entries else { continue }
      for term in entries.keys where !live.contains(term) {
        if view.globalOrdinals == nil || hasLivePosting(view, field: field, term: term) {
          live.insert(term)
        }
      }
    }
    return live
  }

  private static func hasLivePosting(_ view: SegmentView, field: IndexField, term: String) -> Bool {
    view.segment.postings(field: field, term: term, positions: false).contains {
      view.global($0.tip) != nil
    }
  }

  /// The thread with `id`, posts included; nil when no such thread is indexed.
  ///
  /// Posts are checked and decoded from the mapped segment on each call; throws `.corrupt`
  /// when they fail their checksum (opening does not read them).
  public func thread(id: String) throws(IndexError) -> Thread? {
    guard let location = locations[id] else { return nil }
    return try views[location.segment].segment.thread(at: location.position)
  }

  /// Whether a thread with `id` is indexed.
  public func contains(threadID id: String) -> Bool {
    locations[id] != nil
  }

  /// The tips of the thread with `id`, empty when no such thread is indexed.
  ///
  /// The slice keeps `tips`' indices, so `indices` are the tips' ordinals, as in `Posting.tip`.
  public func tips(inThread id: String) -> ArraySlice<Tip> {
    guard let location = locations[id] else { return tips[0..<0] }
    return tips[location.tips]
  }

  /// The tips containing `term` in `field`, by ascending ordinal, with how often it occurs.
  ///
  /// `term` must be a term as `Analyzer` makes it (folded and stemmed), as the index stores
  /// nothing else: "Knees" finds nothing, "knee" finds "knee", "knees" and "Knee's". An
  /// unknown term gives an empty list. Positions are left empty; see `postings(field:term:positions:)`.
  public func postings(field: IndexField, term: String) -> [Posting] {
    postings(field: field, term: term, positions: false)
  }

  /// As `postings(field:term:)`, with each posting's positions when `positions` is true.
  public func postings(field: IndexField, term: String, positions: Bool) -> [Posting] {
    var result: [Posting] = []
    for view in views {
      for var posting in view.segment.postings(field: field, term: term, positions: positions) {
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
  /// each starts. Answered from the positions in the index, without re-reading any text. A
  /// one-word phrase gives that word's postings with positions; an empty one gives nothing.
  public func postings(field: IndexField, phrase: [String], offsets: [Int]? = nil) -> [Posting] {
    guard let first = phrase.first else { return [] }
    let offsets = offsets ?? Array(phrase.indices)
    var result: [Posting] = []
    for view in views {
      var candidates = view.segment.postings(field: field, term: first, positions: true)
      for (offset, word) in phrase.enumerated().dropFirst() where !candidates.isEmpty {
        let next = view.segment.postings(field: field, term: word, positions: true)
        var kept: [Posting] = []
        var cursor = 0
        for candidate in candidates {
          while cursor < next.count && next[cursor].tip < candidate.tip { cursor += 1 }
          guard cursor < next.count, next[cursor].tip == candidate.tip else { continue }
          let following = Set(next[cursor].positions)
          let gap = UInt32(offsets[offset] - offsets[0])
          let starts = candidate.positions.filter { following.contains($0 + gap) }
          if !starts.isEmpty {
            kept.append(Posting(tip: candidate.tip, frequency: starts.count, positions: starts))
          }
        }
        candidates = kept
      }
      for var posting in candidates {
        guard let global = view.global(posting.tip) else { continue }
        posting.tip = global
        result.append(posting)
      }
    }
    return result
  }

  /// How many live tips contain `term` in `field`; postings are decoded only in segments
  /// with deletion marks.
  public func documentFrequency(field: IndexField, term: String) -> Int {
    var count = 0
    for view in views {
      if view.globalOrdinals == nil {
        count += view.segment.documentFrequency(field: field, term: term)
      } else {
        count += view.segment.postings(field: field, term: term, positions: false)
          .count { view.global($0.tip) != nil }
      }
    }
    return count
  }

  /// How many words the tip with ordinal `tip` is indexed under in `field` (its length, for
  /// BM25F's length normalisation; see `IndexStats.averageFieldLengths`).
  ///
  /// `tip` must be an index of `tips`.
  public func fieldLength(tip: Int, field: IndexField) -> Int {
    Int(fieldLengths[tip * SegmentCodec.fieldCount + field.slot])
  }

  /// The distinct terms of `field` in live tips, sorted by UTF-8 bytes; for tests and tools
  /// that walk the whole index.
  func terms(in field: IndexField) -> [String] {
    Self.liveTerms(views, field: field).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
