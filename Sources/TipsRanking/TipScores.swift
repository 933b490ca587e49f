/// Scores of tips, by ascending ordinal.
///
/// Postings lists come sorted by ordinal, so the scores of one field, one alternative or one
/// concept come sorted too, and combining two lists is one merge down both rather than a hash
/// lookup per posting: the difference between milliseconds and tens of them for a word that
/// thousands of tips hold.
struct TipScores: Sendable, Equatable {
  private(set) var tips: [Int] = []
  private(set) var scores: [Double] = []

  init() {}

  init(reservingCapacity capacity: Int) {
    tips.reserveCapacity(capacity)
    scores.reserveCapacity(capacity)
  }

  var isEmpty: Bool { tips.isEmpty }
  var count: Int { tips.count }

  /// Each tip with its score, in ascending order of tips.
  var entries: Zip2Sequence<[Int], [Double]> { zip(tips, scores) }

  /// Adds `tip`, which must come after every tip already held.
  mutating func append(_ tip: Int, _ score: Double) {
    assert(tips.last.map { $0 < tip } ?? true, "tips must be appended in ascending order")
    tips.append(tip)
    scores.append(score)
  }

  /// The tips of both lists: a tip only `self` holds keeps its score; one only `other`
  /// holds gets `added(score)` (nil leaves it out); one both hold gets
  /// `combined(own, other's)`.
  func merged(
    with other: TipScores, added: (Double) -> Double? = { $0 },
    combined: (Double, Double) -> Double
  ) -> TipScores {
    var result = TipScores(reservingCapacity: count + other.count)
    var i = 0
    var j = 0
    while i < tips.count || j < other.tips.count {
      if j == other.tips.count || i < tips.count && tips[i] < other.tips[j] {
        result.append(tips[i], scores[i])
        i += 1
      } else if i == tips.count || other.tips[j] < tips[i] {
        if let score = added(other.scores[j]) { result.append(other.tips[j], score) }
        j += 1
      } else {
        result.append(tips[i], combined(scores[i], other.scores[j]))
        i += 1
        j += 1
      }
    }
    return result
  }

  /// The scores summed tip by tip.
  func adding(_ other: TipScores) -> TipScores {
    merged(with: other, combined: +)
  }

  /// The same tips, each score changed by `transform`.
  func mapScores(_ transform: (Double) -> Double) -> TipScores {
    var result = self
    result.scores = scores.map(transform)
    return result
  }

  /// The tips `isIncluded` keeps.
  func filter(_ isIncluded: (Int) -> Bool) -> TipScores {
    var result = TipScores()
    for (tip, score) in entries where isIncluded(tip) { result.append(tip, score) }
    return result
  }
}
