import ArgumentParser
import Foundation
import TipsCore
import TipsIndex
import TipsKnowledgeBase
import TipsLanguage
import TipsRanking

extension CommonOptions {
  /// `--index`, else `$TIPS_INDEX`, else `./index`.
  var indexDirectory: String {
    index ?? ProcessInfo.processInfo.environment["TIPS_INDEX"] ?? "index"
  }

  var isDefaultIndex: Bool {
    index == nil && ProcessInfo.processInfo.environment["TIPS_INDEX"] == nil
  }

  /// The shipped lexicon, merged with the user's file in the config folder, then `--lexicon`.
  func mergedLexicon() async throws -> Lexicon {
    let shipped = await ShippedLexicon.reading.value
    var merged = try orFail { () throws(LexiconError) in try shipped.get() }
    for path in [Self.userLexiconPath, lexicon].compactMap({ $0 }) {
      guard lexicon == path || FileManager.default.fileExists(atPath: path) else { continue }
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw Failure("\(path): cannot read the lexicon")
      }
      try orFail { () throws(LexiconError) in try merged.merge(text: text, source: path) }
    }
    return merged
  }

  /// The shipped tagger and lemmatizer, which only adding threads needs.
  func languageModel() throws -> LanguageModel {
    try orFail { () throws(LanguageError) in try LanguageModel.shipped() }
  }

  func knowledgeBase() async throws -> KnowledgeBase {
    KnowledgeBase(directory: indexDirectory, lexicon: try await mergedLexicon())
  }

  /// `$XDG_CONFIG_HOME/tips/lexicon.txt`, else `~/.config/tips/lexicon.txt`.
  static var userLexiconPath: String? {
    let environment = ProcessInfo.processInfo.environment
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      return config + "/tips/lexicon.txt"
    }
    return environment["HOME"].map { $0 + "/.config/tips/lexicon.txt" }
  }

  /// A knowledge base ready to answer, pinned to the index's last commit, which is opened
  /// while the lexicon is read. A missing default index is built from `./corpus` first, so a
  /// fresh clone answers its first search.
  func answeringKnowledgeBase() async throws -> KnowledgeBase {
    let directory = indexDirectory
    async let opening = Result { () throws(IndexError) in try IndexReader.open(directory: directory)
    }
    let lexicon = try await mergedLexicon()
    var opened = await opening
    if case .failure(.missing) = opened, isDefaultIndex,
      FileManager.default.fileExists(atPath: "corpus")
    {
      Diagnostics.warn("no index yet: building \(directory)/ from corpus/")
      let base = KnowledgeBase(directory: directory, lexicon: lexicon)
      let language = try languageModel()
      let report = try await orFail { () async throws(IndexError) in
        try await base.add(["corpus"], language: language)
      }
      for failure in report.failures { Diagnostics.warn(failure.description) }
      opened = Result { () throws(IndexError) in try IndexReader.open(directory: directory) }
    }
    let reader = try orFail { () throws(IndexError) in try opened.get() }
    return KnowledgeBase(lexicon: lexicon, reader: reader)
  }
}

extension Add {
  func run() async throws {
    let base = try await common.knowledgeBase()
    let language = try common.languageModel()
    let report = try await orFail { () async throws(IndexError) in
      try await base.add(paths, language: language)
    }
    for skipped in report.skipped { Diagnostics.warn("skipped " + skipped.description) }
    for warning in report.warnings { Diagnostics.warn(warning) }
    for failure in report.failures { Diagnostics.warn(failure.description) }
    guard let commit = report.commit else {
      throw Failure(
        "nothing added: no file could be read as a thread", printed: !report.failures.isEmpty)
    }
    let tips = report.threads.reduce(0) { $0 + $1.tipCount }
    print(
      "added \(CardRenderer.count(report.threads.count, "thread")) (\(CardRenderer.count(tips, "tip")))"
        + (commit.threadsReplaced > 0 ? ", \(commit.threadsReplaced) replaced" : "")
        + "; index now holds \(CardRenderer.count(commit.threads, "thread")), "
        + "\(CardRenderer.count(commit.tips, "tip")) in \(base.directory)/")
    if !report.failures.isEmpty { throw ExitCode(1) }
  }
}

extension Search {
  func run() async throws {
    let base = try await common.answeringKnowledgeBase()
    let filters = try filters.query()
    let remedies = try orFail { () throws(IndexError) in
      try base.search(query, filters: filters, limit: output.limit)
    }
    try output.print(remedies, query: query)
  }
}

extension Top {
  func run() async throws {
    let base = try await common.answeringKnowledgeBase()
    let filters = try filters.query()
    let remedies = try orFail { () throws(IndexError) in
      try base.top(filters: filters, limit: output.limit)
    }
    try output.print(remedies, query: nil)
  }
}

extension Show {
  func run() async throws {
    let base = try await common.answeringKnowledgeBase()
    guard let found = try orFail({ () throws(IndexError) in try base.remedy(named: remedy) }) else {
      throw Failure("no remedy named '\(remedy)' in \(base.directory)/; try 'tips top'")
    }
    if json {
      print(JSONRenderer.answer(query: remedy, remedies: [found]))
      return
    }
    print(CardRenderer.card(found, rank: nil, explain: true, quotes: .max), terminator: "")
    // A remedy the lexicon lacks was named from the posts' own words (a verb phrase of
    // advice, the subject of a benefit), so a reader knows to judge its name.
    let origin =
      base.lexicon.remedies[found.name] != nil
      ? "named by the lexicon" : "found in the text: named from the posts' own words"
    print("   " + origin)
    let caveats = found.caveats.dropFirst(2)
    for caveat in caveats {
      for line in CardRenderer.wrap(
        "! \(caveat.text) (\(caveat.thread) #\(caveat.post))", indent: "   ")
      {
        print(line)
      }
    }
  }
}

extension Threads {
  func run() async throws {
    let reader = try orFail { () throws(IndexError) in
      try IndexReader.open(directory: common.indexDirectory)
    }
    if json {
      let rows = reader.threads.map { thread in
        JSONValue.object([
          ("id", .string(thread.id)), ("title", .string(thread.title)),
          ("format", .string(thread.format.rawValue)),
          ("url", thread.url.map(JSONValue.string) ?? .null), ("posts", .int(thread.postCount)),
          ("tips", .int(thread.tipCount)),
        ])
      }
      print(JSONValue.array(rows).rendered())
      return
    }
    for thread in reader.threads {
      print(
        "\(thread.id)  \(thread.title)  (\(thread.format.rawValue), \(CardRenderer.count(thread.postCount, "post")), \(CardRenderer.count(thread.tipCount, "tip")))"
      )
    }
  }
}

extension Remove {
  func run() async throws {
    let base = try await common.knowledgeBase()
    guard let commit = try orFail({ () throws(IndexError) in try base.remove(threadID: thread) })
    else {
      throw Failure("no thread '\(thread)' in \(base.directory)/; see 'tips threads'")
    }
    print("removed \(thread); index now holds \(CardRenderer.count(commit.threads, "thread"))")
  }
}

extension Stats {
  func run() async throws {
    let stats = try orFail { () throws(IndexError) in
      try IndexReader.open(directory: common.indexDirectory).stats
    }
    let rows: [(String, Int)] = [
      ("threads", stats.threads), ("posts", stats.posts), ("tips", stats.tips),
      ("remedies", stats.distinctRemedies), ("terms", stats.terms), ("segments", stats.segments),
      ("bytes", stats.bytes),
    ]
    if json {
      print(JSONValue.object(rows.map { ($0.0, JSONValue.int($0.1)) }).rendered())
    } else {
      for (name, value) in rows {
        print(name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(value))
      }
    }
  }
}

extension OutputOptions {
  func print(_ remedies: [Remedy], query: String?) throws {
    if json {
      Swift.print(JSONRenderer.answer(query: query, remedies: remedies))
    } else if remedies.isEmpty {
      Swift.print(
        query.map { "no remedies found for '\($0)'" } ?? "the index holds no remedies yet")
    } else {
      Swift.print(CardRenderer.cards(remedies, explain: explain), terminator: "")
    }
  }
}

extension FilterOptions {
  func query() throws -> Query.Filters {
    var kindValue: RemedyKind? = nil
    if let kind {
      guard let parsed = RemedyKind(rawValue: kind.lowercased()) else {
        throw ValidationError(
          "unknown --kind '\(kind)'; one of \(RemedyKind.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      kindValue = parsed
    }
    return Query.Filters(muscle: muscle, tool: tool, kind: kindValue, thread: thread)
  }
}

/// The shipped lexicon, read once, on another core: started as the process starts for the
/// commands that need it (see `Tips.main`), since reading it takes about as long as parsing
/// the arguments, which the main thread does meanwhile; otherwise started when first asked.
enum ShippedLexicon {
  static let reading = Task.detached { () -> Result<Lexicon, LexiconError> in
    Result { () throws(LexiconError) in try Lexicon.shipped() }
  }

  static func startReading() {
    _ = reading
  }
}
