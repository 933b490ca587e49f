import TipsCore

/// A number in an export's JSON, read whatever the export put there: an integer, a fraction,
/// an exponent too large for `Int`, or digits in a string; nil for anything else.
///
/// Counts and timestamps are untrusted: decoding `like_count` as `Int` would refuse the whole
/// thread over `1e30` or `"12"`, and keep 9223372036854775807 as is. Read as a `Double`, the
/// value goes through `ForumNumber`'s clamps instead, and a count that is not a number counts
/// as nothing said.
struct JSONNumber: Decodable {
  var value: Double?

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Double.self) {
      value = number
    } else if let text = try? container.decode(String.self) {
      value = ForumNumber.integer(parsing: text).map(Double.init)
    } else {
      value = nil
    }
  }

  /// The value as a like count, 0 when absent or not a number.
  var likes: Int { value.map(ForumNumber.likes) ?? 0 }
}
