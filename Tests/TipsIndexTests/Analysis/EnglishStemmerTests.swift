import Testing
import TipsIndex

@Suite("English stemmer (Porter2)")
struct EnglishStemmerTests {
  @Test(
    "Published vocabulary words get their published stems", arguments: Porter2Vocabulary.entries)
  func publishedVocabulary(entry: VocabularyEntry) {
    #expect(EnglishStemmer.stem(of: entry.word) == entry.stem)
  }

  @Test("The vocabulary sample is the size its header says")
  func vocabularySampleSize() {
    #expect(Porter2Vocabulary.entries.count == 15 + 1_039)
  }

  @Test(
    "Exceptional forms are stemmed as listed, invariants after Step 1a stay",
    arguments: zip(
      [
        "skis", "skies", "dying", "lying", "tying", "idly", "gently", "ugly", "early", "only",
        "singly", "sky", "news", "howe", "atlas", "cosmos", "bias", "andes",
        "inning", "innings", "outing", "canning", "herring", "herrings", "earring", "earrings",
        "proceed", "proceeds", "exceed", "succeed",
      ],
      [
        "ski", "sky", "die", "lie", "tie", "idl", "gentl", "ugli", "earli", "onli",
        "singl", "sky", "news", "howe", "atlas", "cosmos", "bias", "andes",
        "inning", "inning", "outing", "canning", "herring", "herring", "earring", "earring",
        "proceed", "proceed", "exceed", "succeed",
      ]))
  func exceptionalForms(word: String, stem: String) {
    #expect(EnglishStemmer.stem(of: word) == stem)
  }

  @Test(
    "R1 starts after gener, commun and arsen; y after a vowel is a consonant",
    arguments: zip(
      [
        "generate", "generously", "general", "communism", "community", "arsenic", "arsenal",
        "yelling", "toying", "enjoying", "sayings", "youth",
      ],
      [
        "generat", "generous", "general", "communism", "communiti", "arsenic", "arsenal",
        "yell", "toy", "enjoy", "say", "youth",
      ]))
  func regionsAndConsonantY(word: String, stem: String) {
    #expect(EnglishStemmer.stem(of: word) == stem)
  }

  @Test(
    "Each step's example from the definition",
    arguments: zip(
      [
        "luxuriating", "hopping", "hoping", "ties", "cries", "gas", "kiwis", "conditional",
        "beautifully", "hopeful", "stretching", "stretches", "flexors", "rolling",
      ],
      [
        "luxuri", "hop", "hope", "tie", "cri", "gas", "kiwi", "condit",
        "beauti", "hope", "stretch", "stretch", "flexor", "roll",
      ]))
  func stepExamples(word: String, stem: String) {
    #expect(EnglishStemmer.stem(of: word) == stem)
  }

  @Test(
    "Words with letters outside lowercase ASCII come back unchanged",
    arguments: ["café", "Running", "naïve", "москва", "e-mail", "stretching!"])
  func unstemmable(word: String) {
    #expect(EnglishStemmer.stem(of: word) == word)
  }

  @Test("Stemming bytes in place gives the same stem as stemming a string")
  func inPlace() {
    var bytes = Array("stretching".utf8)
    EnglishStemmer.stem(&bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "stretch")
  }
}
