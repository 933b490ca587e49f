import Foundation
import TipsCore

extension CopiedTextReader {
  /// How much two posts of a thread talk about the same things: the cosine of their TF-IDF
  /// vectors over folded content words (stop words and numbers left out).
  ///
  /// Used only to guess which post an agreement answers when the copy does not say who
  /// wrote what. Word overlap is a weak signal: it favours long posts on the thread's main
  /// topic, so callers use it as a last resort after names.
  struct LexicalSimilarity: Sendable {
    private let termCounts: [[String: Int]]
    private let inverseFrequency: [String: Double]

    init(documents: [String]) {
      termCounts = documents.map(Self.termCounts(in:))
      var documentFrequency: [String: Int] = [:]
      for counts in termCounts {
        for term in counts.keys { documentFrequency[term, default: 0] += 1 }
      }
      let total = Double(documents.count)
      // Smoothed so a word in every post still weighs a little.
      inverseFrequency = documentFrequency.mapValues { (1 + total) / (1 + Double($0)) }
        .mapValues { log($0) + 1 }
    }

    /// The cosine between documents `a` and `b`, in 0...1; `ignoring` lists folded words left
    /// out of `a` (a name, which says who is meant, not what about).
    ///
    /// Sums run in the terms' order, not the dictionaries': a dictionary's order changes from
    /// one instance to the next, and two posts of the same words then got scores apart in
    /// the last bit, so which of them an agreement answered changed with memory layout.
    func similarity(_ a: Int, _ b: Int, ignoring: Set<String> = []) -> Double {
      let left = weights(a, ignoring: ignoring)
      let right = weights(b, ignoring: [])
      var dot = 0.0
      for term in left.keys.sorted() { dot += (left[term] ?? 0) * (right[term] ?? 0) }
      let norms = norm(left) * norm(right)
      return norms == 0 ? 0 : dot / norms
    }

    private func weights(_ document: Int, ignoring: Set<String>) -> [String: Double] {
      var result: [String: Double] = [:]
      for (term, count) in termCounts[document] where !ignoring.contains(term) {
        result[term] = Double(count) * (inverseFrequency[term] ?? 0)
      }
      return result
    }

    private func norm(_ vector: [String: Double]) -> Double {
      vector.keys.sorted().reduce(0) { sum, term in sum + (vector[term] ?? 0) * (vector[term] ?? 0)
      }
      .squareRoot()
    }

    private static func termCounts(in text: String) -> [String: Int] {
      var counts: [String: Int] = [:]
      for word in WordFolding.words(in: text[...])
      where word.folded.count > 1 && !word.folded.allSatisfy(\.isNumber)
        && !StopWords.folded.contains(word.folded)
      {
        counts[word.folded, default: 0] += 1
      }
      return counts
    }
  }
}
