import Foundation
import Testing
import TipsCore
import TipsIngest

/// A topic written by hand in the exact shape of Discourse's `/t/slug/ID.json` (see
/// FIXTURES.md), so the suite runs on a clone with nothing beside it.
@Suite("Discourse topic JSON")
struct DiscourseJSONTests {
  @Test("A topic with quotes, likes, replies and a solution reads post by post")
  func topic() throws {
    let threads = try ThreadImporter.threads(fromFile: try Fixture.path("discourse-topic.json"))
    let thread = try #require(threads.first)
    #expect(threads.count == 1)
    #expect(thread.id == "discourse-5150")
    #expect(thread.title == "Knee pain on the stairs after long rides")
    #expect(thread.format == .discourseJSON)
    #expect(thread.posts.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(
      thread.posts.map(\.author) == [
        "ridgeway", "coach_ana", "ridgeway", "coach_ana", "mtb_sam", "ridgeway",
      ])
    #expect(thread.posts.map(\.likes) == [0, 0, 1, 0, 2, 1])
    #expect(thread.posts.map(\.replyTo) == [nil, nil, nil, 3, nil, 5])
    #expect(thread.posts.map(\.isAccepted) == [false, false, true, false, false, false])
    #expect(thread.post(1)?.date == "2021-04-22T21:58:45.677Z")

    let reply = try #require(thread.post(2))
    #expect(
      reply.quotes == [
        QuotedPost(post: 1, author: "ridgeway"), QuotedPost(post: 1, author: "ridgeway"),
      ])
    #expect(
      reply.text
        == "Exactly this:\n\nAnd all the usual suspects like cleats\n\nDo you know your saddle height in mm?"
    )
    #expect(
      thread.post(3)?.text
        == "I raised the saddle by 5 mm & the ache is gone.\n\nThis gives me what I was after.")
  }

  @Test("Lists become lines, emoji their code, inline previews their link text")
  func listsEmojiAndPreviews() throws {
    let thread = try #require(
      try ThreadImporter.threads(fromFile: try Fixture.path("discourse-topic.json")).first)
    #expect(
      thread.post(5)?.text == """
        If it comes back, two things helped me:

        Foam roll the quads after every ride.
        Check the cleats are not turned in.
        """)
    #expect(thread.post(6)?.text == "Will do, thanks (Cleat position basics) :+1:")
    #expect(thread.post(1)?.text.contains("just under the kneecap…") == true)
  }

  @Test("Format comes from content: Discourse JSON saved as .txt is still Discourse JSON")
  func detectedFromContentNotName() throws {
    let folder = try TemporaryFolder()
    let bytes = try ThreadImporter.readBytes(try Fixture.path("discourse-topic.json"))
    let path = try folder.write(bytes, to: "saved thread.txt")
    let thread = try #require(try ThreadImporter.threads(fromFile: path).first)
    #expect(thread.format == .discourseJSON)
    #expect(thread.id == "discourse-5150")
  }

  @Test("A notice post with no text (topic closed) is skipped without renumbering")
  func emptyPostsSkipped() throws {
    let json = """
      {"id": 9, "title": "Closed topic", "post_stream": {"posts": [
        {"post_number": 1, "username": "a", "cooked": "<p>Question?</p>"},
        {"post_number": 2, "username": "system", "cooked": "", "post_type": 3},
        {"post_number": 3, "username": "b", "cooked": "<p>Answer.</p>", "like_count": 4}
      ]}}
      """
    let thread = try #require(
      try ThreadImporter.threads(from: Array(json.utf8), path: "closed.json").first)
    #expect(thread.posts.map(\.number) == [1, 3])
    #expect(thread.post(3)?.likes == 4)
  }
}

extension ThreadImporter {
  /// A file's bytes for tests that copy a real export under another name.
  static func readBytes(_ path: String) throws -> [UInt8] {
    try Array(Data(contentsOf: URL(fileURLWithPath: path)))
  }
}

/// Real topics from discourse.urho3d.io, read in place from the shared data folder: their
/// posts carry no licence to copy them here, so the suite runs only when `TIPS_SHARED_DATA`
/// is set.
@Suite(
  "Discourse topic JSON over the shared data",
  .enabled(if: ProcessInfo.processInfo.environment["TIPS_SHARED_DATA"] != nil))
struct DiscourseJSONSharedDataTests {
  static let eventSubscriptions = Fixture.sharedData(
    "discourse/urho3d/json/list-and-order-of-event-subscriptions.4017.json")
  static let aniFiles = Fixture.sharedData(
    "discourse/urho3d/json/loading-ani-files-for-node-animations.6821.json")
  @Test("A topic with quotes, likes, replies and a solution reads post by post")
  func eventSubscriptionsTopic() throws {
    let threads = try ThreadImporter.threads(fromFile: Self.eventSubscriptions)
    let thread = try #require(threads.first)
    #expect(threads.count == 1)
    #expect(thread.id == "discourse-4017")
    #expect(thread.title == "List and order of event subscriptions?")
    #expect(thread.format == .discourseJSON)
    #expect(thread.posts.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(
      thread.posts.map(\.author) == [
        "burgreen", "Eugene", "burgreen", "Eugene", "burgreen", "Eugene",
      ])
    #expect(thread.posts.map(\.likes) == [0, 0, 1, 0, 1, 0])
    #expect(thread.posts.map(\.replyTo) == [nil, nil, nil, 3, nil, 5])
    #expect(thread.posts.map(\.isAccepted) == [false, false, true, false, false, false])
    #expect(thread.post(1)?.date == "2018-02-14T20:59:24.579Z")

    let reply = try #require(thread.post(2))
    #expect(
      reply.quotes == [
        QuotedPost(post: 1, author: "burgreen"), QuotedPost(post: 1, author: "burgreen"),
      ])
    #expect(
      reply.text
        == "Exactly this:\n\nAnd all inner calls of e.g. LogicComponents\n\nDo you have STR/stack/dump of the crash?"
    )
    #expect(
      thread.post(3)?.text
        == "In Object::SendEvent(), I can dump receiver->GetTypeName().\n\nThis gives me what I am after."
    )
  }

  @Test("Lists become lines, emoji their code, inline previews their link text")
  func aniFilesTopic() throws {
    let thread = try #require(try ThreadImporter.threads(fromFile: Self.aniFiles).first)
    #expect(thread.posts.map(\.author) == ["HappyWeasel", "Dave82", "HappyWeasel"])
    #expect(thread.posts.map(\.likes) == [0, 2, 1])
    #expect(thread.post(3)?.replyTo == 2)
    #expect(thread.post(3)?.text == "Works like a charm, thank you very much… :+1:")
    #expect(
      thread.post(2)?.text == """
        Just create an AnimationController to your root node and load the animation exactly the same way as you do with skeletal animations. Please note :

        The nodes must have the same hierarchy as in the ani file.
        the nodes must have the same names as in the ani file.
        """)
    let opening = try #require(thread.post(1)?.text)
    #expect(
      opening.contains(
        "(AnimatedModel without skeleton, Export animated node transforms to Urho3d)"))
  }

}
