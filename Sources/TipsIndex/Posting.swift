/// One tip containing a term in a field, and how often the term occurs there.
///
/// `tip` is the tip's ordinal: its index in `IndexReader.tips`. Ordinals are only stable
/// within one opened reader; a commit renumbers them.
public struct Posting: Sendable, Hashable {
  public var tip: Int
  public var frequency: Int

  public init(tip: Int, frequency: Int) {
    self.tip = tip
    self.frequency = frequency
  }
}
