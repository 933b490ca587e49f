import Foundation
import Testing
import TipsKnowledgeBase
import TipsLanguage

@Suite("tips extract and add --from-tips")
struct ExtractTests {
  @Test("A thread added from extracted lines answers exactly as one added from its export")
  func fromTipsAnswersTheSame() async throws {
    let scratch = try Scratch()
    let language = try LanguageModel.shipped()
    let lexicon = try Lexicon.shipped()
    var lines: [String] = []
    let extractor = KnowledgeBase(directory: scratch.path + "/none", lexicon: lexicon)
    let report = try await extractor.extract([seedPath], language: language) { lines.append($0) }
    #expect(report.threads == 1)
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/none"))
    var again: [String] = []
    _ = try await extractor.extract([seedPath], language: language) { again.append($0) }
    #expect(again == lines)

    let direct = KnowledgeBase(directory: scratch.path + "/direct", lexicon: lexicon)
    _ = try await direct.add([seedPath], language: language)
    // A folder as Spark writes it: parts, one of them empty, and an empty `_SUCCESS` marker.
    _ = try scratch.write("out/part-00000", lines.joined(separator: "\n") + "\n")
    _ = try scratch.write("out/part-00001", "")
    _ = try scratch.write("out/_SUCCESS", "")
    let fromTips = KnowledgeBase(directory: scratch.path + "/from-tips", lexicon: lexicon)
    let added = try await fromTips.add(fromTips: [scratch.path + "/out"])
    #expect(added.failures.isEmpty)
    #expect(added.threads.map(\.id) == ["lower-back-pain"])
    let expected = AnswerJSON.answer(
      query: nil, remedies: try direct.top(limit: 50), redFlags: nil)
    #expect(
      AnswerJSON.answer(query: nil, remedies: try fromTips.top(limit: 50), redFlags: nil)
        == expected)
  }

  @Test("A file that is not extracted lines is refused by add --from-tips, naming it")
  func fromTipsRefusesExports() async throws {
    let scratch = try Scratch()
    let base = KnowledgeBase(directory: scratch.index, lexicon: try Lexicon.shipped())
    let report = try await base.add(fromTips: [seedPath])
    #expect(report.commit == nil)
    #expect(
      report.failures.map(\.description) == [
        "\(seedPath): malformed tips extract lines: "
          + "the first line is not a thread 'tips extract' wrote"
      ])
  }
}
