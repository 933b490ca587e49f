import TipsCore

extension CopiedTextReader {
  /// English function words, left out when comparing what posts talk about: two posts
  /// sharing "the" and "would" say nothing about each other.
  enum StopWords {
    /// Folded with `WordFolding`, as the words they are compared with are ("does" → "doe").
    static let folded: Set<String> = Set(list.map { WordFolding.fold($0) })

    private static let list = [
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "don't", "down", "during", "each",
      "even", "few", "for", "from", "further", "get", "got", "had", "has", "have", "having", "he",
      "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "i'd", "i'll", "i'm",
      "i've", "if", "in", "into", "is", "it", "it's", "its", "itself", "just", "let", "like", "me",
      "more", "most", "much", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
      "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "quite",
      "really", "said", "same", "say", "she", "should", "so", "some", "still", "such", "than",
      "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
      "they're", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
      "we", "well", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
      "will", "with", "would", "you", "you'll", "you're", "your", "yours", "yourself",
      "yourselves",
    ]
  }
}
