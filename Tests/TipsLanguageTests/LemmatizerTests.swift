import Testing

@testable import TipsLanguage

private let lemmatizer = (try? LanguageModel.shipped())?.lemmatizer ?? Lemmatizer()

@Test(
  "Match keys fold plurals and verb inflections, nothing else",
  arguments: zip(
    [
      "stretches", "stretching", "stretched", "Calves", "feet", "lowered", "lowering",
      "rolling", "quads", "glutes", "shoes", "was", "better", "best", "physiotherapist",
      "yoga", "ice", "pass", "less", "bus", "physics", "glasses", "taking", "running",
      "injuries", "used", "tens", "morning", "headaches", "aches", "beaches",
    ],
    [
      "stretch", "stretch", "stretch", "calf", "foot", "lower", "lower", "roll", "quad",
      "glute", "shoe", "be", "better", "best", "physiotherapist", "yoga", "ice", "pass",
      "less", "bus", "physics", "glasses", "take", "run", "injury", "use", "ten", "morning",
      "headache", "ache", "beach",
    ]))
func matchKeys(word: String, key: String) {
  #expect(lemmatizer.matchKey(of: word) == key)
}

@Test("Match keys of base words are stable")
func matchKeysStable() {
  for word in ["stretch", "calf", "roll", "lower", "run", "take", "glute", "quad"] {
    #expect(lemmatizer.matchKey(of: word) == word)
  }
}

@Test(
  "Lemmas depend on the part of speech",
  arguments: [
    ("left", UPOS.verb, "leave"), ("left", .adjective, "left"), ("better", .adjective, "good"),
    ("ran", .verb, "run"), ("me", .pronoun, "i"), ("hopping", .verb, "hop"),
    ("hoping", .verb, "hope"), ("boxes", .noun, "box"), ("children", .noun, "child"),
    ("foam-rolling", .verb, "foam-roll"), ("is", .auxiliary, "be"),
    ("diluting", .verb, "dilute"), ("shouting", .verb, "shout"),
    // Inflections EWT never writes of lemmas it has, where the rules give no word.
    ("restoring", .verb, "restore"), ("massaging", .verb, "massage"),
    ("reclined", .verb, "recline"), ("viruses", .noun, "virus"),
    // A noun whose singular ends in "-ie" is no "-y" plural.
    ("calories", .noun, "calorie"), ("smoothies", .noun, "smoothie"),
    ("veggies", .noun, "veggie"), ("berries", .noun, "berry"),
    // A Latin "-us" noun's plural, not a "-use" word's.
    ("calluses", .noun, "callus"), ("sinuses", .noun, "sinus"), ("causes", .noun, "cause"),
  ])
func lemmas(word: String, tag: UPOS, lemma: String) {
  #expect(lemmatizer.lemma(of: word, as: tag) == lemma)
}

@Test(
  "A verb's gerund follows English spelling",
  arguments: zip(
    ["cross", "take", "lie", "cut", "quit", "see", "be", "sleep", "visit", "stay", "fix", "go"],
    [
      "crossing", "taking", "lying", "cutting", "quitting", "seeing", "being", "sleeping",
      "visiting", "staying", "fixing", "going",
    ]))
func gerunds(base: String, gerund: String) {
  #expect(Lemmatizer.gerund(of: base) == gerund)
}

@Test("Rules alone handle words no table lists")
func rulesWithoutTable() {
  let rules = Lemmatizer()
  #expect(rules.lemma(of: "activating", as: .verb) == "activate")
  #expect(rules.lemma(of: "alleviated", as: .verb) == "alleviate")
  #expect(rules.lemma(of: "evaluating", as: .verb) == "evaluate")
  #expect(rules.lemma(of: "repeated", as: .verb) == "repeat")
  #expect(rules.matchKey(of: "kettlebells") == "kettlebell")
  #expect(rules.lemma(of: "Strapping", as: .verb) == "strap")
  #expect(rules.lemma(of: "adding", as: .verb) == "add")
  #expect(rules.lemma(of: "erred", as: .verb) == "err")
  #expect(rules.lemma(of: "alleviates", as: .verb) == "alleviate")
  #expect(rules.lemma(of: "fixes", as: .verb) == "fix")
  #expect(rules.lemma(of: "relies", as: .verb) == "rely")
  #expect(rules.lemma(of: "leaves", as: .verb) == "leave")
  #expect(rules.lemma(of: "discuss", as: .verb) == "discuss")
  #expect(rules.lemma(of: "drank", as: .verb) == "drink")
  #expect(rules.lemma(of: "swam", as: .verb) == "swim")
  #expect(rules.lemma(of: "wore", as: .verb) == "wear")
}
