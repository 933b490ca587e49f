import TipsCore
import TipsLanguage

/// How a post writes a remedy, for showing the remedy as people write it while its tips are
/// grouped by its name: a name of lemmas without determiners for a remedy found in the
/// post's own words (see `OpenRemedy`), the lexicon's name for one it knows.
///
/// A name built from the post's words is found in order in the sentence, from where the
/// mention starts, with nothing between its words but determiners and possessives. Its last
/// noun keeps its written number, verbs the name's form (advice is shown as advice:
/// "lowering the saddle" is "lower the saddle"), articles stay, and a possessive becomes
/// "your" ("stretch my calves" is "stretch your calves"); leading words the sentence does not
/// write ("avoid", "see") are kept as the name gives them, but a verb of keeping from that it
/// writes is shown ("skipping the eyelet" is "skip the eyelet"). "relax your shoulders" is grouped
/// as "relax shoulder", "calf stretches" as "calf stretch".
///
/// A lexicon remedy is shown by the words the post names it with, where they are a noun
/// phrase ending on a noun: "glute bridges" for the glute bridge, "Superfeet" for orthotics,
/// "KT tape" for kinesio tape, or by a verb and such a phrase, as advice ("stretching my
/// calves" is "stretch your calves"). A practitioner keeps the visit the post sends the
/// reader on: "saw a physio" is "see a physio".
///
/// Nil where the name is not found so, or reads as written already.
enum RemedyWording {
  static func wording(of mention: RemedyMention, in sentence: SentenceAnalysis, text: String)
    -> String?
  {
    guard let start = sentence.wordIndex(of: mention) else { return nil }
    guard mention.isDiscovered else {
      return writtenName(of: mention, from: start, in: sentence, text: text)
    }
    let parts = mention.name.split(separator: " ").map(String.init)
    for unwritten in parts.indices {
      let written = parts[unwritten...]
      for first in [start, start + 1, start + 2] where first < sentence.words.count {
        guard let words = aligned(Array(written), from: first, in: sentence, text: text) else {
          continue
        }
        let leading =
          parts[..<unwritten] == ["avoid"]
          ? keepingVerb(before: first, from: start, in: sentence) ?? ["avoid"]
          : Array(parts[..<unwritten])
        let wording = (leading + words).joined(separator: " ")
        return wording == mention.name ? nil : wording
      }
    }
    return nil
  }

  private static let nameWordTags: Set<UPOS> = [.noun, .properNoun, .adjective, .numeral]

  /// The verb of keeping from a thing the post writes from `start` up to the thing's words
  /// at `first`, as advice, with the determiners between: "skipping the eyelet" is shown
  /// "skip the eyelet" rather than "avoid eyelet", "cut the caffeine" as written.
  private static func keepingVerb(before first: Int, from start: Int, in sentence: SentenceAnalysis)
    -> [String]?
  {
    guard
      let verb = (start..<first).first(where: {
        sentence.tags[$0].upos == .verb
          && OpenRemedy.avoidingVerbs.contains(sentence.tags[$0].lemma)
      })
    else { return nil }
    var shown = [sentence.tags[verb].lemma]
    for word in (verb + 1)..<first {
      guard let filler = filler(at: word, in: sentence) else { return nil }
      shown += filler
    }
    return shown
  }

  /// The words from `start` to where the lexicon's naming words end, lowercased, when they
  /// are a noun phrase ending on a noun, or a verb and one: words a hyphen joins kept joined
  /// ("x-ray"), a plural before the last noun singular, and the verb as advice ("stretching my
  /// calves" is "stretch your calves"). A practitioner takes the visit written before it ("saw
  /// a physio" is "see a physio"), and only a visit.
  private static func writtenName(
    of mention: RemedyMention, from start: Int, in sentence: SentenceAnalysis, text: String
  ) -> String? {
    let verbs = mention.kind == .practitioner ? visitingVerbs : nil
    var advice: (verb: Int, article: String?)? = nil
    var start = start
    if let found = leadingVerb(at: start, in: sentence, among: verbs),
      // "rubbing alcohol" is its name, not advice to rub.
      sentence.tags[found.verb].xpos != "VBG"
        || text[sentence.words[found.verb].range].lowercased()
          != mention.name.split(separator: " ").first.map(String.init)
    {
      advice = found
      start = found.verb + 1 + (found.article == nil ? 0 : 1)
    } else if mention.kind == .practitioner {
      advice =
        [start - 1, start - 2].lazy.compactMap { verb in
          leadingVerb(at: verb, in: sentence, among: verbs).flatMap {
            verb + 1 + ($0.article == nil ? 0 : 1) == start ? $0 : nil
          }
        }.first
    }
    guard let end = mention.end,
      let last = sentence.words.lastIndex(where: { $0.range.upperBound <= end }), last >= start,
      [.noun, .properNoun].contains(sentence.tags[last].upos),
      (start...last).allSatisfy({
        nameWordTags.contains(sentence.tags[$0].upos) || describes($0, in: sentence)
      })
    else { return nil }
    var shown =
      advice.map { [sentence.tags[$0.verb].lemma] + ($0.article.map { [$0] } ?? []) } ?? []
    for word in start...last {
      let original = text[sentence.words[word].range]
      var written = original.lowercased()
      guard written.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
      // A plural before the last noun modifies it, and is singular: "Vitamins D and K2" name
      // vitamin d. An acronym is no plural ("TENS unit").
      let tag = sentence.tags[word]
      if word < last, tag.xpos == "NNS", tag.range == sentence.words[word].range,
        original.contains(where: \.isLowercase)
      {
        written = tag.lemma
      }
      if word > start, sentence.words[word].followsHyphen, let joined = shown.popLast() {
        written = joined + "-" + written
      }
      shown.append(written)
    }
    let wording = shown.joined(separator: " ")
    return wording == mention.name ? nil : wording
  }

  /// A verb at word `verb` (one of `verbs`, where given) that a noun phrase follows, and the
  /// article or possessive between them as shown ("a", "your"; nil where there is none).
  private static func leadingVerb(
    at verb: Int, in sentence: SentenceAnalysis, among verbs: Set<String>?
  ) -> (verb: Int, article: String?)? {
    guard verb >= 0, verb + 1 < sentence.words.count, sentence.tags[verb].upos == .verb,
      verbs?.contains(sentence.tags[verb].lemma) ?? true, !describes(verb, in: sentence)
    else { return nil }
    if let filler = filler(at: verb + 1, in: sentence) {
      return filler.count == 1 ? (verb, filler[0]) : nil
    }
    return (verb, nil)
  }

  /// Whether word `word` is a participle that describes the noun after it: "padded gloves",
  /// "chelated chromium", not "have lost weight".
  private static func describes(_ word: Int, in sentence: SentenceAnalysis) -> Bool {
    sentence.tags[word].xpos == "VBN" && word + 1 < sentence.words.count
      && [.noun, .properNoun, .adjective].contains(sentence.tags[word + 1].upos)
      // "I have lost weight" did something.
      && (word == 0
        || sentence.tags[word - 1].upos != .auxiliary && sentence.tags[word - 1].lemma != "have")
  }

  private static let visitingVerbs: Set<String> = ["see", "visit", "consult"]

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
      shown.append(
        index == parts.count - 1
          ? shownForm(of: part, at: word, in: sentence, text: text) : part)
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

  /// The name's last word, a noun, as written where the name has its lemma ("shoulders" for
  /// "shoulder"); any other word as the name has it (a noun before the last modifies it).
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
