/// The consensus on one remedy: every tip for it across posts and threads, counted.
public struct Remedy: Sendable, Hashable {
  /// The name its tips are grouped by: the lexicon's, or lemmas without determiners for a
  /// remedy found in the posts' own words.
  public var name: String
  /// The name as shown: for a remedy found in the posts' own words, the wording most of its
  /// tips use ("relax your shoulders", "calf stretches"); otherwise `name`.
  public var wording: String
  public var kind: RemedyKind
  public var muscles: [String]
  public var tools: [String]
  public var conditions: [String]
  public var evidence: Evidence
  public var score: ConsensusScore
  public var caveats: [Caveat]
  /// Its tips in card order; on a card (a search's human answer) only those it quotes.
  public var tips: [Tip]
  /// How many tips it has: more than `tips` holds where only a card's tips were read.
  public var tipCount: Int

  public init(
    name: String, kind: RemedyKind, muscles: [String], tools: [String], conditions: [String],
    evidence: Evidence, score: ConsensusScore, caveats: [Caveat], tips: [Tip],
    tipCount: Int? = nil, wording: String? = nil
  ) {
    self.name = name
    self.wording = wording ?? name
    self.kind = kind
    self.muscles = muscles
    self.tools = tools
    self.conditions = conditions
    self.evidence = evidence
    self.score = score
    self.caveats = caveats
    self.tips = tips
    self.tipCount = tipCount ?? tips.count
  }

  /// True when `tips` holds every tip of the remedy, not only those a card quotes.
  public var holdsEveryTip: Bool { tips.count >= tipCount }

  /// True when some people report against the remedy while others recommend it.
  public var isDisputed: Bool { evidence.against > 0 && evidence.posts > 0 }

  /// The wording most tips of the remedy `name` use, given how many use each wording that
  /// differs from the name (`written`) out of `tips` in all: one that more than half of them
  /// write, else the name, which stands for them all ("hip flexor stretch" where one tip
  /// says "psoas stretch", another "stretch the hip flexors" and a third the name).
  public static func wording(of name: String, written: [String: Int], tips: Int) -> String {
    // Counts may come from a file: they are compared without arithmetic that could trap.
    let majority = written.first { _, count in count > 0 && count > tips / 2 }
    return majority?.key ?? name
  }
}

/// Who stands behind a remedy. Counts follow the JSON contract: `posts` are distinct posts
/// recommending or agreeing, `people` distinct authors among them (an unknown author counts
/// as one person per post), `likes` the likes on those posts, `agreements` how many of those
/// posts are agreements. `recommenders` counts the people among them who recommend the remedy
/// in their own words rather than only agreeing; `against`, people reporting against it.
public struct Evidence: Sendable, Hashable, Codable {
  public var posts: Int
  public var people: Int
  public var recommenders: Int
  public var likes: Int
  public var agreements: Int
  public var against: Int
  /// Those posts that are their thread's accepted answer or solution.
  public var accepted: Int

  public init(
    posts: Int = 0, people: Int = 0, recommenders: Int = 0, likes: Int = 0, agreements: Int = 0,
    against: Int = 0, accepted: Int = 0
  ) {
    self.posts = posts
    self.people = people
    self.recommenders = recommenders
    self.likes = likes
    self.agreements = agreements
    self.against = against
    self.accepted = accepted
  }
}

/// A warning or condition a post attaches to a remedy, as a verbatim span of that post.
public struct Caveat: Sendable, Hashable, Codable {
  public var text: String
  public var thread: String
  public var post: Int

  public init(text: String, thread: String, post: Int) {
    self.text = text
    self.thread = thread
    self.post = post
  }
}

/// A consensus score and the parts it is made of, so `--explain` can show them.
public struct ConsensusScore: Sendable, Hashable {
  public var recommenders: Double
  public var agreements: Double
  public var accepted: Double
  public var likes: Double
  public var confidence: Double
  public var relevance: Double
  public var total: Double

  public init(
    recommenders: Double, agreements: Double, accepted: Double, likes: Double,
    confidence: Double, relevance: Double, total: Double
  ) {
    self.recommenders = recommenders
    self.agreements = agreements
    self.accepted = accepted
    self.likes = likes
    self.confidence = confidence
    self.relevance = relevance
    self.total = total
  }
}

/// How much of each remedy an answer holds.
public enum AnswerDetail: Sendable, Hashable {
  /// Every tip and caveat, as JSON and the web page show them.
  case everyTip
  /// What a card shows: the tips of its first `quotes` posts, its first report against and
  /// its first `caveats` caveats, the only tips read where no filter looks into tips.
  case card(quotes: Int, caveats: Int)
}
