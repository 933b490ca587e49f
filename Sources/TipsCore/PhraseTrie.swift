/// Phrases of folded words in a trie, so finding every phrase in a sentence takes one walk
/// per word instead of one comparison per phrase and word.
///
/// Most words of a post start no phrase at all, so the walk usually ends at the root after a
/// single dictionary lookup.
public struct PhraseTrie<Value: Sendable>: Sendable {
  private var children: [[String: Int32]] = [[:]]
  private var values: [Value?] = [nil]

  public init() {}

  /// Stores `value` for `phrase`, or changes the value already there.
  public mutating func update(_ phrase: [String], _ change: (inout Value?) -> Void) {
    var node = 0
    for word in phrase {
      if let next = children[node][word] {
        node = Int(next)
      } else {
        let next = children.count
        children.append([:])
        values.append(nil)
        children[node][word] = Int32(next)
        node = next
      }
    }
    change(&values[node])
  }

  /// The longest phrase starting at `start`, as its length in words and its value.
  public func longestMatch(in words: [String], from start: Int) -> (length: Int, value: Value)? {
    var node = 0
    var best: (Int, Value)? = nil
    var index = start
    while index < words.count, let next = children[node][words[index]] {
      node = Int(next)
      index += 1
      if let value = values[node] { best = (index - start, value) }
    }
    return best
  }

  /// Every phrase starting at `start`, shortest first.
  public func forEachMatch(
    in words: [String], from start: Int, _ body: (_ length: Int, _ value: Value) -> Void
  ) {
    var node = 0
    var index = start
    while index < words.count, let next = children[node][words[index]] {
      node = Int(next)
      index += 1
      if let value = values[node] { body(index - start, value) }
    }
  }
}
