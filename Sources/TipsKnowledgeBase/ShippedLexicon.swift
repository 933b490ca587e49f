import Foundation
import TipsCore

/// The shipped lexicon's files, read once, on another core: a front end starts the read as
/// its process starts (see `KnowledgeBase.startReadingShippedFiles()`), while the main
/// thread parses the arguments; otherwise it starts when first asked for.
enum ShippedLexicon {
  static let reading = Task.detached { () -> Result<[Lexicon.Source], LexiconError> in
    Result { () throws(LexiconError) in try Lexicon.shippedSources() }
  }

  /// The name of the compiled lexicon cached in an index folder.
  static let compiledFileName = "lexicon.compiled"

  /// The shipped files merged with `extra` (the user's), read from the compiled copy in
  /// `cacheFolder` when it was compiled from exactly these texts, else parsed (and, when
  /// `compiling`, compiled there for the next command).
  ///
  /// The cache sits beside the index it reads, so a changed lexicon file is noticed by its
  /// text (see `Lexicon.compilationKey(of:)`), not its date. A folder that does not exist
  /// yet gets no cache (the first add creates it; the next command writes the cache), and a
  /// cache that cannot be written costs only time.
  static func lexicon(
    merging extra: [Lexicon.Source], cacheFolder: String?, compiling: Bool
  ) async throws(LexiconError) -> Lexicon {
    let sources = try await reading.value.get() + extra
    let key = Lexicon.compilationKey(of: sources)
    let cachePath = cacheFolder.map { $0 + "/" + compiledFileName }
    if let cachePath,
      let data = try? Data(contentsOf: URL(fileURLWithPath: cachePath), options: .alwaysMapped),
      let lexicon = Lexicon(compiled: [UInt8](data), key: key)
    {
      return lexicon
    }
    let lexicon = try Lexicon(parsing: sources)
    if compiling, let cacheFolder, let cachePath,
      FileManager.default.fileExists(atPath: cacheFolder)
    {
      try? Data(lexicon.compiled(key: key)).write(
        to: URL(fileURLWithPath: cachePath), options: .atomic)
    }
    return lexicon
  }
}
