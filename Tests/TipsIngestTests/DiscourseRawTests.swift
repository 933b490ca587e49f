import Foundation
import Testing
import TipsCore
import TipsIngest

/// A topic written by hand in the exact shape of Discourse's `/raw/ID` export (see
/// FIXTURES.md), so the suite runs on a clone with nothing beside it.
@Suite("Discourse raw export")
struct DiscourseRawTests {
  static let topic = "discourse-raw/knee-pain-after-long-rides.5267.md"

  @Test("Each 'name | date UTC | #N' header starts a post, numbered as the export numbers it")
  func posts() throws {
    let threads = try ThreadImporter.threads(fromFile: try Fixture.path(Self.topic))
    let thread = try #require(threads.first)
    #expect(threads.count == 1)
    #expect(thread.format == .discourseRaw)
    #expect(thread.id == "knee-pain-after-long-rides.5267")
    #expect(thread.title == "knee pain after long rides")
    #expect(thread.posts.map(\.number) == [1, 2, 3, 5])
    #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter", "dave", "ana_r"])
    #expect(thread.post(2)?.date == "2015-03-04T08:02:11Z")
    #expect(thread.posts.map(\.likes) == [0, 0, 0, 0])
  }

  @Test("Markdown reads as the page shows it: no image, no marks, a link's words, code's lines")
  func markdown() throws {
    let thread = try #require(
      try ThreadImporter.threads(fromFile: try Fixture.path(Self.topic)).first)
    #expect(
      thread.post(1)?.text
        == "My knee hurts after rides over three hours. Lowering the saddle did nothing.\n\n"
        + "Is it my cleats?")
    #expect(
      thread.post(2)?.text
        == "Check your cleat rotation first. A heel turned in twists the knee on every stroke. "
        + "There is a good guide on the fit page and this one too:\n\n"
        + "https://example.org/cleats/rotation")
    #expect(
      thread.post(5)?.text
        == "@dave thanks! Moved the cleats and rode 80 km without pain. "
        + "The float pedals arrive Monday.\n\nleft cleat: 2 mm out")
  }

  @Test(
    "A quote block leaves the text; it answers the post it names when that post is the quoted author's, and a leading @name answers that person"
  )
  func quotesAndReplies() throws {
    let thread = try #require(
      try ThreadImporter.threads(fromFile: try Fixture.path(Self.topic)).first)
    let agreement = try #require(thread.post(3))
    #expect(
      agreement.text
        == "Agreed, float pedals helped me more than anything else.\n\nNot in my experience.")
    // Post 2 of topic 1240 is another topic's: here post 2 is bikefitter's.
    #expect(
      agreement.quotes == [
        QuotedPost(post: 2, author: "bikefitter"), QuotedPost(post: nil, author: "coach_k"),
      ])
    #expect(thread.posts.map(\.replyTo) == [nil, nil, 2, 3])
  }

  @Test("The export is told by its first line, whatever the file is named")
  func detectedByContent() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("tips-raw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("5267")
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: try Fixture.path(Self.topic)), to: copy)
    let thread = try #require(try ThreadImporter.threads(fromFile: copy.path).first)
    #expect(thread.format == .discourseRaw)
    #expect(thread.posts.count == 4)
    // A first line shaped almost so is copied text.
    let text = folder.appendingPathComponent("note.txt")
    try "ana_r | yesterday | #1\n\nMy knee hurts.\n".write(
      to: text, atomically: true, encoding: .utf8)
    #expect(try ThreadImporter.threads(fromFile: text.path).first?.format == .copiedText)
  }
}

/// The raw and JSON exports of the same real topics, read in place from the shared data
/// folder (see `DiscourseJSONSharedDataTests`): the two readers must agree on the posts.
@Suite(
  "Discourse raw export over the shared data",
  .enabled(if: ProcessInfo.processInfo.environment["TIPS_SHARED_DATA"] != nil))
struct DiscourseRawSharedDataTests {
  @Test("Raw and JSON exports of a topic give the same posts, authors and quoted posts")
  func sameAsJSON() throws {
    let stem = "list-and-order-of-event-subscriptions.4017"
    let raw = try #require(
      try ThreadImporter.threads(fromFile: Fixture.sharedData("discourse/urho3d/raw/\(stem).md"))
        .first)
    let json = try #require(
      try ThreadImporter.threads(fromFile: Fixture.sharedData("discourse/urho3d/json/\(stem).json"))
        .first)
    #expect(raw.posts.map(\.number) == json.posts.map(\.number))
    #expect(raw.posts.map(\.author) == json.posts.map(\.author))
    #expect(raw.posts.map(\.quotes) == json.posts.map(\.quotes))
    #expect(raw.post(3)?.text == json.post(3)?.text)
  }
}
