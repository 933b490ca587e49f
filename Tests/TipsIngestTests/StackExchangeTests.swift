import Foundation
import Testing
import TipsCore
import TipsIngest

/// Rows cut verbatim from the History Meta and Data Science Meta dumps (CC BY-SA, attribution
/// beside them), so the suite runs on a clone with nothing beside it.
@Suite("Stack Exchange Posts.xml")
struct StackExchangeTests {
  @Test("The accepted answer is marked, answers sort by score, negative scores count as 0 likes")
  func fixtureWithAcceptedAnswers() throws {
    let threads = try ThreadImporter.threads(
      fromFile: try Fixture.path("stackexchange-history-meta.xml"))
    #expect(threads.map(\.id) == ["stackexchange-271", "stackexchange-2252"])
    let merge = try #require(threads.first)
    #expect(merge.title == "Tag Merge Request: Economy and Economic History")
    // Answer 277 (score 3) outranks the accepted answer 273 (score 2): it is not pinned.
    #expect(merge.posts.map(\.author) == ["user579", "user771", "user20"])
    #expect(merge.posts.map(\.likes) == [4, 3, 2])
    #expect(merge.posts.map(\.isAccepted) == [false, false, true])
    #expect(
      merge.post(3)?.text == "Merge of economic history into the economy tag has been completed")
    let eras = try #require(threads.last)
    #expect(eras.posts.map(\.likes) == [8, 13, 0])
    #expect(eras.posts.map(\.isAccepted) == [false, true, false])
  }

  @Test("A dump in a folder named after its site gets site-prefixed ids and post URLs")
  func siteFromFolderName() throws {
    let folder = try TemporaryFolder()
    let bytes = try ThreadImporter.readBytes(try Fixture.path("stackexchange-history-meta.xml"))
    let path = try folder.write(bytes, to: "history.meta.stackexchange.com/Posts.xml")
    let threads = try ThreadImporter.threads(fromFile: path)
    #expect(
      threads.map(\.id) == [
        "history.meta.stackexchange.com-271", "history.meta.stackexchange.com-2252",
      ])
    #expect(threads.first?.url == "https://history.meta.stackexchange.com/q/271")
  }

  @Test("Streaming from disk hands out each thread once, the same threads as reading in memory")
  func streamingMatchesArray() throws {
    let path = try Fixture.path("stackexchange-history-meta.xml")
    var stream = try ThreadImporter.threadStream(fromFile: path)
    var streamed: [String] = []
    while let thread = try stream.next() { streamed.append(thread.id) }
    #expect(streamed == ["stackexchange-271", "stackexchange-2252"])
    let bytes = try ThreadImporter.readBytes(path)
    #expect(try ThreadImporter.threads(from: bytes, path: path).map(\.id) == streamed)
  }

  @Test("The 2024 dump format (pipe-separated tags, per-row licence) reads")
  func dataScienceMeta2024Format() throws {
    let folder = try TemporaryFolder()
    let bytes = try ThreadImporter.readBytes(try Fixture.path("stackexchange-datascience-meta.xml"))
    let path = try folder.write(bytes, to: "datascience.meta.stackexchange.com/Posts.xml")
    let threads = try ThreadImporter.threads(fromFile: path)
    let tex = try #require(threads.first)
    #expect(threads.map(\.id) == ["datascience.meta.stackexchange.com-6"])
    #expect(tex.title == "Can we get TeX support?")
    #expect(tex.url == "https://datascience.meta.stackexchange.com/q/6")
    // Three of the question's six answers are in the fixture: the thread is handed out at
    // the end of the file with those it has, by votes.
    #expect(tex.posts.map(\.author) == ["user14", "user108", "user14", "user9"])
    #expect(tex.posts.map(\.likes) == [37, 19, 13, 7])
  }
}

/// Real Stack Exchange dumps read in place: the derived slice and full meta-site dumps,
/// megabytes each, so the suite runs only when `TIPS_SHARED_DATA` is set.
@Suite(
  "Stack Exchange Posts.xml over the shared data",
  .enabled(if: ProcessInfo.processInfo.environment["TIPS_SHARED_DATA"] != nil))
struct StackExchangeSharedDataTests {
  @Test("The history.meta slice gives five questions with all their answers")
  func slice() throws {
    let threads = try ThreadImporter.threads(
      fromFile: Fixture.sharedData("stackexchange/slice-history.meta/Posts.xml"))
    let byID = Dictionary(uniqueKeysWithValues: threads.map { ($0.id, $0) })
    #expect(threads.count == 5)
    #expect(
      byID.keys.sorted() == [
        "stackexchange-173", "stackexchange-1956", "stackexchange-4", "stackexchange-618",
        "stackexchange-896",
      ])
    #expect(
      [
        "stackexchange-4", "stackexchange-173", "stackexchange-618", "stackexchange-896",
        "stackexchange-1956",
      ]
      .map { byID[$0]?.posts.count } == [11, 9, 21, 9, 11])
    let wikipedia = try #require(byID["stackexchange-4"])
    #expect(
      wikipedia.title
        == "Should we allow Wikipedia to be referenced as an academic source in answers?")
    #expect(wikipedia.url == nil)  // "slice-history.meta" is not a site's domain
    #expect(wikipedia.format == .stackExchangeXML)
    let question = try #require(wikipedia.post(1))
    #expect(question.author == "user12")
    #expect(question.likes == 14)
    #expect(question.date == "2011-10-11T19:48:08.807")
    #expect(question.replyTo == nil)
    // Answers by votes: answer 6 (score 18), then 8 (15, a deleted user named only by
    // OwnerDisplayName), then 9 (12).
    #expect(wikipedia.posts[1...3].map(\.author) == ["user5", "user39", "user45"])
    #expect(wikipedia.posts[1...3].map(\.likes) == [18, 15, 12])
    #expect(wikipedia.posts.dropFirst().allSatisfy { $0.replyTo == 1 && !$0.isAccepted })
    #expect(
      question.text
        == "Everyone is familiar with Wikipedia and its abundant use in today's society, academically and in casual life. The question I posit here is should we allow it as a reference when answering questions? It is widely regarded as a very nonacademic source by merit of its easily editable nature."
    )
  }

  @Test("Streaming from disk hands out each thread once, the same threads as reading in memory")
  func streamingMatchesArray() throws {
    let path = Fixture.sharedData("stackexchange/history.meta.stackexchange.com/Posts.xml")
    var stream = try ThreadImporter.threadStream(fromFile: path)
    var streamed: [String] = []
    while let thread = try stream.next() { streamed.append(thread.id) }
    #expect(streamed.count == 556)
    #expect(Set(streamed).count == 556)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(try ThreadImporter.threads(from: bytes, path: path).map(\.id) == streamed)
  }

  @Test("The 2024 dump format (pipe-separated tags, per-row licence) reads")
  func dataScienceMeta2024Format() throws {
    let threads = try ThreadImporter.threads(
      fromFile: Fixture.sharedData("stackexchange/datascience.meta.stackexchange.com/Posts.xml"))
    #expect(threads.count == 257)
    let tex = try #require(threads.first { $0.id == "datascience.meta.stackexchange.com-6" })
    #expect(tex.title == "Can we get TeX support?")
    #expect(tex.posts.count == 7)
    #expect(tex.url == "https://datascience.meta.stackexchange.com/q/6")
  }
}
