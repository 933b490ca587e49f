import TipsCore

@testable import TipsIndex

/// Everything a reader answers, as one value: two readers with equal `Answers` give every
/// caller the same results, however their segments are laid out.
///
/// Layout-only numbers (generation, bytes, segment count) are left out, so an index merged
/// into one segment compares equal to the same threads spread over several.
struct Answers: Equatable, CustomStringConvertible {
  struct Lookup: Equatable {
    var field: IndexField
    var term: String
    var postings: [Posting]
    var documentFrequency: Int
  }

  var threads: [ThreadSummary]
  var fullThreads: [Thread?]
  var tips: [Tip]
  var threadTips: [[Int]]
  var lookups: [Lookup]
  var fieldLengths: [[Int]]
  var counts: [Int]
  var averageFieldLengths: [IndexField: Double]

  init(_ reader: IndexReader) throws {
    threads = try reader.threads
    fullThreads = try reader.threads.map { try reader.thread(id: $0.id) }
    tips = try reader.tips
    threadTips = try reader.threads.map { Array(try reader.tips(inThread: $0.id).indices) }
    lookups = try IndexField.allCases.flatMap { field in
      try reader.terms(in: field).map { term in
        Lookup(
          field: field, term: term,
          postings: try reader.postings(field: field, term: term, positions: true),
          documentFrequency: try reader.documentFrequency(field: field, term: term))
      }
    }
    fieldLengths = try reader.tips.indices.map { tip in
      try IndexField.allCases.map { try reader.fieldLength(tip: tip, field: $0) }
    }
    let stats = try reader.stats
    counts = [stats.threads, stats.posts, stats.tips, stats.distinctRemedies, stats.terms]
    averageFieldLengths = stats.averageFieldLengths
  }

  var description: String {
    "\(threads.map(\.id)), \(tips.count) tips, \(lookups.count) terms"
  }
}
