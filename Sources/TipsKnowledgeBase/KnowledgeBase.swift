import TipsCore
import TipsExtract
import TipsIndex
import TipsIngest
import TipsLanguage
import TipsRanking

/// The whole pipeline behind the `tips` commands: thread exports in, consensus advice out.
///
/// `add` streams files in batches, extracts tips in parallel (extraction is pure) and commits
/// every thread that could be read in one atomic commit, so a bad file never half-updates the
/// index. The other operations open the committed index read-only.
public struct KnowledgeBase: Sendable {
  public let directory: String
  public let lexicon: Lexicon
  /// How much post text `add` holds before it extracts tips from it and writes it to a
  /// staged segment: enough for segments worth keeping, little enough that ingesting a
  /// dump of gigabytes takes the memory of one batch, not of the dump.
  public var batchTextBytes = 2_000_000
  /// The commit every read answers from, when the caller opened it; nil to open the latest
  /// commit on each read.
  private let pinnedReader: IndexReader?

  public init(directory: String, lexicon: Lexicon) {
    self.directory = directory
    self.lexicon = lexicon
    self.pinnedReader = nil
  }

  /// A knowledge base whose reads all answer from `reader`'s commit, so a command can open
  /// the index while it reads the lexicon (both take milliseconds, and there are cores to
  /// spare) and answer from one consistent commit.
  public init(lexicon: Lexicon, reader: IndexReader) {
    self.directory = reader.directory
    self.lexicon = lexicon
    self.pinnedReader = reader
  }

  /// What `add` did: threads committed, files that could not be read, and files of a folder
  /// that are not threads by nature (a Stack Exchange dump's `Comments.xml`) and were skipped.
  public struct AddReport: Sendable {
    public var threads: [ThreadSummary]
    public var failures: [IngestError]
    public var skipped: [IngestError]
    /// Files read with a doubt the user should know of (`ThreadStream.warnings`).
    public var warnings: [String] = []
    /// Nil when nothing could be read, so nothing was committed.
    public var commit: CommitSummary?
    /// Each file of Reddit comment lines: lines read and lines left out, with why.
    public var lineReports: [CommentLineReport] = []
  }

  /// Ingests files and folders. Unreadable files are reported and left out; the rest are
  /// committed together, in one commit. Throws only when the index itself cannot be written.
  ///
  /// Files are read one after another, as streams of threads; every `batchTextBytes` of
  /// post text is handed to an `AddPipeline`, which extracts its tips on every core while the
  /// next batch is read and writes it to a staged segment (see `IndexWriter.stage`). A file
  /// that turns out malformed halfway loses every thread it gave, staged or not. Usenet
  /// messages arrive one per file, so their threads are gathered until all files are read,
  /// then merged by subject.
  ///
  /// `language` tags the posts' words for extraction; commands that only answer never load
  /// it. `progress`, when given, counts bytes, threads and tips as they go, for a front end
  /// to show.
  ///
  /// `fetched` are threads read from elsewhere (`tips add URL`), committed with the files'.
  public func add(
    _ paths: [String], fetched: [Thread] = [], language: LanguageModel,
    progress: AddProgress? = nil
  ) async throws(KnowledgeBaseError) -> AddReport {
    do {
      return try await add(
        paths, fetched: fetched, extractor: TipExtractor(lexicon: lexicon, language: language),
        progress: progress)
    } catch {
      throw KnowledgeBaseError(error)
    }
  }

  /// Ingests files and folders with the shipped language model (see `add(_:language:)`).
  public func add(
    _ paths: [String], fetched: [Thread] = [], progress: AddProgress? = nil
  ) async throws(KnowledgeBaseError) -> AddReport {
    let language: LanguageModel
    do {
      language = try LanguageModel.shipped()
    } catch {
      throw KnowledgeBaseError(error)
    }
    return try await add(paths, fetched: fetched, language: language, progress: progress)
  }

  private func add(
    _ paths: [String], fetched: [Thread], extractor: TipExtractor, progress: AddProgress?
  ) async throws(IndexError) -> AddReport {
    var files: [String] = []
    var failures: [IngestError] = []
    var skipped: [IngestError] = []
    var warnings: [String] = []
    for path in paths {
      do {
        files += try ThreadImporter.files(in: [path])
      } catch {
        failures.append(error)
      }
    }
    let named = Set(paths)
    func report(_ error: IngestError) {
      if case .stackExchangeCompanion = error, !named.contains(error.path) {
        skipped.append(error)
      } else {
        failures.append(error)
      }
    }

    var pipeline = AddPipeline(directory: directory, extractor: extractor, progress: progress)
    var batch = Batch(limit: batchTextBytes)
    var usenet: [Thread] = []
    var lineReports: [CommentLineReport] = []
    let inputs = Self.inputs(files)
    let sizes = inputs.map { $0.paths.reduce(0) { $0 + FileSize.byteCount(ofFile: $1) } }
    var bytesDone = 0
    progress?.update { $0.bytesTotal = sizes.reduce(0, +) }
    for (fileNumber, input) in inputs.enumerated() {
      defer {
        bytesDone += sizes[fileNumber]
        progress?.update { [bytesDone] in $0.bytesRead = bytesDone }
      }
      var stream: ThreadImporter.ThreadStream
      do {
        stream = try input.stream()
      } catch {
        report(error)
        continue
      }
      defer { lineReports += stream.lineReports }
      warnings += stream.warnings
      let usenetStart = usenet.count
      var fileStart = batch.threads.count
      while true {
        let thread: Thread?
        do {
          thread = try stream.next()
        } catch {
          report(error)
          batch.removeThreads(from: fileStart)
          usenet.removeSubrange(usenetStart...)
          try await pipeline.discard(file: fileNumber)
          break
        }
        guard let thread else { break }
        let bytesRead = bytesDone + min(stream.bytesRead, sizes[fileNumber])
        progress?.update {
          $0.threads += 1
          $0.bytesRead = bytesRead
        }
        if thread.format == .usenet {
          usenet.append(thread)
          continue
        }
        batch.append(thread)
        guard batch.isFull else { continue }
        // Threads of earlier files go to a segment of their own, so one failing file can
        // take its segments back without taking theirs.
        try await pipeline.enqueue([
          (Array(batch.threads[..<fileStart]), file: nil),
          (Array(batch.threads[fileStart...]), file: fileNumber),
        ])
        batch = Batch(limit: batchTextBytes)
        fileStart = 0
      }
    }
    progress?.update { $0.isReadingDone = true }
    for thread in ThreadImporter.mergingThreads(usenet) { batch.append(thread) }
    for thread in fetched { batch.append(thread) }
    guard let (summary, threads) = try await pipeline.commit(adding: batch.threads) else {
      return AddReport(
        threads: [], failures: failures, skipped: skipped, warnings: warnings, commit: nil,
        lineReports: lineReports)
    }
    return AddReport(
      threads: threads, failures: failures, skipped: skipped, warnings: warnings, commit: summary,
      lineReports: lineReports)
  }

  /// One file to read, or every file of Reddit comment lines read together (where the
  /// first of them is), so submissions in one file title the comments of another.
  struct Input {
    var paths: [String]
    var isCommentLines: Bool

    func stream() throws(IngestError) -> ThreadImporter.ThreadStream {
      isCommentLines
        ? ThreadImporter.commentLineStream(fromFiles: paths)
        : try ThreadImporter.threadStream(fromFile: paths[0])
    }
  }

  static func inputs(_ files: [String]) -> [Input] {
    var inputs: [Input] = []
    var commentInput: Int?
    for file in files {
      guard ThreadImporter.isCommentLines(fromFile: file) else {
        inputs.append(Input(paths: [file], isCommentLines: false))
        continue
      }
      if let commentInput {
        inputs[commentInput].paths.append(file)
      } else {
        commentInput = inputs.count
        inputs.append(Input(paths: [file], isCommentLines: true))
      }
    }
    return inputs
  }

  /// Threads read and waiting for extraction, and the size of their posts' text.
  private struct Batch {
    var limit: Int
    var threads: [Thread] = []
    var textBytes = 0

    var isFull: Bool { textBytes >= limit }

    mutating func append(_ thread: Thread) {
      threads.append(thread)
      textBytes += Self.textBytes(of: thread)
    }

    /// Drops the threads from position `start` on (those of a file that failed).
    mutating func removeThreads(from start: Int) {
      textBytes -= threads[start...].reduce(0) { $0 + Self.textBytes(of: $1) }
      threads.removeSubrange(start...)
    }

    private static func textBytes(of thread: Thread) -> Int {
      thread.posts.reduce(0) { $0 + $1.text.utf8.count }
    }
  }

  /// Removes a thread by id; nil, and nothing written, when no such thread is indexed.
  public func remove(threadID: String) throws(KnowledgeBaseError) -> CommitSummary? {
    let index = try reader()
    guard try Self.reading({ () throws(IndexError) in try index.contains(threadID: threadID) })
    else { return nil }
    do {
      var writer = try IndexWriter(directory: directory)
      return try writer.commit(removingThreadIDs: [threadID])
    } catch {
      throw KnowledgeBaseError(error)
    }
  }

  public func reader() throws(KnowledgeBaseError) -> IndexReader {
    if let pinnedReader { return pinnedReader }
    do {
      return try IndexReader.open(directory: directory)
    } catch {
      throw KnowledgeBaseError(error)
    }
  }

  /// The remedies matching `text`, best first. When the words as typed find nothing, those
  /// no tip or post holds are looked for under the nearest spelling the index has, and the
  /// results say so.
  public func search(
    _ text: String, filters: RemedyFilters = RemedyFilters(), limit: Int,
    detail: AnswerDetail = .everyTip
  ) throws(KnowledgeBaseError) -> SearchResults {
    let search = RemedySearch(reader: try reader())
    let typed = Query(text, lexicon: lexicon, filters: canonical(filters))
    return try Self.reading { () throws(IndexError) in
      let remedies = try search.remedies(matching: typed, limit: limit, detail: detail)
      guard remedies.isEmpty else { return SearchResults(remedies: remedies, respellings: []) }
      let respelled = try search.respelled(typed)
      guard !respelled.respellings.isEmpty else {
        return SearchResults(remedies: [], respellings: [])
      }
      let found = try search.remedies(matching: respelled, limit: limit, detail: detail)
      return SearchResults(
        remedies: found,
        respellings: respelled.respellings.map { Self.asWritten($0, in: found) })
    }
  }

  /// The respelling with the word searched for as the remedies' own words write it
  /// ("kettlebell", not the index's stem "kettlebel"), where one of them does.
  private static func asWritten(_ respelling: Respelling, in remedies: [Remedy])
    -> Respelling
  {
    let analyzer = Analyzer()
    for remedy in remedies {
      // A card's tags and caveats are drawn from all its tips, not only those it quotes.
      var texts = [remedy.name] + remedy.tools + remedy.muscles + remedy.conditions
      texts += remedy.caveats.map(\.text)
      for tip in remedy.tips {
        texts += [tip.quote] + tip.tools + tip.muscles
        texts += tip.conditions + tip.caveats
      }
      for text in texts {
        for word in WordFolding.words(in: text[...])
        where analyzer.terms(in: word.folded).map(\.text) == [respelling.searched] {
          return Respelling(typed: respelling.typed, searched: word.folded)
        }
      }
    }
    return respelling
  }

  public func top(
    filters: RemedyFilters = RemedyFilters(), limit: Int, detail: AnswerDetail = .everyTip
  ) throws(KnowledgeBaseError) -> [Remedy] {
    let search = RemedySearch(reader: try reader())
    let filters = canonical(filters)
    return try Self.reading { () throws(IndexError) in
      try search.top(filters: filters, limit: limit, detail: detail)
    }
  }

  /// Runs a read of the index, whose lazily checked bytes may turn out damaged, as a
  /// knowledge-base error naming the file.
  static func reading<T>(_ body: () throws(IndexError) -> T) throws(KnowledgeBaseError) -> T {
    do {
      return try body()
    } catch {
      throw KnowledgeBaseError(error)
    }
  }

  /// One remedy by name, alias ("psoas release", "foam roller") or the wording it is shown
  /// by ("relax your shoulders"), all its tips and caveats.
  public func remedy(named name: String) throws(KnowledgeBaseError) -> Remedy? {
    let search = RemedySearch(reader: try reader())
    return try Self.reading { () throws(IndexError) in try remedy(named: name, in: search) }
  }

  /// How many remedies a search for a shown wording looks through for the one shown so.
  private static let wordingCandidates = 20

  private func remedy(named name: String, in search: RemedySearch) throws(IndexError) -> Remedy? {
    if let exact = try search.remedy(named: name) { return exact }
    let words = WordFolding.words(in: name[...])
    for match in lexicon.matches(in: words) {
      for term in match.terms {
        switch term {
        case .remedy(let canonical):
          if let found = try search.remedy(named: canonical) { return found }
        case .tool(let tool):
          if let implied = lexicon.tools[tool]?.impliedRemedy,
            let found = try search.remedy(named: implied)
          {
            return found
          }
        default: continue
        }
      }
    }
    // A wording is grouped under a name of lemmas without determiners, which a search for
    // its words finds.
    let wording = name.lowercased()
    for found in try search.remedies(
      matching: Query(name, lexicon: lexicon), limit: Self.wordingCandidates,
      detail: .card(quotes: 0, caveats: 0))
    where found.wording == wording {
      return try search.remedy(named: found.name)
    }
    return nil
  }

  /// Filters given by any name the lexicon knows ("psoas", "blackroll") become the canonical
  /// tag names tips carry.
  private func canonical(_ filters: RemedyFilters) -> Query.Filters {
    var result = Query.Filters(kind: filters.kind, thread: filters.thread)
    result.muscle = filters.muscle.map {
      canonicalName($0, lexicon.muscles) { term in
        if case .muscle(let name) = term { return name } else { return nil }
      }
    }
    result.tool = filters.tool.map {
      canonicalName($0, lexicon.tools) { term in
        if case .tool(let name) = term { return name } else { return nil }
      }
    }
    return result
  }

  private func canonicalName(
    _ given: String, _ known: LexiconTable<some Any>, _ pick: (Lexicon.Term) -> String?
  ) -> String {
    let lowered = given.lowercased()
    if known[lowered] != nil { return lowered }
    let key = WordFolding.words(in: lowered[...]).map(\.folded)
    return lexicon.terms(named: key)?.lazy.compactMap(pick).first ?? lowered
  }
}
