import TipsLanguage

/// The lemma and match-key exceptions learned from the training split: only the entries the
/// rules in `Lemmatizer` get wrong, so the table stays small and rules do the rest.
enum LemmaTables {
  /// (lowercased form, UPOS) → its most frequent lowercased lemma, where rules differ.
  static func lemmas(from sentences: [TreebankSentence]) -> [Lemmatizer.LemmaKey: String] {
    var counts: [Lemmatizer.LemmaKey: [String: Int]] = [:]
    for word in sentences.lazy.flatMap(\.words) {
      guard let upos = UPOS(rawValue: word.upos), word.lemma != "_" else { continue }
      let key = Lemmatizer.LemmaKey(form: word.form.lowercased(), tag: upos)
      counts[key, default: [:]][word.lemma.lowercased(), default: 0] += 1
    }
    var table: [Lemmatizer.LemmaKey: String] = [:]
    for (key, lemmaCounts) in counts {
      guard let best = mostFrequent(lemmaCounts) else { continue }
      if Lemmatizer.ruleLemma(of: key.form, as: key.tag) != best { table[key] = best }
    }
    return table
  }

  /// Lowercased form → match key, where rules differ. A form folds to a noun or verb lemma
  /// when EWT uses it more often as such an inflection than as a base form of anything
  /// (its lemma equal to itself): "was" → "be", but "morning" stays and "better" (an
  /// adjective's comparative) is never a candidate.
  static func matchKeys(from sentences: [TreebankSentence]) -> [String: String] {
    var baseUses: [String: Int] = [:]
    var inflections: [String: [String: Int]] = [:]
    for word in sentences.lazy.flatMap(\.words) {
      let form = word.form.lowercased()
      let lemma = word.lemma.lowercased()
      guard form.contains(where: \.isLetter), lemma != "_" else { continue }
      if lemma == form {
        baseUses[form, default: 0] += 1
      } else if word.upos == "NOUN" || word.upos == "VERB" || word.upos == "AUX" {
        inflections[form, default: [:]][lemma, default: 0] += 1
      } else {
        baseUses[form, default: 0] += 0
      }
    }
    var table: [String: String] = [:]
    for form in Set(baseUses.keys).union(inflections.keys) {
      let inflected = inflections[form] ?? [:]
      let desired =
        inflected.values.reduce(0, +) > baseUses[form, default: 0]
        ? mostFrequent(inflected) ?? form : form
      if Lemmatizer.ruleMatchKey(of: form) != desired { table[form] = desired }
    }
    return table
  }

  private static func mostFrequent(_ counts: [String: Int]) -> String? {
    counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }
}
