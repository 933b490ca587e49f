/// A remedy as one segment's remedy table lists it: what a search groups matched tips by
/// before it reads any name (see `IndexReader.remedyKeys(ofTips:)`).
public struct RemedyKey: Sendable, Hashable, Comparable {
  /// The segment, in the reader's order.
  var segment: Int
  /// The remedy's place in that segment's table, sorted by name.
  var position: Int

  public static func < (a: RemedyKey, b: RemedyKey) -> Bool {
    (a.segment, a.position) < (b.segment, b.position)
  }
}
