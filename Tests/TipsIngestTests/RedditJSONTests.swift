import Foundation
import Testing
import TipsCore
import TipsIngest

/// A comments page written by hand in the shape of Reddit's API (see FIXTURES.md).
@Suite("Reddit comments JSON")
struct RedditJSONTests {
  @Test("The submission is post 1 and comments follow depth-first with their parents")
  func commentsPage() throws {
    let threads = try ThreadImporter.threads(fromFile: try Fixture.path("reddit-comments.json"))
    let thread = try #require(threads.first)
    #expect(threads.count == 1)
    #expect(thread.id == "reddit-1b2c3d4")
    #expect(thread.title == "Shin splints: rest or run through? Q&A")
    #expect(
      thread.url
        == "https://www.reddit.com/r/running/comments/1b2c3d4/shin_splints_rest_or_run_through/")
    #expect(thread.format == .redditJSON)
    // The deleted comment is gone; its reply (marathon_mike) answers the deleted one's parent.
    #expect(thread.posts.map(\.number) == [1, 2, 3, 4, 5])
    #expect(
      thread.posts.map(\.author) == [
        "newrunner22", "pt_sam", "newrunner22", "marathon_mike", "ultra_jo",
      ])
    #expect(thread.posts.map(\.replyTo) == [nil, 1, 2, 2, 1])
    #expect(thread.posts.map(\.likes) == [57, 42, 5, 0, 12])
    #expect(thread.post(1)?.date == "2024-03-02T09:00:00Z")
    #expect(
      thread.post(1)?.text
        == "Started running in January, now both shins hurt after every run > 5 km.\n\nShould I rest or run through it? Q&A welcome."
    )
    #expect(
      thread.post(2)?.text
        == "Rest 1-2 weeks, then build back up by about 10% a week.\n\nCalf raises & tibialis raises help a lot."
    )
    #expect(thread.post(3)?.text == "Did the calf raises for a week > much better now, thanks!")
  }

  @Test("A subreddit listing of posts is refused with a way out")
  func postListingRefused() throws {
    let path = try Fixture.path("reddit-listing.json")
    #expect(
      throws: IngestError.malformed(
        path: path, format: "Reddit JSON",
        reason: "a Reddit listing of posts, not a comments page: open a post and save its .json")
    ) {
      try ThreadImporter.threads(fromFile: path)
    }
    let error = IngestError.malformed(
      path: path, format: "Reddit JSON",
      reason: "a Reddit listing of posts, not a comments page: open a post and save its .json")
    #expect(
      error.description
        == "\(path): malformed Reddit JSON: a Reddit listing of posts, not a comments page: open a post and save its .json"
    )
  }

  @Test("A reply's markdown quote of its parent is recorded, not counted as its own words")
  func quotedParent() throws {
    let page = """
      [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"id": "q1",
        "title": "Tight calves", "selftext": "Calves always tight. Ideas?", "author": "op",
        "score": 3, "created_utc": 1709370000, "permalink": "/r/running/comments/q1/x/"}}]}},
       {"kind": "Listing", "data": {"children": [
        {"kind": "t1", "data": {"id": "c1", "author": "amy", "score": 9,
         "body": "Foam roll them every night.", "parent_id": "t3_q1", "replies": {"kind":
         "Listing", "data": {"children": [
          {"kind": "t1", "data": {"id": "c2", "author": "ben", "score": 2,
           "body": "&gt; Foam roll them every night.\\n\\nThis, it fixed mine.",
           "parent_id": "t1_c1", "replies": ""}}]}}}}]}}]
      """
    let thread = try #require(
      try ThreadImporter.threads(from: Array(page.utf8), path: "page.json").first)
    #expect(thread.post(3)?.text == "This, it fixed mine.")
    #expect(thread.post(3)?.quotes == [QuotedPost(post: 2, author: "amy")])
  }

  @Test("Markdown reads as the page shows it: link words, no bold, heading or table marks")
  func markdownReduced() throws {
    let page = """
      [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"id": "m1",
        "title": "Hansons: a race report", "author": "op", "score": 3,
        "selftext": "##Training\\n\\nI did **strength work** from [this book](https://example.com/b), 2x a week \\\\- no ~~skipping~~.\\n\\n| Week | Miles |\\n|:--|--:|\\n| 1 | 30 |"}}]}},
       {"kind": "Listing", "data": {"children": [
        {"kind": "t1", "data": {"id": "c1", "author": "amy", "score": 9,
         "body": "&gt; strength work\\n\\n**This.** See [the FAQ](https://example.com/faq).",
         "parent_id": "t3_m1", "replies": ""}}]}}]
      """
    let thread = try #require(
      try ThreadImporter.threads(from: Array(page.utf8), path: "page.json").first)
    #expect(
      thread.post(1)?.text
        == "Training\n\nI did strength work from this book, 2x a week - no skipping.\n\n| Week | Miles |\n| 1 | 30 |"
    )
    #expect(thread.post(2)?.text == "This. See the FAQ.")
    #expect(thread.post(2)?.quotes == [QuotedPost(post: 1, author: "op")])
  }
}

/// Real subreddit listings read in place (Reddit content carries no licence to copy it
/// here), so the suite runs only when `TIPS_SHARED_DATA` is set.
@Suite(
  "Reddit JSON over the shared data",
  .enabled(if: ProcessInfo.processInfo.environment["TIPS_SHARED_DATA"] != nil))
struct RedditJSONSharedDataTests {
  @Test(
    "A real subreddit listing of posts is refused with a way out",
    arguments: ["running.json", "running_new.json"])
  func realListingRefused(name: String) throws {
    let path = Fixture.sharedData("reddit/r-running-listings/" + name)
    #expect(
      throws: IngestError.malformed(
        path: path, format: "Reddit JSON",
        reason: "a Reddit listing of posts, not a comments page: open a post and save its .json")
    ) {
      try ThreadImporter.threads(fromFile: path)
    }
  }
}
