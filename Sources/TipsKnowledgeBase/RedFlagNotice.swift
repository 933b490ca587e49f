import TipsCore

/// The line an answer opens with when its question, or a thread it draws on, mentions a
/// symptom that calls for medical help rather than self-care (see `RedFlags`).
///
/// Every front end shows `line` before any remedy, so no one reads a stretch for what may be
/// a medical emergency without first being told so; JSON carries the parts.
public struct RedFlagNotice: Sendable, Hashable {
  /// The flags mentioned, in the list's order.
  public var flags: [RedFlags.Flag]
  /// True when the question itself mentions one.
  public var isInQuestion: Bool
  /// Threads the answer draws on that mention one, in the answer's order.
  public var threads: [String]

  public init(flags: [RedFlags.Flag], isInQuestion: Bool, threads: [String]) {
    self.flags = flags
    self.isInQuestion = isInQuestion
    self.threads = threads
  }

  /// "Red flag: your question mentions chest pain on exertion, which calls for medical help
  /// rather than self-care; see NHS: Angina, https://www.nhs.uk/conditions/angina/."
  public var line: String {
    var places: [String] = isInQuestion ? ["your question"] : []
    if !threads.isEmpty {
      let shown = threads.prefix(3).joined(separator: ", ")
      let more = threads.count > 3 ? " and \(threads.count - 3) more" : ""
      places.append((threads.count == 1 ? "thread " : "threads ") + shown + more)
    }
    let plural = places.count > 1 || threads.count > 1
    let names = Self.list(flags.map(\.name))
    let calls = flags.count == 1 ? "calls" : "call"
    var line =
      "Red flag: \(Self.list(places)) \(plural ? "mention" : "mentions") \(names), which "
      + "\(calls) for medical help rather than self-care"
    if let source = flags.first?.sources.first {
      line += "; see \(source.title), \(source.url)"
    }
    return line + "."
  }

  /// "a", "a and b", "a, b and c".
  private static func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}
