import ArgumentParser
import Foundation
import TipsKnowledgeBase

extension CommonOptions {
  var settings: KnowledgeBaseSettings {
    KnowledgeBaseSettings(index: index, extraLexicon: lexicon)
  }

  /// A knowledge base for adding and removing threads.
  func knowledgeBase() async throws -> KnowledgeBase {
    try await orFail { () async throws(KnowledgeBaseError) in
      try await KnowledgeBase.opening(settings)
    }
  }

  /// A knowledge base ready to answer; a missing default index is built from `./corpus`
  /// first, so a fresh clone answers its first search.
  func answeringKnowledgeBase() async throws -> KnowledgeBase {
    try await orFail { () async throws(KnowledgeBaseError) in
      try await KnowledgeBase.answering(settings, notice: Diagnostics.warn)
    }
  }
}

extension KnowledgeBase.ReadingDepth: ExpressibleByArgument {}

extension Add {
  func run() async throws {
    if let readOnly {
      let count = try orFail { () throws(IngestError) in
        try KnowledgeBase.read(paths, to: readOnly)
      }
      print(
        "read \(count.items) \(readOnly.rawValue == "xml" ? "rows" : "threads"), "
          + "\(count.posts) posts, \(count.bytes) bytes")
      return
    }
    if fromTips { return try await runFromTips() }
    let sources = await sources()
    guard !sources.files.isEmpty || !sources.fetched.isEmpty else {
      throw Failure("nothing added: no address could be read as a thread", printed: true)
    }
    let base = try await common.knowledgeBase()
    let progress = AddProgress()
    let display = quiet ? nil : ProgressDisplay.start(showing: progress)
    let result: Result<KnowledgeBase.AddReport, KnowledgeBaseError>
    do {
      result = .success(
        try await base.add(sources.files, fetched: sources.fetched, progress: progress))
    } catch {
      result = .failure(error)
    }
    await display?.stop()
    let report = try orFail { () throws(KnowledgeBaseError) in try result.get() }
    for skipped in report.skipped { Diagnostics.warn("skipped " + skipped.description) }
    for warning in report.warnings { Diagnostics.warn(warning) }
    for failure in report.failures { Diagnostics.warn(failure.description) }
    LineCounts.print(report.lineReports)
    let failed = !report.failures.isEmpty || sources.failedAddresses > 0
    guard let commit = report.commit else {
      throw Failure("nothing added: no file could be read as a thread", printed: failed)
    }
    let tips = report.threads.reduce(0) { $0 + $1.tipCount }
    print(
      "added \(CardWording.count(report.threads.count, "thread")) (\(CardWording.count(tips, "tip")))"
        + (commit.threadsReplaced > 0 ? ", \(commit.threadsReplaced) replaced" : "")
        + "; index now holds \(CardWording.count(commit.threads, "thread")), "
        + "\(CardWording.count(commit.tips, "tip")) in \(base.directory)/")
    if failed { throw ExitCode(1) }
  }
}

extension Add {
  /// `add --from-tips`: stores the threads of `tips extract` lines as they are.
  func runFromTips() async throws {
    let base = try await common.knowledgeBase()
    let report = try await orFail { () async throws(KnowledgeBaseError) in
      try await base.add(fromTips: paths)
    }
    for failure in report.failures { Diagnostics.warn(failure.description) }
    guard let commit = report.commit else {
      throw Failure("nothing added: no file held extracted threads", printed: true)
    }
    let tips = report.threads.reduce(0) { $0 + $1.tipCount }
    print(
      "added \(CardWording.count(report.threads.count, "thread")) "
        + "(\(CardWording.count(tips, "tip")))"
        + (commit.threadsReplaced > 0 ? ", \(commit.threadsReplaced) replaced" : "")
        + "; index now holds \(CardWording.count(commit.threads, "thread")), "
        + "\(CardWording.count(commit.tips, "tip")) in \(base.directory)/")
    if !report.failures.isEmpty { throw ExitCode(1) }
  }
}

extension Extract {
  func run() async throws {
    let base = try await common.knowledgeBase()
    let report = try await orFail { () async throws(KnowledgeBaseError) in
      try await base.extract(paths) { Swift.print($0) }
    }
    for warning in report.warnings { Diagnostics.warn(warning) }
    for failure in report.failures { Diagnostics.warn(failure.description) }
    LineCounts.print(report.lineReports)
    Diagnostics.warn(
      "extracted \(CardWording.count(report.threads, "thread")), "
        + "\(CardWording.count(report.tips, "tip"))")
    if !report.failures.isEmpty { throw ExitCode(1) }
  }
}

/// What reading Reddit comment lines found, on standard error: one line per file that had
/// lines left out, then the lines read in all.
enum LineCounts {
  static func print(_ reports: [CommentLineReport]) {
    guard !reports.isEmpty else { return }
    for report in reports { report.skippedDescription.map(Diagnostics.warn) }
    let lines = reports.reduce(0) { $0 + $1.lines }
    let skipped = reports.reduce(0) { $0 + $1.skippedLines }
    Diagnostics.warn(
      "read \(CardWording.count(lines, "comment line")) (\(skipped) skipped) "
        + "from \(CardWording.count(reports.count, "file"))")
  }
}

extension Search {
  func run() async throws {
    try await AnswerRequest(query: query, output: output, filters: filters, common: common).run()
  }
}

extension Top {
  func run() async throws {
    try await AnswerRequest(query: nil, output: output, filters: filters, common: common).run()
  }
}

extension Show {
  func run() async throws {
    let base = try await common.answeringKnowledgeBase()
    guard
      let found = try orFail({ () throws(KnowledgeBaseError) in try base.remedy(named: remedy) })
    else {
      throw Failure("no remedy named '\(remedy)' in \(base.directory)/; try 'tips top'")
    }
    let redFlags = try orFail { () throws(KnowledgeBaseError) in
      try base.redFlags(query: nil, remedies: [found])
    }
    if json {
      print(AnswerJSON.answer(query: remedy, remedies: [found], redFlags: redFlags))
      return
    }
    let palette = colors.palette
    if let redFlags { print(CardRenderer.redFlagLines(redFlags, palette: palette)) }
    print(
      CardRenderer.card(found, rank: nil, explain: true, quotes: .max, palette: palette),
      terminator: "")
    // A remedy the lexicon lacks was named from the posts' own words (a verb phrase of
    // advice, the subject of a benefit), so a reader knows to judge its name.
    let origin =
      base.isNamedByLexicon(found)
      ? "named by the lexicon" : "found in the text: named from the posts' own words"
    for caveat in found.caveats.dropFirst(2) {
      for line in CardRenderer.caveatLines(caveat, shortened: false, palette: palette) {
        print(line)
      }
    }
    print("   " + origin)
  }
}

extension Threads {
  func run() async throws {
    let base = KnowledgeBase.listing(common.settings)
    let threads = try orFail { () throws(KnowledgeBaseError) in try base.threads() }
    if json {
      print(AnswerJSON.threads(threads))
      return
    }
    for thread in threads {
      print(
        "\(thread.id)  \(thread.title)  (\(thread.format.rawValue), \(CardWording.count(thread.postCount, "post")), \(CardWording.count(thread.tipCount, "tip")))"
      )
    }
  }
}

extension Remove {
  func run() async throws {
    let base = try await common.knowledgeBase()
    guard
      let commit = try orFail({ () throws(KnowledgeBaseError) in try base.remove(threadID: thread) }
      )
    else {
      throw Failure("no thread '\(thread)' in \(base.directory)/; see 'tips threads'")
    }
    print("removed \(thread); index now holds \(CardWording.count(commit.threads, "thread"))")
  }
}

extension Stats {
  func run() async throws {
    let base = KnowledgeBase.listing(common.settings)
    let stats = try orFail { () throws(KnowledgeBaseError) in try base.stats() }
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

extension FilterOptions {
  func query() throws -> RemedyFilters {
    var kindValue: RemedyKind? = nil
    if let kind {
      guard let parsed = RemedyKind(rawValue: kind.lowercased()) else {
        throw ValidationError(
          "unknown --kind '\(kind)'; one of \(RemedyKind.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      kindValue = parsed
    }
    return RemedyFilters(muscle: muscle, tool: tool, kind: kindValue, thread: thread)
  }
}
