/// When a commit merges segments, and which.
///
/// A commit adds one segment for the threads it is given, plus those staged for it by a large
/// add. When that would leave more than `maxSegments`, the same commit also merges runs of
/// *adjacent* segments into one (streamed a thread at a time), dropping deleted threads:
/// the run of `mergeFactor` segments (or more, if needed to get back to `maxSegments`) with
/// the fewest live bytes, the newer run on a tie. Fresh segments are small, so they merge
/// often and large old ones rarely (each byte is rewritten about log(n) times, as with
/// Lucene's log merge policy). Merging only neighbours keeps every live tip in its order, so a
/// merge changes no ordinal and no query result. Segments whose threads are all deleted are
/// dropped by any commit, without a merge.
///
/// A merge builds the new segment's postings in memory, so no merge may produce more than
/// `maxMergedBytes` (Lucene caps merged segments for the same reason): a large add ends
/// with several segments of about that size rather than one, and takes the memory of one of
/// them, whatever the size of its input. A segment of half the cap or more is full: no merge
/// takes it and it does not count toward `maxSegments` (as in Lucene's tiered policy), so a
/// small add to a large index writes a small segment rather than rewriting a full one.
public struct MergePolicy: Sendable, Hashable {
  /// The most segments not full a commit leaves while merges fit under `maxMergedBytes`; at
  /// least 1.
  public var maxSegments: Int
  /// How many adjacent segments a merge joins at least; at least 2.
  public var mergeFactor: Int
  /// The most live bytes one merge may produce.
  public var maxMergedBytes: Int

  public init(maxSegments: Int, mergeFactor: Int, maxMergedBytes: Int = .max) {
    self.maxSegments = max(1, maxSegments)
    self.mergeFactor = max(2, mergeFactor)
    self.maxMergedBytes = max(1, maxMergedBytes)
  }

  /// At most 4 segments not full; merges join 4 and produce at most 32 MiB.
  public static let standard = MergePolicy(
    maxSegments: 4, mergeFactor: 4, maxMergedBytes: 32 << 20)

  /// The live size from which a segment is full.
  var fullBytes: Int { maxMergedBytes / 2 + maxMergedBytes % 2 }

  /// The run of segments to merge given their live sizes in order, or nil to merge none: the
  /// cheapest run of segments not full wide enough to get back to `maxSegments` of them,
  /// else the widest narrower run (two at least) that fits under `maxMergedBytes`.
  func merge(sizes: [Int]) -> Range<Int>? {
    let open = sizes.count { $0 < fullBytes }
    guard open > maxSegments else { return nil }
    let needed = min(open, max(mergeFactor, open - maxSegments + 1))
    for width in stride(from: needed, through: 2, by: -1) {
      var best: (start: Int, size: Int)? = nil
      for start in 0...(sizes.count - width) {
        let run = sizes[start..<(start + width)]
        guard !run.contains(where: { $0 >= fullBytes }) else { continue }
        let size = run.reduce(0, +)
        guard size <= maxMergedBytes else { continue }
        if size <= best?.size ?? .max { best = (start, size) }
      }
      if let best { return best.start..<(best.start + width) }
    }
    return nil
  }
}
