import TipsCore

/// The tips of one thread, decoded from the index when asked for; indices are the tips'
/// ordinals, as in `Posting.tip`.
public struct ThreadTips: RandomAccessCollection, Sendable {
  let ordinals: Range<Int>
  let tips: [Tip]

  public var startIndex: Int { ordinals.lowerBound }
  public var endIndex: Int { ordinals.upperBound }

  public subscript(ordinal: Int) -> Tip {
    tips[ordinal - ordinals.lowerBound]
  }
}
