/// When a commit merges segments, and which.
///
/// A commit adds one segment for the threads it is given, plus those staged for it by a large
/// add. When that would leave more than `maxSegments`, the same commit also merges one run of
/// *adjacent* segments into one (streamed a thread at a time), dropping deleted threads:
/// the run of `mergeFactor` segments (or more, if needed to get back to `maxSegments`) with
/// the fewest live bytes, the newer run on a tie. Fresh segments are small, so they merge
/// often and large old ones rarely (each byte is rewritten about log(n) times, as with
/// Lucene's log merge policy). Merging only neighbours keeps every live tip in its order, so a
/// merge changes no ordinal and no query result. Segments whose threads are all deleted are
/// dropped by any commit, without a merge.
public struct MergePolicy: Sendable, Hashable {
  /// The most segments a commit leaves; at least 1.
  public var maxSegments: Int
  /// How many adjacent segments a merge joins at least; at least 2.
  public var mergeFactor: Int

  public init(maxSegments: Int, mergeFactor: Int) {
    self.maxSegments = max(1, maxSegments)
    self.mergeFactor = max(2, mergeFactor)
  }

  /// At most 8 segments; merges join 4.
  public static let standard = MergePolicy(maxSegments: 8, mergeFactor: 4)

  /// The run of segments to merge given their live sizes in order, or nil to merge none.
  func merge(sizes: [Int]) -> Range<Int>? {
    guard sizes.count > maxSegments else { return nil }
    let width = min(sizes.count, max(mergeFactor, sizes.count - maxSegments + 1))
    var bestStart = 0
    var bestSize = Int.max
    for start in 0...(sizes.count - width) {
      let size = sizes[start..<(start + width)].reduce(0, +)
      if size <= bestSize { (bestStart, bestSize) = (start, size) }
    }
    return bestStart..<(bestStart + width)
  }
}
