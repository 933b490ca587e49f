/// Tag names (a remedy's muscles, tools or conditions) counted in the order first seen, so
/// a card lists the most often named first and breaks ties by which came first.
///
/// Tallies add up: a remedy's tally over several segments is theirs added in segment order,
/// and the tags of tips removed since are taken away.
public struct TagTally: Sendable, Hashable {
  /// Every name counted, in the order first seen.
  public private(set) var names: [String] = []
  public private(set) var counts: [String: Int] = [:]

  public init() {}

  public init(_ names: some Sequence<String>) {
    for name in names { add(name) }
  }

  public mutating func add(_ name: String, count: Int = 1) {
    guard count > 0 else { return }
    if counts[name] == nil { names.append(name) }
    counts[name] = ForumNumber.saturatingAdd(counts[name] ?? 0, count)
  }

  public mutating func add(_ other: TagTally) {
    for name in other.names { add(name, count: other.counts[name] ?? 0) }
  }

  /// Takes `name` away once; a name counted no more is forgotten.
  public mutating func remove(_ name: String) {
    guard let count = counts[name] else { return }
    if count > 1 {
      counts[name] = count - 1
    } else {
      counts[name] = nil
      names.removeAll { $0 == name }
    }
  }

  /// The names, most often counted first, ties in the order first seen.
  public var ranked: [String] {
    names.indices.sorted { a, b in
      let (countA, countB) = (counts[names[a]] ?? 0, counts[names[b]] ?? 0)
      return countA != countB ? countA > countB : a < b
    }.map { names[$0] }
  }
}
