import TipsCore

/// A tip being gathered from the sentences of one post: the first recommending sentence
/// gives the quote, later ones add tags and caveats. A report that the remedy failed is a
/// caveat of its own ("feverfew didn't seem to do anything for me").
///
/// A post holds at most one draft per remedy for its own words (recommending or against) and
/// one for agreeing with another post, so "+1 for rolling. I invested in a foam roller"
/// counts both as an agreement and as a recommendation of its own.
struct TipDraft {
  var remedy: String
  var kind: RemedyKind
  var muscles: [String]
  var tools: [String]
  var stance: Stance
  var agreesWith: Int?
  var quote: String
  var caveats: [String] = []
  /// How the quote writes the remedy, where it differs from the name (see `RemedyWording`).
  var wording: String? = nil
  /// Whether the quote only reports having done it ("I bought some ear drops"), which a
  /// later report that it failed outweighs.
  var isOnlyExperience = false

  static func merge(
    into drafts: inout [TipDraft], mention: RemedyMention, stance: Stance, quote: String,
    muscles: [String], tools: [String], agreesWith: Int? = nil, wording: String? = nil
  ) {
    let isAgreement = stance == .agrees
    if let i = drafts.firstIndex(where: {
      $0.remedy == mention.name && ($0.stance == .agrees) == isAgreement
    }) {
      drafts[i].muscles = unique(drafts[i].muscles + muscles)
      drafts[i].tools = unique(drafts[i].tools + tools)
      // A warning first, then the advice it warned about: the post advises, with the warning
      // as its caveat. Having done it, then finding it did nothing: the post reports a
      // failure ("I bought some ear drops. The drops did nothing.").
      if drafts[i].isOutweighed(by: stance) {
        drafts[i].isOnlyExperience = false
        drafts[i].stance = stance
        drafts[i].quote = quote
        drafts[i].wording = wording
        if stance == .against {
          drafts[i].addCaveats([quote.trimmingSuffix(while: { ".!".contains($0) })])
        }
      }
      return
    }
    drafts.append(
      TipDraft(
        remedy: mention.name, kind: mention.kind, muscles: unique(mention.muscles + muscles),
        tools: unique(mention.tools + tools), stance: stance, agreesWith: agreesWith,
        quote: quote,
        caveats: stance == .against ? [quote.trimmingSuffix(while: { ".!".contains($0) })] : [],
        wording: wording, isOnlyExperience: stance == .recommends && mention.act == .experience))
  }

  /// Whether a later sentence of the post with `later` decides the stance instead: advice
  /// after a warning, a failure after a mere report of having done it.
  func isOutweighed(by later: Stance) -> Bool {
    stance == .cautions && later != .cautions || isOnlyExperience && later == .against
  }

  /// Takes in a later draft found to be of the same remedy: its tags and caveats, and its
  /// stance where `merge` would let it decide.
  mutating func absorb(_ later: TipDraft) {
    muscles = unique(muscles + later.muscles)
    tools = unique(tools + later.tools)
    if isOutweighed(by: later.stance) {
      stance = later.stance
      quote = later.quote
      wording = later.wording
      isOnlyExperience = later.isOnlyExperience
    }
    addCaveats(later.caveats)
  }

  /// Adds caveats, keeping one of each and none that another holds whole: a failure's own
  /// sentence ("Coconut oil made mine way worse, itchy and red for days") says what its
  /// clauses say.
  mutating func addCaveats(_ more: [String]) {
    let all = unique(caveats + more)
    caveats = all.filter { caveat in !all.contains { $0 != caveat && $0.contains(caveat) } }
  }

  func tip(thread: String, post: Post, conditions: [String]) -> Tip {
    Tip(
      remedy: remedy, kind: kind, muscles: muscles, tools: tools, conditions: conditions,
      thread: thread, post: post.number, author: post.author, likes: post.likes,
      stance: stance, agreesWith: agreesWith, quote: quote, caveats: caveats,
      isAccepted: post.isAccepted, wording: wording)
  }
}
