import TipsCore

/// What one remedy's tips in some threads say for and against it, kept in a form that adds
/// up: the aggregate of two disjoint sets of threads is the sum of theirs, and the aggregate of
/// a thread removed since is subtracted exactly.
///
/// This is what lets a segment store each remedy's evidence at commit and a query rank
/// remedies without decoding their tips. Everything counted per post (posts, likes,
/// agreements, posts against, authors nobody named, who count as one person per post) is
/// additive as it stands, since a post lies in one thread and a thread in one segment. People
/// with a name may speak in many threads, so they are kept by name with how many of their tips
/// support, recommend or report against the remedy: a union is a sum of counts, a removal a
/// difference, and a person counts while a count is above zero. `evidence` then gives what
/// `Consensus` counts over the same tips, number for number.
///
/// Sums saturate at `Int.max` (counts read from files are not trusted to be small); an
/// aggregate that saturated is not subtracted exactly, which no real forum reaches.
public struct RemedyAggregate: Sendable, Hashable {
  /// How many tips of the remedy, of every stance (a search's mean relevance divides by it).
  public var tips = 0
  /// Distinct posts with a tip that recommends the remedy or agrees with one that does.
  public var posts = 0
  /// The likes of those posts, each post counted once.
  public var likes = 0
  /// Those posts that are agreements.
  public var agreements = 0
  /// Those posts that are their thread's accepted answer or solution.
  public var acceptedPosts = 0
  /// Posts whose only tips for the remedy report against it.
  public var againstOnlyPosts = 0
  /// Supporting posts by an author nobody named, each its own person.
  public var unnamedSupporters = 0
  /// Of those, the posts that recommend the remedy in their own words.
  public var unnamedRecommenders = 0
  /// Posts by an author nobody named that only report against the remedy.
  public var unnamedAgainst = 0
  /// Per named author (lowercased, as `Consensus` compares them), their tips' stances.
  public var people: [String: Stances] = [:]
  /// How many tips write the remedy in each wording that differs from its name (see
  /// `Tip.wording`), for showing it as most of them do.
  public var wordings: [String: Int] = [:]

  /// How many of one person's tips take each stance.
  public struct Stances: Sendable, Hashable {
    public var supporting = 0
    public var recommending = 0
    public var against = 0

    var isEmpty: Bool { supporting <= 0 && recommending <= 0 && against <= 0 }
  }

  public init() {}

  /// The aggregate of `tips`, which must all be of one remedy and hold every tip of the remedy
  /// in each post they come from (as a thread's tips do).
  public init(tips: some Sequence<Tip>) {
    var posts: [PostKey: PostState] = [:]
    for tip in tips {
      self.tips += 1
      if let wording = tip.wording { wordings[wording, default: 0] += 1 }
      // A warning alone adds caveats, which are read with the tips, and no evidence.
      guard tip.stance != .cautions else { continue }
      let key = PostKey(thread: tip.thread, post: tip.post)
      var state = posts[key] ?? PostState(author: tip.author?.lowercased())
      if let name = state.author {
        var stances = people[name] ?? Stances()
        switch tip.stance {
        case .recommends:
          stances.supporting += 1
          stances.recommending += 1
        case .agrees: stances.supporting += 1
        case .against: stances.against += 1
        case .cautions: break
        }
        people[name] = stances
      }
      switch tip.stance {
      case .recommends:
        state.isSupporting = true
        state.isRecommending = true
      case .agrees:
        state.isSupporting = true
        state.isAgreeing = true
      case .against: state.isAgainst = true
      case .cautions: break
      }
      if tip.stance != .against { state.likes = max(state.likes, tip.likes) }
      state.isAccepted = state.isAccepted || tip.isAccepted
      posts[key] = state
    }
    for state in posts.values {
      if state.isSupporting {
        self.posts += 1
        likes = ForumNumber.saturatingAdd(likes, state.likes)
        if state.isAgreeing { agreements += 1 }
        if state.isAccepted { acceptedPosts += 1 }
        if state.author == nil {
          unnamedSupporters += 1
          if state.isRecommending { unnamedRecommenders += 1 }
        }
      } else if state.isAgainst {
        againstOnlyPosts += 1
        if state.author == nil { unnamedAgainst += 1 }
      }
    }
  }

  /// The counts of the JSON contract, as `Consensus` would count them over the same tips.
  public var evidence: Evidence {
    var people = unnamedSupporters
    var recommenders = unnamedRecommenders
    var against = unnamedAgainst
    for stances in self.people.values {
      if stances.supporting > 0 { people += 1 }
      if stances.recommending > 0 { recommenders += 1 }
      if stances.against > 0 && stances.supporting <= 0 { against += 1 }
    }
    return Evidence(
      posts: posts, people: people, recommenders: recommenders, likes: likes,
      agreements: agreements, against: againstOnlyPosts > 0 ? against : 0,
      accepted: acceptedPosts)
  }

  /// The name `name` of the remedy as most of its tips write it (see `Remedy.wording`).
  public func wording(of name: String) -> String {
    Remedy.wording(of: name, written: wordings, tips: tips)
  }

  /// Adds the aggregate of threads this one does not hold.
  public mutating func add(_ other: RemedyAggregate) {
    combine(other, sign: 1)
  }

  /// Takes away the aggregate of threads this one holds (threads removed since it was made).
  public mutating func subtract(_ other: RemedyAggregate) {
    combine(other, sign: -1)
  }

  private mutating func combine(_ other: RemedyAggregate, sign: Int) {
    func adding(_ a: Int, _ b: Int) -> Int { ForumNumber.saturatingAdd(a, sign * b) }
    tips = adding(tips, other.tips)
    posts = adding(posts, other.posts)
    likes = adding(likes, other.likes)
    agreements = adding(agreements, other.agreements)
    acceptedPosts = adding(acceptedPosts, other.acceptedPosts)
    againstOnlyPosts = adding(againstOnlyPosts, other.againstOnlyPosts)
    unnamedSupporters = adding(unnamedSupporters, other.unnamedSupporters)
    unnamedRecommenders = adding(unnamedRecommenders, other.unnamedRecommenders)
    unnamedAgainst = adding(unnamedAgainst, other.unnamedAgainst)
    for (name, theirs) in other.people {
      var stances = people[name] ?? Stances()
      stances.supporting = adding(stances.supporting, theirs.supporting)
      stances.recommending = adding(stances.recommending, theirs.recommending)
      stances.against = adding(stances.against, theirs.against)
      people[name] = stances.isEmpty ? nil : stances
    }
    for (wording, theirs) in other.wordings {
      let count = adding(wordings[wording] ?? 0, theirs)
      wordings[wording] = count > 0 ? count : nil
    }
  }
}

/// One post of a remedy's tips, as `RemedyAggregate(tips:)` gathers it.
private struct PostKey: Hashable {
  var thread: String
  var post: Int
}

/// What one post's tips for a remedy do, as `RemedyAggregate(tips:)` gathers them.
private struct PostState {
  var author: String?
  var likes = 0
  var isSupporting = false
  var isRecommending = false
  var isAgreeing = false
  var isAgainst = false
  var isAccepted = false
}
