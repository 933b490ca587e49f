/// A phrase trie laid out in compiled bytes and searched where it lies: reading it costs no
/// allocation per phrase, which a command that only answers a query would pay for nothing.
///
/// Each node's edges are sorted by their word's bytes, so a step is a binary search among
/// them. The layout, after two counts: the first edge of every node and one past the last
/// (nodes + 1 four-byte numbers), the offset of every node's value in the value bytes or
/// `noValue`, three numbers per edge (its word's offset and length in the word bytes and the
/// node it reaches), then the word bytes and the value bytes, each after its length.
struct FrozenPhraseTrie<Value: Sendable>: Sendable {
  static var noValue: UInt32 { .max }

  private let bytes: [UInt8]
  private let nodeCount: Int
  private let nodeTable: Int
  private let valueTable: Int
  private let edgeTable: Int
  private let words: Range<Int>
  private let values: Range<Int>
  /// Reads one value from the value bytes at an offset, nil when they hold none.
  private let decode: @Sendable (_ bytes: [UInt8], _ at: Int, _ end: Int) -> Value?

  /// The trie whose layout starts at `start` in `bytes`; nil when the bytes are not such a
  /// layout.
  init?(
    bytes: [UInt8], at start: Int,
    decode: @escaping @Sendable (_ bytes: [UInt8], _ at: Int, _ end: Int) -> Value?
  ) {
    var position = start
    func number() -> Int? {
      guard position + 4 <= bytes.count else { return nil }
      defer { position += 4 }
      return Int(Self.uint32(bytes, at: position))
    }
    guard let nodes = number(), let edges = number(), nodes > 0,
      nodes <= bytes.count / 8, edges <= bytes.count / 12
    else { return nil }
    nodeTable = position
    valueTable = nodeTable + 4 * (nodes + 1)
    edgeTable = valueTable + 4 * nodes
    position = edgeTable + 12 * edges
    guard let wordLength = number(), position + wordLength <= bytes.count else { return nil }
    words = position..<(position + wordLength)
    position = words.upperBound
    guard let valueLength = number(), position + valueLength <= bytes.count else { return nil }
    values = position..<(position + valueLength)
    self.bytes = bytes
    self.nodeCount = nodes
    self.decode = decode
    end = values.upperBound
    // Every number is checked once here, so a step never reads out of bounds.
    var previous = 0
    for node in 0...nodes {
      let first = Int(Self.uint32(bytes, at: nodeTable + 4 * node))
      guard first >= previous, first <= edges, node > 0 || first == 0 else { return nil }
      previous = first
    }
    guard previous == edges else { return nil }
    // A value is decoded when it is reached; one that does not decode counts as none (the
    // compiled lexicon's checksum has told damaged bytes apart before this).
    for node in 0..<nodes {
      let offset = Self.uint32(bytes, at: valueTable + 4 * node)
      guard offset == Self.noValue || Int(offset) < valueLength else { return nil }
    }
    for edge in 0..<edges {
      let entry = edgeTable + 12 * edge
      let wordStart = Int(Self.uint32(bytes, at: entry))
      let length = Int(Self.uint32(bytes, at: entry + 4))
      let to = Int(Self.uint32(bytes, at: entry + 8))
      guard wordStart <= wordLength, length <= wordLength - wordStart, to > 0, to < nodes
      else { return nil }
    }
  }

  /// Where the layout ends in the bytes it was read from.
  let end: Int

  /// The node `word` leads to from `node`, if any.
  func child(of node: Int32, word: String) -> Int32? {
    let node = Int(node)
    var low = Int(Self.uint32(bytes, at: nodeTable + 4 * node))
    var high = Int(Self.uint32(bytes, at: nodeTable + 4 * (node + 1)))
    while low < high {
      let middle = (low + high) / 2
      let entry = edgeTable + 12 * middle
      let start = words.lowerBound + Int(Self.uint32(bytes, at: entry))
      let length = Int(Self.uint32(bytes, at: entry + 4))
      switch Self.compare(word, bytes[start..<(start + length)]) {
      case 0: return Int32(Self.uint32(bytes, at: entry + 8))
      case ..<0: high = middle
      default: low = middle + 1
      }
    }
    return nil
  }

  /// The value stored at `node`, if any.
  func value(at node: Int32) -> Value? {
    let offset = Self.uint32(bytes, at: valueTable + 4 * Int(node))
    guard offset != Self.noValue else { return nil }
    return decode(bytes, values.lowerBound + Int(offset), values.upperBound)
  }

  /// The bytes of the word of every edge that leaves `node`.
  func forEachWord(from node: Int32, _ body: (ArraySlice<UInt8>) -> Void) {
    let node = Int(node)
    let first = Int(Self.uint32(bytes, at: nodeTable + 4 * node))
    let last = Int(Self.uint32(bytes, at: nodeTable + 4 * (node + 1)))
    for edge in first..<last {
      let entry = edgeTable + 12 * edge
      let start = words.lowerBound + Int(Self.uint32(bytes, at: entry))
      body(bytes[start..<(start + Int(Self.uint32(bytes, at: entry + 4)))])
    }
  }

  /// Every edge, as the node it leaves, its word and the node it reaches.
  func forEachEdge(_ body: (_ from: Int32, _ word: String, _ to: Int32) -> Void) {
    for node in 0..<nodeCount {
      let first = Int(Self.uint32(bytes, at: nodeTable + 4 * node))
      let last = Int(Self.uint32(bytes, at: nodeTable + 4 * (node + 1)))
      for edge in first..<last {
        let entry = edgeTable + 12 * edge
        let start = words.lowerBound + Int(Self.uint32(bytes, at: entry))
        let length = Int(Self.uint32(bytes, at: entry + 4))
        let word = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
        body(Int32(node), word, Int32(Self.uint32(bytes, at: entry + 8)))
      }
    }
  }

  /// The value of every node by number, the root's first.
  var storedValues: [Value?] { (0..<nodeCount).map { value(at: Int32($0)) } }

  /// The layout of a trie with `values` by node and `edges`, appended to `bytes`;
  /// `encode` appends one value and is given only values that exist.
  static func write(
    values: [Value?], edges: [(from: Int32, word: String, to: Int32)], to bytes: inout [UInt8],
    encode: (Value, inout [UInt8]) -> Void
  ) {
    let sorted = edges.sorted {
      $0.from != $1.from ? $0.from < $1.from : $0.word.utf8.lexicographicallyPrecedes($1.word.utf8)
    }
    var wordBytes: [UInt8] = []
    var valueBytes: [UInt8] = []
    var valueOffsets: [UInt32] = []
    for value in values {
      guard let value else {
        valueOffsets.append(noValue)
        continue
      }
      valueOffsets.append(UInt32(valueBytes.count))
      encode(value, &valueBytes)
    }
    append(UInt32(values.count), to: &bytes)
    append(UInt32(sorted.count), to: &bytes)
    var edge = 0
    for node in 0...values.count {
      while edge < sorted.count, sorted[edge].from < node { edge += 1 }
      append(UInt32(edge), to: &bytes)
    }
    for offset in valueOffsets { append(offset, to: &bytes) }
    for (_, word, to) in sorted {
      append(UInt32(wordBytes.count), to: &bytes)
      append(UInt32(word.utf8.count), to: &bytes)
      append(UInt32(to), to: &bytes)
      wordBytes += word.utf8
    }
    append(UInt32(wordBytes.count), to: &bytes)
    bytes += wordBytes
    append(UInt32(valueBytes.count), to: &bytes)
    bytes += valueBytes
  }

  private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
    LittleEndian.append(value, to: &bytes)
  }

  private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    LittleEndian.read(UInt32.self, from: bytes, at: offset)
  }

  /// The order of `word` against `stored` bytes, as memcmp gives it: negative, zero or
  /// positive.
  private static func compare(_ word: String, _ stored: ArraySlice<UInt8>) -> Int {
    var index = stored.startIndex
    for byte in word.utf8 {
      guard index < stored.endIndex else { return 1 }
      if byte != stored[index] { return byte < stored[index] ? -1 : 1 }
      index += 1
    }
    return index < stored.endIndex ? -1 : 0
  }
}
