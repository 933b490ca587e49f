import Foundation
import TipsCore
import TipsIndex
import TipsLanguage

extension KnowledgeBase {
  /// Starts reading the shipped lexicon and red-flag list on other cores, for a front end
  /// that knows early that it will need them; a wrong guess costs time, never correctness.
  /// (The red flags are checked after the search, on the answer's critical path otherwise.)
  public static func startReadingShippedFiles() {
    _ = ShippedLexicon.reading
    Task.detached { _ = shippedRedFlags }
  }

  /// The shipped lexicon, merged with the user's file in the config folder, then with the
  /// file `settings` names.
  ///
  /// Read from the copy compiled beside the index when the files have not changed since;
  /// `compiling` writes that copy after a parse (answering commands do, so an add or remove
  /// that fails leaves the index folder as it found it).
  public static func lexicon(
    for settings: KnowledgeBaseSettings, compiling: Bool = false
  ) async throws(KnowledgeBaseError) -> Lexicon {
    var extra: [Lexicon.Source] = []
    for path in [settings.userLexiconPath, settings.extraLexicon].compactMap({ $0 }) {
      guard path == settings.extraLexicon || FileManager.default.fileExists(atPath: path) else {
        continue
      }
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw KnowledgeBaseError(LexiconError.unreadable(path: path))
      }
      extra.append(Lexicon.Source(text: text, name: path))
    }
    do {
      return try await ShippedLexicon.lexicon(
        merging: extra, cacheFolder: settings.indexDirectory, compiling: compiling)
    } catch {
      throw KnowledgeBaseError(error)
    }
  }

  /// A knowledge base for adding and removing threads, in the folder `settings` names.
  public static func opening(
    _ settings: KnowledgeBaseSettings
  ) async throws(KnowledgeBaseError) -> KnowledgeBase {
    KnowledgeBase(directory: settings.indexDirectory, lexicon: try await lexicon(for: settings))
  }

  /// A knowledge base for listing what the index holds (`threads()`, `stats()`), which reads
  /// no lexicon: listing is instant, and a malformed lexicon file never hides what is
  /// indexed. Its answers would know no synonyms; use `answering(_:)` to answer.
  public static func listing(_ settings: KnowledgeBaseSettings) -> KnowledgeBase {
    KnowledgeBase(directory: settings.indexDirectory, lexicon: Lexicon())
  }

  /// A knowledge base ready to answer, pinned to the index's last commit, which is opened
  /// while the lexicon is read (both take milliseconds, and there are cores to spare).
  ///
  /// A missing default index is built from `corpus` first, when that folder exists, so a
  /// fresh clone answers its first search: `notice` gets one line saying so, then one line
  /// per file that could not be read. A folder the user named is never built on its own.
  public static func answering(
    _ settings: KnowledgeBaseSettings, corpus: String = "corpus",
    notice: (String) -> Void = { _ in }
  ) async throws(KnowledgeBaseError) -> KnowledgeBase {
    let directory = settings.indexDirectory
    async let opening = Result { () throws(IndexError) in
      try IndexReader.open(directory: directory)
    }
    let lexicon = try await lexicon(for: settings, compiling: true)
    var opened = await opening
    if case .failure(.missing) = opened, settings.isDefaultIndex,
      FileManager.default.fileExists(atPath: corpus)
    {
      notice("no index yet: building \(directory)/ from \(corpus)/")
      let base = KnowledgeBase(directory: directory, lexicon: lexicon)
      let report = try await base.add([corpus])
      for failure in report.failures { notice(failure.description) }
      opened = Result { () throws(IndexError) in try IndexReader.open(directory: directory) }
    }
    switch opened {
    case .success(let reader): return KnowledgeBase(lexicon: lexicon, reader: reader)
    case .failure(let error): throw KnowledgeBaseError(error)
    }
  }

  /// The threads in the index, sorted by id.
  public func threads() throws(KnowledgeBaseError) -> [ThreadSummary] {
    let index = try reader()
    return try Self.reading { () throws(IndexError) in try index.threads }
  }

  /// What the index holds: threads, posts, tips, remedies, terms, segments and bytes.
  public func stats() throws(KnowledgeBaseError) -> IndexStats {
    let index = try reader()
    return try Self.reading { () throws(IndexError) in try index.stats }
  }

  /// True when `remedy` is one the lexicon names; false when it was named from the posts' own
  /// words (a verb phrase of advice, the subject of a benefit), so a reader knows to judge
  /// its name.
  public func isNamedByLexicon(_ remedy: Remedy) -> Bool {
    lexicon.remedies[remedy.name] != nil
  }
}
