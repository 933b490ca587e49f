import TipsLanguage

/// Trains the averaged perceptron on treebank sentences with the shipped feature set.
///
/// Weights are kept sparse during training (a feature stores only the classes it was ever
/// updated for, in one pooled linked list) and averaged lazily: each weight remembers when it
/// last changed, so an update costs O(features) however many rounds have passed.
struct PerceptronTraining {
  let labelCount: Int
  /// Words whose label the tag dictionary fixes, by dictionary key.
  let dictionary: [UInt64: Int]
  private var featureIDs: [UInt64: Int32] = [:]
  private var heads: [Int32] = []
  private var pool: [Entry] = []
  private var clock: Int32 = 0

  private struct Entry {
    var label: UInt8
    var next: Int32
    var weight: Float
    var stamp: Int32
    var total: Double
  }

  init(labelCount: Int, dictionary: [UInt64: Int]) {
    self.labelCount = labelCount
    self.dictionary = dictionary
  }

  /// One pass over `sentences` (words' features and gold labels) in the given order.
  mutating func train(_ sentences: [([TaggerFeatures.Word], [Int])], order: [Int]) -> Double {
    var correct = 0
    var total = 0
    var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
    var scores = [Float](repeating: 0, count: labelCount)
    for sentenceIndex in order {
      let (words, gold) = sentences[sentenceIndex]
      var previous = labelCount
      var beforePrevious = labelCount + 1
      for index in words.indices {
        var guess: Int
        if let known = dictionary[TaggerFeatures.dictionaryKey(words[index])] {
          guess = known
        } else {
          TaggerFeatures.features(
            at: index, of: words, previous: previous, beforePrevious: beforePrevious,
            into: &features)
          guess = predict(features, scores: &scores)
          clock += 1
          if guess != gold[index] { update(features, truth: gold[index], guess: guess) }
        }
        if guess == gold[index] { correct += 1 }
        total += 1
        beforePrevious = previous
        previous = guess
      }
    }
    return Double(correct) / Double(max(total, 1))
  }

  /// The best label for a word's features, by current or (after `average()`) final weights.
  func predict(_ features: [UInt64], scores: inout [Float]) -> Int {
    for index in scores.indices { scores[index] = 0 }
    for feature in features {
      guard let id = featureIDs[feature] else { continue }
      var entry = heads[Int(id)]
      while entry >= 0 {
        let value = pool[Int(entry)]
        scores[Int(value.label)] += value.weight
        entry = value.next
      }
    }
    var best = 0
    for index in scores.indices where scores[index] > scores[best] { best = index }
    return best
  }

  private mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
    for feature in features {
      let id: Int32
      if let known = featureIDs[feature] {
        id = known
      } else {
        id = Int32(heads.count)
        featureIDs[feature] = id
        heads.append(-1)
      }
      adjust(id, label: truth, by: 1)
      adjust(id, label: guess, by: -1)
    }
  }

  private mutating func adjust(_ id: Int32, label: Int, by change: Float) {
    var entry = heads[Int(id)]
    while entry >= 0 {
      if Int(pool[Int(entry)].label) == label {
        let elapsed = Double(clock - pool[Int(entry)].stamp)
        pool[Int(entry)].total += elapsed * Double(pool[Int(entry)].weight)
        pool[Int(entry)].stamp = clock
        pool[Int(entry)].weight += change
        return
      }
      entry = pool[Int(entry)].next
    }
    pool.append(
      Entry(label: UInt8(label), next: heads[Int(id)], weight: change, stamp: clock, total: 0))
    heads[Int(id)] = Int32(pool.count - 1)
  }

  /// Replaces each weight by its average over every step of training.
  mutating func average() {
    for index in pool.indices {
      let elapsed = Double(clock - pool[index].stamp)
      let total = pool[index].total + elapsed * Double(pool[index].weight)
      pool[index].weight = Float(total / Double(max(clock, 1)))
    }
  }

  /// The averaged weights, one list of (label, weight) per feature hash.
  var weights: [(feature: UInt64, entries: [(label: Int, weight: Float)])] {
    featureIDs.map { feature, id in
      var entries: [(label: Int, weight: Float)] = []
      var entry = heads[Int(id)]
      while entry >= 0 {
        entries.append((Int(pool[Int(entry)].label), pool[Int(entry)].weight))
        entry = pool[Int(entry)].next
      }
      return (feature, entries)
    }
  }

  /// Labels for one sentence with the averaged full-precision weights.
  func classes(of words: [TaggerFeatures.Word]) -> [Int] {
    var result: [Int] = []
    var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
    var scores = [Float](repeating: 0, count: labelCount)
    var previous = labelCount
    var beforePrevious = labelCount + 1
    for index in words.indices {
      let guess: Int
      if let known = dictionary[TaggerFeatures.dictionaryKey(words[index])] {
        guess = known
      } else {
        TaggerFeatures.features(
          at: index, of: words, previous: previous, beforePrevious: beforePrevious,
          into: &features)
        guess = predict(features, scores: &scores)
      }
      result.append(guess)
      beforePrevious = previous
      previous = guess
    }
    return result
  }
}

/// A small seeded generator (SplitMix64), so shuffles are the same on every machine.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
