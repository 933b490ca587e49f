import Foundation
import TipsCore

/// Text conversions for Reddit's JSON, kept apart from the reader so `Foundation.Thread`
/// never shadows `TipsCore.Thread` there.
enum RedditText {
  /// `created_utc` seconds as an ISO 8601 UTC date ("2021-10-18T14:03:12Z"); nil outside
  /// `ForumNumber.unixSecondsRange`, where a timestamp is a broken clock or a hostile file.
  static func isoDate(_ seconds: Double?) -> String? {
    guard let seconds, ForumNumber.unixSecondsRange.contains(seconds) else { return nil }
    return Date(timeIntervalSince1970: seconds).ISO8601Format()
  }

  /// Reddit's JSON escapes `&`, `<` and `>` in markdown text as HTML entities (`&amp;gt;` is a
  /// literal "&gt;" typed by the user, so `&amp;` must be decoded last).
  static func decodingEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&#x200B;", with: "")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// A submission's self text as a reader of the page sees it: entities decoded, markdown
  /// reduced (`MarkdownText`).
  static func plainText(_ raw: String) -> String {
    MarkdownText.plainText(decodingEntities(raw)).trimmingWhitespace()
  }

  /// A comment's own words as a reader of the page sees them, without its markdown block
  /// quotes (lines starting with ">"), and whether it quoted anything: on Reddit a reply
  /// quotes the comment it answers, and a quoted recommendation must not count as the
  /// reply's own.
  static func ownText(_ raw: String) -> (text: String, quotes: Bool) {
    var kept: [Substring] = []
    var quotes = false
    for line in decodingEntities(raw).split(separator: "\n", omittingEmptySubsequences: false) {
      if line.drop(while: { $0 == " " }).first == ">" {
        quotes = true
      } else {
        kept.append(line)
      }
    }
    return (MarkdownText.plainText(kept.joined(separator: "\n")).trimmingWhitespace(), quotes)
  }
}
