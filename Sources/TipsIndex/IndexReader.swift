import TipsCore

/// A read-only view of one commit of an index folder: its threads, tips and inverted index.
///
/// Opening reads the manifest, then the data file it names, checks both, and decodes threads,
/// tips and term dictionaries; postings stay encoded until looked up. A reader never takes the
/// writer's lock and never sees a half-written commit: a commit becomes visible only when its
/// manifest is renamed into place, and a reader opened before that keeps its own snapshot.
public struct IndexReader: Sendable {
  /// The folder as given to `open`.
  public let directory: String
  /// The commit this reader sees (see `CommitSummary.generation`).
  public let generation: Int
  /// Every indexed thread, sorted by id.
  public let threads: [ThreadSummary]
  /// Every tip, grouped by thread in `threads` order; a tip's index here is its ordinal.
  public let tips: [Tip]
  public let stats: IndexStats

  private let fullThreads: [Thread]
  private let threadOrdinals: [String: Int]
  /// Per thread, in `threads` order, the ordinals of its tips.
  private let tipRanges: [Range<Int>]
  private let dictionaries: [IndexField: TermDictionary]
  /// The data file; postings are decoded from it on lookup.
  private let bytes: [UInt8]

  /// Opens the last commit in `directory`.
  ///
  /// Throws `.missing` when there is no index there, `.corrupt` or `.tooNew` when a file cannot
  /// be read, `.io` when the system refuses.
  public static func open(directory: String) throws(IndexError) -> IndexReader {
    IndexReader(directory: directory, committed: try CommittedIndex.load(directory: directory))
  }

  private init(directory: String, committed: CommittedIndex) {
    self.directory = directory
    self.generation = committed.manifest.generation
    self.bytes = committed.bytes
    self.dictionaries = committed.contents.dictionaries
    let entries = committed.contents.threads
    var summaries: [ThreadSummary] = []
    var tips: [Tip] = []
    var ranges: [Range<Int>] = []
    var ordinals: [String: Int] = [:]
    summaries.reserveCapacity(entries.count)
    ranges.reserveCapacity(entries.count)
    for (position, entry) in entries.enumerated() {
      let thread = entry.thread
      summaries.append(
        ThreadSummary(
          id: thread.id, title: thread.title, url: thread.url, format: thread.format,
          postCount: thread.posts.count, tipCount: entry.tips.count))
      ranges.append(tips.count..<(tips.count + entry.tips.count))
      tips.append(contentsOf: entry.tips)
      ordinals[thread.id] = position
    }
    self.threads = summaries
    self.tips = tips
    self.tipRanges = ranges
    self.threadOrdinals = ordinals
    self.fullThreads = entries.map(\.thread)
    self.stats = IndexStats(
      threads: entries.count,
      posts: summaries.reduce(0) { $0 + $1.postCount },
      tips: tips.count,
      distinctRemedies: Set(tips.map(\.remedy)).count,
      terms: committed.contents.dictionaries.values.reduce(0) { $0 + $1.termCount },
      bytes: committed.bytes.count)
  }

  /// The thread with `id`, posts included; nil when no such thread is indexed.
  public func thread(id: String) -> Thread? {
    threadOrdinals[id].map { fullThreads[$0] }
  }

  /// The tips of the thread with `id`, empty when no such thread is indexed.
  ///
  /// The slice keeps `tips`' indices, so `indices` are the tips' ordinals, as in `Posting.tip`.
  public func tips(inThread id: String) -> ArraySlice<Tip> {
    guard let position = threadOrdinals[id] else { return tips[0..<0] }
    return tips[tipRanges[position]]
  }

  /// The tips containing `term` in `field`, by ascending ordinal, with how often it occurs.
  ///
  /// `term` must already be folded (`WordFolding.fold`), as the index stores folded words
  /// only: "Knees" finds nothing, "knee" finds both "knee" and "knees". An unknown term gives
  /// an empty list.
  public func postings(field: IndexField, term: String) -> [Posting] {
    guard let entry = dictionaries[field]?.entries[term] else { return [] }
    // `open` decoded every postings list once to check it, so this cannot fail; an empty
    // result here would mean the bytes changed in memory, which a `let` array cannot.
    return
      (try? TermDictionary.decodePostings(bytes, entry: entry, tipCount: tips.count)) ?? []
  }

  /// How many tips contain `term` in `field`, without decoding the postings.
  public func documentFrequency(field: IndexField, term: String) -> Int {
    dictionaries[field]?.entries[term]?.count ?? 0
  }
}
