/// A greedy averaged-perceptron part-of-speech tagger with quantized, pruned weights.
///
/// Each class is a joint label, a UPOS with the Penn tag EWT pairs it with ("VERB VB",
/// "VERB VBG", "AUX MD"): one pass gives both, and the Penn half is right whenever the joint
/// label is, where two passes would cost twice the lookups for no measured gain. Words that
/// EWT tags the same way nearly always ("the", ",", "and") come from a tag dictionary without
/// scoring. Weights are 16-bit integers: a word's score is a sum of a few dozen integer adds.
public struct PerceptronTagger: Sendable {
  /// A class: the UPOS and the Penn tag.
  public struct Label: Sendable, Hashable {
    public var upos: UPOS
    public var xpos: String

    public init(upos: UPOS, xpos: String) {
      self.upos = upos
      self.xpos = xpos
    }
  }

  package let labels: [Label]
  private let weights: FeatureTable
  private let dictionary: FeatureTable

  /// A tagger from the arrays `TaggerFile` stores: for each feature (sorted by key) its key
  /// and entry count, for each entry its class and weight.
  package init(
    labels: [Label], keys: [UInt32], counts: [UInt8], classes: [UInt8], weights: [Int16],
    dictionaryKeys: [UInt32], dictionaryClasses: [UInt8]
  ) {
    self.labels = labels
    self.weights = FeatureTable(keys: keys, counts: counts, classes: classes, weights: weights)
    self.dictionary = FeatureTable(
      keys: dictionaryKeys, counts: [UInt8](repeating: 1, count: dictionaryKeys.count),
      classes: dictionaryClasses, weights: [Int16](repeating: 0, count: dictionaryKeys.count))
  }

  /// The labels of one sentence's words, given as their text.
  public func tag(_ words: [String]) -> [Label] {
    let features = words.map { TaggerFeatures.Word(bytes: $0.utf8) }
    return classes(of: features).map { labels[$0] }
  }

  /// Class numbers of one sentence's words, left to right, each seeing the two before it;
  /// `first`, where given, is the first word's class. With `limit`, only that many words
  /// are tagged: they come out as they would in the whole sentence, since no word's class
  /// depends on the classes after it.
  package func classes(of words: [TaggerFeatures.Word], first: Int? = nil, limit: Int? = nil)
    -> [Int]
  {
    let count = min(words.count, limit ?? words.count)
    var result = [Int](repeating: 0, count: count)
    var scores = [Int32](repeating: 0, count: labels.count)
    var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
    var previous = labels.count
    var beforePrevious = labels.count + 1
    for index in 0..<count {
      let guess: Int
      if index == 0, let first {
        guess = first
      } else if let known = dictionary.firstClass(of: TaggerFeatures.dictionaryKey(words[index])) {
        guess = known
      } else {
        TaggerFeatures.features(
          at: index, of: words, previous: previous, beforePrevious: beforePrevious,
          into: &features)
        for slot in scores.indices { scores[slot] = 0 }
        for feature in features { weights.add(feature, to: &scores) }
        var best = 0
        for slot in scores.indices where scores[slot] > scores[best] { best = slot }
        guess = best
      }
      result[index] = guess
      beforePrevious = previous
      previous = guess
    }
    return result
  }
}

/// A read-only open-addressing table from a feature's 32-bit fingerprint to its weights.
///
/// One probe reads one 64-bit slot (fingerprint and where its entries start) and the entries
/// sit together, so scoring a feature costs about two cache lines.
private struct FeatureTable: Sendable {
  /// Per slot: fingerprint << 32 | first entry << 8 | entry count; 0 is empty.
  private let slots: [UInt64]
  /// Per entry: weight << 8 | class.
  private let entries: [Int32]
  private let shift: UInt64

  init(keys: [UInt32], counts: [UInt8], classes: [UInt8], weights: [Int16]) {
    var bits: UInt64 = 4
    while (1 << bits) < keys.count * 3 / 2 + 1 { bits += 1 }
    var slots = [UInt64](repeating: 0, count: 1 << bits)
    shift = 64 - bits
    var start = 0
    for (key, count) in zip(keys, counts) {
      var slot = Self.slot(of: key, shift: shift)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = UInt64(key) << 32 | UInt64(start) << 8 | UInt64(count)
      start += Int(count)
    }
    self.slots = slots
    entries = zip(classes, weights).map { Int32($1) << 8 | Int32($0) }
  }

  /// The fingerprint stored for a 64-bit feature hash; never 0, the empty slot.
  static func fingerprint(_ feature: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: feature >> 32) | 1
  }

  private static func slot(of key: UInt32, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  @inline(__always)
  private func find(_ feature: UInt64) -> UInt64? {
    let key = UInt64(Self.fingerprint(feature))
    var slot = Self.slot(of: UInt32(key), shift: shift)
    while true {
      let value = slots[slot]
      if value == 0 { return nil }
      if value >> 32 == key { return value }
      slot = (slot + 1) & (slots.count - 1)
    }
  }

  @inline(__always)
  func add(_ feature: UInt64, to scores: inout [Int32]) {
    guard let value = find(feature) else { return }
    let start = Int((value >> 8) & 0xFF_FFFF)
    for index in start..<(start + Int(value & 0xFF)) {
      let entry = entries[index]
      scores[Int(entry & 0xFF)] &+= entry >> 8
    }
  }

  func firstClass(of feature: UInt64) -> Int? {
    guard let value = find(feature) else { return nil }
    return Int(entries[Int((value >> 8) & 0xFF_FFFF)] & 0xFF)
  }
}

extension PerceptronTagger {
  /// The fingerprint `TaggerFile` stores for a feature hash.
  package static func fingerprint(_ feature: UInt64) -> UInt32 {
    FeatureTable.fingerprint(feature)
  }
}
