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
    let attested = Set(counts.keys.map(\.form))
    for (key, lemma) in unseenInflections(of: sentences) where !attested.contains(key.form) {
      if Lemmatizer.ruleLemma(of: key.form, as: key.tag) != lemma { table[key] = lemma }
    }
    return table
  }

  /// Regular inflections of EWT's noun and verb lemmas that EWT itself never writes, each
  /// with its lemma, where the rules would give a word that is no lemma at all: EWT has
  /// "restored" but not "restoring" (rules: "restor"), "calorie" but not "calories"
  /// ("calory"). Where the rules give another known lemma ("singing" → "sing", not the
  /// "singe" a generated form of it would claim) or two lemmas make the same form, the
  /// rules stay in charge.
  static func unseenInflections(
    of sentences: [TreebankSentence]
  ) -> [Lemmatizer.LemmaKey: String] {
    var known: [UPOS: Set<String>] = [:]
    for word in sentences.lazy.flatMap(\.words) {
      guard let upos = UPOS(rawValue: word.upos), upos == .noun || upos == .verb else { continue }
      let lemma = word.lemma.lowercased()
      guard lemma.count >= 3, lemma.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { continue }
      known[upos, default: []].insert(lemma)
    }
    var claimed: [Lemmatizer.LemmaKey: Set<String>] = [:]
    for (upos, lemmas) in known {
      for lemma in lemmas {
        let forms = upos == .noun ? [plural(of: lemma)] : verbForms(of: lemma)
        for form in forms where form != lemma {
          claimed[Lemmatizer.LemmaKey(form: form, tag: upos), default: []].insert(lemma)
        }
      }
    }
    var table: [Lemmatizer.LemmaKey: String] = [:]
    for (key, lemmas) in claimed where lemmas.count == 1 {
      let ruled = Lemmatizer.ruleLemma(of: key.form, as: key.tag)
      guard let lemma = lemmas.first, ruled != lemma, !known[key.tag, default: []].contains(ruled)
      else { continue }
      table[key] = lemma
    }
    return table
  }

  /// "-s" or "-es" as English spells a plural or third person: "fixes", "remedies", "days".
  private static func plural(of lemma: String) -> String {
    let bytes = Array(lemma.utf8)
    let last = bytes[bytes.count - 1]
    let vowelBefore = "aeiou".utf8.contains(bytes[bytes.count - 2])
    if last == UInt8(ascii: "y") && !vowelBefore { return lemma.dropLast() + "ies" }
    if ["s", "x", "z", "ch", "sh"].contains(where: { lemma.hasSuffix($0) }) {
      return lemma + "es"
    }
    return lemma + "s"
  }

  /// A verb's third person, "-ing" and "-ed" forms. A verb of one syllable ending in one
  /// vowel and a consonant doubles it ("stopping"); a longer one may or may not
  /// ("visiting", "admitted", British "travelled"), so both are claimed: a variant the verb
  /// never takes is never written, and claiming it costs nothing.
  private static func verbForms(of lemma: String) -> [String] {
    let bytes = Array(lemma.utf8)
    let last = bytes[bytes.count - 1]
    let isVowel = { (byte: UInt8) in "aeiou".utf8.contains(byte) }
    let vowelBefore = isVowel(bytes[bytes.count - 2])
    var forms = [plural(of: lemma)]
    if lemma.hasSuffix("ie") {
      forms += [lemma.dropLast(2) + "ying", lemma + "d"]
    } else if last == UInt8(ascii: "e") {
      let keepsE = lemma.hasSuffix("ee") || lemma.hasSuffix("ye") || lemma.hasSuffix("oe")
      forms += [(keepsE ? lemma : String(lemma.dropLast())) + "ing", lemma + "d"]
    } else if last == UInt8(ascii: "y") && !vowelBefore {
      forms += [lemma + "ing", lemma.dropLast() + "ied"]
    } else {
      let endsInOneVowelAndConsonant =
        vowelBefore && !isVowel(last) && !"wxy".utf8.contains(last)
        && (bytes.count < 3 || !isVowel(bytes[bytes.count - 3]))
      let syllables = zip(bytes, [UInt8(ascii: "_")] + bytes).count { isVowel($0) && !isVowel($1) }
      let doubled = lemma + String(UnicodeScalar(last))
      if !endsInOneVowelAndConsonant || syllables > 1 {
        forms += [lemma + "ing", lemma + "ed"]
      }
      if endsInOneVowelAndConsonant {
        forms += [doubled + "ing", doubled + "ed"]
      }
    }
    return forms
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
    var unseen: [String: Set<String>] = [:]
    for (key, lemma) in unseenInflections(of: sentences)
    where baseUses[key.form] == nil && inflections[key.form] == nil {
      unseen[key.form, default: []].insert(lemma)
    }
    for (form, lemmas) in unseen where lemmas.count == 1 {
      if let lemma = lemmas.first, Lemmatizer.ruleMatchKey(of: form) != lemma {
        table[form] = lemma
      }
    }
    return table
  }

  private static func mostFrequent(_ counts: [String: Int]) -> String? {
    counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }
}
