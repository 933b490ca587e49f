import Testing
import TipsCore

@testable import TipsIndex

/// A thread `id` whose posts by `authors` each recommend "couch stretch", the last against it;
/// the second is the accepted answer.
private func thread(_ id: String, by authors: [String?]) -> IndexedThread {
  let posts = authors.enumerated().map { index, author in
    Post(
      number: index + 1, author: author, likes: index, isAccepted: index == 1,
      text: "couch stretch \(index)")
  }
  let tips = authors.enumerated().map { index, author in
    Tip(
      remedy: "couch stretch", kind: .stretch, thread: id, post: index + 1, author: author,
      likes: index, stance: index == authors.count - 1 ? .against : .recommends,
      quote: "couch stretch \(index)", isAccepted: index == 1)
  }
  return IndexedThread(
    thread: Thread(id: id, title: "Tight hips", format: .stackExchangeXML, posts: posts),
    tips: tips)
}

@Suite("Remedy evidence stored at commit")
struct RemedyEvidenceTests {
  @Test("A remedy's stored evidence is that of its live tips, removed threads taken away")
  func removedThreadsTakenAway() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    let threads = [
      thread("a", by: ["Ann", "bob", nil]), thread("b", by: ["ann", "cat"]),
      thread("c", by: ["dee", nil, "ann"]),
    ]
    try writer.commit(adding: threads)
    try writer.commit(removingThreadIDs: ["b"])
    let reader = try IndexReader.open(directory: scratch.index)
    let live = [threads[0], threads[2]].flatMap(\.tips)
    let stored = try reader.remedyEvidence(named: "couch stretch")
    #expect(stored == RemedyAggregate(tips: live))
    // The accepted answers of "a" and "c" count; "b"'s went with its thread.
    #expect(stored?.evidence.accepted == 2)
    #expect(try reader.tips(inThread: "a").map(\.isAccepted) == [false, true, false])
    #expect(try reader.remedyEvidence(named: "pigeon pose") == nil)
    // Every remedy at once, as `tips top` ranks them, subtracts the same threads.
    #expect(try reader.remedyEvidence() == ["couch stretch": RemedyAggregate(tips: live)])
  }

  @Test("Evidence stored in several segments adds up across them")
  func acrossSegments() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [thread("a", by: ["Ann", "bob"])])
    try writer.commit(adding: [thread("b", by: ["ann", nil, "cat"])])
    let reader = try IndexReader.open(directory: scratch.index)
    let all = [thread("a", by: ["Ann", "bob"]), thread("b", by: ["ann", nil, "cat"])]
      .flatMap(\.tips)
    #expect(try reader.remedyEvidence(named: "couch stretch") == RemedyAggregate(tips: all))
  }
}
