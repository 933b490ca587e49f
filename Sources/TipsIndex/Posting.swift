/// One tip containing a term (or a phrase) in a field, how often, and where.
///
/// `tip` is the tip's ordinal: its index in `IndexReader.tips`. Ordinals are only stable
/// within one opened reader; a commit may renumber them.
public struct Posting: Sendable, Hashable {
  public var tip: Int
  public var frequency: Int
  /// Where the term (or the phrase's first word) stands in the field, ascending: words count
  /// across the field's texts, with one position skipped between two texts. Empty unless the
  /// lookup asked for positions (`IndexReader.postings(field:term:positions:)`).
  public var positions: [UInt32]

  public init(tip: Int, frequency: Int, positions: [UInt32] = []) {
    self.tip = tip
    self.frequency = frequency
    self.positions = positions
  }
}

/// A postings list with positions, the positions of all its postings in one array:
/// `positions[range(at: i)]` are where the term stands in the tip `tips[i]`.
struct PositionedPostings {
  var tips: [Int] = []
  /// Where each posting's positions end in `positions` (and the next one's start).
  var ends: [Int] = []
  var positions: [UInt32] = []

  var count: Int { tips.count }
  var isEmpty: Bool { tips.isEmpty }

  /// Where the `index`-th posting's positions lie in `positions`.
  func range(at index: Int) -> Range<Int> {
    (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  /// As postings, each with its own positions.
  var postings: [Posting] {
    tips.indices.map { index in
      let positions = positions[range(at: index)]
      return Posting(tip: tips[index], frequency: positions.count, positions: Array(positions))
    }
  }
}
