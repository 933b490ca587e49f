import ArgumentParser
import Testing
import TipsKnowledgeBase

@testable import tips

/// The request swift-argument-parser makes of `arguments`, nil when it parses no answer.
private func parsed(_ arguments: [String]) -> AnswerRequest? {
  switch try? Tips.parseAsRoot(arguments) {
  case let search as Search:
    return try? AnswerRequest(
      query: search.query, output: search.output, filters: search.filters,
      common: search.common)
  case let top as Top:
    return try? AnswerRequest(
      query: nil, output: top.output, filters: top.filters, common: top.common)
  default:
    return nil
  }
}

@Suite("Answers read without swift-argument-parser")
struct QuickArgumentsTests {
  @Test(
    "What the quick reader reads, it reads as swift-argument-parser does",
    arguments: [
      ["search", "hip flexor"], ["search", "hip flexor", "--index", "ix"],
      ["search", "--index=ix", "couch stretch", "--limit", "3", "--json"],
      ["search", "psoas", "--explain", "--limit=1"], ["top"], ["top", "--json", "--index", "x"],
      ["top", "--limit", "25", "--explain"], ["search", ""],
    ])
  func sameAsArgumentParser(arguments: [String]) throws {
    let quick = try #require(QuickArguments.request(arguments))
    #expect(quick == parsed(arguments))
  }

  @Test(
    "Help, filters, colour, bad values and anything unknown are left to swift-argument-parser",
    arguments: [
      ["search"], ["search", "a", "b"], ["top", "rolling"], ["search", "-rolling"],
      ["search", "x", "--limit", "0"], ["search", "x", "--limit", "ten"],
      ["search", "x", "--limit"], ["search", "x", "--index"], ["search", "x", "--index", "--json"],
      ["search", "x", "--json", "--json"], ["search", "x", "--muscle", "quads"],
      ["search", "x", "--color", "never"], ["search", "x", "--help"], ["search", "--", "x"],
      ["top", "--lexicon", "mine.txt"], ["top", "--json=yes"], ["add", "corpus"], [],
    ])
  func leftToArgumentParser(arguments: [String]) {
    #expect(QuickArguments.request(arguments) == nil)
  }
}
