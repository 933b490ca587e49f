import TipsCore

/// The tips of one thread, decoded from the index as they are read; indices are the tips'
/// ordinals, as in `Posting.tip`.
public struct ThreadTips: RandomAccessCollection, Sendable {
  let reader: IndexReader
  let ordinals: Range<Int>

  public var startIndex: Int { ordinals.lowerBound }
  public var endIndex: Int { ordinals.upperBound }

  public subscript(ordinal: Int) -> Tip {
    reader.tip(at: ordinal)
  }
}
