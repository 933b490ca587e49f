/// Where a tip stands among its remedy's tips on the remedy's card: its recommendations first,
/// then the agreements with them, each by likes (most first), thread id and post; then the
/// tips that do not support it (reports against, warnings) in index order. `ordinal`, the
/// tip's place in the index, breaks the remaining ties, so the order is total.
///
/// One definition for every way a card is made: from all of a remedy's tips, or from what a
/// segment stored at commit, decoding only the tips shown.
public struct CardPlace: Comparable, Sendable {
  private var group: Int
  private var fewerLikes: Int
  private var thread: String
  private var post: Int
  private var ordinal: Int

  public init(_ tip: Tip, ordinal: Int) {
    switch tip.stance {
    case .recommends: group = 0
    case .agrees: group = 1
    case .against, .cautions: group = 2
    }
    let supports = group < 2
    fewerLikes = supports ? -tip.likes : 0
    thread = supports ? tip.thread : ""
    post = supports ? tip.post : 0
    self.ordinal = ordinal
  }

  public static func < (a: CardPlace, b: CardPlace) -> Bool {
    if a.group != b.group { return a.group < b.group }
    if a.fewerLikes != b.fewerLikes { return a.fewerLikes < b.fewerLikes }
    if a.thread != b.thread { return a.thread < b.thread }
    if a.post != b.post { return a.post < b.post }
    return a.ordinal < b.ordinal
  }
}
