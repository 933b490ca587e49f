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
