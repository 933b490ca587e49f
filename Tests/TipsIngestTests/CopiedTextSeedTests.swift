import Foundation
import Testing
import TipsCore

@testable import TipsIngest

/// The seed thread (`corpus/lower-back-pain.txt`, a Discourse page copy whose only boundaries
/// are "1 Like" footers and blank lines) against its careful human reading, kept outside the
/// repository in the shared seed folder; so the suite runs only when `TIPS_SHARED_DATA` is set.
///
/// It scores the split instead of demanding it: the copy shows no headers, so its boundaries
/// are inferred from general conventions, and a rule written for this thread's sentences would
/// score better here and worse everywhere else.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TIPS_SHARED_DATA"] != nil))
struct CopiedTextSeedTests {
  private static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  private struct Reading: Decodable {
    var title: String
    var posts: [ExpectedPost]
  }

  private struct ExpectedPost: Decodable {
    var number: Int
    var text: String
  }

  /// How many of the reading's posts the split starts at the right paragraph, with none of
  /// an earlier post's text before it.
  @Test("The seed thread splits into posts most of which start where the careful reading's do")
  func seedSplitScore() throws {
    let text = try String(
      contentsOf: Self.packageRoot.appendingPathComponent("corpus/lower-back-pain.txt"),
      encoding: .utf8)
    let thread = try CopiedTextReader.thread(
      from: text, id: "lower-back-pain", path: "lower-back-pain.txt")
    let readingURL = Self.packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/seed/lower-back-pain.posts.json")
    let reading = try JSONDecoder().decode(Reading.self, from: Data(contentsOf: readingURL))
    #expect(thread.title == reading.title)
    let starts = Set(thread.posts.map { Self.opening($0.text) })
    let matched = reading.posts.filter { starts.contains(Self.opening($0.text)) }.count
    print(
      "seed split: \(matched) of \(reading.posts.count) posts start right, "
        + "\(thread.posts.count) posts read")
    #expect(matched >= 10)
  }

  /// The first 40 characters with whitespace runs folded, so a line break read as a space
  /// still matches.
  private static func opening(_ text: String) -> String {
    String(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(40))
  }
}
