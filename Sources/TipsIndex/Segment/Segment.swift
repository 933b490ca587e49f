import TipsCore

/// One segment file, mapped and checked: the threads one commit (or one merge) wrote.
///
/// Immutable, like the file: deletions live in the manifest, not here. Copies share the one
/// mapping, which is released when the last copy is dropped.
struct Segment: Sendable {
  /// The file's name in the index folder.
  var name: String
  var bytes: MappedBytes
  var contents: SegmentContents
  /// The checksum the file's footer records (and checked).
  var crc32: UInt32
  /// Names the file in errors.
  var path: String

  /// Checks the frame of `bytes` and decodes the payload but the posts; `path` names the file
  /// in errors.
  init(name: String, bytes: MappedBytes, path: String) throws(IndexError) {
    let frame = try DataFileFrame.unframe(bytes, path: path)
    self.crc32 = frame.crc32
    self.path = path
    do {
      contents = try SegmentCodec.decode(bytes, payload: frame.payload, cold: frame.cold)
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
    self.name = name
    self.bytes = bytes
  }

  var tipCount: Int { contents.tips.count }

  /// The full thread at `position` in this segment, posts included.
  ///
  /// Throws `.corrupt` when the posts' bytes no longer match their checksum: opening does
  /// not read them.
  func thread(at position: Int) throws(IndexError) -> Thread {
    let entry = contents.threads[position]
    let summary = entry.summary
    do {
      return Thread(
        id: summary.id, title: summary.title, url: summary.url, format: summary.format,
        posts: try SegmentCodec.posts(of: entry, in: bytes))
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
  }

  /// The postings of `term` in `field`, by local ordinal.
  func postings(field: IndexField, term: String, positions: Bool) -> [Posting] {
    guard let entry = contents.dictionaries[field]?.entries[term] else { return [] }
    do {
      return try TermDictionary.decodePostings(
        bytes, entry: entry, tipCount: tipCount, positions: positions)
    } catch {
      preconditionFailure("segment \(name) changed after it was checked: \(error.reason)")
    }
  }

  /// How many of this segment's tips contain `term` in `field`, deleted ones included.
  func documentFrequency(field: IndexField, term: String) -> Int {
    contents.dictionaries[field]?.entries[term]?.count ?? 0
  }

  /// The length of the tip with local ordinal `ordinal` in `field`.
  func fieldLength(ordinal: Int, field: IndexField) -> Int {
    Int(contents.fieldLengths[ordinal * SegmentCodec.fieldCount + field.slot])
  }
}

extension IndexField {
  /// The field's place in `IndexField.allCases`, where per-tip field lengths are stored.
  var slot: Int { Self.slots[Int(rawValue)] }

  private static let slots: [Int] = {
    var slots = Array(repeating: 0, count: Int(allCases.map(\.rawValue).max() ?? 0) + 1)
    for (slot, field) in allCases.enumerated() { slots[Int(field.rawValue)] = slot }
    return slots
  }()
}
