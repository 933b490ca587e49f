/// What reading one file of Reddit comment lines found: lines read, and the lines left out
/// with why, so a user sees in one line per file what was skipped.
public struct CommentLineReport: Sendable, Equatable {
  public var path: String
  public var lines = 0
  /// Lines left out, per reason, with the first line number of each.
  var problems: [RedditCommentLine.Problem: (count: Int, firstLine: Int)] = [:]

  init(path: String) {
    self.path = path
  }

  public var skippedLines: Int { problems.values.reduce(0) { $0 + $1.count } }

  mutating func count(_ problem: RedditCommentLine.Problem, line: Int) {
    let known = problems[problem]
    problems[problem] = ((known?.count ?? 0) + 1, known?.firstLine ?? line)
  }

  /// "RC_2024.ndjson: skipped 3 of 1200 lines: 2 not JSON (first line 5), 1 no id (line 9)";
  /// nil when every line was used.
  public var skippedDescription: String? {
    guard !problems.isEmpty else { return nil }
    let parts = problems.sorted { $0.key < $1.key }.map { problem, found in
      "\(found.count) \(problem.rawValue) ("
        + (found.count == 1 ? "line \(found.firstLine))" : "first line \(found.firstLine))")
    }
    return "\(path): skipped \(skippedLines) of \(lines) lines: "
      + parts.joined(separator: ", ")
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.path == rhs.path && lhs.lines == rhs.lines
      && lhs.problems.count == rhs.problems.count
      && lhs.problems.allSatisfy { key, value in
        rhs.problems[key].map { $0 == value } ?? false
      }
  }
}
