import Foundation
import Testing
import TipsCore
import TipsKnowledgeBase

@Suite("The lexicon compiled beside the index")
struct LexiconCacheTests {
  let scratch: Scratch

  init() throws {
    scratch = try Scratch()
    try FileManager.default.createDirectory(
      atPath: scratch.index, withIntermediateDirectories: true)
  }

  private var cache: String { scratch.index + "/lexicon.compiled" }

  private func settings(_ lexicon: String) -> KnowledgeBaseSettings {
    KnowledgeBaseSettings(index: scratch.index, extraLexicon: lexicon, environment: [:])
  }

  @Test("A user's lexicon is compiled once, and again when the file changes")
  func rebuiltWhenChanged() async throws {
    let file = try scratch.write(
      "lexicon.txt", "[remedies]\nsock compression wraps | equipment | calves | - | -\n")
    let first = try await KnowledgeBase.lexicon(for: settings(file), compiling: true)
    #expect(first.remedies["sock compression wraps"] != nil)
    let compiled = try Data(contentsOf: URL(fileURLWithPath: cache))
    let again = try await KnowledgeBase.lexicon(for: settings(file), compiling: true)
    #expect(again.remedies["sock compression wraps"] != nil)
    #expect(try Data(contentsOf: URL(fileURLWithPath: cache)) == compiled)

    _ = try scratch.write("lexicon.txt", "[remedies]\ncalf sleeves | equipment | calves | - | -\n")
    let changed = try await KnowledgeBase.lexicon(for: settings(file), compiling: true)
    #expect(changed.remedies["calf sleeves"] != nil)
    #expect(changed.remedies["sock compression wraps"] == nil)
    #expect(try Data(contentsOf: URL(fileURLWithPath: cache)) != compiled)
  }

  @Test("A damaged compiled copy is read as a miss: the files are parsed and it is rewritten")
  func damagedCache() async throws {
    let file = try scratch.write(
      "lexicon.txt", "[remedies]\ncalf sleeves | equipment | calves | - | -\n")
    _ = try await KnowledgeBase.lexicon(for: settings(file), compiling: true)
    try Data("tips-lexicon-2\ngarbage".utf8).write(to: URL(fileURLWithPath: cache))
    let lexicon = try await KnowledgeBase.lexicon(for: settings(file), compiling: true)
    #expect(lexicon.remedies["calf sleeves"] != nil)
    #expect(lexicon.remedies["couch stretch"] != nil)
  }

  @Test("Adding or removing reads the compiled copy but never writes one")
  func writersLeaveTheFolderAlone() async throws {
    let file = try scratch.write(
      "lexicon.txt", "[remedies]\ncalf sleeves | equipment | calves | - | -\n")
    let lexicon = try await KnowledgeBase.lexicon(for: settings(file))
    #expect(lexicon.remedies["calf sleeves"] != nil)
    #expect(!FileManager.default.fileExists(atPath: cache))
  }

  @Test("A malformed user file fails with its line, compiled copy or not")
  func malformedUserFile() async throws {
    let good = try scratch.write(
      "lexicon.txt", "[remedies]\ncalf sleeves | equipment | calves | - | -\n")
    _ = try await KnowledgeBase.lexicon(for: settings(good), compiling: true)
    _ = try scratch.write("lexicon.txt", "[remedies]\ncalf sleeves | gadget | calves | - | -\n")
    await #expect {
      _ = try await KnowledgeBase.lexicon(for: settings(good), compiling: true)
    } throws: { error in
      "\(error)".contains("lexicon.txt:2") && !"\(error)".contains("\n")
    }
  }
}
