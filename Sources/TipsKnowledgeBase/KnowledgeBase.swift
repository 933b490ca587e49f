import TipsCore
import TipsExtract
import TipsIndex
import TipsIngest
import TipsRanking

/// The whole pipeline behind the `tips` commands: thread exports in, consensus advice out.
///
/// `add` reads files in parallel, gathers threads that span files (Usenet messages), extracts
/// tips in parallel (parsing and extraction are pure), then commits every thread that could
/// be read in one atomic commit, so a bad file never half-updates the index. The
/// other operations open the committed index read-only.
public struct KnowledgeBase: Sendable {
  public let directory: String
  public let lexicon: Lexicon
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
    /// Nil when nothing could be read, so nothing was committed.
    public var commit: CommitSummary?
  }

  /// Ingests files and folders. Unreadable files are reported and left out; the rest are
  /// committed together. Throws only when the index itself cannot be written.
  public func add(_ paths: [String]) async throws(IndexError) -> AddReport {
    var files: [String] = []
    var failures: [IngestError] = []
    for path in paths {
      do {
        files += try ThreadImporter.files(in: [path])
      } catch {
        failures.append(error)
      }
    }
    let extractor = TipExtractor(lexicon: lexicon)
    let parsed = await withTaskGroup(of: (Int, Result<[Thread], IngestError>).self) { group in
      for (position, file) in files.enumerated() {
        group.addTask {
          do throws(IngestError) {
            return (position, .success(try ThreadImporter.threads(fromFile: file)))
          } catch {
            return (position, .failure(error))
          }
        }
      }
      var collected: [(Int, Result<[Thread], IngestError>)] = []
      for await result in group { collected.append(result) }
      return collected.sorted { $0.0 < $1.0 }.map(\.1)
    }
    var read: [Thread] = []
    var skipped: [IngestError] = []
    let named = Set(paths)
    for result in parsed {
      switch result {
      case .success(let threads): read += threads
      case .failure(let error):
        if case .stackExchangeCompanion = error, !named.contains(error.path) {
          skipped.append(error)
        } else {
          failures.append(error)
        }
      }
    }
    // Usenet messages arrive one per file: gather each thread's messages before extracting.
    let merged = ThreadImporter.mergingThreads(read)
    let threads = await withTaskGroup(of: (Int, IndexedThread).self) { group in
      for (position, thread) in merged.enumerated() {
        group.addTask {
          (position, IndexedThread(thread: thread, tips: extractor.tips(in: thread)))
        }
      }
      var collected: [(Int, IndexedThread)] = []
      for await result in group { collected.append(result) }
      return collected.sorted { $0.0 < $1.0 }.map(\.1)
    }
    guard !threads.isEmpty else {
      return AddReport(threads: [], failures: failures, skipped: skipped, commit: nil)
    }
    var writer = try IndexWriter(directory: directory)
    let summary = try writer.commit(adding: threads)
    let summaries = threads.map { entry in
      ThreadSummary(
        id: entry.thread.id, title: entry.thread.title, url: entry.thread.url,
        format: entry.thread.format, postCount: entry.thread.posts.count,
        tipCount: entry.tips.count)
    }
    return AddReport(threads: summaries, failures: failures, skipped: skipped, commit: summary)
  }

  /// Removes a thread by id; nil, and nothing written, when no such thread is indexed.
  public func remove(threadID: String) throws(IndexError) -> CommitSummary? {
    guard try reader().contains(threadID: threadID) else { return nil }
    var writer = try IndexWriter(directory: directory)
    return try writer.commit(removingThreadIDs: [threadID])
  }

  public func reader() throws(IndexError) -> IndexReader {
    if let pinnedReader { return pinnedReader }
    return try IndexReader.open(directory: directory)
  }

  public func search(
    _ text: String, filters: Query.Filters = Query.Filters(), limit: Int
  ) throws(IndexError) -> [Remedy] {
    let search = RemedySearch(reader: try reader())
    return search.remedies(
      matching: Query(text, lexicon: lexicon, filters: canonical(filters)), limit: limit)
  }

  public func top(filters: Query.Filters = Query.Filters(), limit: Int) throws(IndexError)
    -> [Remedy]
  {
    RemedySearch(reader: try reader()).top(filters: canonical(filters), limit: limit)
  }

  /// One remedy by name or alias ("psoas release", "foam roller"), all its tips and caveats.
  public func remedy(named name: String) throws(IndexError) -> Remedy? {
    let search = RemedySearch(reader: try reader())
    if let exact = search.remedy(named: name) { return exact }
    let words = WordFolding.words(in: name[...])
    for match in lexicon.matches(in: words) {
      for term in match.terms {
        switch term {
        case .remedy(let canonical):
          if let found = search.remedy(named: canonical) { return found }
        case .tool(let tool):
          if let implied = lexicon.tools[tool]?.impliedRemedy,
            let found = search.remedy(named: implied)
          {
            return found
          }
        default: continue
        }
      }
    }
    return nil
  }

  /// Filters given by any name the lexicon knows ("psoas", "blackroll") become the canonical
  /// tag names tips carry.
  private func canonical(_ filters: Query.Filters) -> Query.Filters {
    var result = filters
    result.muscle = filters.muscle.map {
      canonicalName($0, lexicon.muscles.keys) { term in
        if case .muscle(let name) = term { return name } else { return nil }
      }
    }
    result.tool = filters.tool.map {
      canonicalName($0, lexicon.tools.keys) { term in
        if case .tool(let name) = term { return name } else { return nil }
      }
    }
    return result
  }

  private func canonicalName(
    _ given: String, _ known: Dictionary<String, some Any>.Keys, _ pick: (Lexicon.Term) -> String?
  ) -> String {
    let lowered = given.lowercased()
    if known.contains(lowered) { return lowered }
    let key = WordFolding.words(in: lowered[...]).map(\.folded)
    return lexicon.terms(named: key)?.lazy.compactMap(pick).first ?? lowered
  }
}
