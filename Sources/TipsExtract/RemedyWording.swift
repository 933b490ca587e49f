import TipsCore
import TipsLanguage

/// How a post writes a remedy named in its own words, for showing the remedy as people write
/// it while its tips are grouped by a name of lemmas without determiners (see `OpenRemedy`):
/// "relax your shoulders" is grouped as "relax shoulder", "calf stretches" as "calf stretch".
///
/// The name's words are found in order in the sentence, from where the mention starts, with
/// nothing between them but determiners and possessives. Nouns keep their written number,
/// verbs the name's form (advice is shown as advice: "lowering the saddle" is "lower the
/// saddle"), articles stay, and a possessive becomes "your" ("stretch my calves" is "stretch
/// your calves"). Leading words the sentence does not write ("avoid", "see") are kept as the
/// name gives them. Nil where the name is not found so, or reads as written already.
enum RemedyWording {
  static func wording(of mention: RemedyMention, in sentence: SentenceAnalysis, text: String)
    -> String?
  {
    guard mention.isDiscovered, let start = sentence.wordIndex(of: mention) else { return nil }
    let parts = mention.name.split(separator: " ").map(String.init)
    for unwritten in parts.indices {
      let written = parts[unwritten...]
      for first in [start, start + 1, start + 2] where first < sentence.words.count {
        guard let words = aligned(Array(written), from: first, in: sentence, text: text) else {
          continue
        }
        let wording = (parts[..<unwritten] + words).joined(separator: " ")
        return wording == mention.name ? nil : wording
      }
    }
    return nil
  }

  /// The words of the sentence that write `parts` from word `first` on, as shown; nil where
  /// word `first` is not the first part, or anything but a determiner or a possessive
  /// stands between two of them.
  private static func aligned(
    _ parts: [String], from first: Int, in sentence: SentenceAnalysis, text: String
  ) -> [String]? {
    guard let head = parts.first, matches(head, word: first, in: sentence) else { return nil }
    var shown: [String] = []
    var word = first
    for (index, part) in parts.enumerated() {
      if index > 0 {
        var between: [String] = []
        while word < sentence.words.count, !matches(part, word: word, in: sentence) {
          guard word - first < parts.count + 4, let filler = filler(at: word, in: sentence)
          else { return nil }
          // "his/her hands" is "your hands".
          between += filler.filter { $0 != (between.last ?? shown.last) }
          word += 1
        }
        guard word < sentence.words.count else { return nil }
        shown += between
        // "anti-inflammatory": the words of one hyphened token stay one word.
        if sentence.words[word].followsHyphen, between.isEmpty, let last = shown.indices.last {
          shown[last] += "-" + shownForm(of: part, at: word, in: sentence, text: text)
          word += 1
          continue
        }
      }
      shown.append(shownForm(of: part, at: word, in: sentence, text: text))
      word += 1
    }
    return shown
  }

  /// How a word standing between two of the name's words is shown: an article as written, a
  /// demonstrative as "the", a possessive as "your", another determiner not at all; nil for
  /// any other word, which parts the name.
  private static func filler(at word: Int, in sentence: SentenceAnalysis) -> [String]? {
    let tag = sentence.tags[word]
    let folded = sentence.words[word].folded
    if tag.xpos == "PRP$" { return ["your"] }
    guard tag.upos == .determiner else { return nil }
    if ["a", "an", "the"].contains(folded) { return [folded] }
    if ["this", "that", "these", "those"].contains(folded) { return ["the"] }
    return []
  }

  /// Whether word `word` writes the name's word `part`: as the name has it, or as the lemma
  /// or gerund the name made of it.
  private static func matches(_ part: String, word: Int, in sentence: SentenceAnalysis) -> Bool {
    let tag = sentence.tags[word]
    let folded = sentence.words[word].folded
    return part == folded || part == tag.lemma || part == tag.text.lowercased()
      || part == Lemmatizer.gerund(of: tag.lemma)
  }

  /// A noun as written where the name has its lemma ("shoulders" for "shoulder"); any other
  /// word as the name has it.
  private static func shownForm(
    of part: String, at word: Int, in sentence: SentenceAnalysis, text: String
  ) -> String {
    let tag = sentence.tags[word]
    guard tag.upos == .noun, tag.lemma == part, tag.range == sentence.words[word].range else {
      return part
    }
    let written = text[sentence.words[word].range].lowercased()
    return written.allSatisfy(\.isLetter) ? written : part
  }
}
