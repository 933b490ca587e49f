import Foundation

/// One word of a CoNLL-U sentence: the columns the tagger and lemmatizer learn from.
struct TreebankWord {
  var form: String
  var lemma: String
  var upos: String
  var xpos: String
}

/// A CoNLL-U sentence: its words (no multiword-token lines, no empty nodes) and its text.
struct TreebankSentence {
  var text: String
  var words: [TreebankWord]
}

enum Treebank {
  /// Reads a CoNLL-U file. Lines with ids like `1-2` (multiword tokens: "don't" over "do"
  /// and "n't") and `8.1` (empty nodes) are skipped, so words are the syntactic words the
  /// tags belong to.
  static func sentences(at url: URL) throws -> [TreebankSentence] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var sentences: [TreebankSentence] = []
    var current = TreebankSentence(text: "", words: [])
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty {
        if !current.words.isEmpty { sentences.append(current) }
        current = TreebankSentence(text: "", words: [])
      } else if line.hasPrefix("# text = ") {
        current.text = String(line.dropFirst(9))
      } else if !line.hasPrefix("#") {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 10, columns[0].allSatisfy(\.isNumber) else { continue }
        current.words.append(
          TreebankWord(
            form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
            xpos: String(columns[4])))
      }
    }
    if !current.words.isEmpty { sentences.append(current) }
    return sentences
  }
}

/// The sentences as forum posts often write them, all in lower case: tags stay, so accuracy
/// on them says how much the tagger leans on capitals.
func lowerCased(_ sentences: [TreebankSentence]) -> [TreebankSentence] {
  sentences.map { sentence in
    TreebankSentence(
      text: sentence.text.lowercased(),
      words: sentence.words.map {
        TreebankWord(form: $0.form.lowercased(), lemma: $0.lemma, upos: $0.upos, xpos: $0.xpos)
      })
  }
}
