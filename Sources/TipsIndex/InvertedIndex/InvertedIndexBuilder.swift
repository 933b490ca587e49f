import TipsCore

/// Collects, per field, which tips contain which folded words and where, then writes the
/// sorted term dictionaries, compressed postings and positions of a segment.
///
/// Tips must be added in ordinal order: postings lists then come out sorted without a sort,
/// which is what makes delta encoding work. Each term's postings and positions are encoded
/// as they come, so a merge of a segment of tens of megabytes holds its postings in about the
/// bytes they take on disk, not in an array per occurrence.
struct InvertedIndexBuilder {
  /// One term's postings so far, encoded as `write(to:)` writes them.
  private struct TermPostings {
    var count = 0
    var lastTip = 0
    var postings = ByteWriter()
    var positions = ByteWriter()

    mutating func append(tip: Int, positions tipPositions: [UInt32]) {
      postings.writeVarUInt(UInt64(tip - lastTip))
      postings.writeVarUInt(UInt64(tipPositions.count))
      lastTip = tip
      count += 1
      var previous: UInt32 = 0
      for position in tipPositions {
        positions.writeVarUInt(UInt64(position - previous))
        previous = position
      }
    }
  }

  private var fields: [IndexField: [String: TermPostings]] = [:]

  init() {}

  /// The words a field of a tip is indexed under, folded, each with its position.
  ///
  /// Positions count the field's words across its texts; between two texts (two muscles, two
  /// caveats) one position is skipped, so a phrase never matches across the end of a text.
  /// `length` counts words only, not the skipped positions.
  static func positionedTerms(
    of texts: [String]
  ) -> (terms: [(term: String, position: UInt32)], length: Int) {
    var terms: [(term: String, position: UInt32)] = []
    var position: UInt32 = 0
    for (index, text) in texts.enumerated() {
      if index > 0 { position += 1 }
      var next: UInt32 = 0
      analyzer.forEachTerm(in: text) { term in
        terms.append((term.text, position + UInt32(term.position)))
        next = UInt32(term.position) + 1
      }
      position += next
    }
    return (terms, terms.count)
  }

  /// The one analyzer that turns field text into terms; queries use the same (see `Analyzer`).
  static let analyzer = Analyzer()

  /// Indexes every field of the tip with ordinal `ordinal`; returns its field lengths in
  /// `IndexField.allCases` order.
  mutating func add(
    _ tip: Tip, ordinal: Int, threadTopic: String, postText: String, mentions: [String]
  ) -> [Int] {
    var lengths: [Int] = []
    lengths.reserveCapacity(IndexField.allCases.count)
    for field in IndexField.allCases {
      let (terms, length) = Self.positionedTerms(
        of: field.texts(
          of: tip, threadTopic: threadTopic, postText: postText, mentions: mentions))
      lengths.append(length)
      var positionsByTerm: [String: [UInt32]] = [:]
      for (term, position) in terms { positionsByTerm[term, default: []].append(position) }
      for (term, positions) in positionsByTerm {
        fields[field, default: [:]][term, default: TermPostings()].append(
          tip: ordinal, positions: positions)
      }
    }
    return lengths
  }

  /// Writes every field, even an empty one, in `IndexField` order; returns where each
  /// field's dictionary starts, as offsets in `writer`'s bytes (see `TermDictionary` for the layout).
  ///
  /// Terms are stored whole, not front-coded, behind a table of fixed-size entries, so a
  /// reader binary-searches the dictionary in the mapped file without loading it.
  func write(to writer: inout ByteWriter) -> [IndexField: Int] {
    var starts: [IndexField: Int] = [:]
    for field in IndexField.allCases {
      starts[field] = writer.bytes.count
      let terms = fields[field, default: [:]]
      let sortedTerms = terms.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      // Sizes first, so the term bytes, postings and positions go straight into `writer`
      // rather than through buffers of their own as large as they are.
      var termLength = 0
      var postingsLength = 0
      var positionsLength = 0
      writer.writeUInt8(field.rawValue)
      writer.writeUInt64LittleEndian(UInt64(sortedTerms.count))
      for term in sortedTerms {
        termLength += term.utf8.count
        postingsLength += terms[term]?.postings.bytes.count ?? 0
        positionsLength += terms[term]?.positions.bytes.count ?? 0
      }
      writer.writeUInt64LittleEndian(UInt64(termLength))
      writer.writeUInt64LittleEndian(UInt64(postingsLength))
      writer.writeUInt64LittleEndian(UInt64(positionsLength))
      var termOffset = 0
      var postingsOffset = 0
      var positionsOffset = 0
      for term in sortedTerms {
        let encoded = terms[term] ?? TermPostings()
        writer.writeUInt32LittleEndian(UInt32(termOffset))
        writer.writeUInt32LittleEndian(UInt32(term.utf8.count))
        writer.writeUInt32LittleEndian(UInt32(encoded.count))
        writer.writeUInt64LittleEndian(UInt64(postingsOffset))
        writer.writeUInt64LittleEndian(UInt64(positionsOffset))
        termOffset += term.utf8.count
        postingsOffset += encoded.postings.bytes.count
        positionsOffset += encoded.positions.bytes.count
      }
      for term in sortedTerms { writer.writeBytes(term.utf8) }
      for term in sortedTerms { writer.writeBytes(terms[term]?.postings.bytes ?? []) }
      for term in sortedTerms { writer.writeBytes(terms[term]?.positions.bytes ?? []) }
    }
    return starts
  }
}
