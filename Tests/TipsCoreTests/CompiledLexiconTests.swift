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
    // Looked up one by one where they lie in the compiled bytes, as a search does.
    for name in parsed.remedies.names { #expect(compiled.remedies[name] == parsed.remedies[name]) }
    for name in parsed.muscles.names { #expect(compiled.muscles[name] == parsed.muscles[name]) }
    for name in parsed.tools.names { #expect(compiled.tools[name] == parsed.tools[name]) }
    for name in parsed.conditions.names {
      #expect(compiled.conditions[name] == parsed.conditions[name])
    }
    for name in parsed.classes.names { #expect(compiled.classes[name] == parsed.classes[name]) }
    for missing in ["", "a", "zzz", "couch stretc", "couch stretchy", "\u{10FFFF}"] {
      #expect(compiled.remedies[missing] == nil)
    }
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
    // The phrase trie is searched where it lies, not decoded: damage anywhere must be
    // caught up front, not met later as a phrase that quietly matches nothing.
    for position in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 61)) {
      var damaged = bytes
      damaged[position] ^= 0x5A
      #expect(Lexicon(compiled: damaged, key: key) == nil, "byte \(position)")
    }
  }

  @Test("Read back, it takes a user's file over it as the parsed one does")
  func mergesOverCompiled() throws {
    let key = Lexicon.compilationKey(of: sources)
    var compiled = try #require(Lexicon(compiled: parsed.compiled(key: key), key: key))
    var fresh = parsed
    let user = "[remedies]\nsuitcase stretch | stretch | - | - | suitcase carry\n"
    try compiled.merge(text: user, source: "my-lexicon.txt")
    try fresh.merge(text: user, source: "my-lexicon.txt")
    for sentence in ["A suitcase carry and a couch stretch helped.", "Foam roll the quads."] {
      let words = WordFolding.words(in: sentence[...])
      #expect(compiled.matches(in: words) == fresh.matches(in: words), "\(sentence)")
      #expect(!compiled.matches(in: words).isEmpty)
    }
  }
}

@Suite("A phrase trie searched in its compiled bytes")
struct FrozenPhraseTrieTests {
  /// A trie of "couch stretch", "couch" and "foam roller", each with a value, compiled.
  func compiledBytes() -> [UInt8] {
    var trie = PhraseTrie<[Lexicon.Term]>()
    trie.update(["couch", "stretch"]) { $0 = [.remedy("couch stretch")] }
    trie.update(["couch"]) { $0 = [.tool("couch")] }
    trie.update(["foam", "roller"]) { $0 = [.tool("foam roller")] }
    var edges: [(from: Int32, word: String, to: Int32)] = []
    trie.forEachEdge { edges.append(($0, $1, $2)) }
    var bytes: [UInt8] = []
    FrozenPhraseTrie<[Lexicon.Term]>.write(
      values: trie.storedValues, edges: edges, to: &bytes, encode: Lexicon.appendCompiled)
    return bytes
  }

  @Test("It finds the phrases it was written with, and nothing else")
  func lookups() throws {
    let frozen = try #require(
      FrozenPhraseTrie<[Lexicon.Term]>(
        bytes: compiledBytes(), at: 0, decode: Lexicon.compiledTerms(in:at:end:)))
    let trie = PhraseTrie(frozen: frozen)
    #expect(trie.value(for: ["couch", "stretch"]) == [.remedy("couch stretch")])
    #expect(trie.value(for: ["couch"]) == [.tool("couch")])
    #expect(trie.value(for: ["foam", "roller"]) == [.tool("foam roller")])
    #expect(trie.value(for: ["foam"]) == nil)
    #expect(trie.value(for: ["roller"]) == nil)
    #expect(trie.longestMatch(in: ["the", "couch", "stretch", "daily"], from: 1)?.length == 2)
  }

  @Test("Damaged tables are refused or read as other phrases, never out of bounds")
  func damagedTables() {
    let bytes = compiledBytes()
    for position in bytes.indices {
      for value: UInt8 in [0, 1, 0x7F, 0xFF] {
        var damaged = bytes
        damaged[position] = value
        guard
          let frozen = FrozenPhraseTrie<[Lexicon.Term]>(
            bytes: damaged, at: 0, decode: Lexicon.compiledTerms(in:at:end:))
        else { continue }
        let trie = PhraseTrie(frozen: frozen)
        _ = trie.longestMatch(in: ["couch", "stretch", "foam", "roller"], from: 0)
        _ = trie.storedValues
        trie.forEachEdge { _, _, _ in }
      }
    }
  }
}
