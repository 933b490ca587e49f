import TipsIngest

extension KnowledgeBase {
  public typealias ReadingDepth = ThreadImporter.ReadingDepth
  public typealias ReadingCount = ThreadImporter.ReadingCount

  /// Reads `files` to `depth` and discards what was read: ingest measured apart from
  /// extraction and indexing (`tips add --read-only`), nothing written anywhere.
  public static func read(
    _ files: [String], to depth: ReadingDepth
  ) throws(IngestError) -> ReadingCount {
    var total = ReadingCount()
    for file in files {
      let count = try ThreadImporter.read(fromFile: file, to: depth)
      total.items += count.items
      total.posts += count.posts
      total.bytes += count.bytes
    }
    return total
  }
}
