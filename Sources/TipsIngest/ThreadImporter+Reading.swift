import TipsCore

extension ThreadImporter {
  /// How far `read(fromFile:to:)` takes a file before throwing its content away.
  public enum ReadingDepth: String, Sendable, CaseIterable {
    /// A Stack Exchange dump's rows, each attribute lent and none copied: the XML reading
    /// alone, to compare with `xmllint --stream`.
    case xml
    /// Whole threads, bodies reduced to text, as `tips add` reads them before extracting.
    case threads
  }

  /// What `read(fromFile:to:)` went through.
  public struct ReadingCount: Sendable, Equatable {
    /// Rows (`xml`) or threads (`threads`).
    public var items = 0
    public var posts = 0
    public var bytes = 0

    public init() {}
  }

  /// Reads the file at `path` to `depth` and discards what it read, counting it.
  ///
  /// This is how ingest speed is measured apart from extraction and indexing; `xml` needs a
  /// Stack Exchange dump, since no other format is read by the streaming XML reader.
  public static func read(
    fromFile path: String, to depth: ReadingDepth
  ) throws(IngestError) -> ReadingCount {
    var count = ReadingCount()
    switch depth {
    case .xml:
      guard let reader = XMLRowReader(path: path) else {
        throw .unreadable(path: path, reason: "libxml2 could not open the file")
      }
      do {
        var attributes = 0
        while try reader.nextRow({ _ in attributes += 1 }) { count.items += 1 }
      } catch {
        let format = StackExchangeReader.formatName
        throw .malformed(path: path, format: format, reason: "line \(error.line): \(error.message)")
      }
      count.bytes = reader.bytesConsumed
    case .threads:
      var stream = try threadStream(fromFile: path)
      while let thread = try stream.next() {
        count.items += 1
        count.posts += thread.posts.count
      }
      count.bytes = stream.bytesRead
    }
    return count
  }
}
