import Testing
import TipsCore
import TipsIndex

@testable import TipsRanking

/// Tips of one remedy over `threads` threads: posts by a few recurring people and by authors
/// nobody named, recommending, agreeing and reporting against, some posts doing two of these,
/// with likes, some writing the name otherwise, and the second post of every third thread its
/// accepted answer. A fixed linear congruential sequence makes every run the same.
private func mixedTips(threads: Int) -> [Tip] {
  var state: UInt64 = 0x9E37_79B9_7F4A_7C15
  func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
  let authors: [String?] = ["Ann", "ann", "Bob", "cat", "dee", nil, nil]
  let stances: [Stance] = [.recommends, .recommends, .agrees, .against, .cautions]
  let wordings: [String?] = [nil, nil, "the couch stretch", "couch stretches"]
  var tips: [Tip] = []
  for thread in 0..<threads {
    for post in 1...(1 + next(5)) {
      let author = authors[next(authors.count)]
      let likes = next(4) == 0 ? 0 : next(30)
      for _ in 0..<(1 + next(2)) {
        tips.append(
          Tip(
            remedy: "couch stretch", kind: .stretch, thread: "t\(thread)", post: post,
            author: author, likes: likes, stance: stances[next(stances.count)], quote: "q",
            isAccepted: post == 2 && thread % 3 == 0, wording: wordings[next(wordings.count)]))
      }
    }
  }
  return tips
}

@Suite("Remedy evidence aggregated per thread adds up to what Consensus counts")
struct RemedyAggregateTests {
  @Test("The aggregate of a remedy's tips gives the evidence Consensus counts over them")
  func sameEvidence() {
    for threads in [1, 2, 5, 40] {
      let tips = mixedTips(threads: threads)
      #expect(RemedyAggregate(tips: tips).evidence == Consensus.evidence(of: tips))
      #expect(RemedyAggregate(tips: tips).tips == tips.count)
      #expect(
        RemedyAggregate(tips: tips).wording(of: "couch stretch")
          == Consensus.remedy(named: "couch stretch", tips: tips).wording)
    }
  }

  @Test("Aggregates of threads apart add up to the aggregate of all of them")
  func unionOfThreads() {
    let tips = mixedTips(threads: 40)
    var sum = RemedyAggregate()
    for thread in Set(tips.map(\.thread)) {
      sum.add(RemedyAggregate(tips: tips.filter { $0.thread == thread }))
    }
    #expect(sum == RemedyAggregate(tips: tips))
    #expect(sum.evidence == Consensus.evidence(of: tips))
  }

  @Test("Taking away removed threads leaves the evidence of the threads that remain")
  func removedThreads() {
    let tips = mixedTips(threads: 40)
    let removed: Set<String> = ["t0", "t3", "t17", "t39"]
    var aggregate = RemedyAggregate(tips: tips)
    aggregate.subtract(RemedyAggregate(tips: tips.filter { removed.contains($0.thread) }))
    let remaining = tips.filter { !removed.contains($0.thread) }
    #expect(aggregate == RemedyAggregate(tips: remaining))
    #expect(aggregate.evidence == Consensus.evidence(of: remaining))
  }

  @Test("Removing a person's only thread stops them counting; their other threads keep them")
  func personLeaves() {
    let first = Tip(
      remedy: "yoga", kind: .stretch, thread: "a", post: 1, author: "Ann", likes: 0,
      stance: .recommends, quote: "q")
    var second = first
    second.thread = "b"
    var aggregate = RemedyAggregate(tips: [first, second])
    #expect(aggregate.evidence.people == 1)
    aggregate.subtract(RemedyAggregate(tips: [second]))
    #expect(aggregate.evidence == Evidence(posts: 1, people: 1, recommenders: 1))
    aggregate.subtract(RemedyAggregate(tips: [first]))
    #expect(aggregate == RemedyAggregate())
  }
}
