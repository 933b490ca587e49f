import TipsCore

/// The remedy a thread asks about, when its title names one: "Feverfew for migraines",
/// "Opinions on allergy shots?", "Anyone tried the couch stretch?", "Hismanal side effects".
///
/// Replies to such a thread speak of it as "it" ("It worked for me", "It's worth a try",
/// "You can find it in capsule form"), so a reply that recommends "it" without naming
/// anything recommends the thread's remedy. A title that names only a problem ("Broken
/// rib", "Cure for dry skin?") has no topic.
struct ThreadTopic {
  var mention: RemedyMention

  /// Words before the remedy in titles that ask about one.
  private static let askingLeads: [[String]] = [
    ["opinion", "on"], ["opinion", "about"], ["thought", "on"], ["thought", "about"],
    ["experience", "with"], ["anyone", "try"], ["anyone", "use"], ["info", "on"],
    ["question", "about"], ["review", "of"], ["side", "effect", "of"],
  ].map { $0.map(WordFolding.fold) }

  /// Words before what brought a trouble on: "after deadlifts", "from cycling".
  private static let occasionWords: Set<String> = [
    "after", "during", "from", "while", "when", "since", "following",
  ]

  /// Heads that name a kind of remedy, not one: "Diet for Crohn's", "Exercise and migraine".
  private static let categoryHeads: Set<String> = [
    "diet", "exercise", "treatment", "cure", "remedy", "medicine", "medication", "drug", "tip",
    "supplement", "therapy", "food",
  ]

  /// The topic of a thread whose title is `title`, analysed as the extractor analyses a
  /// sentence; `aims` are what the title says it is for (`aims(of:)`), `isHealthWord` tells a
  /// problem ("for migraines") from anything else.
  static func of(
    title: SentenceAnalysis, aims: Set<String>, isHealthWord: (String) -> Bool
  ) -> ThreadTopic? {
    // "Back tight after deadlifts", "knee pain from cycling": what brought the trouble on is
    // no remedy the thread asks about; "Chromium for weight loss": nor is its aim (`aims`).
    let named = unique(
      title.mentions.filter { mention in
        guard !mention.isDiscovered, !mention.isProblem, !aims.contains(mention.name) else {
          return false
        }
        guard let word = title.wordIndex(of: mention), word > 0 else { return true }
        return !occasionWords.contains(title.words[word - 1].folded)
      }.map(\.name))
    if named.count == 1, let mention = title.mentions.first(where: { $0.name == named[0] }) {
      return ThreadTopic(mention: plain(mention))
    }
    guard named.isEmpty else { return nil }
    let words = title.words.map(\.folded)
    let all = 0..<words.count
    // "Feverfew for migraines": a phrase, then "for" a problem ("Plantar fasciitis for 6
    // months" names the problem first, and asks about no remedy).
    if let forIndex = words.firstIndex(of: "for"), forIndex > 0,
      !title.conditions.isEmpty || !aims.isEmpty
        || words[(forIndex + 1)...].contains(where: isHealthWord),
      !title.conditions.contains(where: { condition in
        condition.split(separator: " ").allSatisfy { words[..<forIndex].contains(String($0)) }
      })
    {
      return topic(from: 0, upTo: forIndex, in: title)
    }
    // "Hismanal, et al. -- side effects".
    if let side = words.indices.first(where: {
      words[$0] == "side" && $0 + 1 < words.count && words[$0 + 1] == "effect"
    }), side > 0 {
      return topic(from: 0, upTo: side, in: title)
    }
    for lead in askingLeads {
      guard
        let start = all.first(where: { i in
          i + lead.count <= words.count && Array(words[i..<(i + lead.count)]) == lead
        })
      else { continue }
      return topic(from: start + lead.count, upTo: words.count, in: title)
    }
    return nil
  }

  /// What the thing a title names is for, where the lexicon knows it as a remedy: "weight
  /// loss" in "Chromium for weight loss", "sleep" in "Melatonin for sleep?". In that thread
  /// it is what the posters are after, so it is no remedy there.
  static func aims(of title: SentenceAnalysis) -> Set<String> {
    Set(
      title.mentions.filter { mention in
        guard !mention.isDiscovered, let word = title.wordIndex(of: mention) else {
          return false
        }
        return word > 1 && title.words[word - 1].folded == "for"
      }.map(\.name))
  }

  /// Words before a name that say it is a remedy: "a new migraine drug called sumatripton",
  /// "an herb called Rutin", "the supplement Secaris".
  private static let namingWords: Set<String> = categoryHeads.union([
    "call", "name", "herb", "pill", "cream", "ointment", "spray", "product", "brand",
  ])

  /// The topic of a thread whose title is only a name ("Sumatripton (spelling?)") that the
  /// opener calls a drug, herb or treatment ("a new migraine drug called sumatripton").
  static func named(title: SentenceAnalysis, in opener: [SentenceAnalysis]) -> ThreadTopic? {
    let words = title.words
    guard (1...3).contains(words.count), title.mentions.allSatisfy(\.isDiscovered),
      title.tags.allSatisfy({ $0.upos == .noun || $0.upos == .properNoun }),
      let first = words.first?.folded
    else { return nil }
    for sentence in opener {
      for i in sentence.words.indices.dropFirst() where sentence.words[i].folded == first {
        let before = sentence.words[i - 1].folded
        guard namingWords.contains(before) || namingWords.contains(sentence.tags[i - 1].lemma)
        else { continue }
        return topic(from: 0, upTo: words.count, in: title)
      }
    }
    return nil
  }

  /// The remedy the opener asks about where the title names none: "Are you using accutane
  /// for fibromyalgia? Have you used it for CFS?" The opener's questions name one remedy of
  /// the lexicon, not a practitioner, and the next question or the one after calls it "it"
  /// or "them", so the replies' "it" is that remedy too. Only questions asked yes or no
  /// count. Two remedies asked about, or none called back at once, give no topic.
  static func asked(in opener: [SentenceAnalysis], aims: Set<String>) -> ThreadTopic? {
    var asked: (mention: RemedyMention, sentence: Int)? = nil
    var calledBack = false
    for (index, sentence) in opener.enumerated()
    where sentence.isQuestion && asksYesOrNo(sentence) {
      let named = sentence.mentions.filter {
        !$0.isDiscovered && !$0.isProblem && !aims.contains($0.name)
      }
      for mention in named {
        guard let first = asked else {
          asked = (mention, index)
          continue
        }
        if mention.name != first.mention.name { return nil }
      }
      if let first = asked, named.isEmpty, index - first.sentence <= 2,
        sentence.words.contains(where: { pronouns.contains($0.folded) })
      {
        calledBack = true
      }
    }
    guard let asked, calledBack, asked.mention.kind != .practitioner else { return nil }
    return ThreadTopic(mention: plain(asked.mention))
  }

  /// Whether a question opens as one answered yes or no ("Are you using ...", "Has anyone
  /// tried ...", "Does it help?"), not a remark that ends in a question mark.
  private static func asksYesOrNo(_ question: SentenceAnalysis) -> Bool {
    guard let first = question.words.first?.folded, let tag = question.tags.first else {
      return false
    }
    return tag.xpos == "MD" || tag.upos == .auxiliary || ["anyone", "anybody"].contains(first)
  }

  /// Words by which a question calls back the remedy an earlier one named.
  private static let pronouns: Set<String> = ["it", "them"]

  /// The remedy the title's noun phrase at `start` names, if it names one.
  private static func topic(from start: Int, upTo end: Int, in title: SentenceAnalysis)
    -> ThreadTopic?
  {
    let phrase = OpenRemedy.nounPhrase(from: start, in: title, within: start..<end)
    guard let name = OpenRemedy.name(of: phrase, in: title),
      let head = name.split(separator: " ").last, !categoryHeads.contains(String(head))
    else { return nil }
    return ThreadTopic(
      mention: RemedyMention(
        name: name, kind: .other, muscles: [], tools: [],
        position: title.words[phrase.lowerBound].range.lowerBound, isDiscovered: true))
  }

  /// The topic where `found`, named from a reply's own words, is a shorter name for it ("the
  /// shots" in a thread about allergy shots); nil otherwise. A found name is a lemma ("shot")
  /// where a lexicon's may be plural ("allergy shots"), so words match in either number.
  func absorbing(_ found: RemedyMention) -> RemedyMention? {
    guard found.isDiscovered, found.name != mention.name else { return nil }
    let topicWords = Set(mention.name.split(separator: " ").map(Cues.withoutPluralS))
    let foundWords = found.name.split(separator: " ").map(Cues.withoutPluralS)
    guard let head = foundWords.last,
      mention.name.split(separator: " ").last.map(Cues.withoutPluralS) == head,
      Set(foundWords).isSubset(of: topicWords)
    else { return nil }
    var absorbed = mention
    absorbed.position = found.position
    absorbed.act = found.act
    absorbed.clauseMuscles = found.clauseMuscles
    absorbed.clauseTools = found.clauseTools
    return absorbed
  }

  /// A title without its bracketed asides: "Opinions on Allergy (Hay Fever) shots?" asks
  /// about allergy shots.
  static func withoutAsides(_ title: String) -> String {
    var result = ""
    var depth = 0
    for c in title {
      if c == "(" || c == "[" { depth += 1 }
      if depth == 0 { result.append(c) }
      if c == ")" || c == "]", depth > 0 { depth -= 1 }
    }
    return result
  }

  /// The mention without what the title's clause made of it.
  private static func plain(_ mention: RemedyMention) -> RemedyMention {
    var mention = mention
    mention.act = .other
    mention.isProblem = false
    return mention
  }
}
