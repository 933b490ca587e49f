import Foundation
import Testing
import TipsCore
import TipsIngest

/// Reddit archive lines written by hand in the dumps' shape (see FIXTURES.md).
@Suite("Reddit comment lines")
struct RedditCommentLinesTests {
  @Test("Comments are grouped by link_id, the submission opens its thread, bad lines are named")
  func commentLines() throws {
    let path = try Fixture.path("reddit-comment-lines.ndjson")
    var stream = try ThreadImporter.threadStream(fromFile: path)
    let threads = try stream.remaining()
    #expect(threads.map(\.id) == ["reddit-7ab3cd", "reddit-9xk2p1"])
    let shins = try #require(threads.last)
    #expect(shins.title == "Shin splints: rest or run through? Q&A")
    #expect(shins.url == "https://www.reddit.com/r/running/comments/9xk2p1/shin_splints/")
    // The removed comment is gone; its reply (marathon_mike) answers the removed one's parent.
    #expect(shins.posts.map(\.author) == ["newrunner22", "pt_sam", "newrunner22", "marathon_mike"])
    #expect(shins.posts.map(\.replyTo) == [nil, 1, 2, 2])
    #expect(shins.posts.map(\.likes) == [57, 42, 5, 0])
    #expect(shins.post(3)?.text == "Did the calf raises for a week > much better now, thanks!")
    #expect(shins.post(4)?.text == "Never run through shin pain.")
    #expect(shins.post(4)?.quotes == [QuotedPost(post: 2, author: "pt_sam")])
    #expect(
      stream.lineReports.map(\.skippedDescription) == [
        "\(path): skipped 2 of 9 lines: 1 not JSON (line 4), 1 no parent_id (line 7)"
      ])
  }

  @Test("A thread without its submission line is titled from its first comment")
  func missingSubmission() throws {
    let threads = try ThreadImporter.threads(
      fromFile: try Fixture.path("reddit-comment-lines.ndjson"))
    let cramps = try #require(threads.first)
    #expect(cramps.title == "Magnesium before bed helped my leg cramps a lot.")
    #expect(cramps.url == "https://www.reddit.com/comments/7ab3cd/")
    #expect(cramps.posts.map(\.author) == ["sleepy", nil])
    #expect(cramps.posts.map(\.replyTo) == [nil, 1])
    // A score in a string counts; one of 1e30 is clamped like any export's.
    #expect(cramps.posts.map(\.likes) == [12, 1_000_000])
  }

  @Test("Sorted runs spilled to disk give the same threads, whatever the order of the lines")
  func spilledRunsAgree() throws {
    let folder = try TemporaryFolder()
    let lines = try String(
      contentsOfFile: Fixture.path("reddit-comment-lines.ndjson"), encoding: .utf8
    ).split(separator: "\n")
    let reversed = try folder.write(lines.reversed().joined(separator: "\n"), to: "r.ndjson")
    var inMemory = ThreadImporter.commentLineStream(
      fromFiles: [try Fixture.path("reddit-comment-lines.ndjson")])
    var spilled = ThreadImporter.commentLineStream(fromFiles: [reversed], bufferBytes: 1)
    #expect(try spilled.remaining() == inMemory.remaining())
  }

  @Test("Submissions in a file beside the comments title their threads")
  func submissionsBeside() throws {
    let folder = try TemporaryFolder()
    let comments = try folder.write(
      #"{"id":"k1","link_id":"t3_abc","parent_id":"t3_abc","author":"a","body":"Try ice.","score":3}"#,
      to: "RC.ndjson")
    let submissions = try folder.write(
      #"{"id":"abc","title":"Sprained ankle","selftext":"It hurts.","author":"op","score":1}"#,
      to: "RS.ndjson")
    var stream = ThreadImporter.commentLineStream(fromFiles: [comments, submissions])
    let thread = try #require(try stream.next())
    #expect(thread.title == "Sprained ankle")
    #expect(thread.posts.map(\.text) == ["It hurts.", "Try ice."])
    #expect(try stream.next() == nil)
  }

  @Test("A line past 64 KB is counted and skipped, never held")
  func hugeLine() throws {
    let folder = try TemporaryFolder()
    let huge = String(repeating: "x", count: 70_000)
    let path = try folder.write(
      #"{"id":"k1","link_id":"t3_abc","parent_id":"t3_abc","body":"Rest it."}"# + "\n"
        + #"{"id":"k2","link_id":"t3_abc","parent_id":"t3_abc","body":""# + huge + "\"}\n",
      to: "c.ndjson")
    var stream = try ThreadImporter.threadStream(fromFile: path)
    #expect(try stream.remaining().map(\.posts.count) == [1])
    #expect(
      stream.lineReports.map(\.skippedDescription) == [
        "\(path): skipped 1 of 2 lines: 1 longer than 64 KB (line 2)"
      ])
  }
}
