/// The ranges tips keeps the numbers an export states about its posts in, and the one place
/// they are enforced, for every format.
///
/// Exports are untrusted: a broken or hostile file can give a post 9223372036854775807 likes,
/// a score of -40, post number 0 or the year 292277026596. Stored as given, two such likes
/// overflow when a remedy's evidence is summed, and every later `tips top` traps on the index
/// that holds them. `Post.init` and `Tip.init` clamp through here, so no reader can store such
/// a value, and readers parse numbers from text through here, so no parse overflows.
///
/// A million likes is more than any forum post gets, so a real count is never cut. A negative
/// score (a downvoted Reddit comment, Stack Exchange answer or copied "-3 Likes") counts as
/// no likes: nobody endorsed the post.
public enum ForumNumber {
  /// Likes, votes, points and reactions of one post.
  public static let likeRange = 0...1_000_000
  /// Post numbers, and the posts a reply or a quote points to.
  public static let postNumberRange = 1...1_000_000
  /// Years a post's date may have: forums and mail archives start long after the first,
  /// and a date past the last is a broken clock or a hostile file.
  public static let yearRange = 1900...2200
  /// Seconds since 1970 a Unix timestamp may have: 1970-01-01 to 2200-12-31, in `yearRange`.
  public static let unixSecondsRange = 0.0...7_289_654_399.0

  /// `value` as a like count: negative counts as 0, beyond `likeRange` as its top.
  public static func likes(_ value: Int) -> Int {
    min(max(value, likeRange.lowerBound), likeRange.upperBound)
  }

  /// A like count given as a JSON number, which may be fractional, huge or not finite.
  public static func likes(_ value: Double) -> Int {
    guard value.isFinite, value > 0 else { return 0 }
    return value >= Double(likeRange.upperBound) ? likeRange.upperBound : Int(value)
  }

  /// `value` as a post's own number, within `postNumberRange`.
  public static func postNumber(_ value: Int) -> Int {
    min(max(value, postNumberRange.lowerBound), postNumberRange.upperBound)
  }

  /// A post a reply or quote points to; nil outside `postNumberRange`, since no such post
  /// exists to point to.
  public static func postReference(_ value: Int?) -> Int? {
    value.flatMap { postNumberRange.contains($0) ? $0 : nil }
  }

  /// The integer `text` spells (an optional sign, then ASCII digits), saturating at `Int.min`
  /// and `Int.max` instead of failing as `Int(_:)` does, so "99999999999999999999 Likes" is
  /// still a likes line (with the most likes); nil when `text` is not an integer.
  public static func integer(parsing text: some StringProtocol) -> Int? {
    var digits = text.utf8[...]
    let isNegative = digits.first == UInt8(ascii: "-")
    if isNegative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
    guard !digits.isEmpty else { return nil }
    var value = 0
    for byte in digits {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      let digit = Int(byte - UInt8(ascii: "0"))
      let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
      let (next, overflowAdd) =
        isNegative
        ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
      if overflowShift || overflowAdd { return isNegative ? Int.min : Int.max }
      value = next
    }
    return value
  }

  /// The sum of `values`, saturating at `Int.max` (and `Int.min`) instead of trapping, for
  /// totals of counts read from files.
  public static func saturatingSum(_ values: some Sequence<Int>) -> Int {
    values.reduce(0, saturatingAdd)
  }

  /// `a + b`, saturating at `Int.max` and `Int.min` instead of trapping.
  public static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    guard overflow else { return sum }
    return b > 0 ? Int.max : Int.min
  }
}
