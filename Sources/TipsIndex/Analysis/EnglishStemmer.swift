/// The Porter2 ("Snowball English") stemmer, so "stretching", "stretches" and "stretched" index
/// as one term, "stretch".
///
/// This is the algorithm as published by the Snowball project up to Snowball 2.2 (the version
/// Debian's libstemmer, Lucene and most ports implement): R1 with the `gener`/`commun`/`arsen`
/// prefixes, the exceptional forms (`skis` → `ski`, `dying` → `die`, `only` → `onli`, ...) and
/// the invariants after Step 1a (`inning`, `proceed`, ...). Snowball 3.0 (2025) changed a few
/// rules (`added` → `add` instead of `ad`, `evening`, `-ogist`, `past`/`univers`/... prefixes);
/// switching would change stored terms, so it needs a re-index and a format bump.
///
/// It works on lowercase ASCII bytes in place, without allocating. A word with any byte other
/// than `a`–`z`, `0`–`9` or `'` (upper case, non-ASCII letters, punctuation) is left unchanged:
/// the vowel rules mean nothing for other scripts, and the analyzer folds case before stemming.
public enum EnglishStemmer {
  /// The stem of a lowercase word: "running" → "run", "generously" → "generous".
  public static func stem(of word: String) -> String {
    var bytes = Array(word.utf8)
    stem(&bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Replaces a lowercase ASCII word by its stem, reusing its storage.
  public static func stem(_ word: inout [UInt8]) {
    for byte in word where !isStemmable(byte) { return }
    if (3...6).contains(word.count), let exception = exceptionalForms[word] {
      word.replaceSubrange(0..<word.count, with: exception)
      return
    }
    guard word.count >= 3 else { return }
    // Swapping hands the storage to the run and back: no copy, no allocation.
    var run = Porter2()
    swap(&run.w, &word)
    run.run()
    swap(&run.w, &word)
  }

  private static func isStemmable(_ byte: UInt8) -> Bool {
    (byte >= Ascii.a && byte <= Ascii.z) || (byte >= Ascii.zero && byte <= Ascii.nine)
      || byte == Ascii.apostrophe
  }

  /// Words the algorithm would get wrong, with their stems; invariant forms map to themselves.
  /// Matched against the whole word before anything else, as Snowball's `exception1`; all are
  /// 3 to 6 letters long, which spares other words the hashing.
  private static let exceptionalForms: [[UInt8]: [UInt8]] = {
    let pairs: [(String, String)] = [
      ("skis", "ski"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
      ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"),
      ("only", "onli"), ("singly", "singl"),
      ("sky", "sky"), ("news", "news"), ("howe", "howe"),
      ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ]
    return Dictionary(uniqueKeysWithValues: pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) })
  }()
}

/// ASCII bytes the stemmer and the analyzer test for, named so the rules read like the
/// published definition.
enum Ascii {
  static let a = UInt8(ascii: "a")
  static let e = UInt8(ascii: "e")
  static let i = UInt8(ascii: "i")
  static let l = UInt8(ascii: "l")
  static let o = UInt8(ascii: "o")
  static let s = UInt8(ascii: "s")
  static let t = UInt8(ascii: "t")
  static let u = UInt8(ascii: "u")
  static let w = UInt8(ascii: "w")
  static let x = UInt8(ascii: "x")
  static let y = UInt8(ascii: "y")
  static let z = UInt8(ascii: "z")
  static let upperA = UInt8(ascii: "A")
  static let upperZ = UInt8(ascii: "Z")
  /// A `y` that acts as a consonant; turned back into `y` at the end.
  static let upperY = UInt8(ascii: "Y")
  static let zero = UInt8(ascii: "0")
  static let nine = UInt8(ascii: "9")
  static let apostrophe = UInt8(ascii: "'")
}

/// One run of the algorithm over one word: the word and its regions R1 (`p1..<end`) and
/// R2 (`p2..<end`).
///
/// Every step edits only the end of the word, so `p1` and `p2`, computed once, stay valid.
private struct Porter2 {
  var w: [UInt8] = []
  var p1 = 0
  var p2 = 0

  mutating func run() {
    markConsonantYs()
    markRegions()
    step1a()
    // All invariants are 6 or 7 letters long: other words skip the hashing.
    guard !((6...7).contains(w.count) && Self.invariantsAfterStep1a.contains(w)) else {
      unmarkConsonantYs()
      return
    }
    step1b()
    step1c()
    step2()
    step3()
    step4()
    step5()
    unmarkConsonantYs()
  }

  /// Removes a leading apostrophe, then writes `Y` for a `y` that starts the word or follows a
  /// vowel, so the rules treat it as a consonant.
  mutating func markConsonantYs() {
    if w.first == Ascii.apostrophe { w.removeFirst() }
    guard !w.isEmpty else { return }
    if w[0] == Ascii.y { w[0] = Ascii.upperY }
    for index in w.indices.dropFirst() where w[index] == Ascii.y && isVowel(w[index - 1]) {
      w[index] = Ascii.upperY
    }
  }

  mutating func unmarkConsonantYs() {
    for index in w.indices where w[index] == Ascii.upperY { w[index] = Ascii.y }
  }

  /// R1 starts after the first non-vowel that follows a vowel (or after `gener`, `commun`,
  /// `arsen`, so "general" and "generous" keep apart); R2 is the same rule applied inside R1.
  mutating func markRegions() {
    if let prefix = Self.regionPrefixes.first(where: { w.starts(with: $0) }) {
      p1 = prefix.count
    } else {
      p1 = regionStart(from: 0)
    }
    p2 = regionStart(from: p1)
  }

  private func regionStart(from start: Int) -> Int {
    var index = start
    while index < w.count, !isVowel(w[index]) { index += 1 }
    while index < w.count, isVowel(w[index]) { index += 1 }
    return min(index + 1, w.count)
  }

  // MARK: Steps

  /// Step 0 (apostrophe suffixes) and Step 1a (plurals).
  mutating func step1a() {
    if hasSuffix("'s'") {
      w.removeLast(3)
    } else if hasSuffix("'s") {
      w.removeLast(2)
    } else if hasSuffix("'") {
      w.removeLast()
    }
    if hasSuffix("sses") {
      w.removeLast(2)
    } else if hasSuffix("ied") || hasSuffix("ies") {
      // "cries" → "cri", but "ties" → "tie".
      w.removeLast(w.count > 4 ? 2 : 1)
    } else if hasSuffix("us") || hasSuffix("ss") {
      return
    } else if hasSuffix("s") {
      // Delete if a vowel comes before the letter preceding the s: "gaps" → "gap", "gas" stays.
      guard w.count >= 3, w[0..<(w.count - 2)].contains(where: isVowel) else { return }
      w.removeLast()
    }
  }

  /// Past tenses, gerunds and their adverbs: "-eed(ly)", "-ed(ly)", "-ing(ly)".
  mutating func step1b() {
    if let suffix = longestSuffix(in: Self.eedSuffixes) {
      if w.count - suffix >= p1 { replaceSuffix(length: suffix, with: "ee") }
      return
    }
    guard let suffix = longestSuffix(in: Self.edIngSuffixes) else { return }
    let stemEnd = w.count - suffix
    guard w[0..<stemEnd].contains(where: isVowel) else { return }
    w.removeLast(suffix)
    if hasSuffix("at") || hasSuffix("bl") || hasSuffix("iz") {
      w.append(Ascii.e)  // "luxuriat" → "luxuriate"
    } else if endsWithDouble() {
      w.removeLast()  // "hopp" → "hop"
    } else if w.count == p1, endsWithShortSyllable(at: w.count) {
      w.append(Ascii.e)  // "hop" → "hope"
    }
  }

  /// A final `y` after a consonant becomes `i`: "cry" → "cri", but "by" and "say" stay.
  mutating func step1c() {
    let n = w.count
    guard n > 2, w[n - 1] == Ascii.y || w[n - 1] == Ascii.upperY, !isVowel(w[n - 2]) else {
      return
    }
    w[n - 1] = Ascii.i
  }

  mutating func step2() {
    guard let rule = longestRule(in: Self.step2Rules), w.count - rule.suffix.count >= p1 else {
      return
    }
    let stemEnd = w.count - rule.suffix.count
    switch rule.condition {
    case .always: break
    case .precededByL: guard stemEnd > 0, w[stemEnd - 1] == Ascii.l else { return }
    case .precededByValidLiEnding:
      guard stemEnd > 0, Self.validLiEndings.contains(w[stemEnd - 1]) else { return }
    case .inR2, .precededBySOrT: return
    }
    replaceSuffix(length: rule.suffix.count, with: rule.replacement)
  }

  mutating func step3() {
    guard let rule = longestRule(in: Self.step3Rules), w.count - rule.suffix.count >= p1 else {
      return
    }
    if rule.condition == .inR2, w.count - rule.suffix.count < p2 { return }
    replaceSuffix(length: rule.suffix.count, with: rule.replacement)
  }

  mutating func step4() {
    guard let rule = longestRule(in: Self.step4Rules), w.count - rule.suffix.count >= p2 else {
      return
    }
    let stemEnd = w.count - rule.suffix.count
    if rule.condition == .precededBySOrT {
      guard stemEnd > 0, w[stemEnd - 1] == Ascii.s || w[stemEnd - 1] == Ascii.t else { return }
    }
    w.removeLast(rule.suffix.count)
  }

  /// A final `e` in R2, or in R1 after anything but a short syllable; `ll` in R2 loses an `l`.
  mutating func step5() {
    let last = w.count - 1
    guard last >= 0 else { return }
    if w[last] == Ascii.e {
      if last >= p2 || (last >= p1 && !endsWithShortSyllable(at: last)) { w.removeLast() }
    } else if w[last] == Ascii.l {
      if last >= p2, last > 0, w[last - 1] == Ascii.l { w.removeLast() }
    }
  }

  // MARK: Tests on letters

  func isVowel(_ byte: UInt8) -> Bool {
    switch byte {
    case Ascii.a, Ascii.e, Ascii.i, Ascii.o, Ascii.u, Ascii.y: true
    default: false
    }
  }

  /// Whether the word's first `end` letters end in a short syllable: a consonant other than
  /// `w`, `x`, `Y` after a vowel after a consonant ("rap", "trap"), or a vowel then a consonant
  /// as the whole of those letters ("ow", "at").
  func endsWithShortSyllable(at end: Int) -> Bool {
    if end >= 3 {
      let last = w[end - 1]
      return !isVowel(last) && last != Ascii.w && last != Ascii.x && last != Ascii.upperY
        && isVowel(w[end - 2]) && !isVowel(w[end - 3])
    }
    return end == 2 && isVowel(w[0]) && !isVowel(w[1])
  }

  func endsWithDouble() -> Bool {
    let n = w.count
    guard n >= 2, w[n - 1] == w[n - 2] else { return false }
    return Self.doubles.contains(w[n - 1])
  }

  func hasSuffix(_ suffix: StaticString) -> Bool {
    suffix.withUTF8Buffer { endsWith($0) }
  }

  func endsWith<Suffix: RandomAccessCollection<UInt8>>(_ suffix: Suffix) -> Bool
  where Suffix.Index == Int {
    let offset = w.count - suffix.count
    guard offset >= 0 else { return false }
    for index in suffix.indices where w[offset + index - suffix.startIndex] != suffix[index] {
      return false
    }
    return true
  }

  /// The length of the longest of `suffixes` the word ends with; `suffixes` go longest first.
  func longestSuffix(in suffixes: [StaticString]) -> Int? {
    suffixes.first(where: hasSuffix)?.utf8CodeUnitCount
  }

  /// The rule for the longest suffix the word ends with. Only that rule is tried, as the
  /// published steps say: "ement" outside R2 does not fall back to "ment".
  func longestRule(in rules: SuffixRules) -> SuffixRule? {
    guard let last = w.last, last < 0x80 else { return nil }
    return rules.byLastByte[Int(last)].first { endsWith($0.suffix) }
  }

  mutating func replaceSuffix(length: Int, with replacement: StaticString) {
    w.removeLast(length)
    replacement.withUTF8Buffer { w.append(contentsOf: $0) }
  }

  mutating func replaceSuffix(length: Int, with replacement: [UInt8]) {
    w.removeLast(length)
    w.append(contentsOf: replacement)
  }

  // MARK: Tables

  static let regionPrefixes: [[UInt8]] = ["gener", "commun", "arsen"].map { Array($0.utf8) }
  static let invariantsAfterStep1a: Set<[UInt8]> = Set(
    ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"]
      .map { Array($0.utf8) })
  static let eedSuffixes: [StaticString] = ["eedly", "eed"]
  static let edIngSuffixes: [StaticString] = ["ingly", "edly", "ing", "ed"]
  static let doubles: Set<UInt8> = Set("bdfgmnprt".utf8)
  static let validLiEndings: Set<UInt8> = Set("cdeghkmnrt".utf8)

  static let step2Rules = SuffixRules([
    ("tional", "tion", .always), ("enci", "ence", .always), ("anci", "ance", .always),
    ("abli", "able", .always), ("entli", "ent", .always), ("izer", "ize", .always),
    ("ization", "ize", .always), ("ational", "ate", .always), ("ation", "ate", .always),
    ("ator", "ate", .always), ("alism", "al", .always), ("aliti", "al", .always),
    ("alli", "al", .always), ("fulness", "ful", .always), ("ousli", "ous", .always),
    ("ousness", "ous", .always), ("iveness", "ive", .always), ("iviti", "ive", .always),
    ("biliti", "ble", .always), ("bli", "ble", .always), ("ogi", "og", .precededByL),
    ("fulli", "ful", .always), ("lessli", "less", .always), ("li", "", .precededByValidLiEnding),
  ])

  static let step3Rules = SuffixRules([
    ("tional", "tion", .always), ("ational", "ate", .always), ("alize", "al", .always),
    ("icate", "ic", .always), ("iciti", "ic", .always), ("ical", "ic", .always),
    ("ful", "", .always), ("ness", "", .always), ("ative", "", .inR2),
  ])

  static let step4Rules = SuffixRules(
    [
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
      "ate", "iti", "ous", "ive", "ize",
    ].map { ($0, "", SuffixRule.Condition.always) }
      + [("ion", "", .precededBySOrT)])
}

/// A suffix of Steps 2–4, what replaces it and the extra test it must pass.
private struct SuffixRule {
  enum Condition { case always, precededByL, precededByValidLiEnding, inR2, precededBySOrT }

  var suffix: [UInt8]
  var replacement: [UInt8]
  var condition: Condition
}

/// The rules of one step, grouped by their suffix's last letter and longest first, so a word
/// is compared only with the few suffixes that can match and the first match is the longest.
private struct SuffixRules {
  var byLastByte: [[SuffixRule]]

  init(_ rules: [(String, String, SuffixRule.Condition)]) {
    byLastByte = Array(repeating: [], count: 128)
    let sorted = rules.map {
      SuffixRule(suffix: Array($0.0.utf8), replacement: Array($0.1.utf8), condition: $0.2)
    }.sorted { $0.suffix.count > $1.suffix.count }
    for rule in sorted {
      if let last = rule.suffix.last { byLastByte[Int(last)].append(rule) }
    }
  }
}
