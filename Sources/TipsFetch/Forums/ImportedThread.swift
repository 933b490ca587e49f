import TipsCore
import TipsIngest

/// Hands fetched bytes to the importer that reads the same export saved as a file.
enum ImportedThread {
  /// The one thread in `bytes`; an importer's complaint becomes `FetchError.notThread`.
  ///
  /// `path` is what the importer would have been given for a saved file (a Stack Exchange
  /// dump's folder names its site); nil for `address` itself.
  static func one(from bytes: [UInt8], path: String? = nil, address: String) throws(FetchError)
    -> TipsCore.Thread
  {
    let path = path ?? address
    let threads: [Thread]
    do {
      threads = try ThreadImporter.threads(from: bytes, path: path)
    } catch {
      throw .notThread(url: address, reason: reason(error, path: path))
    }
    guard threads.count == 1, let thread = threads.first else {
      throw .notThread(url: address, reason: "the answer holds \(threads.count) threads, not one")
    }
    return thread
  }

  /// The importer's message without the path it starts with: the fetch error names the
  /// address itself.
  private static func reason(_ error: IngestError, path: String) -> String {
    let text = error.description
    let prefix = path + ": "
    return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
  }
}
