import TipsCore

/// Collects, per field, which tips contain which folded words and where, then writes the
/// sorted term dictionaries, compressed postings and positions of a segment.
///
/// Tips must be added in ordinal order: postings lists then come out sorted without a sort,
/// which is what makes delta encoding work.
struct InvertedIndexBuilder {
  private struct Occurrences {
    var tip: Int
    var positions: [UInt32]
  }

  private var fields: [IndexField: [String: [Occurrences]]] = [:]

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
  mutating func add(_ tip: Tip, ordinal: Int, threadTitle: String) -> [Int] {
    var lengths: [Int] = []
    lengths.reserveCapacity(IndexField.allCases.count)
    for field in IndexField.allCases {
      let (terms, length) = Self.positionedTerms(of: field.texts(of: tip, threadTitle: threadTitle))
      lengths.append(length)
      var positionsByTerm: [String: [UInt32]] = [:]
      for (term, position) in terms { positionsByTerm[term, default: []].append(position) }
      for (term, positions) in positionsByTerm {
        fields[field, default: [:]][term, default: []].append(
          Occurrences(tip: ordinal, positions: positions))
      }
    }
    return lengths
  }

  /// Writes every field, even an empty one, in `IndexField` order:
  ///
  /// ```
  /// count                       fields
  /// per field:
  ///   UInt8                     field raw value
  ///   count                     terms, sorted by UTF-8 bytes
  ///   per term:                 count shared-prefix bytes with the previous term,
  ///                             string of the remaining bytes, count postings,
  ///                             count postings bytes, count positions bytes
  ///   count + bytes             the postings of all terms, in term order; per posting
  ///                             varint ordinal gap (the first: the ordinal), varint frequency
  ///   count + bytes             the positions of all terms, in term order; per posting,
  ///                             `frequency` varint position gaps (the first: the position)
  /// ```
  /// Front-coded terms and gap-coded postings keep common words small; the dictionary comes
  /// before its postings so a reader can load it without touching them, and positions lie
  /// apart so a lookup that needs no positions skips them.
  func write(to writer: inout ByteWriter) {
    writer.writeCount(IndexField.allCases.count)
    for field in IndexField.allCases {
      writer.writeUInt8(field.rawValue)
      let terms = fields[field, default: [:]]
      let sortedTerms = terms.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      writer.writeCount(sortedTerms.count)
      var postingsBytes = ByteWriter()
      var positionsBytes = ByteWriter()
      var previous: [UInt8] = []
      for term in sortedTerms {
        let bytes = Array(term.utf8)
        let shared = zip(previous, bytes).prefix { $0 == $1 }.count
        writer.writeCount(shared)
        writer.writeCount(bytes.count - shared)
        writer.writeBytes(bytes[shared...])
        let occurrences = terms[term, default: []]
        let postingsStart = postingsBytes.bytes.count
        let positionsStart = positionsBytes.bytes.count
        var previousTip = 0
        for occurrence in occurrences {
          postingsBytes.writeVarUInt(UInt64(occurrence.tip - previousTip))
          postingsBytes.writeVarUInt(UInt64(occurrence.positions.count))
          previousTip = occurrence.tip
          var previousPosition: UInt32 = 0
          for position in occurrence.positions {
            positionsBytes.writeVarUInt(UInt64(position - previousPosition))
            previousPosition = position
          }
        }
        writer.writeCount(occurrences.count)
        writer.writeCount(postingsBytes.bytes.count - postingsStart)
        writer.writeCount(positionsBytes.bytes.count - positionsStart)
        previous = bytes
      }
      writer.writeCount(postingsBytes.bytes.count)
      writer.writeBytes(postingsBytes.bytes)
      writer.writeCount(positionsBytes.bytes.count)
      writer.writeBytes(positionsBytes.bytes)
    }
  }
}
