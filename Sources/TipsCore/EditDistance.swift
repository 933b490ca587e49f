/// How many single-byte edits turn one word into another: insertions, deletions,
/// substitutions, and swaps of two neighbours ("recieve"), each counting one (the optimal
/// string alignment distance).
package enum EditDistance {
  /// The distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed
  /// `limit`: a search for near spellings, or a name read as a misspelled remedy, only needs
  /// to know which words come close.
  package static func between(_ a: [UInt8], _ b: [UInt8], atMost limit: Int) -> Int {
    guard abs(a.count - b.count) <= limit else { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let substitution = a[i - 1] == b[j - 1] ? 0 : 1
        var distance = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          distance = min(distance, beforePrevious[j - 2] + 1)
        }
        current[j] = distance
        rowMinimum = min(rowMinimum, distance)
      }
      if rowMinimum > limit { return limit + 1 }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return min(previous[b.count], limit + 1)
  }
}
