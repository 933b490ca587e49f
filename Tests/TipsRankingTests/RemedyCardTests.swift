import Foundation
import Testing
import TipsCore
import TipsIndex

@testable import TipsRanking

/// Threads `first..<first + count` giving one remedy in every stance, with likes, tags and
/// caveats drawn from a fixed linear congruential sequence, so every run is the same.
private func mixedThreads(_ range: Range<Int>, seed: UInt64) -> [IndexedThread] {
  var state = seed
  func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
  let authors: [String?] = ["Ann", "Bob", "cat", nil]
  let stances: [Stance] = [.recommends, .recommends, .agrees, .against, .cautions]
  let muscles = ["hip flexors", "quads", "glutes"]
  let tools = ["foam roller", "yoga mat"]
  let caveats = ["it hurts at first", "go easy", "not before a ride", "see a physio if it lasts"]
  return range.map { number in
    let id = "t\(number)"
    var posts: [Post] = []
    var tips: [Tip] = []
    for post in 1...(1 + next(4)) {
      let likes = next(3) == 0 ? 0 : next(20)
      posts.append(Post(number: post, author: authors[next(4)], likes: likes, text: "p\(post)"))
      for _ in 0..<(1 + next(2)) {
        tips.append(
          Tip(
            remedy: "couch stretch", kind: .stretch,
            muscles: (0..<next(3)).map { _ in muscles[next(muscles.count)] },
            tools: next(3) == 0 ? [tools[next(tools.count)]] : [],
            conditions: next(4) == 0 ? ["lower back pain"] : [], thread: id, post: post,
            author: posts[post - 1].author, likes: likes, stance: stances[next(stances.count)],
            quote: "q\(number).\(post)",
            caveats: (0..<next(3)).map { _ in caveats[next(caveats.count)] }))
      }
    }
    return IndexedThread(
      thread: Thread(id: id, title: "Tight hips", format: .discourseJSON, posts: posts),
      tips: tips)
  }
}

@Suite("A remedy's card read from what segments stored")
struct RemedyCardTests {
  /// The card's quoted tips as the full remedy orders them: its supporting tips up to the
  /// first of the `posts`-th post, then its first report against.
  private func shown(_ remedy: Remedy, posts: Int) -> [Tip] {
    var tips: [Tip] = []
    var quoted = Set<String>()
    for tip in remedy.tips where tip.stance.supports && quoted.count < posts {
      tips.append(tip)
      quoted.insert("\(tip.thread)#\(tip.post)")
    }
    return tips + remedy.tips.filter { $0.stance == .against }.prefix(1)
  }

  @Test(
    "A card over several segments shows what the remedy made from all its tips shows",
    arguments: [false, true])
  func sameAsEveryTip(removingThreads: Bool) throws {
    let folder = NSTemporaryDirectory() + "tips-card-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var writer = try IndexWriter(directory: folder)
    try writer.commit(adding: mixedThreads(0..<30, seed: 1))
    try writer.commit(adding: mixedThreads(30..<45, seed: 2))
    try writer.commit(adding: mixedThreads(45..<60, seed: 3))
    if removingThreads {
      try writer.commit(removingThreadIDs: ["t0", "t1", "t7", "t31", "t59"])
      // Re-added with other tips: the old ones are gone, the new ones in a newer segment.
      try writer.commit(adding: mixedThreads(3..<4, seed: 4))
    }
    let reader = try IndexReader.open(directory: folder)
    let full = Consensus.remedy(
      named: "couch stretch", tips: try reader.tips.filter { $0.remedy == "couch stretch" })
    for (quotes, caveats) in [(2, 2), (1, 0), (5, 3), (500, 500)] {
      let card = try #require(
        try reader.remedyCard(named: "couch stretch", quotes: quotes, caveats: caveats))
      #expect(card.kind == full.kind)
      #expect(card.tipCount == full.tips.count)
      #expect(card.tips == shown(full, posts: quotes))
      #expect(card.caveats == Array(full.caveats.prefix(caveats)))
      if removingThreads {
        // A removed tip that first named a tag may leave that tag's place among ties.
        #expect(Set(card.muscles) == Set(full.muscles))
        #expect(Set(card.tools) == Set(full.tools))
        #expect(Set(card.conditions) == Set(full.conditions))
      } else {
        #expect(card.muscles == full.muscles)
        #expect(card.tools == full.tools)
        #expect(card.conditions == full.conditions)
      }
    }
    #expect(try reader.remedyCard(named: "pigeon pose", quotes: 2, caveats: 2) == nil)
  }

  @Test("The threads a card warns of are the live ones of its remedy that mention a red flag")
  func flaggedThreads() throws {
    let folder = NSTemporaryDirectory() + "tips-card-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    /// Every fourth thread mentions chest pain.
    func flagged(_ threads: [IndexedThread]) -> [IndexedThread] {
      threads.map { entry in
        let number = Int(entry.thread.id.dropFirst()) ?? 0
        let flags = number % 4 == 0 ? ["chest pain"] : []
        return IndexedThread(thread: entry.thread, tips: entry.tips, redFlags: flags)
      }
    }
    var writer = try IndexWriter(directory: folder)
    try writer.commit(adding: flagged(mixedThreads(1..<20, seed: 5)))
    try writer.commit(adding: flagged(mixedThreads(20..<30, seed: 6)))
    try writer.commit(removingThreadIDs: ["t4", "t21"])
    let reader = try IndexReader.open(directory: folder)
    let threads = try reader.flaggedThreads(ofRemedy: "couch stretch")
    let live = Set(try reader.tips.filter { $0.remedy == "couch stretch" }.map(\.thread))
    let expected = live.filter { (Int($0.dropFirst()) ?? 0) % 4 == 0 }
    #expect(Set(threads.map(\.id)) == expected)
    #expect(threads.count == expected.count)
    #expect(threads.allSatisfy { $0.redFlags == ["chest pain"] })
    #expect(!threads.map(\.id).contains("t4"))
    #expect(try reader.flaggedThreads(ofRemedy: "pigeon pose").isEmpty)
  }
}
