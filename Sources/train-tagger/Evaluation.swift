import Foundation
import TipsLanguage

/// Accuracy as UD reports it (per word, gold tokenization) and speed, in release builds.
enum Evaluation {
  struct Score {
    var upos = 0
    var xpos = 0
    var total = 0
    /// The same for words training never saw, the ones forum text is full of.
    var unseenUpos = 0
    var unseenTotal = 0

    var line: String {
      "UPOS \(percent(Double(upos) / Double(total))), XPOS "
        + "\(percent(Double(xpos) / Double(total))) over \(total) words; UPOS "
        + "\(percent(Double(unseenUpos) / Double(max(unseenTotal, 1)))) over the "
        + "\(unseenTotal) unseen in training"
    }
  }

  static func percent(_ value: Double) -> String {
    String(format: "%.2f%%", value * 100)
  }

  /// Compares the labels `classes` predicts with the gold ones over every word.
  static func score(
    _ sentences: [TreebankSentence], labels: [PerceptronTagger.Label], seen: Set<String>,
    classes: ([TaggerFeatures.Word]) -> [Int]
  ) -> Score {
    var score = Score()
    for sentence in sentences {
      let words = sentence.words.map { TaggerFeatures.Word(bytes: $0.form.utf8) }
      for (word, predicted) in zip(sentence.words, classes(words)) {
        score.total += 1
        let right = labels[predicted].upos.rawValue == word.upos
        if right { score.upos += 1 }
        if !seen.contains(word.form.lowercased()) {
          score.unseenTotal += 1
          if right { score.unseenUpos += 1 }
        }
        if labels[predicted].xpos == word.xpos { score.xpos += 1 }
      }
    }
    return score
  }

  /// Share of words whose `lemma(of:as:)` with the gold UPOS is the gold lemma, ignoring
  /// case (the lemmatizer lowercases).
  static func lemmaAccuracy(_ sentences: [TreebankSentence], _ model: LanguageModel) -> Double {
    var correct = 0
    var total = 0
    for word in sentences.lazy.flatMap(\.words) {
      guard let upos = UPOS(rawValue: word.upos) else { continue }
      total += 1
      if model.lemmatizer.lemma(of: word.form, as: upos) == word.lemma.lowercased() {
        correct += 1
      }
    }
    return Double(correct) / Double(max(total, 1))
  }

  /// Tagging speed on gold words, then the whole `analyze` (tokenize, tag, lemmatize) on
  /// the sentences' raw text grouped into posts of about 100 tokens.
  static func measureSpeed(_ sentences: [TreebankSentence], _ model: LanguageModel) {
    let words = sentences.map { $0.words.map { TaggerFeatures.Word(bytes: $0.form.utf8) } }
    let wordCount = words.reduce(0) { $0 + $1.count }
    let rounds = 10
    var checksum = 0
    var started = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<rounds {
      for sentence in words { checksum &+= model.tagger.classes(of: sentence).count }
    }
    var seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    let tagRate = Double(wordCount * rounds) / seconds
    report(
      "tagging (gold words, features included): \(Int(tagRate)) tokens/s, "
        + String(format: "%.1f", 100 / tagRate * 1e6) + " µs per 100 tokens")

    var posts: [String] = []
    var post = ""
    var postWords = 0
    for sentence in sentences {
      post += (post.isEmpty ? "" : " ") + sentence.text
      postWords += sentence.words.count
      if postWords >= 100 {
        posts.append(post)
        post = ""
        postWords = 0
      }
    }
    if !post.isEmpty { posts.append(post) }
    var tokenCount = 0
    started = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<rounds {
      for text in posts {
        let tokens = model.analyze(text[...])
        tokenCount += tokens.count
        checksum &+= tokens.last?.lemma.utf8.count ?? 0
      }
    }
    seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    let rate = Double(tokenCount) / seconds
    report(
      "analyze (tokenize, tag, lemmatize raw text): \(Int(rate)) tokens/s, "
        + String(
          format: "%.1f",
          Double(posts.count * rounds) > 0
            ? seconds * 1e6
              / Double(posts.count * rounds) : 0)
        + " µs per post of \(tokenCount / max(posts.count * rounds, 1)) tokens"
        + " (checksum \(checksum % 10))")
  }
}
