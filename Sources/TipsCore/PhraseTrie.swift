/// Phrases of folded words in a trie, so finding every phrase in a sentence takes one walk
/// per word instead of one comparison per phrase and word.
///
/// Most words of a post start no phrase at all, so the walk usually ends at the root after a
/// single dictionary lookup. The edges of all nodes share one dictionary: a node of its own
/// dictionary cost an allocation per node, and building the lexicon's trie is part of every
/// command's start.
public struct PhraseTrie<Value: Sendable>: Sendable {
  private struct Edge: Hashable, Sendable {
    var node: Int32
    var word: String
  }

  private var edges: [Edge: Int32] = [:]
  private var values: [Value?] = [nil]
  /// The trie as compiled bytes, searched in place (a compiled lexicon read back); `edges`
  /// and `values` stay empty until the trie is changed.
  private var frozen: FrozenPhraseTrie<Value>? = nil
  /// The words that start a phrase: most words of a sentence start none, and this turns
  /// them away before a lookup that hashes or compares the word.
  private var firstWords = WordFilter()

  public init() {}

  /// The trie a compiled lexicon holds, searched where it lies.
  init(frozen: FrozenPhraseTrie<Value>) {
    self.frozen = frozen
    values = []
    frozen.forEachWord(from: 0) { firstWords.insert($0) }
  }

  /// Every edge, as the node it leaves, its word and the node it reaches.
  func forEachEdge(_ body: (_ from: Int32, _ word: String, _ to: Int32) -> Void) {
    if let frozen { return frozen.forEachEdge(body) }
    for (edge, node) in edges { body(edge.node, edge.word, node) }
  }

  /// The value of every node by number, the root's first.
  var storedValues: [Value?] { frozen?.storedValues ?? values }

  /// The node `word` leads to from `node`, if any.
  private func child(of node: Int32, word: String) -> Int32? {
    if node == 0, !firstWords.mayContain(word.utf8) { return nil }
    if let frozen { return frozen.child(of: node, word: word) }
    return edges[Edge(node: node, word: word)]
  }

  private func value(at node: Int32) -> Value? {
    if let frozen { return frozen.value(at: node) }
    return values[Int(node)]
  }

  /// Stores `value` for `phrase`, or changes the value already there.
  public mutating func update(_ phrase: [String], _ change: (inout Value?) -> Void) {
    if let compiled = frozen {
      frozen = nil
      values = compiled.storedValues
      compiled.forEachEdge { edges[Edge(node: $0, word: $1)] = $2 }
    }
    var node: Int32 = 0
    for word in phrase {
      let edge = Edge(node: node, word: word)
      if let next = edges[edge] {
        node = next
      } else {
        if node == 0 { firstWords.insert(word.utf8) }
        node = Int32(values.count)
        values.append(nil)
        edges[edge] = node
      }
    }
    change(&values[Int(node)])
  }

  /// The value stored for exactly `phrase`, if any.
  public func value(for phrase: [String]) -> Value? {
    var node: Int32 = 0
    for word in phrase {
      guard let next = child(of: node, word: word) else { return nil }
      node = next
    }
    return value(at: node)
  }

  /// The longest phrase starting at `start`, as its length in words and its value.
  public func longestMatch(in words: [String], from start: Int) -> (length: Int, value: Value)? {
    var best: (Int, Value)? = nil
    forEachMatch(in: words, from: start) { best = ($0, $1) }
    return best
  }

  /// The longest phrase starting at `start` when words of `gap` may stand between its words
  /// ("lower *the* saddle", "stretching *my* calves"), at most `maxSkipped` of them; the
  /// length counts the skipped words too.
  public func longestMatch(
    in words: [String], from start: Int, skipping gap: Set<String>, maxSkipped: Int
  ) -> (length: Int, value: Value)? {
    var best: (Int, Value)? = nil
    var node: Int32 = 0
    var index = start
    var skipped = 0
    while index < words.count {
      if let next = child(of: node, word: words[index]) {
        node = next
        index += 1
        if let value = value(at: node) { best = (index - start, value) }
      } else if index > start, skipped < maxSkipped, gap.contains(words[index]) {
        index += 1
        skipped += 1
      } else {
        break
      }
    }
    return best
  }

  /// Every phrase starting at `start`, shortest first.
  public func forEachMatch(
    in words: [String], from start: Int, _ body: (_ length: Int, _ value: Value) -> Void
  ) {
    var node: Int32 = 0
    var index = start
    while index < words.count, let next = child(of: node, word: words[index]) {
      node = next
      index += 1
      if let value = value(at: node) { body(index - start, value) }
    }
  }
}

/// A set of words that may say "maybe" of a word it does not hold, never "no" of one it
/// does: one bit per word, at a hash of its bytes, in 65,536 bits.
struct WordFilter: Sendable {
  private var bits = [UInt64](repeating: 0, count: 1024)

  mutating func insert(_ word: some Sequence<UInt8>) {
    let slot = Self.slot(of: word)
    bits[slot >> 6] |= 1 << UInt64(slot & 63)
  }

  func mayContain(_ word: some Sequence<UInt8>) -> Bool {
    let slot = Self.slot(of: word)
    return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
  }

  /// FNV-1a of the bytes, folded to 16 bits.
  @inline(__always)
  private static func slot(of word: some Sequence<UInt8>) -> Int {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return Int(truncatingIfNeeded: (hash ^ (hash >> 32) ^ (hash >> 16)) & 0xFFFF)
  }
}
