import TipsCore

/// Collects, per field, which tips contain which folded words and how often, then writes the
/// sorted term dictionaries and compressed postings of a data file.
///
/// Tips must be added in ordinal order: postings lists then come out sorted without a sort,
/// which is what makes delta encoding (and later merging by ordinal) work.
struct InvertedIndexBuilder {
  private var fields: [IndexField: [String: [Posting]]] = [:]

  init() {}

  /// Indexes every field of the tip with ordinal `ordinal`.
  mutating func add(_ tip: Tip, ordinal: Int, threadTitle: String) {
    for field in IndexField.allCases {
      var frequencies: [String: Int] = [:]
      for text in field.texts(of: tip, threadTitle: threadTitle) {
        for word in WordFolding.words(in: text[...]) where !word.folded.isEmpty {
          frequencies[word.folded, default: 0] += 1
        }
      }
      for (term, frequency) in frequencies {
        fields[field, default: [:]][term, default: []].append(
          Posting(tip: ordinal, frequency: frequency))
      }
    }
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
  ///                             count postings bytes
  ///   count + bytes             the postings of all terms, in term order; per posting
  ///                             varint ordinal gap (the first: the ordinal), varint frequency
  /// ```
  /// Front-coded terms and gap-coded postings keep common words small; the dictionary comes
  /// before its postings so a reader can load it without touching them.
  func write(to writer: inout ByteWriter) {
    writer.writeCount(IndexField.allCases.count)
    for field in IndexField.allCases {
      writer.writeUInt8(field.rawValue)
      let terms = fields[field, default: [:]]
      let sortedTerms = terms.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      writer.writeCount(sortedTerms.count)
      var postingsBytes = ByteWriter()
      var previous: [UInt8] = []
      for term in sortedTerms {
        let bytes = Array(term.utf8)
        let shared = zip(previous, bytes).prefix { $0 == $1 }.count
        writer.writeCount(shared)
        writer.writeCount(bytes.count - shared)
        writer.writeBytes(bytes[shared...])
        let postings = terms[term, default: []]
        let start = postingsBytes.bytes.count
        var previousTip = 0
        for posting in postings {
          postingsBytes.writeVarUInt(UInt64(posting.tip - previousTip))
          postingsBytes.writeVarUInt(UInt64(posting.frequency))
          previousTip = posting.tip
        }
        writer.writeCount(postings.count)
        writer.writeCount(postingsBytes.bytes.count - start)
        previous = bytes
      }
      writer.writeCount(postingsBytes.bytes.count)
      writer.writeBytes(postingsBytes.bytes)
    }
  }
}
