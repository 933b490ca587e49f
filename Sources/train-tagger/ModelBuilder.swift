import TipsLanguage

/// Turns a training treebank into the label set, tag dictionary and lemma tables, and trained
/// weights into the shipped file.
struct ModelBuilder {
  /// Joint labels seen at least this often get a class; rarer pairs (a handful of
  /// annotation oddities such as "SYM NNS") train as their UPOS's most frequent label.
  static let minimumLabelCount = 10
  /// A word goes in the tag dictionary when seen this often with one label this share of
  /// the time, as in Honnibal's tagger.
  static let dictionaryFrequency = 20
  static let dictionaryShare = 0.97

  let labels: [PerceptronTagger.Label]
  let labelIndex: [String: Int]
  let dictionary: [UInt64: Int]

  init(training sentences: [TreebankSentence]) {
    var counts: [String: Int] = [:]
    for word in sentences.lazy.flatMap(\.words) {
      counts[word.upos + " " + word.xpos, default: 0] += 1
    }
    let kept = counts.filter { $0.value >= Self.minimumLabelCount }
      .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    var labels: [PerceptronTagger.Label] = []
    var labelIndex: [String: Int] = [:]
    for (name, _) in kept {
      let parts = name.split(separator: " ")
      guard let upos = UPOS(rawValue: String(parts[0])) else { continue }
      labelIndex[name] = labels.count
      labels.append(PerceptronTagger.Label(upos: upos, xpos: String(parts[1])))
    }
    for (name, _) in counts where labelIndex[name] == nil {
      let upos = String(name.split(separator: " ")[0])
      labelIndex[name] = labels.firstIndex { $0.upos.rawValue == upos } ?? 0
    }
    self.labels = labels
    self.labelIndex = labelIndex

    var perWord: [UInt64: [Int: Int]] = [:]
    for sentence in sentences {
      for word in sentence.words {
        let key = TaggerFeatures.dictionaryKey(TaggerFeatures.Word(bytes: word.form.utf8))
        perWord[key, default: [:]][labelIndex[word.upos + " " + word.xpos] ?? 0, default: 0] += 1
      }
    }
    var dictionary: [UInt64: Int] = [:]
    for (key, labelCounts) in perWord {
      let total = labelCounts.values.reduce(0, +)
      guard total >= Self.dictionaryFrequency,
        let best = labelCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
        Double(best.value) / Double(total) >= Self.dictionaryShare
      else { continue }
      dictionary[key] = best.key
    }
    self.dictionary = dictionary
  }

  func label(of word: TreebankWord) -> Int { labelIndex[word.upos + " " + word.xpos] ?? 0 }

  /// Sentences as the trainer consumes them: word features and gold classes.
  func examples(_ sentences: [TreebankSentence]) -> [([TaggerFeatures.Word], [Int])] {
    sentences.map { sentence in
      (
        sentence.words.map { TaggerFeatures.Word(bytes: $0.form.utf8) },
        sentence.words.map(label(of:))
      )
    }
  }

  /// The shipped file: weights below `threshold` pruned, the rest quantized to Int16.
  ///
  /// Features whose 32-bit fingerprints collide are merged by summing, which is what the
  /// reader would do anyway if it found both.
  func file(
    weights: [(feature: UInt64, entries: [(label: Int, weight: Float)])], threshold: Float,
    lemmas: [Lemmatizer.LemmaKey: String], matchKeys: [String: String]
  ) -> (file: TaggerFile, scale: Float) {
    let largest = weights.lazy.flatMap(\.entries).map { abs($0.weight) }.max() ?? 1
    let scale = largest / Float(Int16.max)
    var merged: [UInt32: [Int: Float]] = [:]
    for (feature, entries) in weights {
      for (label, weight) in entries where abs(weight) >= threshold {
        merged[PerceptronTagger.fingerprint(feature), default: [:]][label, default: 0] += weight
      }
    }
    var keys: [UInt32] = []
    var counts: [UInt8] = []
    var classes: [UInt8] = []
    var quantized: [Int16] = []
    for key in merged.keys.sorted() {
      let entries = (merged[key] ?? [:]).sorted { $0.key < $1.key }
        .map { ($0.key, Int16(clamping: Int(($0.value / scale).rounded()))) }
        .filter { $0.1 != 0 }
      guard !entries.isEmpty else { continue }
      keys.append(key)
      counts.append(UInt8(entries.count))
      for (label, weight) in entries {
        classes.append(UInt8(label))
        quantized.append(weight)
      }
    }
    let dictionaryEntries = dictionary.map { (PerceptronTagger.fingerprint($0.key), $0.value) }
      .sorted { $0.0 < $1.0 }
    let file = TaggerFile(
      labels: labels, keys: keys, counts: counts, classes: classes, weights: quantized,
      dictionaryKeys: dictionaryEntries.map(\.0),
      dictionaryClasses: dictionaryEntries.map { UInt8($0.1) }, lemmas: lemmas,
      matchKeys: matchKeys)
    return (file, scale)
  }
}
