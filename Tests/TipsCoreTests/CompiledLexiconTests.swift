import Testing

@testable import TipsCore

@Suite("The compiled lexicon")
struct CompiledLexiconTests {
  let sources: [Lexicon.Source]
  let parsed: Lexicon

  init() throws {
    sources = try Lexicon.shippedSources()
    parsed = try Lexicon(parsing: sources)
  }

  @Test("Read back, it names the same things in a sentence as the parsed files do")
  func roundTrip() throws {
    let key = Lexicon.compilationKey(of: sources)
    let compiled = try #require(Lexicon(compiled: parsed.compiled(key: key), key: key))
    #expect(compiled.remedies == parsed.remedies)
    #expect(compiled.muscles == parsed.muscles)
    #expect(compiled.tools == parsed.tools)
    #expect(compiled.conditions == parsed.conditions)
    let sentences = [
      "A couch stretch and stretching my hip flexors every morning helped.",
      "I rolled the lacrosse ball under my foot for the plantar fasciitis.",
      "See a physio about the knee pain, then foam roll your quads.",
      "The rest of the run was fine on rolling hills.",
    ]
    for sentence in sentences {
      let words = WordFolding.words(in: sentence[...])
      #expect(compiled.matches(in: words) == parsed.matches(in: words), "\(sentence)")
    }
  }

  @Test("A different file, a changed word or another version gives another key")
  func keys() {
    let key = Lexicon.compilationKey(of: sources)
    var changed = sources
    changed[0].text += "\n# one more comment\n"
    #expect(Lexicon.compilationKey(of: changed) != key)
    let user = Lexicon.Source(text: "[remedies]\n", name: "/home/me/lexicon.txt")
    #expect(Lexicon.compilationKey(of: sources + [user]) != key)
    #expect(Lexicon.compilationKey(of: sources) == key)
  }

  @Test("Bytes compiled from other texts, cut short or damaged are refused, never trusted")
  func refusesOtherBytes() {
    let key = Lexicon.compilationKey(of: sources)
    let bytes = parsed.compiled(key: key)
    #expect(Lexicon(compiled: bytes, key: key &+ 1) == nil)
    #expect(Lexicon(compiled: [], key: key) == nil)
    for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
      #expect(Lexicon(compiled: Array(bytes[..<length]), key: key) == nil)
    }
    #expect(Lexicon(compiled: bytes + [0], key: key) == nil)
    for position in stride(from: 30, to: bytes.count, by: max(1, bytes.count / 61)) {
      var damaged = bytes
      damaged[position] = 0xFF
      _ = Lexicon(compiled: damaged, key: key)  // may read as another lexicon; must not crash
    }
  }
}
