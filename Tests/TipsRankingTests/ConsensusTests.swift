import Foundation
import Testing
import TipsCore

@testable import TipsRanking

/// Tips for one remedy from posts by `authors` (nil: author unknown), with likes.
private func tips(
  _ remedy: String, by authors: [String?], likes: [Int]? = nil, stance: Stance = .recommends,
  firstPost: Int = 1
) -> [Tip] {
  authors.enumerated().map { index, author in
    Tip(
      remedy: remedy, kind: .stretch, thread: "t", post: firstPost + index, author: author,
      likes: likes?[index] ?? 0, stance: stance, quote: "quote \(index)")
  }
}

@Suite("Consensus: people first, then agreements and likes")
struct ConsensusTests {
  @Test("Two people recommending a remedy outrank one post with many likes")
  func peopleBeforeLikes() {
    let remedies = Consensus.remedies(
      from: tips("couch stretch", by: ["ann", "bob"])
        + tips("foam rolling", by: ["cat"], likes: [40], firstPost: 10))
    #expect(remedies.map(\.name) == ["couch stretch", "foam rolling"])
  }

  @Test("One loud poster is one person, however many posts they write")
  func oneLoudPoster() {
    let remedy = Consensus.remedies(from: tips("yoga", by: ["ann", "ann", "ann"]))[0]
    #expect(remedy.evidence == Evidence(posts: 3, people: 1, recommenders: 1))
  }

  @Test("Posts without a known author count as one person each")
  func unknownAuthors() {
    let remedy = Consensus.remedies(from: tips("yoga", by: [nil, nil]))[0]
    #expect(remedy.evidence.people == 2)
  }

  @Test("An agreement counts as a post and a person but less than a recommendation")
  func agreementsWeighLess() {
    let agreed =
      tips("plank", by: ["ann"]) + tips("plank", by: ["bob"], stance: .agrees, firstPost: 5)
    let recommended = tips("bird dog", by: ["cat", "dan"], firstPost: 10)
    let remedies = Consensus.remedies(from: agreed + recommended)
    #expect(remedies.map(\.name) == ["bird dog", "plank"])
    #expect(remedies[1].evidence == Evidence(posts: 2, people: 2, recommenders: 1, agreements: 1))
  }

  @Test("An accepted answer adds to its post's recommendation, as an agreement would")
  func acceptedAnswerCounts() {
    var accepted = tips("bird dog", by: ["ann"])
    accepted[0].isAccepted = true
    let remedies = Consensus.remedies(from: accepted + tips("plank", by: ["bob"], firstPost: 5))
    #expect(remedies.map(\.name) == ["bird dog", "plank"])
    #expect(remedies[0].evidence == Evidence(posts: 1, people: 1, recommenders: 1, accepted: 1))
    #expect(abs(remedies[0].score.accepted - 0.5 * log(2.0)) < 1e-9)
  }

  @Test("An accepted answer that reports against a remedy is no evidence for it")
  func acceptedAgainstIsNotEvidence() {
    var against = tips("rest", by: ["ann"], stance: .against)
    against[0].isAccepted = true
    let remedies = Consensus.remedies(from: against)
    #expect(remedies.first?.evidence.accepted == 0)
    #expect(remedies.first?.evidence.posts == 0)
  }

  @Test("A warning alone adds its caveat to the remedy and counts neither for nor against")
  func warningAddsCaveatOnly() {
    var warning = tips("foam rolling", by: ["bob"], stance: .cautions, firstPost: 5)
    warning[0].caveats = ["rolling can be painful"]
    let remedies = Consensus.remedies(from: tips("foam rolling", by: ["ann"]) + warning)
    #expect(remedies.first?.evidence == Evidence(posts: 1, people: 1, recommenders: 1))
    #expect(remedies.first?.caveats.map(\.text) == ["rolling can be painful"])
    #expect(remedies.first?.caveats.first?.post == 5)
    #expect(Consensus.remedies(from: warning).isEmpty)
  }

  @Test("A remedy some people report against is shown as disputed and ranked lower")
  func disputedSinks() {
    let backed =
      tips("rest", by: ["ann", "bob"])
      + tips("rest", by: ["cat"], stance: .against, firstPost: 5)
    let clean = tips("walking", by: ["dan", "eve"], firstPost: 10)
    let remedies = Consensus.remedies(from: backed + clean)
    #expect(remedies.map(\.name) == ["walking", "rest"])
    #expect(remedies[1].isDisputed)
    #expect(remedies[1].evidence.against == 1)
  }

  @Test(
    "The Wilson lower bound grows with supporters and falls with opponents",
    arguments: zip([(1, 1), (2, 2), (4, 4), (2, 3)], [0.270, 0.425, 0.596, 0.254]))
  func wilson(counts: (Int, Int), expected: Double) {
    let value = Consensus.wilsonLowerBound(positive: counts.0, total: counts.1)
    #expect(abs(value - expected) < 0.001)
  }

  @Test("The score's parts add up as documented")
  func scoreParts() {
    let score = Consensus.score(
      of: Evidence(posts: 3, people: 3, recommenders: 2, likes: 4, agreements: 1, accepted: 1),
      relevance: 0.5)
    let support: Double = 2 + 0.5 * log(2.0) + 0.5 * log(2.0) + 0.3 * log(5.0)
    let expected: Double = support * (0.5 + score.confidence) * 0.5
    #expect(abs(score.total - expected) < 1e-9)
  }
}
