import Testing

@testable import TipsLanguage

/// "word UPOS XPOS" for each token of `text`, tagged by the shipped model.
private func tagged(_ text: String) throws -> [String] {
  try LanguageModel.shipped().analyze(text[...]).map {
    "\(text[$0.range]) \($0.upos.rawValue) \($0.xpos)"
  }
}

@Test("An imperative advice verb is a base-form verb")
func imperative() throws {
  let tags = try tagged("Try foam rolling your calves.")
  #expect(tags.first == "Try VERB VB")
  #expect(tags.last == ". PUNCT .")
  #expect(tags.contains("calves NOUN NNS"))
}

@Test("Past-tense reports are past-tense verbs")
func pastTense() throws {
  let tags = try tagged("I lowered my saddle and it helped.")
  #expect(tags.contains("lowered VERB VBD"))
  #expect(tags.contains("helped VERB VBD"))
  #expect(tags.contains("saddle NOUN NN"))
}

@Test("A modal and its base verb")
func modal() throws {
  let tags = try tagged("You should see a physio.")
  #expect(tags[1] == "should AUX MD")
  #expect(tags[2] == "see VERB VB")
}

@Test(
  "A gerund subject and a present-tense verb",
  arguments: ["Stretching really helps.", "Stretching helps a lot."])
func gerund(text: String) throws {
  let tokens = try LanguageModel.shipped().analyze(text[...])
  #expect(tokens[0].xpos == "VBG")
  #expect([.verb, .noun].contains(tokens[0].upos))
  let helps = try #require(tokens.first { $0.text == "helps" })
  #expect(helps.upos == .verb && helps.xpos == "VBZ")
  #expect(helps.lemma == "help")
}

@Test("An unknown word is no comparative without the ending of one")
func unknownWordBeforeRather() throws {
  let tags = try tagged("Try lanolin rather than creams.")
  #expect(tags[1] == "lanolin NOUN NN")
  #expect(tags[2].hasPrefix("rather ADV"))
}

@Test("A two-word gerund sentence")
func bareGerund() throws {
  let tokens = try LanguageModel.shipped().analyze("Stretching helps."[...])
  #expect(tokens[0].xpos == "VBG")
  withKnownIssue("with nothing after it, the tagger reads 'helps' as a plural noun (NNS)") {
    #expect(tokens[1].xpos == "VBZ")
  }
}

@Test("Tokens carry lowercased text and lemmas")
func lemmasInAnalysis() throws {
  let text = "My calves were SORE after running."
  let tokens = try LanguageModel.shipped().analyze(text[...])
  #expect(tokens.map(\.text) == ["my", "calves", "were", "sore", "after", "running", "."])
  #expect(tokens.map(\.lemma) == ["my", "calf", "be", "sore", "after", "run", "."])
}

@Test("Pre-tokenized words are tagged as given")
func pretokenized() throws {
  let result = try LanguageModel.shipped().analyze(words: ["Ice", "it", "twice", "."])
  #expect(result.map(\.label.upos) == [.verb, .pronoun, .adverb, .punctuation])
}

@Test("An unknown word given the label of an indefinite pronoun is a noun; the pronoun stays one")
func indefinitePronounLabel() throws {
  let model = try LanguageModel.shipped()
  let drug = try #require(
    model.analyze("Aspirin is fine, but excedrin really works."[...]).first {
      $0.text == "excedrin"
    })
  #expect(drug.upos == .noun)
  let pronoun = try #require(
    model.analyze("Aspirin is fine, but everything really works."[...]).first {
      $0.text == "everything"
    })
  #expect(pronoun.upos == .pronoun)
}

@Test("A bracketed aside leaves the verb after it a verb and keeps its name a name")
func bracketedAside() throws {
  let tags = try tagged("Peppermint oil capsules (Colpermin) help on the bad days.")
  #expect(tags.contains("help VERB VBP"))
  #expect(tags.contains("Colpermin PROPN NNP"))
}

@Test(
  "The opening label is the first token's label from the whole analysis, and the token count its count",
  arguments: [
    "chew gum on the way down.", "ice it twice a day, then rest.", "students often ask why.",
    "canesten worked for me.", "sleep (eight hours) helps.", "try (a) heat then (b) ice.",
    "stretch. then roll.", "ok", "rest!", "magnesium can help.",
  ])
func openingLabel(text: String) throws {
  let model = try LanguageModel.shipped()
  let tokens = model.analyze(text[...])
  let opening = try #require(model.openingLabel(of: text[...]))
  #expect(opening.label.upos == tokens[0].upos)
  #expect(opening.label.xpos == tokens[0].xpos)
  #expect(opening.tokens == tokens.count)
}

@Test("Text with no token has no opening label")
func noOpeningLabel() throws {
  #expect(try LanguageModel.shipped().openingLabel(of: "   "[...]) == nil)
}
