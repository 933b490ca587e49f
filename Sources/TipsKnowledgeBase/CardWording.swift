import Foundation
import TipsCore

/// The words a remedy's card says about its evidence and score, one wording for every front
/// end, so the command line and the web page print the same line.
public enum CardWording {
  /// "4 posts · 4 people · 1 like · 2 agreements · 1 accepted answer · disputed: 1 against".
  public static func evidenceLine(_ evidence: Evidence) -> String {
    var parts = [
      count(evidence.posts, "post"), count(evidence.people, "person", plural: "people"),
      count(evidence.likes, "like"),
    ]
    if evidence.agreements > 0 { parts.append(count(evidence.agreements, "agreement")) }
    if evidence.accepted > 0 { parts.append(count(evidence.accepted, "accepted answer")) }
    if evidence.against > 0 { parts.append("disputed: \(evidence.against) against") }
    return parts.joined(separator: " · ")
  }

  /// The score's parts: "score = (recommenders 2.00 + agreements 0.55 + likes 0.21) × ...",
  /// with "accepted 0.35" after the agreements where an accepted answer counts.
  public static func explanation(_ score: ConsensusScore) -> String {
    let accepted = score.accepted > 0 ? " + accepted \(formatted(score.accepted))" : ""
    return "score = (recommenders \(formatted(score.recommenders)) + agreements "
      + "\(formatted(score.agreements))\(accepted) + likes \(formatted(score.likes))) × (0.5 + "
      + "confidence \(formatted(score.confidence))) × relevance \(formatted(score.relevance))"
  }

  /// A score or one of its parts, with two decimals.
  public static func formatted(_ value: Double) -> String { String(format: "%.2f", value) }

  /// "1 post", "3 posts", "2 people".
  public static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
    "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
  }
}
