import Foundation
import TipsKnowledgeBase

/// What `search` and `top` are asked, once their arguments are read: one way to answer,
/// whichever reader read them (`QuickArguments` or swift-argument-parser).
struct AnswerRequest: Equatable {
  /// Nil for `top`.
  var query: String?
  var settings: KnowledgeBaseSettings
  var filters = RemedyFilters()
  var limit = 10
  var json = false
  var explain = false
  var color = ColorOptions.Choice.auto

  /// Answers on standard output: the red-flag line, then the cards or the JSON.
  func run() async throws {
    let base = try await orFail { () async throws(KnowledgeBaseError) in
      try await KnowledgeBase.answering(settings, notice: Diagnostics.warn)
    }
    // JSON lists every tip of a remedy; a card reads only those it shows.
    let detail = json ? AnswerDetail.everyTip : CardRenderer.detail
    var remedies: [Remedy]
    var respellings: [Respelling] = []
    if let query {
      let results = try orFail { () throws(KnowledgeBaseError) in
        try base.search(query, filters: filters, limit: limit, detail: detail)
      }
      remedies = results.remedies
      respellings = results.respellings
    } else {
      remedies = try orFail { () throws(KnowledgeBaseError) in
        try base.top(filters: filters, limit: limit, detail: detail)
      }
    }
    let redFlags = try orFail { () throws(KnowledgeBaseError) in
      try base.redFlags(query: query, remedies: remedies)
    }
    print(remedies, redFlags: redFlags, respellings: respellings)
    // The answer is the command's last act: the process ends here, leaving the index and the
    // lexicon (tens of thousands of objects) to the system rather than freeing them one by
    // one on the way out (`exit` flushes what was printed).
    exit(0)
  }

  /// The answer, opened by the red-flag line when there is one (see `RedFlagNotice`).
  private func print(_ remedies: [Remedy], redFlags: RedFlagNotice?, respellings: [Respelling]) {
    if json {
      Swift.print(
        AnswerJSON.answer(
          query: query, remedies: remedies, redFlags: redFlags, respellings: respellings))
      return
    }
    let palette = color.palette
    if let redFlags {
      Swift.print(CardRenderer.redFlagLines(redFlags, palette: palette))
    }
    if let note = SearchResults.note(on: respellings) {
      Swift.print(CardRenderer.respellingLines(note, palette: palette))
    }
    if remedies.isEmpty {
      Swift.print(
        query.map { "no remedies found for '\($0)'" } ?? "the index holds no remedies yet")
    } else {
      Swift.print(
        CardRenderer.cards(remedies, explain: explain, palette: palette), terminator: "")
    }
  }
}

extension AnswerRequest {
  /// The request of `search` (with `query`) or `top` (without), from their option groups.
  init(
    query: String?, output: OutputOptions, filters: FilterOptions, common: CommonOptions
  ) throws {
    self.init(
      query: query, settings: common.settings, filters: try filters.query(),
      limit: output.limit, json: output.json, explain: output.explain,
      color: output.colors.color)
  }
}
