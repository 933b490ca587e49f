import Foundation
import Testing
import TipsCore
import TipsIngest

/// Likes, scores, post numbers and dates an export states are untrusted: every format clamps
/// them to `ForumNumber`'s ranges instead of storing them, refusing the thread, or trapping.
@Suite("Untrusted numbers in exports")
struct UntrustedNumberTests {
  /// The largest, a negative, a non-numeric and a too-large-for-Int value, with the likes
  /// each must become.
  static let likeValues = [
    ("9223372036854775807", 1_000_000), ("-5", 0), (#""many""#, 0), ("1e30", 1_000_000),
    (#""12""#, 12),
  ]

  @Test("A Discourse post's like_count is clamped, a negative or non-numeric one is 0")
  func discourseJSONLikes() throws {
    for (value, likes) in Self.likeValues {
      let json = """
        {"id": 7, "title": "Calves", "post_stream": {"posts": [
          {"post_number": 1, "username": "a", "cooked": "<p>Tight calves?</p>"},
          {"post_number": 2, "username": "b", "cooked": "<p>Roll them.</p>",
           "like_count": \(value), "actions_summary": [{"id": 2, "count": \(value)}]}]}}
        """
      let thread = try #require(
        try ThreadImporter.threads(from: Array(json.utf8), path: "t.json").first)
      #expect(thread.posts.map(\.likes) == [0, likes], "like_count \(value)")
    }
  }

  @Test("A Discourse post number or reply target out of range is clamped or dropped")
  func discourseJSONPostNumbers() throws {
    let json = """
      {"id": 7, "title": "Calves", "post_stream": {"posts": [
        {"post_number": 1, "username": "a", "cooked": "<p>Tight calves?</p>"},
        {"post_number": 9223372036854775807, "username": "b", "cooked": "<p>Roll them.</p>",
         "reply_to_post_number": -9223372036854775808}]}}
      """
    let thread = try #require(
      try ThreadImporter.threads(from: Array(json.utf8), path: "t.json").first)
    #expect(thread.posts.map(\.number) == [1, 1_000_000])
    #expect(thread.posts.map(\.replyTo) == [nil, nil])
  }

  @Test(
    "A Discourse crawler page's like counter is clamped",
    arguments: zip(
      ["9223372036854775807", "99999999999999999999", "-4", "many"],
      [
        1_000_000, 1_000_000, 0, 1,
      ]))
  func discourseHTMLLikes(value: String, likes: Int) throws {
    let page = try String(
      contentsOfFile: try Fixture.path("discourse-crawler-page.html"), encoding: .utf8)
    let hostile = page.replacingOccurrences(
      of: #"<meta itemprop="userInteractionCount" content="1" />"#,
      with: #"<meta itemprop="userInteractionCount" content="\#(value)" />"#)
    try #require(hostile != page)
    let thread = try #require(
      try ThreadImporter.threads(from: Array(hostile.utf8), path: "page.html").first)
    // "many" is not a count: the "1 Like" label under the post is read instead.
    #expect(thread.posts.first?.likes == likes)
  }

  @Test("A Reddit score is clamped, a negative or non-numeric one is 0; a wild date is none")
  func redditScores() throws {
    for (value, likes) in Self.likeValues {
      let page = """
        [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"id": "q1",
          "title": "Tight calves", "selftext": "Ideas?", "author": "op", "score": \(value),
          "created_utc": 1e300}}]}},
         {"kind": "Listing", "data": {"children": [
          {"kind": "t1", "data": {"id": "c1", "author": "amy", "score": \(value),
           "body": "Foam roll them.", "parent_id": "t3_q1", "created_utc": -1e300,
           "replies": ""}}]}}]
        """
      let thread = try #require(
        try ThreadImporter.threads(from: Array(page.utf8), path: "page.json").first)
      #expect(thread.posts.map(\.likes) == [likes, likes], "score \(value)")
      #expect(thread.posts.map(\.date) == [nil, nil])
    }
  }

  @Test(
    "A Stack Exchange Score is clamped, a negative or non-numeric one is 0",
    arguments: zip(
      ["9223372036854775807", "99999999999999999999", "-3", "many"],
      [
        1_000_000, 1_000_000, 0, 0,
      ]))
  func stackExchangeScores(value: String, likes: Int) throws {
    let xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <posts>
        <row Id="1" PostTypeId="1" Title="Warm-up" Body="&lt;p&gt;How long?&lt;/p&gt;" Score="\(value)" AnswerCount="1" />
        <row Id="2" PostTypeId="2" ParentId="1" Body="&lt;p&gt;Ten minutes.&lt;/p&gt;" Score="\(value)" />
      </posts>
      """
    let thread = try #require(
      try ThreadImporter.threads(from: Array(xml.utf8), path: "Posts.xml").first)
    #expect(thread.posts.map(\.likes) == [likes, likes])
  }

  @Test(
    "A mail date whose year is out of range is no date, not a crash",
    arguments: [
      "Tue, 6 Apr 9223372036854775807 03:28:57 GMT", "6 Apr -9223372036854775808 03:28 GMT",
      "Tue, 6 Apr 99999999999999999999 03:28:57 GMT", "Tue, 6 Apr 1066 03:28:57 GMT",
    ])
  func usenetDates(date: String) throws {
    let text = "From: jd@x.edu (John Doe)\nSubject: Knee pain\nDate: \(date)\n\nIce it.\n"
    let thread = try #require(
      try ThreadImporter.threads(from: Array(text.utf8), path: "m.txt").first)
    #expect(thread.format == .usenet)
    #expect(thread.posts.map(\.date) == [nil])
  }

  @Test(
    "A copied footer's likes are clamped, negative ones are 0",
    arguments: zip(
      [
        "-3 Likes", "9223372036854775807 Likes", "99999999999999999999 Likes",
        "Likes: -9223372036854775808", "Ana, Bo and 9223372036854775807 others like this.",
      ], [0, 1_000_000, 1_000_000, 0, 1_000_000]))
  func copiedTextFooters(footer: String, likes: Int) throws {
    let text = """
      Sore calves after long runs

      My calves are always sore after a long run. What helps?

      Foam rolling every night sorted it for me.

      \(footer)
      """
    let thread = try #require(
      try ThreadImporter.threads(from: Array(text.utf8), path: "calves.txt").first)
    #expect(thread.posts.last?.likes == likes)
  }

  @Test("A 'Solved by' note naming an impossible post number marks no post")
  func copiedTextSolvedBy() throws {
    let text = """
      Sore calves after long runs

      My calves are always sore after a long run. What helps?
      Solved by ana in post #-9223372036854775808

      Foam rolling every night sorted it for me.

      1 Like
      """
    let thread = try #require(
      try ThreadImporter.threads(from: Array(text.utf8), path: "calves.txt").first)
    #expect(thread.posts.allSatisfy { !$0.isAccepted })
  }
}
