/// Dictionary forms of English words: a table learned from UD English EWT for the words
/// rules get wrong ("went" → "go", "me" → "I", "better" → "good"), and rules for the rest.
///
/// Two questions, two entry points. `lemma(of:as:)` is the linguist's lemma and needs the part
/// of speech ("left" is "leave" as a verb, "left" as an adjective). `matchKey(of:)` is
/// for matching vocabulary phrases against text without a tagger: it folds noun plurals and
/// verb inflections to one key and leaves everything else alone. Because the same function is
/// applied to the vocabulary and to the text, consistency matters more than linguistic
/// truth, and its choices are:
/// - comparatives and superlatives are never folded ("better", "best", "lower" as an
///   adjective stays "lower"), nor derivations ("physiotherapist", "stretchy");
/// - words of three letters or fewer keep a final "s" ("abs", "bus", "gas", "yes");
/// - "-ss", "-us", "-is", "-ics" and "-ous" words are not plurals ("pass", "less", "physics",
///   "nervous"), but "-sses" is ("passes" → "pass") unless EWT says otherwise: "glasses"
///   stays, as EWT lemmatizes it (the eyewear);
/// - a word EWT uses mostly as a base form stays put even if it can be an inflection
///   ("morning", "evening", "something"), and one it uses mostly as a noun plural or verb
///   form folds even if it can also be a base ("was" → "be", "feet" → "foot");
/// - "tens" folds to "ten" (a number's plural), so a TENS unit is "ten unit" on both sides.
public struct Lemmatizer: Sendable {
  /// Lemmas rules get wrong, keyed by lowercased form and tag.
  private let lemmas: [LemmaKey: String]
  /// Match keys rules get wrong, keyed by lowercased form.
  private let matchKeys: [String: String]

  /// A lemmatizer with the given exceptions to its rules; the shipped one comes with
  /// `LanguageModel.shipped()`.
  public init(lemmas: [LemmaKey: String] = [:], matchKeys: [String: String] = [:]) {
    self.lemmas = lemmas
    self.matchKeys = matchKeys
  }

  /// A word and its part of speech, the key of a learned lemma.
  public struct LemmaKey: Sendable, Hashable {
    public var form: String
    public var tag: UPOS

    public init(form: String, tag: UPOS) {
      self.form = form
      self.tag = tag
    }
  }

  /// The lowercased dictionary form of `word` used as `tag`.
  public func lemma(of word: String, as tag: UPOS) -> String {
    lemma(ofLowercased: word.lowercased(), as: tag)
  }

  package func lemma(ofLowercased form: String, as tag: UPOS) -> String {
    if let learned = lemmas[LemmaKey(form: form, tag: tag)] { return learned }
    return Self.ruleLemma(of: form, as: tag)
  }

  /// A part-of-speech-free key for matching: noun plurals and verb inflections fold to the
  /// base form, everything else is only lowercased. See the type's documentation for the
  /// choices made.
  public func matchKey(of word: String) -> String {
    let form = word.lowercased()
    if let learned = matchKeys[form] { return learned }
    return Self.ruleMatchKey(of: form)
  }

  // MARK: Rules

  /// What the rules alone give for a lowercased word; training keeps the cases they miss.
  package static func ruleLemma(of form: String, as tag: UPOS) -> String {
    switch tag {
    case .noun: irregularPlurals[form] ?? plural(form) ?? form
    case .verb, .auxiliary: verbBase(form) ?? thirdPersonBase(form) ?? form
    default: form
    }
  }

  /// What the rules alone give as a match key for a lowercased word.
  package static func ruleMatchKey(of form: String) -> String {
    if let irregular = irregularPlurals[form] { return irregular }
    return verbBase(form) ?? plural(form) ?? form
  }

  /// General English plurals no suffix rule reaches.
  private static let irregularPlurals: [String: String] = [
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "men": "man",
    "women": "woman", "children": "child", "calves": "calf", "halves": "half",
    "knives": "knife", "lives": "life", "wives": "wife", "shelves": "shelf", "loaves": "loaf",
    "hooves": "hoof", "wolves": "wolf", "thieves": "thief", "scarves": "scarf", "leaves": "leaf",
    "vertebrae": "vertebra", "analyses": "analysis", "diagnoses": "diagnosis",
    "crises": "crisis", "indices": "index", "phalanges": "phalanx",
  ]

  /// Nouns whose singular ends in "-ie", so their "-ies" is no "-y" plural ("calories" is
  /// "calorie", not "calory", as "berries" is "berry").
  private static let ieSingulars: Set<String> = [
    "calorie", "cookie", "movie", "smoothie", "brownie", "veggie", "hoodie", "beanie",
    "bootie", "onesie", "nightie", "scrunchie", "necktie", "bowtie", "selfie", "newbie",
    "rookie", "goalie", "freebie", "foodie", "junkie", "groupie", "hippie", "yuppie",
    "techie", "roadie", "townie", "aussie", "zombie", "genie", "pixie", "birdie",
    "budgie", "collie", "doggie", "magpie", "goodie", "oldie", "sweetie", "auntie",
    "cutie", "kiddie", "bookie", "quickie", "hottie", "wedgie", "wheelie", "hoagie",
    "indie", "talkie", "sortie", "prairie", "reverie", "coterie", "menagerie", "lingerie",
    "eyrie", "boogie", "pinkie",
  ]

  /// Nouns in "-us" whose plural adds "-es" ("calluses"), where "-uses" is more often a
  /// "-use" word's ("causes", "excuses", "houses").
  private static let usSingulars: Set<String> = [
    "callus", "virus", "sinus", "bonus", "campus", "fetus", "foetus", "status", "chorus",
    "circus", "walrus", "cactus", "hiatus", "octopus", "syllabus", "uterus", "genius",
    "census", "fungus", "thesaurus", "abacus", "apparatus", "prospectus", "bus", "plus",
    "minus", "surplus", "consensus", "esophagus", "oesophagus", "meniscus", "rhombus",
    "nexus", "lotus", "humerus", "calculus", "nucleus", "radius", "focus", "locus",
    "stimulus", "bacillus", "papyrus", "platypus", "impetus", "tinnitus",
  ]

  /// The singular of a regular plural, or nil when `form` does not look like one.
  private static func plural(_ form: String) -> String? {
    if let irregular = irregularPlurals[form] { return irregular }
    let bytes = Array(form.utf8)
    guard bytes.count > 3, bytes.last == UInt8(ascii: "s") else { return nil }
    if hasSuffix(bytes, "ies") {
      if bytes.count == 4 || ieSingulars.contains(String(form.dropLast())) {
        return String(form.dropLast())
      }
      return String(form.dropLast(3)) + "y"
    }
    // "calluses", "sinuses": a Latin "-us" noun's plural (not "causes", "excuses").
    if hasSuffix(bytes, "uses"), usSingulars.contains(String(form.dropLast(2))) {
      return String(form.dropLast(2))
    }
    // "headaches", "backaches", "mustaches": an "ache" after a consonant keeps its "e"
    // ("beaches", "coaches" do not have one).
    if hasSuffix(bytes, "aches"),
      bytes.count == 5 || !"aeiou".utf8.contains(bytes[bytes.count - 6])
    {
      return String(form.dropLast())
    }
    if hasSuffix(bytes, "sses") || hasSuffix(bytes, "ches") || hasSuffix(bytes, "shes")
      || hasSuffix(bytes, "xes") || hasSuffix(bytes, "zzes")
    {
      return String(form.dropLast(2))
    }
    for ending in ["ss", "us", "is", "ics", "ous", "'s"] where hasSuffix(bytes, ending) {
      return nil
    }
    return String(form.dropLast())
  }

  /// The base form of a regular "-s", "-ing" or "-ed" verb form, or nil.
  /// "eases" → "ease", "fixes" → "fix", "relies" → "rely": a verb's "-s" comes off as a
  /// noun plural's does, but a verb is never an irregular plural ("leaves" → "leave").
  private static func thirdPersonBase(_ form: String) -> String? {
    irregularPlurals[form] != nil ? String(form.dropLast()) : plural(form)
  }

  /// Past forms of irregular verbs common in posts about what people did ("drank water",
  /// "swam laps", "wore a brace", "saw a physio", "left it alone"), where the tagger may
  /// read one as a present and EWT has too few of them to teach it. Forms whose other sense
  /// is common in such posts ("felt", "lay", "found", "bit", "ground") are left to the
  /// learned table.
  private static let irregularVerbForms: [String: String] = [
    "ate": "eat", "eaten": "eat", "drank": "drink", "drunk": "drink", "ran": "run",
    "swam": "swim", "swum": "swim", "rode": "ride", "ridden": "ride", "took": "take",
    "taken": "take", "wore": "wear", "worn": "wear", "gave": "give", "given": "give",
    "went": "go", "gone": "go", "did": "do", "done": "do", "got": "get", "gotten": "get",
    "kept": "keep", "slept": "sleep", "began": "begin", "begun": "begin", "bought": "buy",
    "brought": "bring", "caught": "catch", "taught": "teach", "thought": "think",
    "made": "make", "held": "hold", "lost": "lose", "paid": "pay", "sought": "seek",
    "spent": "spend", "stood": "stand", "told": "tell", "won": "win", "wrote": "write",
    "written": "write", "broke": "break", "broken": "break", "chose": "choose",
    "chosen": "choose", "drove": "drive", "driven": "drive", "fell": "fall",
    "fallen": "fall", "grew": "grow", "grown": "grow", "knew": "know", "known": "know",
    "shook": "shake", "shaken": "shake", "threw": "throw", "thrown": "throw", "woke": "wake",
    "woken": "wake", "froze": "freeze", "frozen": "freeze", "sat": "sit",
    "stuck": "stick", "slid": "slide", "hung": "hang", "saw": "see", "seen": "see",
    "left": "leave",
  ]

  /// The base of an irregular verb's past form ("drank" → "drink"), nil for any other word.
  package static func irregularVerbBase(of form: String) -> String? { irregularVerbForms[form] }

  private static func verbBase(_ form: String) -> String? {
    if let base = irregularVerbForms[form] { return base }
    let bytes = Array(form.utf8)
    if bytes.count == 5 && hasSuffix(bytes, "ying") {
      return String(form.prefix(1)) + "ie"
    }
    if bytes.count >= 5 && hasSuffix(bytes, "ing") {
      return restoredStem(Array(bytes.dropLast(3)))
    }
    if bytes.count >= 4 && hasSuffix(bytes, "ied") {
      return bytes.count == 4 ? String(form.dropLast()) : String(form.dropLast(3)) + "y"
    }
    if bytes.count >= 5 && hasSuffix(bytes, "ed") && !hasSuffix(bytes, "eed") {
      return restoredStem(Array(bytes.dropLast(2)))
    }
    return nil
  }

  /// The base form of a stem left by "-ing" or "-ed": one of a doubled final consonant goes
  /// ("runn" → "run") unless three letters are all there is ("add", "err", "ebb"), a silent
  /// "e" comes back ("tak" → "take"); nil without a vowel.
  private static func restoredStem(_ stem: [UInt8]) -> String? {
    guard stem.count >= 2, stem.contains(where: isVowel) else { return nil }
    let last = stem[stem.count - 1]
    let previous = stem[stem.count - 2]
    if stem.count > 3 && last == previous && !isVowel(last) && !"lszf".utf8.contains(last) {
      return String(decoding: stem.dropLast(), as: UTF8.self)
    }
    let word = String(decoding: stem, as: UTF8.self)
    return needsSilentE(stem) ? word + "e" : word
  }

  private static func needsSilentE(_ stem: [UInt8]) -> Bool {
    let last = stem[stem.count - 1]
    let previous = stem[stem.count - 2]
    switch last {
    case UInt8(ascii: "v"), UInt8(ascii: "u"): return true
    case UInt8(ascii: "c"): return true
    case UInt8(ascii: "z"): return previous != UInt8(ascii: "z")
    case UInt8(ascii: "s"):
      return previous != UInt8(ascii: "s") && !hasSuffix(stem, "ous") && !hasSuffix(stem, "cus")
    case UInt8(ascii: "g"):
      return previous == UInt8(ascii: "d") || previous == UInt8(ascii: "r")
    case UInt8(ascii: "l"):
      return "bptdkgfz".utf8.contains(previous)
    default: break
    }
    let consonantBefore = stem.count >= 3 && !isVowel(stem[stem.count - 3])
    if last == UInt8(ascii: "r")
      && (previous == UInt8(ascii: "i") || previous == UInt8(ascii: "u")
        || previous == UInt8(ascii: "a"))
      && consonantBefore
    {
      return true
    }
    if last == UInt8(ascii: "t") && previous == UInt8(ascii: "a") && consonantBefore
      && stem.count >= 5
    {
      return true
    }
    // "alleviated", "evaluating": "-iate" and "-uate" verbs ("treated" keeps "treat").
    if last == UInt8(ascii: "t") && previous == UInt8(ascii: "a") && stem.count >= 5
      && "iu".utf8.contains(stem[stem.count - 3])
    {
      return true
    }
    // "diluting", "computing", "refuting": a consonant, "u", "t" ends a stem with its "e".
    if last == UInt8(ascii: "t") && previous == UInt8(ascii: "u") && consonantBefore
      && stem.count >= 4
    {
      return true
    }
    let vowelGroups = zip(stem, [UInt8(ascii: "_")] + stem).filter { isVowel($0) && !isVowel($1) }
    return stem.count <= 4 && consonantBefore && isVowel(previous) && !isVowel(last)
      && !"wxy".utf8.contains(last) && vowelGroups.count == 1
  }

  /// The "-ing" form of a verb's base form, by English spelling: "cross" → "crossing",
  /// "take" → "taking", "lie" → "lying", "cut" → "cutting", "quit" → "quitting". Only a
  /// one-syllable word doubles its last consonant: spelling does not show where a longer
  /// word's stress falls ("visiting", but "admitting"), and "visiting" is the commoner case.
  public static func gerund(of base: String) -> String {
    let bytes = Array(base.utf8)
    guard bytes.count >= 2, bytes.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    else { return base + "ing" }
    if hasSuffix(bytes, "ie") { return String(base.dropLast(2)) + "ying" }
    if bytes.last == UInt8(ascii: "e"), bytes.count > 2, !hasSuffix(bytes, "ee"),
      !hasSuffix(bytes, "ye"), !hasSuffix(bytes, "oe")
    {
      return String(base.dropLast()) + "ing"
    }
    // A "u" after "q" is a consonant's letter ("quit" has one vowel, "i").
    let vowels = bytes.indices.map { i in
      isVowel(bytes[i])
        && !(bytes[i] == UInt8(ascii: "u") && i > 0 && bytes[i - 1] == UInt8(ascii: "q"))
        && !(bytes[i] == UInt8(ascii: "y") && i == 0)
    }
    let syllables = vowels.indices.count { vowels[$0] && ($0 == 0 || !vowels[$0 - 1]) }
    let n = bytes.count
    if syllables == 1, n >= 3, !vowels[n - 1], vowels[n - 2], !vowels[n - 3],
      !"wxy".utf8.contains(bytes[n - 1])
    {
      return base + String(UnicodeScalar(bytes[n - 1])) + "ing"
    }
    return base + "ing"
  }

  private static func isVowel(_ byte: UInt8) -> Bool { "aeiouy".utf8.contains(byte) }

  private static func hasSuffix(_ bytes: [UInt8], _ suffix: String) -> Bool {
    let suffix = Array(suffix.utf8)
    return bytes.count >= suffix.count && Array(bytes.suffix(suffix.count)) == suffix
  }
}
