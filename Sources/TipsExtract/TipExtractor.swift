import TipsCore
import TipsLanguage

/// Turns the posts of a thread into tagged tips.
///
/// A tip is a recommendation act, not a mention: each clause is read for what it does (see
/// `SpeechAct`): advice ("Try X", "you should X", "I'd suggest X"), a benefit report ("X
/// helped"), an experience report ("I lowered my saddle") in a thread about a problem, a
/// failed attempt ("X didn't help me at all"), a warning, a question or something else. Only
/// the first three recommend; a failed attempt is kept as an `.against` tip so the remedy
/// shows as disputed. What they recommend is a lexicon remedy named in the clause, or,
/// failing that, the act's own words (`OpenRemedy`): the verb phrase of advice, the subject of
/// a benefit. Outside threads about health, advice is mostly about software or teaching, so
/// only lexicon remedies count there, and only from advice or benefit.
///
/// The thread's asker recommends only what they report worked, wherever it stands. A post
/// that agrees with another ("+1", "What Coach Chad said!") endorses the remedies of the
/// post it agrees with. One tip is kept per remedy, post and stance.
public struct TipExtractor: Sendable {
  public let lexicon: Lexicon
  public let language: LanguageModel
  private let spellingVariants: SpellingVariants

  public init(lexicon: Lexicon, language: LanguageModel) {
    self.lexicon = lexicon
    self.language = language
    spellingVariants = SpellingVariants(lexicon: lexicon)
  }

  public func tips(in thread: Thread) -> [Tip] {
    guard let opener = thread.posts.first else { return [] }
    let threadConditions = unique(
      conditions(in: thread.title) + conditions(in: opener.text))
    // The question is about health when it names a condition or a muscle group the lexicon
    // knows, or a health word ("ear", "bleeding", "migraine").
    let openingText = thread.title + "\n" + opener.text
    let openingWords = WordFolding.words(in: openingText[...])
    let openingMatches = lexicon.matches(in: openingWords)
    let bodyMentions = openingMatches.filter { match in
      let words = openingWords[match.words].map(\.folded)
      return !Cues.everydayBodyWords.contains(words)
        && match.terms.contains { term in
          if case .muscle = term { return true }
          return false
        }
    }.count
    let remedyMentions = openingMatches.filter { match in
      match.terms.contains { term in
        switch term {
        case .remedy, .tool: return true
        case .muscle, .condition: return false
        }
      }
    }.count
    let namesBody = Self.namesBody(bodyMentions: bodyMentions, remedyMentions: remedyMentions)
    // "I inflamed my IT band", "my hamstrings are tight": the muscle groups the opener says
    // are its writer's and in trouble, one or two, are what a tip naming none of its own is
    // for (a newsletter's "core" or a reply's "tight abdominal muscles" are no one's).
    let musclesInTrouble = unique(
      openingMatches.flatMap { match in
        match.terms.compactMap { term -> String? in
          guard case .muscle(let name) = term,
            openingWords[max(0, match.words.lowerBound - 2)..<match.words.lowerBound].contains(
              where: { $0.folded == "my" }),
            Self.isInTrouble(match.words, in: openingWords, of: openingText, orHurt: true)
          else { return nil }
          return name
        }
      })
    let threadMuscles = (1...2).contains(musclesInTrouble.count) ? musclesInTrouble : []
    // "Hands feel totally battered", "skin on my fingertips keeps splitting": one part of
    // the body with how it feels beside it.
    let bodyParts =
      openingMatches.filter { match in
        match.terms.contains { if case .muscle = $0 { true } else { false } }
      }.map(\.words)
      + openingWords.indices.filter { Cues.partsOfTheBody.contains(openingWords[$0].folded) }
      .map { $0..<($0 + 1) }
    let bodyInTrouble = bodyParts.contains {
      Self.isInTrouble($0, in: openingWords, of: openingText)
    }
    // One health word in passing ("a pain to set up", "color bleed", "a symptom of the bug")
    // is a figure of speech: the question is about health when it names a condition, a
    // health word in its title, two health words, a medical term ("rhinitis",
    // "endometriosis"), or the body beside a health word.
    let healthWordCount = openingWords.count { Cues.isHealthWord($0, in: openingText) }
    let bodyStateCount = openingWords.count { Cues.isBodyState($0, in: openingText) }
    // "Barbecued foods and health risk": a title may name health itself.
    let titleNamesHealth = WordFolding.words(in: thread.title[...]).contains {
      Cues.isHealthWord($0, in: thread.title) || $0.folded == "health"
    }
    let threadIsAboutHealth =
      !threadConditions.isEmpty || titleNamesHealth || healthWordCount >= 2
      || openingWords.contains { Cues.isMedicalTerm($0.folded) }
      || namesBody && healthWordCount + bodyStateCount >= 1 || bodyInTrouble
    let title = ThreadTopic.withoutAsides(thread.title)
    let titleAnalysis = analyzeSentence(
      title, range: title.startIndex..<title.endIndex, paragraph: 0)
    let aims = ThreadTopic.aims(of: titleAnalysis)
    // In a thread about health every sentence is read, the opener's as below.
    let openerSentences = threadIsAboutHealth ? analyze(opener.text) : nil
    let topic =
      ThreadTopic.of(title: titleAnalysis, aims: aims, isHealthWord: Cues.isHealthWord)
      ?? openerSentences.flatMap { ThreadTopic.named(title: titleAnalysis, in: $0) }
      ?? openerSentences.flatMap { ThreadTopic.asked(in: $0, aims: aims) }
    var draftsByPost: [Int: [TipDraft]] = [:]
    var tips: [Tip] = []
    // A first post that answers a post the export lacks (a mail archive that kept the
    // replies, not the question: a "Re:" subject, a quote of someone else) leaves no one in
    // the thread known to be the asker.
    let openerIsAReply =
      opener.answersMissingPost
      || opener.quotes.contains { quoted in quoted.author.map { $0 != opener.author } ?? false }

    // The opener's writer is the asker unless the opener shares rather than asks.
    var openerShares = false
    let signOffs = Self.signOffs(of: thread)
    for (index, post) in thread.posts.enumerated() {
      let wroteTheOpener =
        !openerIsAReply
        && (post.number == opener.number
          || (opener.author != nil && post.author == opener.author))
      var sentences: [SentenceAnalysis]
      // Only asked off the topic of health.
      let postHasHealthWords: Bool
      if index == 0, let openerSentences {
        sentences = openerSentences
        postHasHealthWords = false
      } else {
        let sentenceWords = sentenceWords(in: post.text)
        postHasHealthWords =
          !threadIsAboutHealth
          && sentenceWords.contains { sentence in
            sentence.words.contains { Cues.isHealthWord($0, in: post.text) }
          }
        sentences = analyze(
          post.text, sentences: sentenceWords,
          tagsEverySentence: threadIsAboutHealth || postHasHealthWords,
          speaksOfATopic: topic != nil)
      }
      for i in sentences.indices {
        sentences[i].mentions.removeAll { aims.contains($0.name) }
      }
      // A first post that advises more than it asks ("NATURAL remedies: (1) The 7-day fast
      // ... Eat grapes every 2 hours") shares advice: its writer is no asker, there or in a
      // later post.
      if post.number == opener.number {
        openerShares = Self.sharesUnasked(
          sentences, title: thread.title, isAboutHealth: threadIsAboutHealth)
      }
      let isAsker = wroteTheOpener && !openerShares
      let postConditions = unique(threadConditions + sentences.flatMap(\.conditions))
      // In a thread about an ache or an injury, naming a remedy is advice; elsewhere ("a
      // creature learning to walk", "the rest did not") the sentence must say so.
      // A post in another thread is about health where it names the body in words that
      // mean only the body (not "the core team", "ARM builds", "a quad"), or a condition
      // beside a health word ("a headache" alone is a figure of speech).
      let bodyWords = sentences.reduce(0) { $0 + $1.bodyWords }
      let isAboutHealth =
        threadIsAboutHealth
        || !sentences.allSatisfy(\.conditions.isEmpty)
          && (postHasHealthWords || bodyWords > 0)
        || Self.namesBody(
          bodyMentions: bodyWords, remedyMentions: sentences.reduce(0) { $0 + $1.mentions.count })
      if isAboutHealth, !isAsker, post.number != opener.number {
        readAnsweringName(in: &sentences, text: post.text, signOffs: signOffs)
      }
      var agreement: (AgreementFinder.Found, target: Int)? = nil
      // An agreement inside a sentence ("so I'm in agreement with Chad") that finds no
      // advice to agree with leaves the sentence to speak for itself.
      if !isAsker, let found = AgreementFinder.agreement(in: post, sentences: sentences),
        let target = AgreementFinder.target(
          of: found, in: post, thread: thread, draftsByPost: draftsByPost),
        found.opensSentence
          || draftsByPost[target, default: []].contains(where: { $0.stance != .against })
      {
        agreement = (found, target)
      }
      // The agreeing sentence ("+1 for rolling") speaks as an agreement, not on its own.
      var drafts = ownDrafts(
        of: post, sentences: sentences, isAsker: isAsker, isAboutHealth: isAboutHealth,
        topic: topic, skipping: agreement?.0.sentence.range)
      if let (found, target) = agreement {
        endorse(
          target: target, agreement: found, post: post, drafts: &drafts,
          draftsByPost: draftsByPost)
      }
      if !isAsker {
        attachGeneralCaveats(
          sentences: sentences, text: post.text, topic: topic?.mention.name, to: &drafts)
      }
      unifyNamesOfOneRemedy(in: &drafts)
      draftsByPost[post.number] = drafts
      for draft in drafts {
        var draft = draft
        if draft.muscles.isEmpty, draft.stance != .against, !openerIsAReply {
          draft.muscles = threadMuscles
        }
        tips.append(draft.tip(thread: thread.id, post: post, conditions: postConditions))
      }
    }
    return tips
  }

  /// Whether a name found in a clause's words opens with what is done: a verb of the clause
  /// ("roll foot", "peel skin" of "try peeling the skin") or "avoid". A carrier verb the name
  /// leaves out ("use your shoulder muscles") leaves only the thing.
  private static func opensWithAVerb(
    _ found: OpenRemedy.Found, within clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    guard let first = found.name.split(separator: " ").first.map(String.init) else {
      return false
    }
    return first == "avoid"
      || (found.start..<clause.upperBound).contains {
        sentence.tags[$0].upos == .verb && sentence.tags[$0].lemma == first
      }
  }

  /// Names a post gave in its own words that misspell a lexicon remedy ("sumatripton") become
  /// that remedy, with its kind and tags; so do one-word names the post points back to a
  /// remedy it named before by ("I bought some ear drops. The drops did nothing."). Where
  /// the post names it rightly too, the two are one tip.
  private func unifyNamesOfOneRemedy(in drafts: inout [TipDraft]) {
    for i in drafts.indices where lexicon.remedies[drafts[i].remedy] == nil {
      if let earlier = drafts[..<i].last(where: { Self.isPointedBack(to: $0, by: drafts[i]) }) {
        drafts[i].remedy = earlier.remedy
        drafts[i].kind = earlier.kind
        drafts[i].wording = earlier.wording
        continue
      }
      guard let known = spellingVariants.remedy(misspelledAs: drafts[i].remedy),
        let entry = lexicon.remedies[known]
      else { continue }
      drafts[i].remedy = entry.name
      drafts[i].kind = entry.kind
      drafts[i].muscles = unique(entry.muscles + drafts[i].muscles)
      drafts[i].tools = unique(entry.tools + drafts[i].tools)
      drafts[i].wording = nil
    }
    var kept: [TipDraft] = []
    for draft in drafts {
      if let i = kept.firstIndex(where: {
        $0.remedy == draft.remedy && ($0.stance == .agrees) == (draft.stance == .agrees)
      }) {
        kept[i].absorb(draft)
      } else {
        kept.append(draft)
      }
    }
    drafts = kept
  }

  /// Whether `later`, a one-word name, is the last word of `earlier`'s longer name that its
  /// quote points back to with "the", "these" or "those" ("ear drops" ... "the drops").
  private static func isPointedBack(to earlier: TipDraft, by later: TipDraft) -> Bool {
    let name = later.remedy
    guard !name.contains(" "), earlier.stance != .agrees, later.stance != .agrees,
      let last = earlier.remedy.split(separator: " ").last, earlier.remedy.contains(" "),
      [name, name + "s", name + "es"].contains(String(last))
    else { return false }
    let words = later.quote.lowercased().split(whereSeparator: { !$0.isLetter })
    return zip(words, words.dropFirst()).contains { pointer, word in
      ["the", "these", "those"].contains(pointer) && word == last
    }
  }

  /// Whether the part of the body named by `part` of `words` has how it feels within four
  /// words of it ("my hamstrings are tight"), or with `orHurt`, a word of health ("I
  /// inflamed my IT band", "knee pain").
  private static func isInTrouble(
    _ part: Range<Int>, in words: [WordSpan], of text: String, orHurt: Bool = false
  ) -> Bool {
    let near = max(0, part.lowerBound - 4)..<min(words.count, part.upperBound + 4)
    return near.contains { i in
      !part.contains(i)
        && (Cues.isBodyState(words[i], in: text)
          || orHurt && Cues.isHealthWord(words[i], in: text))
    }
  }

  /// Whether text is about the body: one muscle word alone may be something else (a "quad"
  /// of a mesh, an "ARM" board), two, or one beside a remedy, are not.
  private static func namesBody(bodyMentions: Int, remedyMentions: Int) -> Bool {
    bodyMentions >= 2 || bodyMentions == 1 && remedyMentions > 0
  }

  // MARK: - Sentences

  /// The post's sentences. Off the topic of health only lexicon remedies count, so there a
  /// sentence is tagged only when it or the sentence before it names something the lexicon
  /// knows: the tagger is most of extraction's cost, and most such sentences name nothing.
  ///
  /// In a thread that asks about one remedy (`speaksOfATopic`: "Should I be doing ice
  /// baths?"), a sentence that speaks of "it" or "them" is read too, for what it says of the
  /// topic ("I wouldn't do them routinely"); off the topic of health it names nothing else.
  func analyze(_ text: String, tagsEverySentence: Bool = true, speaksOfATopic: Bool = false)
    -> [SentenceAnalysis]
  {
    analyze(
      text, sentences: sentenceWords(in: text), tagsEverySentence: tagsEverySentence,
      speaksOfATopic: speaksOfATopic)
  }

  /// A sentence's place in its text, its words and what the lexicon names in them: what
  /// deciding how to read a post needs before its sentences are read.
  struct SentenceWords {
    var range: Range<String.Index>
    var paragraph: Int
    var words: [WordSpan]
    var matches: [PhraseMatch]
  }

  /// The sentences of `text`, split into words, with the lexicon's matches.
  func sentenceWords(in text: String) -> [SentenceWords] {
    var result: [SentenceWords] = []
    var paragraph = 0
    var scanned = text.startIndex
    var inReferences = false
    for range in SentenceSplitter.sentences(in: text) {
      paragraph += Self.paragraphBreaks(in: text[scanned..<range.lowerBound])
      scanned = range.lowerBound
      // A line of program code ("const auto dist = Max(diffX, diffY);") is no prose, nor is
      // what follows a heading of references ("Evans, GW. Int J Biosoc Med Res 1989"): their
      // words name nothing a reader would take as advice.
      var words =
        inReferences || Self.looksLikeCode(text[range]) ? [] : Self.words(in: text[range])
      if Self.headsReferences(words) {
        inReferences = true
        words = []
      }
      result.append(
        SentenceWords(
          range: range, paragraph: paragraph, words: words, matches: lexicon.matches(in: words)))
    }
    return result
  }

  func analyze(
    _ text: String, sentences: [SentenceWords], tagsEverySentence: Bool, speaksOfATopic: Bool
  ) -> [SentenceAnalysis] {
    var result: [SentenceAnalysis] = []
    result.reserveCapacity(sentences.count)
    var previousNamed = false
    for sentence in sentences {
      let tagged = tagsEverySentence || previousNamed || !sentence.matches.isEmpty
      let speaksOfIt =
        !tagged && speaksOfATopic
        && sentence.words.contains { Self.topicPronouns.contains($0.folded) }
      var analysis = analyzeSentence(
        text, range: sentence.range, paragraph: sentence.paragraph, words: sentence.words,
        matches: sentence.matches, tagged: tagged || speaksOfIt)
      if speaksOfIt { analysis.mentions.removeAll(where: \.isDiscovered) }
      result.append(analysis)
      previousNamed = !sentence.matches.isEmpty
    }
    if tagsEverySentence {
      Self.readListItems(in: &result, text: text)
      Self.readHeadedItems(in: &result, text: text)
      Self.readPrescriptions(in: &result, text: text)
      Self.readVouchedFragments(in: &result, text: text)
      Self.readAdditions(in: &result)
      Self.readComparisons(in: &result, text: text)
      Self.readVerblessSeries(in: &result)
      Self.readAdjustedThings(in: &result)
      Self.readAffirmedQuestions(in: &result)
    }
    return result
  }

  /// "Question: is balloon dilation safe, common, and indicated? ... Yes, this is a common
  /// and safe procedure.": a question whether a thing is safe or worth doing, answered "yes"
  /// within the next two sentences, recommends the thing; the answer is the quote.
  private static func readAffirmedQuestions(in sentences: inout [SentenceAnalysis]) {
    for index in sentences.indices.dropFirst() {
      let answer = sentences[index]
      guard !answer.isQuestion, answer.words.count > 1, answer.words[0].folded == "yes",
        answer.mentions.isEmpty,
        !answer.words.contains(where: { ["not", "no", "never"].contains($0.folded) }),
        let asked = (max(0, index - 2)..<index).last(where: { sentences[$0].isQuestion }),
        let thing = askedApproval(in: sentences[asked])
      else { continue }
      if var named = thing.mention {
        // The lexicon's remedy, quoted by the answer: its words are the question's.
        named.position = answer.words[0].range.lowerBound
        named.end = nil
        named.isProblem = false
        named.act = .advice
        sentences[index].mentions.append(named)
        sentences[index].acts[0] = .advice
      } else {
        give(.advice, toItem: (thing.name, 0), of: &sentences[index])
      }
    }
  }

  /// The thing a question asks whether it is safe or worth doing ("is balloon dilation safe,
  /// common, and indicated?"), as the lexicon's mention of it or the name of its words.
  private static func askedApproval(in question: SentenceAnalysis)
    -> (name: String, mention: RemedyMention?)?
  {
    let words = question.words.map(\.folded)
    guard question.tags.count == words.count,
      let be = words.firstIndex(where: { ["is", "are"].contains($0) }), be + 1 < words.count
    else { return nil }
    var first = be + 1
    while first < words.count, question.tags[first].upos == .determiner { first += 1 }
    // The lexicon's name is read whole, however the tagger took its words ("balloon/ADP").
    let named = question.mentions.first { mention in
      !mention.isProblem && question.wordIndex(of: mention) == first
    }
    let subject: Range<Int>
    if let end = named?.end,
      let last = question.words.lastIndex(where: { $0.range.upperBound <= end }), last >= first
    {
      subject = first..<(last + 1)
    } else {
      subject = OpenRemedy.nounPhrase(from: be + 1, in: question, within: (be + 1)..<words.count)
    }
    let asked = words[subject.upperBound...].prefix(6)
    guard !subject.isEmpty, asked.contains(where: approvingWords.contains),
      !asked.contains(where: disapprovingWords.contains),
      !question.words[subject].contains(where: {
        Cues.isHealthWord($0.folded) || Cues.everydayBodyWords.contains([$0.folded])
      })
    else { return nil }
    if let named { return (named.name, named) }
    guard let name = OpenRemedy.name(of: subject, in: question) else { return nil }
    return (name, nil)
  }

  /// What a question asks a thing to be where "yes" recommends it.
  private static let approvingWords: Set<String> = [
    "safe", "effective", "worth", "worthwhile", "good", "helpful", "useful", "advisable",
    "indicated", "recommended", "ok", "okay", "fine", "beneficial",
  ]
  /// What a question asks a thing to be where "yes" warns of it: "is it safe or dangerous?"
  /// asks both.
  private static let disapprovingWords: Set<String> = [
    "dangerous", "harmful", "bad", "risky", "unsafe", "toxic", "useless", "overrated",
  ]

  /// Whether a sentence is the heading of a list of references: "References:",
  /// "Bibliography", "Works cited".
  private static func headsReferences(_ words: [WordSpan]) -> Bool {
    switch words.map(\.folded) {
    case ["reference"], ["bibliography"], ["citation"], ["work", "cite"], ["literature", "cite"]:
      true
    default: false
    }
  }

  /// Words of a sentence that announces a list of what worked or what to do: "I attribute
  /// my success to several factors:", "What I did differently:", "Lessons learned:".
  private static let listLeadWords: Set<String> = [
    "success", "tip", "advice", "suggestion", "recommendation", "remedy", "treatment",
    "differently", "lesson",
  ]
  /// The most items one announcement governs.
  private static let listReach = 10

  /// The items of a list that a sentence ending in a colon announces as advice, or by naming
  /// a success, a tip or a treatment ("you might consider the following:", "I attribute my
  /// success to several factors:"): each following sentence without a verb ("1) Chelated
  /// Manganese 25-50mg/day.", "Very low fat.") names a remedy, with the announcement's act.
  /// The list ends at a paragraph that opens with a sentence of its own.
  private static func readListItems(in sentences: inout [SentenceAnalysis], text: String) {
    var act: SpeechAct? = nil
    var items = 0
    var paragraph = -1
    for index in sentences.indices {
      let sentence = sentences[index]
      let opensParagraph = sentence.paragraph != paragraph
      paragraph = sentence.paragraph
      if let listAct = act {
        // An item opens its paragraph or its line with a list marker.
        let marked = Self.opensWithListMarker(sentence, in: text)
        // "What I did differently: - I paced myself and ran slower": what an item tells of
        // having done is what the announcement credits.
        // A marked item names it whatever the tagger made of its verb ("-I foam/NN rolled").
        let told: Set<SpeechAct> = marked ? [.experience, .other] : [.experience]
        if opensParagraph || marked, listAct == .benefit, items < listReach,
          sentence.acts.contains(.experience)
            || sentence.mentions.contains(where: { told.contains($0.act) })
        {
          for c in sentences[index].acts.indices where told.contains(sentences[index].acts[c]) {
            sentences[index].acts[c] = .benefit
          }
          for m in sentences[index].mentions.indices
          where told.contains(sentences[index].mentions[m].act) {
            sentences[index].mentions[m].act = .benefit
          }
          items += 1
          continue
        }
        if opensParagraph || marked, let name = fragmentName(sentence, in: text), items < listReach
        {
          give(listAct, toItem: name, of: &sentences[index])
          items += 1
          continue
        }
        if opensParagraph || items >= listReach { act = nil }
      }
      guard text[sentence.range].last(where: { !$0.isWhitespace }) == ":",
        !sentence.isQuestion, sentence.mentions.allSatisfy(\.isDiscovered),
        !announcesTroubles(sentence.clauses.last ?? 0..<sentence.words.count, of: sentence)
      else { continue }
      if sentence.acts.contains(.advice) {
        act = .advice
      } else if sentence.tags.contains(where: { listLeadWords.contains($0.lemma) }) {
        // "Four factors that make a difference:" may be what makes it worse; a success,
        // a tip or a treatment announced is what helps.
        act = .benefit
      } else {
        continue
      }
      // The announcement names what follows, not a remedy of its own ("attribute success").
      sentences[index].mentions.removeAll()
      items = 0
    }
  }

  /// Whether a sentence opens with a list marker: a number or letter ("1)", "(2)", "A.") or
  /// a bullet ("-", "*", "•").
  private static func opensWithListMarker(_ sentence: SentenceAnalysis, in text: String) -> Bool {
    sentence.tags.first.map { $0.xpos == "LS" || $0.upos == .numeral } ?? false
      || ["-", "*", "•"].contains(text[sentence.range].first)
  }

  /// "(2) THE GRAPE DIET. Eat 2 to 3 ounces of fresh grapes every 2 hours.", "1. Foam
  /// rolling. Roll each quad for two minutes.": a numbered or bulleted item that is only a
  /// name, with advice right after it in its paragraph, heads that advice: it is what the
  /// advice is about, and advised with it. An unmarked name ("Race", "Pre-race") heads a
  /// section, not advice; a heading of the body or a trouble ("1. Knee pain. See a physio.")
  /// says what the advice is for.
  private static func readHeadedItems(in sentences: inout [SentenceAnalysis], text: String) {
    for index in sentences.indices.dropLast() {
      let sentence = sentences[index]
      let next = sentences[index + 1]
      guard Self.opensWithListMarker(sentence, in: text), next.paragraph == sentence.paragraph,
        !next.isQuestion,
        next.acts.contains(.advice), sentence.conditions.isEmpty, sentence.muscles.isEmpty,
        let name = unrecommendedFragment(sentence, in: text, longest: 8),
        itemSpan(name).upperBound == sentence.words.count,
        !sentence.words[itemSpan(name)].contains(where: {
          Cues.isConditionTerm($0.folded) || troubleHeadings.contains($0.folded)
            || Cues.everydayBodyWords.contains([$0.folded])
        })
      else { continue }
      give(.advice, toItem: name, of: &sentences[index])
    }
  }
  /// Words of a trouble a heading names.
  private static let troubleHeadings: Set<String> = [
    "pain", "ache", "aches", "injury", "injuries", "cramp", "cramps", "soreness", "symptom",
    "symptoms", "problem", "problems", "issue", "issues",
  ]

  /// "Zinc lozenges cut mine to 2-3 days. That and going to bed at 9.", "Magnesium has been
  /// a game changer, plus no phone in the bedroom": what a clause adds with "plus", or a
  /// sentence with "that and", to a remedy the clause or sentence before credits or advises
  /// is credited or advised with it: a gerund's phrase, or a name without a verb.
  private static func readAdditions(in sentences: inout [SentenceAnalysis]) {
    for index in sentences.indices {
      let sentence = sentences[index]
      guard !sentence.isQuestion, sentence.tags.count == sentence.words.count else { continue }
      let folded = sentence.words.map(\.folded)
      for (c, clause) in sentence.clauses.enumerated() {
        // The act of what is added to: the clause before in the sentence, or the sentence
        // before in the paragraph.
        let start: Int
        let credited: SpeechAct?
        if c > 0, folded[clause.lowerBound] == "plus" {
          start = clause.lowerBound + 1
          credited =
            sentence.mentions.first(where: {
              $0.act.recommends && $0.position < sentence.words[clause.lowerBound].range.lowerBound
            })?.act
        } else if c == 0,
          folded.starts(with: ["that", "and"]) || folded.starts(with: ["this", "and"]),
          index > 0, sentences[index - 1].paragraph == sentence.paragraph
        {
          start = clause.lowerBound + 2
          credited = sentences[index - 1].mentions.first(where: { $0.act.recommends })?.act
        } else {
          continue
        }
        guard let act = credited, [.benefit, .advice].contains(act), start < clause.upperBound,
          !clause.contains(where: {
            $0 >= start && ["VBZ", "VBD", "VBP", "MD"].contains(sentence.tags[$0].xpos)
          })
        else { continue }
        let rest = start..<clause.upperBound
        // A remedy the lexicon names there takes the act.
        let named = sentence.mentions.indices.filter { m in
          rest.contains { sentence.words[$0].range.lowerBound == sentence.mentions[m].position }
        }
        if !named.isEmpty {
          for m in named where !sentences[index].mentions[m].act.recommends {
            sentences[index].mentions[m].act = act
          }
          sentences[index].acts[c] = act
          continue
        }
        if sentence.tags[start].xpos == "VBG",
          let found = OpenRemedy.fromVerb(at: start, in: sentence, within: rest)
        {
          sentences[index].mentions.append(Self.discovered(found, in: sentence, act: act))
          sentences[index].acts[c] = act
          continue
        }
        // "no phone in the bedroom": the whole name, what it keeps out included.
        guard sentence.tags[start].xpos != "VBG",
          !sentence.words[rest].contains(where: {
            Cues.isHealthWord($0.folded) || Cues.everydayBodyWords.contains([$0.folded])
          }),
          let name = OpenRemedy.name(of: rest, in: sentence)
        else { continue }
        give(act, toItem: (name, start), of: &sentences[index])
      }
    }
  }

  /// The name a sentence without a verb gives (`fragmentName`), where nothing in it is
  /// recommended yet and its name is no pronoun. ("Mine's been tight for 14 months" has a
  /// verb the tagger left as a participle.)
  private static func unrecommendedFragment(
    _ sentence: SentenceAnalysis, in text: String, longest: Int = 10
  ) -> (text: String, start: Int)? {
    guard !sentence.mentions.contains(where: { $0.act.recommends }),
      !sentence.tags.contains(where: { ["be", "have"].contains($0.lemma) }),
      let name = fragmentName(sentence, in: text, longest: longest),
      sentence.tags[name.start].upos != .pronoun
    else { return nil }
    return name
  }

  /// "DHE IV infusions for about 3 days (in hospital).", "Magnesium 400 mg at night.": a
  /// sentence without a verb that names a thing and then how long, how often or how much
  /// to take of it prescribes it, in a list or not. A name of the body or a trouble ("Pain
  /// for three weeks.") prescribes nothing.
  private static func readPrescriptions(in sentences: inout [SentenceAnalysis], text: String) {
    for index in sentences.indices {
      let sentence = sentences[index]
      // "psyllium husk every morning in a big glass of water + a 20 min walk after
      // breakfast": how it is taken may run long. A name after a sign-off mark ("~ Kiran
      // (Now a two-pound slab of ribs a day ...)") signs the post.
      guard let name = unrecommendedFragment(sentence, in: text, longest: 20),
        !["~", "--"].contains(where: { text[sentence.range].hasPrefix($0) })
      else { continue }
      let span = itemSpan(name)
      let rest = sentence.words[span.upperBound...].map(\.folded)
      // "15 drops three times a day" doses what was named before.
      guard CaveatFinder.saysHowLongOrOften(rest) || CaveatFinder.saysHowMuch(rest),
        !sentence.words[span].contains(where: { Cues.isHealthWord($0.folded) }),
        !sentence.words[span].contains(where: { CaveatFinder.doseUnits.contains($0.folded) })
      else { continue }
      give(.advice, toItem: name, of: &sentences[index])
    }
  }

  /// "ESOLES custom insoles. Pricey but I went from numb at 2hrs to fine for 8. Worth every
  /// penny.", "bar mitts. you'll look like a courier but they work.": a sentence without a
  /// verb that names a thing, vouched for by a sentence after it in the paragraph that names
  /// nothing and reports it helped or commends it, is put forward as that sentence says.
  /// Only sentences that name nothing may stand between. A name of the body or a trouble
  /// ("Numb toes. It works out after an hour") is no thing to vouch for.
  private static func readVouchedFragments(in sentences: inout [SentenceAnalysis], text: String) {
    for index in sentences.indices {
      let sentence = sentences[index]
      guard let name = unrecommendedFragment(sentence, in: text),
        !sentence.words[itemSpan(name)].contains(where: {
          Cues.isHealthWord($0.folded) || Cues.everydayBodyWords.contains([$0.folded])
        })
      else { continue }
      // A short name that opens the sentence: "Probably a single dose." hedges, and "This
      // kit targets ..." is a sentence whose verb the tagger took for a noun.
      let span = itemSpan(name)
      guard text[sentence.range].last(where: { !$0.isWhitespace }) != ":", span.count <= 4,
        sentence.tags[..<span.lowerBound].allSatisfy({ $0.upos == .punctuation || $0.xpos == "LS" }
        ),
        !sentence.tags[span].contains(where: { $0.upos == .coordinatingConjunction }),
        sentence.tags[span.upperBound - 1].upos == .noun,
        sentence.words[span].contains(where: { word in
          text[word.range].contains(where: \.isLowercase)
        })
      else { continue }
      for later in sentences[(index + 1)...].prefix(2) {
        guard later.paragraph == sentence.paragraph, later.namesNoRemedy, !later.isQuestion
        else { break }
        if later.reportsBenefit || later.words.first?.folded == "worth" {
          give(later.reportsBenefit ? .benefit : .advice, toItem: name, of: &sentences[index])
          break
        }
      }
    }
  }

  /// "Iron. Had my ferritin checked ...", "Nasal spray.", "honestly walking.": a reply that
  /// opens with a short name, no verb and a full stop answers the question with it, as a
  /// lexicon name opening a sentence does (`fragmentAct`). Only the reply's first sentence
  /// is read so: later in a post a bare name is as often a heading or an aside. These answer
  /// nothing: an exclamation mark ("Shades of James Watson!"), a name of the body or a trouble
  /// ("Classic ITB."), agreement ("Same boat."), and an exclamation the tagger takes for a
  /// name when it opens with a capital ("Whoa.", "Yup.") or means as a verdict ("Nonsense.").
  /// A lone word must be followed by more than a question. A line that closes a post of the
  /// thread is a signature (`signOffs`), left at the head of a reply by a quote cut short.
  private func readAnsweringName(
    in sentences: inout [SentenceAnalysis], text: String, signOffs: Set<Substring>
  ) {
    guard let sentence = sentences.first, sentence.words.count <= 8,
      text[sentence.range].last(where: { !$0.isWhitespace }) == ".",
      !signOffs.contains(Self.trimmed(text[sentence.range])),
      let name = Self.unrecommendedFragment(sentence, in: text)
    else { return }
    let span = Self.itemSpan(name)
    guard span.count <= 4,
      !sentence.words[..<span.upperBound].contains(where: { Self.notAnswers.contains($0.folded) }),
      span.count > 1 || sentences.dropFirst().first.map({ !$0.isQuestion }) == true,
      sentence.tags[span].allSatisfy({
        [.noun, .properNoun, .adjective].contains($0.upos) || $0.xpos == "VBG"
      }),
      [.noun, .properNoun].contains(sentence.tags[span.upperBound - 1].upos)
        || sentence.tags[span.upperBound - 1].xpos == "VBG",
      !sentence.words[span].contains(where: {
        Cues.isHealthWord($0.folded) || Cues.everydayBodyWords.contains([$0.folded])
          || Cues.partsOfTheBody.contains($0.folded)
      }),
      !language.analyze(text[sentence.range].lowercased()[...]).contains(where: {
        $0.upos == .interjection
      })
    else { return }
    Self.give(.advice, toItem: name, of: &sentences[0])
  }

  /// The last lines of the thread's posts of four words or fewer: the names posters sign
  /// with ("Marty B.", "-Brian").
  private static func signOffs(of thread: Thread) -> Set<Substring> {
    Set(
      thread.posts.compactMap { post in
        guard let signed = lastLine(of: post.text) else { return nil }
        return signed.split(separator: " ").count <= 4 ? signed : nil
      })
  }

  /// The last line of `text` that holds more than whitespace, trimmed, found from the end.
  private static func lastLine(of text: String) -> Substring? {
    var end = text.endIndex
    while end > text.startIndex {
      let start =
        text[..<end].lastIndex(where: \.isNewline).map(text.index(after:))
        ?? text.startIndex
      let line = trimmed(text[start..<end])
      if !line.isEmpty { return line }
      end = start > text.startIndex ? text.index(before: start) : start
    }
    return nil
  }

  /// Words of a bare name which is no answer: agreeing ("Same boat."), diagnosing ("Classic
  /// ITB.", "Textbook runner's knee."), greeting ("Congrats on the half!") or exclaiming
  /// ("Good grief.", "Rubbish.") or guessing ("Probably a single dose.").
  private static let notAnswers: Set<String> = Set(
    [
      "same", "classic", "typical", "textbook", "congrats", "congratulations", "welcome",
      "thanks", "cheers", "kudos", "condolences", "sympathies", "hugs", "respect", "grief",
      "nonsense", "rubbish", "bollocks", "baloney", "bunk", "garbage", "crap", "bullshit",
      "tosh", "poppycock", "bingo", "darn", "damn", "snort", "heck", "hell", "jeez", "gosh",
      // Hedges: "Probably a single dose." guesses.
      "probably", "maybe", "perhaps", "possibly",
    ].map(WordFolding.fold))

  /// "Smaller meals but more of them.", "Lighter weights, more reps.", "Shorter cranks.": a
  /// sentence without a verb that opens with a comparative and names a thing asks for more
  /// or less of it, which is advice. Less of a trouble or of the body ("Less pain now") is
  /// a report, and a heading ("More screenshots:") announces what follows.
  private static func readComparisons(in sentences: inout [SentenceAnalysis], text: String) {
    for index in sentences.indices {
      let sentence = sentences[index]
      let tags = sentence.tags
      guard !sentence.isQuestion, (2...8).contains(sentence.words.count),
        text[sentence.range].last(where: { !$0.isWhitespace }) != ":",
        tags.count == sentence.words.count,
        tags[0].xpos == "JJR" || comparatives.contains(sentence.words[0].folded),
        !tags.contains(where: { [.verb, .auxiliary].contains($0.upos) }),
        !sentence.mentions.contains(where: { $0.act.recommends })
      else { continue }
      var end = 1
      while end < tags.count, [.noun, .adjective].contains(tags[end].upos) { end += 1 }
      guard end > 1, tags[end - 1].upos == .noun,
        !sentence.words[1..<end].contains(where: {
          Cues.isHealthWord($0.folded) || Cues.everydayBodyWords.contains([$0.folded])
        }),
        let thing = OpenRemedy.name(of: 1..<end, in: sentence)
      else { continue }
      let name = sentence.words[0].folded + " " + thing
      give(.advice, toItem: (name, 0), of: &sentences[index])
    }
  }

  /// Comparatives of amount, size and effort, which the tagger may take for a name when
  /// they open a sentence ("Smaller/NNP meals").
  private static let comparatives: Set<String> = [
    "more", "less", "fewer", "smaller", "bigger", "larger", "lighter", "heavier", "shorter",
    "longer", "lower", "higher", "softer", "harder", "easier", "slower", "faster", "warmer",
    "cooler", "wider", "narrower", "thicker", "thinner", "earlier", "cheaper", "better",
  ]

  /// "Loads of fluids, honey and lemon for the throat, and sleep as much as you can": names
  /// without a verb before the imperative that ends their series are advised with it, the
  /// imperative too. Names of the body or a trouble are left out.
  private static func readVerblessSeries(in sentences: inout [SentenceAnalysis]) {
    for index in sentences.indices where !sentences[index].isQuestion {
      let sentence = sentences[index]
      let tags = sentence.tags
      guard tags.count == sentence.words.count, sentence.clauses.count >= 1 else { continue }
      func isVerbless(_ clause: Range<Int>) -> Bool {
        !clause.contains {
          [.verb, .auxiliary].contains(tags[$0].upos) && !["VBG", "VBN"].contains(tags[$0].xpos)
        }
      }
      // The imperative that closes a series: "..., and sleep/VBP as much as you can".
      func imperative(_ clause: Range<Int>) -> Int? {
        guard ["and", "or"].contains(sentence.words[clause.lowerBound].folded) else { return nil }
        let verb = clause.dropFirst().first { tags[$0].upos != .adverb } ?? clause.upperBound
        // Not "..., and spray off the face will help": a verb after it makes it a noun.
        guard verb < clause.upperBound, ["VB", "VBP"].contains(tags[verb].xpos),
          !clause[(verb + 1)...].contains(where: {
            ["MD", "VBZ", "VBD"].contains(tags[$0].xpos) && tags[$0 - 1].upos != .pronoun
          })
        else { return nil }
        return verb
      }
      guard let closer = sentence.clauses.indices.last, closer > 0,
        sentence.clauses[..<closer].allSatisfy(isVerbless)
      else { continue }
      guard let verb = imperative(sentence.clauses[closer]) else {
        readGerundSeries(in: &sentences[index], closer: closer)
        continue
      }
      let items = sentence.clauses[..<closer].flatMap { conjuncts(of: $0, in: sentence) }
      let clause = sentence.clauses[closer]
      let named = sentence.mentions.indices.filter {
        sentence.wordIndex(of: sentence.mentions[$0]).map(clause.contains) == true
      }
      sentences[index].acts[closer] = .advice
      for m in named { sentences[index].mentions[m].act = .advice }
      if named.isEmpty, let found = OpenRemedy.fromVerb(at: verb, in: sentence, within: clause) {
        sentences[index].mentions.append(Self.discovered(found, in: sentence, act: .advice))
      }
      for item in items {
        let phrase = OpenRemedy.nounPhrase(from: item.lowerBound, in: sentence, within: item)
        guard !phrase.isEmpty,
          !sentence.words[phrase].contains(where: {
            Cues.isHealthWord($0.folded) || Cues.everydayBodyWords.contains([$0.folded])
          }),
          let name = OpenRemedy.name(of: phrase, in: sentence)
        else { continue }
        let start =
          phrase.first { tags[$0].upos != .determiner && tags[$0].xpos != "PRP$" }
          ?? phrase.lowerBound
        give(.advice, toItem: (name, start), of: &sentences[index])
      }
    }
  }

  /// "Keeping hair rinse, mousse, dip, and spray off the face will help", "Drinking water,
  /// tea and broth helps": a gerund whose objects run over the commas to the clause's verb
  /// is the subject of that verb, and what it does is the remedy the verb's act speaks of.
  /// The last object is no imperative ("spray"), and no object a remedy of its own.
  private static func readGerundSeries(in sentence: inout SentenceAnalysis, closer: Int) {
    let tags = sentence.tags
    let first = sentence.clauses[0]
    let last = sentence.clauses[closer]
    guard tags[first.lowerBound].xpos == "VBG", first.count > 1,
      ["and", "or"].contains(sentence.words[last.lowerBound].folded),
      !sentence.clauses[1...].contains(where: { clause in
        clause.contains { tags[$0].xpos == "VBG" }
      }),
      let predicate = last.first(where: {
        ["MD", "VBZ", "VBP", "VBD"].contains(tags[$0].xpos) && $0 > last.lowerBound + 1
          && tags[$0 - 1].upos == .noun
      }),
      let found = OpenRemedy.fromVerb(at: first.lowerBound, in: sentence, within: first)
    else { return }
    let act = SpeechActReader.act(of: predicate..<last.upperBound, in: sentence)
    guard act == .advice || act == .benefit else { return }
    let gerundStart = sentence.words[first.lowerBound].range.lowerBound
    let predicateStart = sentence.words[predicate].range.lowerBound
    sentence.mentions.removeAll {
      $0.isDiscovered && (gerundStart..<predicateStart).contains($0.position)
    }
    sentence.mentions.append(Self.discovered(found, in: sentence, act: act))
    for c in 0...closer { sentence.acts[c] = act }
  }

  /// The parts of a verbless clause that "and" or "or" join, past the conjunction and the
  /// adverbs that open each ("also", "maybe").
  private static func conjuncts(of clause: Range<Int>, in sentence: SentenceAnalysis)
    -> [Range<Int>]
  {
    var parts: [Range<Int>] = []
    var start = clause.lowerBound
    for k in clause
    where ["and", "or", "plus"].contains(sentence.words[k].folded) || k == clause.upperBound - 1 {
      let end =
        k == clause.upperBound - 1 && !["and", "or", "plus"].contains(sentence.words[k].folded)
        ? k + 1 : k
      var first = start
      while first < end,
        [.coordinatingConjunction, .adverb, .punctuation].contains(sentence.tags[first].upos)
      {
        first += 1
      }
      if first < end { parts.append(first..<end) }
      start = k + 1
    }
    return parts
  }

  /// The words of a verbless item's name.
  private static func itemSpan(_ name: (text: String, start: Int)) -> Range<Int> {
    name.start..<(name.start + name.text.split(separator: " ").count)
  }

  /// Gives a verbless item `act`: the lexicon remedies its name holds take it ("2) Chelated
  /// Chromium 400-600mcg/day" is chromium), those that recommend already keeping theirs;
  /// where it holds none, the name is a remedy in its own words.
  private static func give(
    _ act: SpeechAct, toItem name: (text: String, start: Int), of sentence: inout SentenceAnalysis
  ) {
    let span = itemSpan(name)
    let named = sentence.mentions.indices.filter {
      !sentence.mentions[$0].isDiscovered && !sentence.mentions[$0].isProblem
        && sentence.wordIndex(of: sentence.mentions[$0]).map(span.contains) == true
    }
    for m in named where !sentence.mentions[m].act.recommends { sentence.mentions[m].act = act }
    guard named.isEmpty else { return }
    var item = RemedyMention(
      name: name.text, kind: .other, muscles: [], tools: [],
      position: sentence.words[name.start].range.lowerBound, isDiscovered: true)
    item.act = act
    sentence.mentions.append(item)
    if let clause = sentence.clauses.firstIndex(where: { $0.contains(name.start) }) {
      sentence.acts[clause] = act
    }
  }

  /// "Your saddle is too low. Raise it 5mm at a time.", "My saddle was 2cm too low. Raised it
  /// and the pain was gone.": advice to adjust "it", or a report of having adjusted it, that
  /// names nothing in its own sentence adjusts the thing the sentence before it named, in the
  /// same paragraph.
  private static func readAdjustedThings(in sentences: inout [SentenceAnalysis]) {
    let acts: Set<SpeechAct> = [.advice, .benefit, .experience]
    for index in sentences.indices.dropFirst() {
      let sentence = sentences[index]
      let previous = sentences[index - 1]
      guard previous.paragraph == sentence.paragraph, !sentence.isQuestion else { continue }
      for (c, clause) in sentence.clauses.enumerated() where acts.contains(sentence.acts[c]) {
        let start = SpeechActReader.afterLeadIns(clause, of: sentence)
        guard
          let verb = sentence.acts[c] == .advice
            ? SpeechActReader.adviceVerb(in: clause, of: sentence)
            : start < clause.upperBound && sentence.tags[start].xpos == "VBD" ? start : nil,
          OpenRemedy.adjustingVerbs.contains(sentence.tags[verb].lemma),
          verb + 1 < clause.upperBound, ["it", "them"].contains(sentence.words[verb + 1].folded),
          OpenRemedy.antecedent(before: verb, in: sentence) == nil,
          !sentence.mentions.contains(where: { mention in
            sentence.wordIndex(of: mention).map(clause.contains) == true
          }),
          let thing = OpenRemedy.antecedent(before: previous.words.count, in: previous)
        else { continue }
        var mention = RemedyMention(
          name: sentence.tags[verb].lemma + " " + thing, kind: .equipment, muscles: [],
          tools: [], position: sentence.words[verb].range.lowerBound, isDiscovered: true)
        mention.act = sentence.acts[c]
        sentences[index].mentions.append(mention)
      }
    }
  }

  /// The name a list item without a verb gives, past its list marker, adverbs of degree and
  /// determiners, up to a number or a preposition: "Chelated Manganese 25-50mg/day" is
  /// "chelated manganese", "Very low fat" is "low fat". Nil for a sentence with a verb, of
  /// more than `longest` words, or whose name has more than eight.
  private static func fragmentName(
    _ sentence: SentenceAnalysis, in text: String, longest: Int = 10
  ) -> (text: String, start: Int)? {
    let tags = sentence.tags
    guard !sentence.words.isEmpty, tags.count == sentence.words.count, !sentence.isQuestion,
      !tags.contains(where: {
        ($0.upos == .verb || $0.upos == .auxiliary) && !["VBN", "VBG"].contains($0.xpos)
      })
    else { return nil }
    var start = 0
    while start < tags.count,
      tags[start].xpos == "LS" || tags[start].upos == .numeral || tags[start].upos == .adverb
        || tags[start].upos == .determiner || tags[start].upos == .punctuation
    {
      start += 1
    }
    var end = start
    // "psyllium husk every morning": a determiner starts what follows the name.
    while end < tags.count, tags[end].upos != .numeral, tags[end].upos != .adposition,
      tags[end].upos != .punctuation, tags[end].upos != .determiner,
      // "bar mitts / pogies": a slash offers another name, not more of this one, and so
      // does a bracket ("psyllium husk (metamucil)").
      end == start
        || !text[sentence.words[end - 1].range.upperBound..<sentence.words[end].range.lowerBound]
          .contains(where: { $0 == "/" || $0 == "(" })
    {
      end += 1
    }
    // Words only: an address line ("2140 11th Ave South"), a setting ("CXX=clang++") or a
    // link names no remedy.
    guard end > start, end - start <= 8, sentence.words.count <= longest,
      text[sentence.words[start].range.lowerBound..<sentence.words[end - 1].range.upperBound]
        .allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" }),
      let name = OpenRemedy.name(of: start..<end, in: sentence, loneAdjective: true)
    else { return nil }
    // "Very little sugar or salt" is less of them, not sugar.
    let less = ["little", "less", "few", "fewer", "no"].contains(sentence.words[start].folded)
    return (less ? "less " + name : name, start)
  }

  /// Marks of program code that prose does not use: operators ("==", "->", "::", "&&"), a
  /// statement's ";" or a block's brace at the end, a comment opening the line, and an
  /// assignment to a name written with "_" or a dot.
  static func looksLikeCode(_ sentence: Substring) -> Bool {
    let bytes = Array(sentence.utf8)
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }),
      let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 })
    else { return false }
    if [UInt8(ascii: "{"), UInt8(ascii: "}")].contains(bytes[last]) { return true }
    // A statement ends in ";" ("dist = Max(diffX, diffY);"); so does a list item of prose
    // ("- I ran slower than usual (it took me 2h40);"), which calls nothing and sets nothing.
    if bytes[last] == UInt8(ascii: ";"),
      bytes.contains(UInt8(ascii: "="))
        || (first..<last).contains(where: { i in
          bytes[i + 1] == UInt8(ascii: "(")
            && (Character(UnicodeScalar(bytes[i])).isLetter
              || Character(UnicodeScalar(bytes[i])).isNumber || bytes[i] == UInt8(ascii: "_"))
        })
    {
      return true
    }
    let opening = bytes[first...].prefix(8)
    if opening.starts(with: "//".utf8) || opening.starts(with: "/*".utf8)
      || opening.starts(with: "#include".utf8)
    {
      return true
    }
    for i in first..<last {
      switch (bytes[i], bytes[i + 1]) {
      case (UInt8(ascii: "-"), UInt8(ascii: ">")):
        // "node->next", "f() -> Int"; but prose draws an arrow between words ("went Rapha
        // -> Castelli", "5k -> 10k").
        if i == first || bytes[i - 1] != UInt8(ascii: " ")
          || i >= first + 2 && bytes[i - 2] == UInt8(ascii: ")")
        {
          return true
        }
      case (UInt8(ascii: "="), UInt8(ascii: "=")), (UInt8(ascii: "!"), UInt8(ascii: "=")),
        (UInt8(ascii: ":"), UInt8(ascii: ":")),
        (UInt8(ascii: "&"), UInt8(ascii: "&")), (UInt8(ascii: "|"), UInt8(ascii: "|")),
        (UInt8(ascii: ")"), UInt8(ascii: "{")):
        return true
      case (UInt8(ascii: "("), UInt8(ascii: ")")):
        if i + 2 <= last, bytes[i + 2] == UInt8(ascii: ";") { return true }
      case (UInt8(ascii: " "), UInt8(ascii: "=")):
        // "cooldown_ = 0.0", "self.speed = 2": a name of code before " = ".
        guard i + 2 <= last, bytes[i + 2] == UInt8(ascii: " ") else { continue }
        var start = i
        while start > first, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
        if bytes[start..<i].contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") })
        {
          return true
        }
      default: continue
      }
    }
    return false
  }

  /// The sentence's words, with a "+" standing alone between two of them read as the "and" it
  /// stands for ("yoga + fish oil"). An "&" joins names more often ("Head & Shoulders").
  static func words(in sentence: Substring) -> [WordSpan] {
    let words = WordFolding.words(in: sentence)
    var result: [WordSpan] = []
    result.reserveCapacity(words.count)
    for word in words {
      if let previous = result.last,
        sentence.utf8[previous.range.upperBound..<word.range.lowerBound].contains(
          UInt8(ascii: "+"))
      {
        let gap = sentence[previous.range.upperBound..<word.range.lowerBound]
        let symbol = gap.filter { !$0.isWhitespace }
        if symbol == "+", gap.first?.isWhitespace == true,
          gap.last?.isWhitespace == true, let at = gap.firstIndex(where: { !$0.isWhitespace })
        {
          result.append(WordSpan(range: at..<gap.index(after: at), folded: "and"))
        }
      }
      result.append(word)
    }
    return result
  }

  /// Whether the words before `start` make it what a subject is or is used as: "is a",
  /// "as a", "are".
  private static func isPredicated(at start: Int, in sentence: SentenceAnalysis) -> Bool {
    var k = start - 1
    while k > 0, sentence.tags[k].upos == .determiner { k -= 1 }
    return sentence.words[k].folded == "as" || sentence.tags[k].lemma == "be"
  }

  /// How many blank lines separate paragraphs in `text`: line feeds with only spaces and
  /// tabs since the one before, counted on bytes (a CR LF pair, one character, is no line
  /// feed).
  private static func paragraphBreaks(in text: Substring) -> Int {
    var count = 0
    var previous = UInt8(ascii: " ")
    var beforePrevious = UInt8(ascii: " ")
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n"), previous == UInt8(ascii: "\n"),
        beforePrevious != UInt8(ascii: "\r")
      {
        count += 1
      }
      if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
        beforePrevious = previous
        previous = byte
      }
    }
    return count
  }

  private func analyzeSentence(_ text: String, range: Range<String.Index>, paragraph: Int)
    -> SentenceAnalysis
  {
    let words = Self.words(in: text[range])
    return analyzeSentence(
      text, range: range, paragraph: paragraph, words: words, matches: lexicon.matches(in: words),
      tagged: true)
  }

  private func analyzeSentence(
    _ text: String, range: Range<String.Index>, paragraph: Int, words: [WordSpan],
    matches: [PhraseMatch], tagged: Bool
  ) -> SentenceAnalysis {
    let sentence = text[range]
    let folded = words.map(\.folded)
    var analysis = SentenceAnalysis(range: range, paragraph: paragraph, words: words)
    let partStarts = tagged ? Self.standaloneParts(of: sentence) : []
    analysis.tags = Self.align(words, with: tagged ? tokens(of: sentence, parts: partStarts) : [])
    // A "+" read as "and" is tagged as one.
    for k in words.indices where tagged && text[words[k].range] == "+" {
      analysis.tags[k] = Token(
        range: words[k].range, text: "and", upos: .coordinatingConjunction, xpos: "CC",
        lemma: "and")
    }
    analysis.standaloneStarts = Set(
      partStarts.compactMap { start in words.firstIndex { $0.range.lowerBound >= start } })
    let cues = Cues.scan(folded, lemmas: Self.lemmas(of: words, tags: analysis.tags))
    analysis.cues = cues
    var mentions: [RemedyMention] = []
    analysis.asides = Clauses.asides(in: text, words: words)
    let clauses = Clauses.split(
      text, words: words, tags: analysis.tags, asides: analysis.asides)
    analysis.clauses = clauses
    var musclesByClause = Array(repeating: [String](), count: clauses.count)
    var toolsByClause = Array(repeating: [String](), count: clauses.count)
    var mentionClauses: [Int] = []
    // Words that name the body or a trouble (see the open remedies below).
    var bodyOrTroubleWords = Set<Int>()
    func clause(of wordIndex: Int) -> Int {
      clauses.firstIndex { $0.contains(wordIndex) } ?? 0
    }

    // Where the last remedy the lexicon named ends.
    var remedyEnd: Int? = nil
    let coveredByMatches = Set(matches.flatMap(\.words))
    for match in matches {
      let position = words[match.words.lowerBound].range.lowerBound
      let clauseIndex = clause(of: match.words.lowerBound)
      // "Good luck with your race" wishes; "I've had good luck with KT tape" reports.
      // "when doing yoga", "when travelling and hiking": the marker governs the gerund that
      // takes the remedy, and a gerund joined to one it governs,
      var governed = match.words.lowerBound
      // ... past a determiner ("helps you avoid the chiropractor", "because of the rest") ...
      if governed > 0,
        analysis.tags[governed - 1].upos == .determiner
          || analysis.tags[governed - 1].xpos == "PRP$"
      {
        governed -= 1
      }
      // ... and one modifier before the name ("rather than bed/VBN rest").
      if governed > 0, ["VBG", "VBN", "JJ", "NN"].contains(analysis.tags[governed - 1].xpos) {
        governed -= 1
      }
      if governed >= 2, ["and", "or"].contains(folded[governed - 1]),
        analysis.tags[governed - 2].xpos == "VBG"
      {
        governed -= 2
      }
      let isProblem =
        cues.contains(.problem, endingAt: governed)
        && !cues.contains(.success, endingAt: match.words.lowerBound)
      let mentionsBefore = mentions.count
      for term in match.terms {
        switch term {
        case .remedy(let name):
          // "keep cool down there" keeps a state: the adjective after "keep" or "stay" is
          // not the start of an entry ("cool down") that shares its word.
          let start = match.words.lowerBound
          if start > 0, OpenRemedy.stateVerbs.contains(analysis.tags[start - 1].lemma),
            ["JJ", "JJR"].contains(analysis.tags[start].xpos)
          {
            continue
          }
          // "The rest is pictures", "forget the rest": what remains, not a rest.
          if start > 0, folded[start] == "rest", folded[start - 1] == "the" { continue }
          // "walk-in income", "a check-up": a word a hyphen joins to a particle makes a word
          // of its own.
          let after = match.words.upperBound
          if after < words.count, words[after].followsHyphen,
            ["in", "out", "up", "on", "off", "through", "over", "by"].contains(folded[after])
          {
            continue
          }
          if let entry = lexicon.remedies[name], entry.kind == .practitioner,
            Self.isSpeakerOrHelped(match.words, in: analysis)
          {
            continue
          }
          // "EPA supplements": a class named right after a remedy says what kind of thing
          // that remedy is; it is not one more. "Stretching, yoga" names two. So does a class
          // a remedy is said to be, in its clause: "diphenhydramine is sold as a sleep aid".
          if lexicon.classes[name] != nil, let end = remedyEnd, start > 0,
            end == start
              && text[words[start - 1].range.upperBound..<words[start].range.lowerBound]
                .allSatisfy(\.isWhitespace)
              || end < start && clause(of: end - 1) == clauseIndex
                && Self.isPredicated(at: start, in: analysis)
          {
            continue
          }
          // "a rolled towel", "the iced coffee": a participle between a determiner and a noun
          // describes the thing; nothing is done. So does one right after a noun phrase:
          // "heel raises with a towel rolled under the toes".
          if match.words.count == 1, start > 0, start + 1 < words.count,
            ["VBN", "VBD"].contains(analysis.tags[start].xpos),
            analysis.tags[start - 1].upos == .determiner || analysis.tags[start - 1].xpos == "PRP$",
            analysis.tags[start + 1].upos == .noun
          {
            continue
          }
          if match.words.count == 1, start >= 2, analysis.tags[start].xpos == "VBN",
            analysis.tags[start - 1].upos == .noun,
            analysis.tags[start - 2].upos == .determiner || analysis.tags[start - 2].xpos == "PRP$"
          {
            continue
          }
          // "(manipulation,) a very refined form of massage", "the first step of the usual
          // circumcision": the kind of thing something else named is; "some form of massage"
          // still advises massage.
          if Self.namesAKindOfAnother(at: start, in: analysis) { continue }
          // "Sleep restriction from CBT-I", "heel drops from my physio's plan": what a remedy
          // named just before comes from, not one more.
          if let end = remedyEnd, Self.isSource(at: start, after: end, in: analysis) {
            continue
          }
          if let entry = lexicon.remedies[name] {
            remedyEnd = match.words.upperBound
            var named = mention(entry, at: position)
            if let variant = variantStart(
              of: entry, named: match.words, in: analysis, text: text, covered: coveredByMatches)
            {
              named.name =
                words[variant..<match.words.lowerBound].map { text[$0.range].lowercased() }
                .joined(separator: " ") + " " + entry.name
              named.position = words[variant].range.lowerBound
            }
            named.end = words[match.words.upperBound - 1].range.upperBound
            let end = match.words.upperBound
            named.modifiesNoun =
              end < words.count && analysis.tags[end].upos == .noun
              && clause(of: end) == clauseIndex
            mentions.append(named)
            mentionClauses.append(clauseIndex)
          }
        case .tool(let name):
          analysis.tools.append(name)
          toolsByClause[clauseIndex].append(name)
          if let implied = lexicon.tools[name]?.impliedRemedy,
            let entry = lexicon.remedies[implied]
          {
            var named = mention(entry, at: position)
            named.end = words[match.words.upperBound - 1].range.upperBound
            mentions.append(named)
            mentionClauses.append(clauseIndex)
          }
        case .muscle(let name):
          bodyOrTroubleWords.formUnion(match.words)
          analysis.muscles.append(name)
          musclesByClause[clauseIndex].append(name)
          if !Cues.everydayBodyWords.contains(folded[match.words].map { $0 }) {
            analysis.bodyWords += 1
          }
          if isStretched(muscleAt: match.words, in: folded), let muscle = lexicon.muscles[name] {
            mentions.append(stretch(of: muscle, at: position))
            mentionClauses.append(clauseIndex)
          }
        case .condition(let name):
          bodyOrTroubleWords.formUnion(match.words)
          analysis.conditions.append(name)
        }
      }
      for i in mentionsBefore..<mentions.count { mentions[i].isProblem = isProblem }
    }
    // "Perhaps diluting it in some water will do the trick?" offers what it says: a
    // tentative suggestion is read as the statement it would be without its question mark.
    analysis.isQuestion =
      Self.asks(sentence) && !Self.tentativeWords.contains(words.first?.folded ?? "")
    // "I was working hard" tells of a person at work, not of a thing that worked.
    analysis.hasSuccessCue = cues.hits.contains { hit in
      hit.kinds.contains(.success) && !SpeechActReader.tellsOfAJob(hit.words, in: analysis)
        && !SpeechActReader.asksForHelp(hit.words, in: analysis)
    }
    analysis.mentions = mentions
    analysis.isRecord = Self.isRecord(
      sentence, columns: Clauses.columnStarts(in: text, words: words), of: analysis)
    // What an untagged sentence does is not read: it names nothing the lexicon knows, off
    // the topic of health, where nothing else counts. Nor is a line of a record.
    analysis.acts =
      tagged && !analysis.isRecord
      ? clauses.map { SpeechActReader.act(of: $0, in: analysis) }
      : Array(repeating: .other, count: clauses.count)
    // Nor are the acts an untagged sentence's clauses pass on or the remedies they name: only
    // its limits ("if it hurts", read by what the post names elsewhere) are kept.
    if !tagged {
      analysis.caveatClauses = Self.caveatClauses(of: analysis, text: text)
      return analysis
    }
    // A bracketed clause says more of the clause before the bracket, and a clause of a
    // second verb ("..., or prescribe a binder", "..., besides taking some pain medication")
    // goes on with the one before: where that
    // clause has an act of its own, it is theirs too ("some physicians will tape the patient
    // (put tape around the chest), or prescribe a binder" describes, not advises).
    // A verb of a series ("I thought I would push through the plan, finish a marathon, and
    // never do this again") goes on with the clause that opens the series, even where that
    // one is a report with a subject and no act: the series' verbs share its subject.
    let bracketed = Clauses.bracketed(clauses, in: text, words: words)
    analysis.bracketed = bracketed
    func isCoordinated(_ c: Int) -> Bool {
      let first = clauses[c].lowerBound
      guard ["and", "or"].contains(words[first].folded) else { return false }
      // "..., and never do this again": adverbs may stand before the verb.
      let verb =
        clauses[c].dropFirst().first { analysis.tags[$0].upos != .adverb } ?? clauses[c].upperBound
      return verb < clauses[c].upperBound && ["VB", "VBP"].contains(analysis.tags[verb].xpos)
    }
    // "I swapped to cross-training and saw a doctor about it": a second past verb reports
    // what the first one's subject did (a past "saw a doctor" warns of nothing), unless it
    // says more ("... and felt better").
    func continuesAReport(_ c: Int, outer: Int) -> Bool {
      let first = clauses[c].lowerBound
      return analysis.acts[outer] == .experience
        && (analysis.acts[c] == .other || analysis.acts[c] == .warning)
        && words[first].folded == "and" && first + 1 < clauses[c].upperBound
        // "..., and prioritized/VBN getting decent sleep": a past the tagger took for a
        // participle.
        && ["VBD", "VBN"].contains(analysis.tags[first + 1].xpos)
    }
    // "I tried pickle juice, salt tabs, bananas": a clause that is only a noun phrase, after
    // a report whose object ends it, is one more thing of that report.
    func listsMoreOf(_ c: Int, outer: Int) -> Bool {
      let tags = analysis.tags
      guard [.experience, .failedAttempt].contains(analysis.acts[outer]),
        let last = clauses[outer].last, [.noun, .properNoun].contains(tags[last].upos)
      else { return false }
      let listWords: [UPOS] = [
        .noun, .properNoun, .adjective, .determiner, .numeral, .coordinatingConjunction,
        .punctuation,
      ]
      return clauses[c].allSatisfy { listWords.contains(tags[$0].upos) }
        && clauses[c].contains { [.noun, .properNoun].contains(tags[$0].upos) }
    }
    // "..., plus a steroid nasal spray every morning": one more thing of the same report or
    // advice, added with "plus" before a noun phrase.
    func addsAnother(_ c: Int, outer: Int) -> Bool {
      let first = clauses[c].lowerBound
      guard [.benefit, .advice, .experience].contains(analysis.acts[outer]),
        words[first].folded == "plus", first + 1 < clauses[c].upperBound
      else { return false }
      return [.determiner, .adjective, .noun, .properNoun, .numeral].contains(
        analysis.tags[first + 1].upos)
    }
    // "Calf stretches helped, and so did a night splint": one more thing that helped.
    func echoesASuccess(_ c: Int, outer: Int) -> Bool {
      analysis.acts[outer] == .benefit
        && SpeechActReader.echoedSuccess(in: clauses[c], of: analysis) != nil
    }
    for c in clauses.indices.dropFirst() {
      let first = clauses[c].lowerBound
      let coordinated = isCoordinated(c)
      let inSeries =
        !coordinated && analysis.tags[first].xpos == "VB"
        && clauses.indices[(c + 1)...].contains(where: isCoordinated)
      let accompanying =
        Self.accompanyingWords.contains(words[first].folded) && first + 1 < clauses[c].upperBound
        && analysis.tags[first + 1].xpos == "VBG"
      guard let outer = clauses.indices[..<c].last(where: { !bracketed[$0] }),
        bracketed[c] || coordinated || inSeries || accompanying
          || continuesAReport(c, outer: outer) || listsMoreOf(c, outer: outer)
          || addsAnother(c, outer: outer) || echoesASuccess(c, outer: outer),
        analysis.acts[outer] != .other
          || (coordinated || inSeries) && Self.reportsWithSubject(clauses[outer], in: analysis)
      else { continue }
      analysis.acts[c] = analysis.acts[outer]
    }
    // The words a failure is told in name no remedy of their own ("did nothing for me" is
    // no "do nothing").
    let failureWords = cues.hits.filter { $0.kinds.contains(.against) }.map(\.words)
    let namingClauses = zip(mentionClauses, mentions).filter { _, mention in
      guard let k = words.firstIndex(where: { $0.range.lowerBound == mention.position }) else {
        return true
      }
      return !failureWords.contains { $0.contains(k) }
    }.map(\.0)
    Self.readVerdicts(in: &analysis)
    Self.readUnknownResults(in: &analysis)
    Self.carryFailureBack(in: &analysis, mentionClauses: Set(namingClauses))
    Self.failWhereTroubleStays(in: &analysis)
    Self.readPurposes(in: &analysis, failureWords: failureWords)
    for (mention, c) in zip(mentions, mentionClauses)
    where analysis.acts[c] == .other && Self.tellsWhatATestShows(mention, in: analysis) {
      analysis.acts[c] = .advice
    }
    for (i, clauseIndex) in mentionClauses.enumerated() {
      mentions[i].clauseMuscles = unique(musclesByClause[clauseIndex])
      mentions[i].clauseTools = unique(toolsByClause[clauseIndex])
      mentions[i].act = Self.fragmentAct(analysis.acts[clauseIndex], of: mentions[i], in: analysis)
      // Nor do a record's fields as a list of answers.
      if analysis.isRecord { mentions[i].act = .other }
    }
    // "Foam rolling every evening, it helps": a clause that reports a benefit or advises
    // without naming anything speaks of what the sentence's other clauses name; after a
    // warning it is what the warning qualifies ("A lacrosse ball takes getting used to but
    // works").
    let bareActs = clauses.indices.filter { c in
      (analysis.acts[c] == .benefit || analysis.acts[c] == .advice) && !mentionClauses.contains(c)
    }
    // "It works, but it stings like the devil, so I let the water from swimming drain": a
    // sentence that opens by pointing back speaks of what came before, not of what it names
    // later.
    let pointsBackFirst =
      bareActs.first == 0 && Self.backReferences.contains(words[clauses[0].lowerBound].folded)
    if let bare = bareActs.first, !analysis.isQuestion, !pointsBackFirst {
      for (i, clauseIndex) in mentionClauses.enumerated()
      where mentions[i].act == .other || mentions[i].act == .warning && clauseIndex < bare {
        mentions[i].act = analysis.acts[bare]
      }
    }
    // "Hip flexor stretches every morning, five minutes, done", "ice twenty minutes three
    // times a day": a remedy that opens its clause, then how often or how long, and no verb
    // after it ("running every day caused it" reports a cause) is a prescription.
    if !analysis.isQuestion {
      for i in mentions.indices where mentions[i].act == .other && !mentions[i].isProblem {
        guard let word = analysis.wordIndex(of: mentions[i]),
          let clause = clauses.first(where: { $0.contains(word) }),
          SpeechActReader.afterLeadIns(clause, of: analysis) == word,
          let dose = (word + 1..<min(clause.upperBound, word + 5)).first(where: { k in
            (["every", "each", "daily", "nightly", "weekly", "twice", "once"].contains(folded[k])
              || analysis.tags[k].upos == .numeral)
              && CaveatFinder.saysHowLongOrOften(Array(folded[k..<min(clause.upperBound, k + 4)]))
          }),
          !(dose..<clause.upperBound).contains(where: {
            ["VBZ", "VBD", "VBP", "MD", "VB"].contains(analysis.tags[$0].xpos)
          })
        else { continue }
        mentions[i].act = .advice
      }
    }
    for i in mentions.indices where Self.givesTheAdvice(mentions[i], in: analysis) {
      mentions[i].act = .other
    }
    // "Ibuprofen is better than aspirin", "I'd choose naproxen over ibuprofen": what a
    // comparison is won against is not what the sentence recommends.
    // Where a failure told of it follows ("Game changer compared to popping cetirizine all
    // day, which just made me sleepy"), it was tried, and failed.
    for i in mentions.indices where mentions[i].act.recommends {
      guard let word = analysis.wordIndex(of: mentions[i]),
        Self.losesAComparison(at: word, in: analysis)
      else { continue }
      mentions[i].act = Self.failureFollows(word, in: analysis) ? .failedAttempt : .other
    }
    // "Do this after swimming", "stretch before running", "see a doctor before doing any
    // more weight lifting": in advice, the activity a time word puts the remedy around is the
    // occasion, not a remedy.
    for i in mentions.indices where mentions[i].act == .advice {
      guard let word = analysis.wordIndex(of: mentions[i]), word > 0 else { continue }
      var time = word - 1
      while time > 0, time >= word - 3,
        ["doing", "do", "any", "more", "further", "some", "your", "the", "a"].contains(
          folded[time])
      {
        time -= 1
      }
      // The tagger may take the activity for a noun ("after swimming/NN").
      guard ["after", "before", "during"].contains(folded[time]),
        analysis.tags[word].xpos == "VBG" || analysis.tags[word].text.lowercased().hasSuffix("ing")
          || time < word - 1
      else { continue }
      mentions[i].isProblem = true
    }
    // "Do calf raises while you brush your teeth", "While you rest, ice the knee": what the
    // reader is doing "while" they follow the advice is when to do it.
    for i in mentions.indices {
      guard let word = analysis.wordIndex(of: mentions[i]), word >= 2,
        ["you", "u", "i", "we"].contains(words[word - 1].folded),
        ["while", "whilst"].contains(words[word - 2].folded)
      else { continue }
      mentions[i].isProblem = true
    }
    // A clause that recommends without naming a lexicon remedy names one in its own words;
    // so may one that names only whom to see ("ask your doctor about Lupron"), or only what
    // the advice is instead of ("use lanolin rather than vaseline").
    // "did nothing for me": the words a failure is told in name no remedy ("do nothing" is
    // one to the lexicon), and leave the clause to name what failed.
    let untold = zip(mentionClauses, mentions).filter {
      !Self.isToldByAFailure($0.1, in: analysis)
    }
    mentionClauses = untold.map(\.0)
    mentions = untold.map(\.1)
    let namesMoreThanPractitioners = Set(
      zip(mentionClauses, mentions).filter {
        $0.1.kind != .practitioner && !Self.losesAComparison($0.1, in: analysis)
      }.map(\.0))
    for (clauseIndex, clause) in clauses.enumerated()
    where !namesMoreThanPractitioners.contains(clauseIndex)
      && (analysis.acts[clauseIndex].recommends || analysis.acts[clauseIndex] == .failedAttempt)
    {
      // A name without a verb that ends in the body or a trouble ("my knee is great now",
      // "use your shoulder muscles") is no remedy; "roll your foot" is one.
      guard
        var found = openRemedy(
          in: clause, act: analysis.acts[clauseIndex], of: analysis,
          after: clauses.indices[..<clauseIndex].last { !bracketed[$0] }.map { clauses[$0] })
      else { continue }
      if let seeing = found.practitioner.first,
        let head = found.name.split(separator: " ").last.map(String.init),
        Cues.everydayBodyWords.contains([head])
          || (found.start..<clause.upperBound).contains(where: {
            bodyOrTroubleWords.contains($0)
              && (words[$0].folded == head || analysis.tags[$0].lemma == head)
          })
      {
        found = seeing
      }
      guard !mentionClauses.contains(clauseIndex) || found.kind != .practitioner,
        // A name the lexicon reads already ("handled by an ENT doctor") is that remedy; a
        // verb it starts ("ask your doctor about a support group") still names its object.
        analysis.tags[found.start].upos == .verb
          || !mentions.contains(where: { lexical in
            lexical.position <= words[found.start].range.lowerBound
              && words[found.start].range.lowerBound < (lexical.end ?? lexical.position)
          }),
        let head = found.name.split(separator: " ").last,
        // "Consult your health professional": a verb and object the lexicon reads whole
        // ("see a doctor") are that remedy, not one more.
        !(found.start..<clause.upperBound).contains(where: { k in
          (words[k].folded == head || analysis.tags[k].lemma == head) && k > found.start
            && mentions.contains { lexical in
              lexical.position <= words[found.start].range.lowerBound
                && words[k].range.upperBound <= (lexical.end ?? lexical.position)
            }
        }),
        // "Hal Higdon's Novice 1 program, which was recommended to us": a name whose noun
        // phrase opens with a lexicon remedy is that remedy's.
        !mentions.contains(where: { lexical in
          guard !lexical.isDiscovered, let end = lexical.end,
            let after = words.firstIndex(where: { $0.range.lowerBound >= end }),
            after < found.start, found.start - after <= 3
          else { return false }
          return analysis.tags[after..<found.start].allSatisfy {
            [.properNoun, .noun, .numeral, .adjective, .particle].contains($0.upos)
          }
        }),
        // "I attend a monthly parent support group": an object that ends in the lexicon's
        // name of whom to see is that practitioner, not one more remedy.
        !(found.start..<clause.upperBound).contains(where: { k in
          (words[k].folded == head || analysis.tags[k].lemma == head) && k > found.start
            && mentions.contains { lexical in
              !lexical.isDiscovered && lexical.kind == .practitioner
                && lexical.position > words[found.start].range.lowerBound
                && lexical.end == words[k].range.upperBound
            }
        }),
        // "talk to a sports dietitian/JJ": a name the tagger cut off at or before the
        // lexicon's name for the same thing ("dietitian", "sports dietitian") is that thing.
        !(found.start..<clause.upperBound).contains(where: { k in
          (words[k].folded == head || analysis.tags[k].lemma == head) && k + 1 < clause.upperBound
            && mentions.contains {
              !$0.isDiscovered
                && ($0.position == words[k + 1].range.lowerBound
                  || $0.position == words[k].range.lowerBound)
            }
        }),
        Self.opensWithAVerb(found, within: clause, of: analysis)
          || !bodyOrTroubleWords.contains(where: {
            words[$0].folded == head || analysis.tags[$0].lemma == head
          }) && !Cues.everydayBodyWords.contains([String(head)])
            && !Cues.partsOfTheBody.contains(String(head))
            // "but the rash came right back": a trouble, named as one.
            && !Cues.endedTroubles.contains(WordFolding.fold(head))
      else { continue }
      let known = found.kind == .practitioner ? lexiconName(of: found.name) : nil
      var mention = RemedyMention(
        name: known?.name ?? found.name, kind: known?.kind ?? found.kind, muscles: [], tools: [],
        position: words[found.start].range.lowerBound, isDiscovered: true)
      mention.isMeans = found.isMeans
      mention.act = analysis.acts[clauseIndex]
      mention.clauseMuscles = unique(musclesByClause[clauseIndex])
      mention.clauseTools = unique(toolsByClause[clauseIndex])
      mentions.append(mention)
    }
    // The list readers give items the lexicon named their list's act, in place.
    analysis.mentions = mentions
    analysis.mentions += Self.inlineListItems(in: &analysis, text: text)
    analysis.mentions += Self.listSubjectItems(in: &analysis)
    analysis.mentions += objectListItems(in: &analysis)
    mentions = analysis.mentions
    mentions += coordinatedRemedies(in: analysis)
    // "Getting Lactobacillus acidophilus to colonize the tract would help": a name in the
    // post's own words that is the lexicon's whole name of a remedy the sentence names
    // already is that remedy, not a second one.
    let named = Set(mentions.filter { !$0.isDiscovered }.map(\.name))
    mentions.removeAll { mention in
      mention.isDiscovered && lexiconRemedy(wholly: mention.name).map(named.contains) == true
    }
    analysis.mentions = uniqueMentions(mentions)
    // "When I quit taking the acidophilus, the outbreaks resumed": a trouble that came back
    // when the writer stopped a thing tells what the thing did, not that stopping it helps;
    // that it must be kept up is its caveat.
    var relapseCaveat: Range<Int>? = nil
    if analysis.mentions.contains(where: { $0.isDiscovered && $0.name.hasPrefix("avoid ") }),
      let relapse = analysis.clauses.indices.first(where: {
        Self.tellsOfARelapse(analysis.clauses[$0], in: analysis)
      })
    {
      for i in analysis.mentions.indices
      where analysis.mentions[i].isDiscovered && analysis.mentions[i].act == .experience
        && analysis.mentions[i].name.hasPrefix("avoid ")
      {
        guard let k = analysis.wordIndex(of: analysis.mentions[i]),
          let clause = analysis.clauses.firstIndex(where: { $0.contains(k) }), clause != relapse,
          Self.stoppingVerbs.contains(analysis.tags[k].lemma)
        else { continue }
        analysis.mentions[i].name.removeFirst("avoid ".count)
        analysis.mentions[i].act = .benefit
        let (stopped, returned) = (analysis.clauses[clause], analysis.clauses[relapse])
        let start = min(stopped.lowerBound, returned.lowerBound)
        relapseCaveat = start..<max(stopped.upperBound, returned.upperBound)
      }
    }
    // "running on the gravel path instead of concrete", "rest rather than ice": what a
    // remedy replaces is no remedy.
    for i in analysis.mentions.indices
    where analysis.mentions[i].act.recommends
      && Self.losesAComparison(analysis.mentions[i], in: analysis)
    {
      if let word = analysis.wordIndex(of: analysis.mentions[i]),
        Self.failureFollows(word, in: analysis)
      {
        analysis.mentions[i].act = .failedAttempt
      } else {
        analysis.mentions[i].isProblem = true
      }
    }
    // "electrolyte imbalance", "vitamin D deficiency", "caffeine withdrawal": a remedy's name
    // before a word for too little or too much of it names the trouble.
    for i in analysis.mentions.indices where !analysis.mentions[i].isDiscovered {
      guard let end = analysis.mentions[i].end,
        let next = words.firstIndex(where: { $0.range.lowerBound >= end }),
        Self.imbalanceWords.contains(analysis.tags[next].lemma)
      else { continue }
      analysis.mentions[i].isProblem = true
    }
    // "I can barely walk down stairs", "can't sleep", "unable to run": what the trouble
    // keeps the poster from doing is the trouble, not a remedy.
    for i in analysis.mentions.indices where Self.isKeptFrom(analysis.mentions[i], in: analysis) {
      analysis.mentions[i].isProblem = true
    }
    analysis.tools = unique(analysis.tools)
    analysis.muscles = unique(analysis.muscles)
    analysis.conditions = unique(analysis.conditions)
    analysis.caveatClauses = Self.caveatClauses(of: analysis, text: text)
    if let told = relapseCaveat {
      analysis.caveatClauses.append(
        words[told.lowerBound].range.lowerBound..<words[told.upperBound - 1].range.upperBound)
    }
    return analysis
  }

  /// The clauses that limit what a sentence's acts say, given its mentions and acts.
  private static func caveatClauses(of analysis: SentenceAnalysis, text: String)
    -> [Range<String.Index>]
  {
    let words = analysis.words
    let mentionWords = analysis.mentions.compactMap { mention in
      words.firstIndex { $0.range.lowerBound == mention.position }
    }
    return CaveatFinder.caveats(
      in: analysis.clauses, words: words, cues: analysis.cues, mentions: mentionWords,
      reports: Set(analysis.acts.indices.filter { analysis.acts[$0] == .experience }),
      advice: Set(analysis.acts.indices.filter { analysis.acts[$0].recommends }),
      brackets: Clauses.brackets(in: text, words: words),
      lemmas: lemmas(of: words, tags: analysis.tags),
      isVerb: analysis.tags.count == words.count ? { Self.isVerb($0, in: analysis) } : nil,
      isPast: analysis.tags.count == words.count ? { analysis.tags[$0].xpos == "VBD" } : nil)
  }

  /// Whether the tagger took the word at `i` for a verb, but a lone "-ing" word between
  /// commas, which names a thing in a list ("dizziness, sweating, palpitations").
  private static func isVerb(_ i: Int, in analysis: SentenceAnalysis) -> Bool {
    let tag = analysis.tags[i]
    guard [.verb, .auxiliary].contains(tag.upos) else { return false }
    return !(tag.xpos == "VBG" && analysis.clauses.contains { $0 == i..<(i + 1) })
  }

  /// Verbs of giving a thing up: "quit taking", "stopped using".
  private static let stoppingVerbs: Set<String> = ["quit", "stop", "discontinue", "drop"]

  /// Whether the clause tells of a trouble coming back: "the outbreaks resumed", "the cramps
  /// came back", "the pain returned".
  private static func tellsOfARelapse(_ clause: Range<Int>, in sentence: SentenceAnalysis)
    -> Bool
  {
    clause.contains { k in
      let lemma = sentence.tags[k].lemma
      let word = sentence.words[k].folded
      return ["resume", "resum", "return", "recur", "reappear", "reoccur"].contains(lemma)
        || ["resum", "return", "recurr", "reappear", "reoccurr"].contains(word)
        || ["come", "came"].contains(word) && k + 1 < clause.upperBound
          && sentence.words[k + 1].folded == "back"
    }
  }

  /// Whether a lexicon mention is made of the words that tell a failure ("did nothing" is
  /// "do nothing" to the lexicon).
  private static func isToldByAFailure(_ mention: RemedyMention, in analysis: SentenceAnalysis)
    -> Bool
  {
    guard !mention.isDiscovered, let k = analysis.wordIndex(of: mention) else { return false }
    return analysis.cues.hits.contains { $0.kinds.contains(.against) && $0.words.contains(k) }
  }

  /// "Tried the night splint for 6 weeks, nothing.", "6 weeks of chiro, about 400 quid, zero
  /// change.": a clause after the first that is only a verdict of no result is a failure,
  /// which `carryFailureBack` gives to what the clauses before it tried.
  private static func readVerdicts(in analysis: inout SentenceAnalysis) {
    for c in analysis.clauses.indices.dropFirst() where analysis.acts[c] == .other {
      var said: [String] = []
      for k in analysis.clauses[c] where !verdictFillers.contains(analysis.words[k].folded) {
        said.append(analysis.words[k].folded)
        if said.count > longestVerdict { break }
      }
      if said.count <= longestVerdict, noResultVerdicts.contains(said) {
        analysis.acts[c] = .failedAttempt
      }
    }
  }

  /// "also started taking fish oil around the same time but honestly can't say if that did
  /// anything": a poster unsure whether what they did helped reports doing it, no more.
  private static func readUnknownResults(in analysis: inout SentenceAnalysis) {
    let words = analysis.words.map(\.folded)
    for c in analysis.clauses.indices.dropFirst()
    where analysis.acts[c] != .benefit && analysis.acts[c] != .failedAttempt {
      let clause = analysis.clauses[c]
      guard
        clause.contains(where: { k in
          unknownResultOpeners.contains(words[k])
            && unknownResults.contains { phrase in
              k + phrase.count <= clause.upperBound
                && words[k..<(k + phrase.count)].elementsEqual(phrase)
            }
        })
      else { continue }
      var tried = c - 1
      while tried >= 0, analysis.acts[tried] == .experience {
        analysis.acts[tried] = .other
        tried -= 1
      }
    }
  }

  private static let unknownResults: [[String]] = [
    "can't say if", "cannot say if", "can't say whether", "can't tell if", "can't tell whether",
    "not sure if", "not sure whether", "no idea if", "no idea whether", "don't know if",
    "dunno if", "hard to say if", "hard to tell if",
  ].map { $0.split(separator: " ").map { WordFolding.fold($0) } }
  private static let unknownResultOpeners = Set(unknownResults.map { $0[0] })

  private static let noResultVerdicts: Set<[String]> = Set(
    [
      "nothing", "nothing at all", "zero change", "no change", "no difference",
      "zero difference", "no improvement", "zero improvement", "nada", "zilch", "no luck",
      "no joy", "useless", "no effect", "no result", "no results",
    ].map { $0.split(separator: " ").map { WordFolding.fold($0) } })
  private static let longestVerdict = noResultVerdicts.map(\.count).max() ?? 0
  private static let verdictFillers: Set<String> = Set(
    [
      "and", "but", "then", "still", "just", "absolutely", "literally", "basically", "lol", "sadly",
      "unfortunately", "whatsoever",
    ].map { WordFolding.fold($0[...]) })

  /// "I tried ibuprofen, but it didn't help", "I did yoga for a month, but it did nothing": a
  /// failed attempt that names nothing of its own says so of the clauses just before it in
  /// the same sentence, back to the nearest one that advises, reports a benefit or warns.
  private static func carryFailureBack(
    in analysis: inout SentenceAnalysis, mentionClauses: Set<Int>
  ) {
    for failed in analysis.acts.indices
    where analysis.acts[failed] == .failedAttempt && !mentionClauses.contains(failed) {
      // Its subject is "it", "that" or none ("..., did nothing for me", "..., zero
      // improvement"): one of its own ("...; feverfew/RB didn't seem to do anything") is
      // what failed.
      let clause = analysis.clauses[failed]
      let tags = analysis.tags
      if let first = clause.first(where: {
        ![.coordinatingConjunction, .subordinatingConjunction, .punctuation].contains(tags[$0].upos)
          && !(tags[$0].upos == .adverb
            && !OpenRemedy.isUnknownAdverb(analysis.words[$0].folded))
      }),
        ![.pronoun, .verb, .auxiliary].contains(tags[first].upos),
        let verb = clause.first(where: {
          $0 > first && [.verb, .auxiliary].contains(tags[$0].upos)
        }),
        // "..., but the pain never went away": a trouble that went on is no subject that
        // failed, but says what was tried did.
        !(first..<verb).contains(where: { Cues.endedTroubles.contains(analysis.words[$0].folded) })
      {
        continue
      }
      // "Senna technically worked but gave me cramps, so not going back to that": given
      // up, what worked failed too.
      let words = analysis.words[clause].map(\.folded)
      let givesUp = givingUpPhrases.contains { says($0, in: words) }
      var c = failed - 1
      while c >= 0,
        [.experience, .other].contains(analysis.acts[c]) || givesUp && analysis.acts[c] == .benefit
      {
        analysis.acts[c] = .failedAttempt
        c -= 1
      }
    }
  }

  private static let givingUpPhrases = Cues.givingUpPhrases.map {
    $0.split(separator: " ").map { WordFolding.fold($0) }
  }

  /// "I take ibuprofen before long rides so my knee doesn't flare up", "I give her Dimetapp
  /// at night so she can sleep": what a poster does so that a trouble stays off or one can
  /// rest is done for its good. A failure's words inside that purpose ("flare up") are what
  /// it keeps off; one before it ("did nothing, so I can't sleep") still failed.
  private static func readPurposes(
    in analysis: inout SentenceAnalysis, failureWords: [Range<Int>]
  ) {
    let words = analysis.words
    let tags = analysis.tags
    for c in analysis.clauses.indices
    where [.experience, .failedAttempt].contains(analysis.acts[c]) {
      let clause = analysis.clauses[c]
      guard
        let so = clause.first(where: {
          $0 > clause.lowerBound + 2 && words[$0].folded == "so"
        })
      else { continue }
      var subject = so + 1
      if subject < clause.upperBound, words[subject].folded == "that" { subject += 1 }
      // The purpose's subject (a pronoun, or "my knee"), then a modal or a denied auxiliary.
      var verb = subject
      while verb < clause.upperBound, verb - subject < 3,
        [.pronoun, .noun, .properNoun, .determiner].contains(tags[verb].upos)
      {
        verb += 1
      }
      guard verb > subject, verb < clause.upperBound else { continue }
      // A trouble kept off ("so my knee doesn't flare up"), or rest made possible ("so she
      // can sleep"); not any end ("so that I can keep my job").
      let purpose = (verb + 1)..<clause.upperBound
      let keepsOff =
        tags[verb].upos == .auxiliary && Cues.denies(words[verb].folded)
        && purpose.contains(where: {
          Cues.isHealthWord(words[$0].folded) || Cues.partsOfTheBody.contains(words[$0].folded)
            || troubleVerbs.contains(tags[$0].lemma)
        })
      let letsRest =
        tags[verb].xpos == "MD" && ["can", "could"].contains(words[verb].folded)
        && purpose.contains(where: { restingVerbs.contains(tags[$0].lemma) })
      guard keepsOff || letsRest,
        analysis.acts[c] == .experience
          || !failureWords.contains(where: { $0.lowerBound < so && clause.contains($0.lowerBound) })
      else { continue }
      analysis.acts[c] = .benefit
    }
  }

  private static let troubleVerbs: Set<String> = [
    "hurt", "ache", "flare", "swell", "cramp", "itch", "burn", "bleed", "blister", "chafe",
  ]
  private static let restingVerbs: Set<String> = ["sleep", "rest", "breathe", "heal", "recover"]

  /// "Simple blood tests would indicate if a thyroid condition is present", "an MRI would
  /// show whether it's torn": a test that would tell what the trouble is, said of the test
  /// as the subject of a verb of showing, advises getting it.
  private static func tellsWhatATestShows(_ mention: RemedyMention, in sentence: SentenceAnalysis)
    -> Bool
  {
    guard let last = mention.name.split(separator: " ").last,
      diagnosticHeads.contains(String(last)),
      let start = sentence.wordIndex(of: mention),
      let clause = sentence.clauses.first(where: { $0.contains(start) })
    else { return false }
    let after = sentence.words.indices.filter {
      $0 > start && $0 < clause.upperBound && $0 <= start + 6
    }
    guard
      let modal = after.first(where: {
        ["would", "will", "can", "could", "should"].contains(sentence.words[$0].folded)
      }),
      modal + 1 < clause.upperBound,
      !after.filter({ $0 < modal }).contains(where: {
        [.verb, .auxiliary].contains(sentence.tags[$0].upos)
      })
    else { return false }
    var verb = modal + 1
    while verb + 1 < clause.upperBound, sentence.tags[verb].upos == .adverb { verb += 1 }
    // What it would tell: whether, what, or "it" ("can confirm it", "will rule it out"),
    // not a finding ("the biopsy would show group atrophy", in a sentence that argues).
    let told = verb + 1 < sentence.words.count ? sentence.words[verb + 1].folded : ""
    return showingVerbs.contains(sentence.tags[verb].lemma)
      && ["if", "whether", "what", "how", "it", "you", "out", "up"].contains(told)
      && !SpeechActReader.isDenied(verb, within: clause, of: sentence)
      && !sentence.words[..<start].contains { $0.folded == "if" }
  }

  private static let diagnosticHeads: Set<String> = [
    "test", "tests", "scan", "ray", "mri", "biopsy", "ultrasound", "exam", "examination",
    "endoscopy", "colonoscopy", "mammogram", "panel", "screening", "work", "imaging",
  ]
  private static let showingVerbs: Set<String> = [
    "show", "tell", "indicate", "reveal", "confirm", "rule", "diagnose", "detect", "determine",
    "identify", "pick", "catch", "spot",
  ]

  /// "I tried rolling and yoga but my back still hurts", "tried pickle juice, salt tabs,
  /// still cramped at mile 20": the trouble still there after what was tried says that it
  /// failed ("still no pain", "still pain free" say the opposite).
  private static func failWhereTroubleStays(in analysis: inout SentenceAnalysis) {
    let words = analysis.words
    /// Whether the trouble is still there after word `still` of `clause`.
    func troubleStays(after still: Int, in clause: Range<Int>) -> Bool {
      let after = still + 1..<min(clause.upperBound, still + 4)
      return after.contains(where: {
        Cues.isHealthWord(words[$0].folded)
          || ["hurt", "ache", "cramp", "bother"].contains(analysis.tags[$0].lemma)
          || Self.badStateWords.contains(words[$0].folded)
      })
        && !after.contains(where: {
          ["no", "not", "never", "free"].contains(words[$0].folded)
            || words[$0].folded.hasSuffix("n't")
        })
    }
    for c in analysis.acts.indices {
      let clause = analysis.clauses[c]
      guard let still = clause.first(where: { words[$0].folded == "still" }) else { continue }
      // "I took zinc for a week and I still feel rough": the report and what stayed, in one
      // clause joined by "and".
      if analysis.acts[c] == .experience, still > clause.lowerBound + 2,
        ["and", "but"].contains(words[still - 1].folded)
          || ["and", "but"].contains(words[still - 2].folded)
            && analysis.tags[still - 1].upos == .pronoun,
        troubleStays(after: still, in: clause)
      {
        analysis.acts[c] = .failedAttempt
        continue
      }
      guard c > 0, [.other, .warning].contains(analysis.acts[c]),
        analysis.acts[c - 1] == .experience, troubleStays(after: still, in: clause)
      else { continue }
      var tried = c - 1
      while tried >= 0, analysis.acts[tried] == .experience {
        analysis.acts[tried] = .failedAttempt
        tried -= 1
      }
    }
  }

  /// How a poster says they feel when nothing has helped: "still feel awful", "still feel
  /// like death".
  private static let badStateWords: Set<String> = [
    "awful", "terrible", "horrible", "rough", "rubbish", "crap", "crappy", "lousy", "bad",
    "worse", "miserable", "shit", "shitty", "death", "dead", "wrecked", "sick", "ill",
    "exhausted", "knackered", "drained", "groggy",
  ]

  /// Whether the mention is a verb the words before it say cannot be done: "can barely
  /// walk", "can't even sleep", "unable to run".
  private static func isKeptFrom(_ mention: RemedyMention, in sentence: SentenceAnalysis) -> Bool {
    guard let named = sentence.wordIndex(of: mention), sentence.tags[named].upos == .verb,
      // The remedy is the doing itself ("walking"), not what a verb takes ("can't recommend
      // Hokas enough").
      let head = mention.name.split(separator: " ").first.map(String.init),
      [sentence.tags[named].lemma, Lemmatizer.gerund(of: sentence.tags[named].lemma)].contains(head)
    else {
      return false
    }
    var k = named - 1
    while k >= 0,
      ["barely", "hardly", "scarcely", "even", "really", "just"].contains(
        sentence.words[k].folded)
    {
      k -= 1
    }
    guard k >= 0 else { return false }
    let word = sentence.words[k].folded
    if ["can't", "cant", "cannot", "couldn't", "couldnt"].contains(word) { return true }
    if ["can", "could"].contains(word) { return k < named - 1 }
    return word == "to" && k > 0
      && ["unable", "struggle", "struggling"].contains(
        sentence.words[k - 1].folded)
  }

  /// Verbs of choosing one thing over another: "choose naproxen over ibuprofen", "opt for
  /// ice over heat" ("go with" is one too).
  private static let choosingVerbs: Set<String> = [
    "choose", "prefer", "pick", "favor", "favour", "opt", "select",
  ]

  /// Whether the mention names what a remedy replaces, outdoes or is measured against (see
  /// `losesAComparison(at:in:)`).
  private static func losesAComparison(_ mention: RemedyMention, in sentence: SentenceAnalysis)
    -> Bool
  {
    sentence.wordIndex(of: mention).map { losesAComparison(at: $0, in: sentence) } ?? false
  }

  /// Whether the word at `word` names what a comparison is won against: right after "than"
  /// that follows a comparative ("better than", "more effective than", "rather than"), after
  /// "instead of" or "compared to", or after "over" in a clause that chooses; the taking of
  /// it may come between ("better than popping cetirizine"). "Nothing works better than
  /// ice" makes the thing after "than" the winner.
  private static func losesAComparison(at word: Int, in sentence: SentenceAnalysis) -> Bool {
    guard let clause = sentence.clauses.first(where: { $0.contains(word) }) else { return false }
    let words = sentence.words
    let tags = sentence.tags
    // What may stand between the comparison and the thing: "than (plain) aspirin".
    var k = word - 1
    while k > clause.lowerBound,
      [.determiner, .adjective].contains(tags[k].upos) || tags[k].xpos == "PRP$"
    {
      k -= 1
    }
    if k > clause.lowerBound + 1, tags[k].xpos == "VBG" { k -= 1 }
    guard k > clause.lowerBound else { return false }
    // "A diet change is a much better way to alter your gut than is colonic flushes": "than"
    // and a verb put before its subject compare, however far back the comparative stands.
    if ["be", "do"].contains(tags[k].lemma), words[k - 1].folded == "than" { return true }
    if words[clause.lowerBound..<k].contains(where: {
      ["nothing", "none", "nobody", "no"].contains($0.folded)
    }) {
      return false
    }
    switch words[k].folded {
    case "than":
      // "will do more for a disc than hanging upside down": the comparative may stand a few
      // words back, with what it does more for between.
      return ["JJR", "RBR"].contains(tags[k - 1].xpos) || words[k - 1].folded == "rather"
        || k - 2 >= clause.lowerBound && ["more", "less"].contains(words[k - 2].folded)
          && tags[k - 1].upos == .adjective
        || (max(clause.lowerBound, k - 5)..<(k - 1)).contains { i in
          ["more", "better"].contains(words[i].folded) && i > clause.lowerBound
            && [.verb, .auxiliary].contains(tags[i - 1].upos)
            && !(i + 1..<k).contains { [.verb, .auxiliary].contains(tags[$0].upos) }
        }
    case "of":
      return words[k - 1].folded == "instead"
    case "to", "with":
      // Folded: "compared" is "compare".
      return words[k - 1].folded == "compare"
    case "over":
      return (clause.lowerBound..<k).contains {
        choosingVerbs.contains(tags[$0].lemma)
          || tags[$0].lemma == "go" && $0 + 1 < k && words[$0 + 1].folded == "with"
      }
    case "from":
      // "Switched from my Hokas back to a lower stack shoe": what was left for the thing
      // after "to".
      return switchingVerbs.contains(tags[k - 1].lemma)
        && (word + 1..<clause.upperBound).contains { words[$0].folded == "to" }
    default:
      return false
    }
  }

  /// Whether the clause after the word's is a failure that a relative pronoun ties to it:
  /// "..., which just made me sleepy".
  private static func failureFollows(_ word: Int, in sentence: SentenceAnalysis) -> Bool {
    guard let c = sentence.clauses.firstIndex(where: { $0.contains(word) }),
      c + 1 < sentence.clauses.count, sentence.acts[c + 1] == .failedAttempt
    else { return false }
    return ["which", "that"].contains(sentence.words[sentence.clauses[c + 1].lowerBound].folded)
  }

  /// Words for too little or too much of a thing, after its name: the trouble, not the thing.
  private static let imbalanceWords: Set<String> = [
    "deficiency", "deficient", "imbalance", "overload", "toxicity", "poisoning", "overdose",
    "withdrawal", "intolerance", "addiction", "dependence", "dependency", "abuse",
  ]

  /// Verbs of leaving one thing for another: "switched from X to Y".
  private static let switchingVerbs: Set<String> = [
    "switch", "swap", "change", "move", "transition", "convert",
  ]

  /// Whether `mention` is the practitioner who gave the advice ("my chiro recommended yoga",
  /// "my physio had me doing heel drops", "the doctor put me on Lupron"): where the advice
  /// came from, not what was advised.
  private static func givesTheAdvice(_ mention: RemedyMention, in sentence: SentenceAnalysis)
    -> Bool
  {
    guard mention.kind == .practitioner, var k = sentence.wordIndex(of: mention) else {
      return false
    }
    let count = sentence.words.count
    while k < count, [.noun, .properNoun].contains(sentence.tags[k].upos) { k += 1 }
    while k < count, sentence.tags[k].upos == .adverb { k += 1 }
    guard k < count, sentence.tags[k].upos == .verb else { return false }
    let lemma = sentence.tags[k].lemma
    return SpeechActReader.recommendingVerbs.contains(lemma)
      // "Dentist made me a night guard", "my GP gave me a course of ...": what was made or
      // given is the remedy.
      || ["have", "put", "start", "tell", "want", "make", "give", "get", "fit"].contains(lemma)
        && k + 1 < count
        && ["me", "us", "him", "her", "them"].contains(sentence.words[k + 1].folded)
  }

  /// A sentence that opens with a remedy and has no verb of its own before a purpose, a
  /// subordinate clause or the end ("Yoga.", "Foam roller!", "Downward dog and forward fold
  /// to release hamstrings") recommends it, and every remedy it lists ("90/90 stretches and
  /// pigeon pose"), as a list of answers does.
  private static func fragmentAct(
    _ act: SpeechAct, of mention: RemedyMention, in sentence: SentenceAnalysis
  ) -> SpeechAct {
    guard act == .other, !sentence.isQuestion,
      let first = sentence.words.firstIndex(where: {
        !SpeechActReader.leadIns.contains($0.folded) && !["the", "a", "an"].contains($0.folded)
      }),
      let named = sentence.wordIndex(of: mention),
      sentence.mentions.contains(where: { $0.position == sentence.words[first].range.lowerBound }),
      (first..<named).allSatisfy({
        sentence.tags[$0].upos != .verb && sentence.tags[$0].upos != .auxiliary
      })
    else { return listedAct(act, of: mention, in: sentence) }
    // "Strava: https://...": a name that labels a web address points to a page.
    let end = mention.end ?? sentence.words[named].range.upperBound
    if let after = sentence.words.firstIndex(where: { $0.range.lowerBound >= end }),
      sentence.tags[after...].allSatisfy({ $0.xpos == "ADD" })
    {
      return act
    }
    for i in first..<sentence.words.count {
      // "Body Glide, every time, before I even leave the house": the verb of a clause that
      // says when or why is not the fragment's own.
      if sentence.words[i].folded == "to" || sentence.tags[i].upos == .subordinatingConjunction {
        return .advice
      }
      // A name's own words are no verb ("Ginger capsules/VBZ an hour before you board").
      if ["VBZ", "VBP", "VBD", "MD"].contains(sentence.tags[i].xpos),
        !sentence.mentions.contains(where: {
          $0.position < sentence.words[i].range.lowerBound
            && sentence.words[i].range.upperBound <= ($0.end ?? $0.position)
        })
      {
        return listedAct(act, of: mention, in: sentence)
      }
    }
    return .advice
  }

  /// "Vitamin A\t\t\t\tVitamin E", "Sodium, Potassium and Chloride\t\t\tCalcium, ...": names
  /// in columns (`columnStarts`), with a name on each side of a column, are a table's cells
  /// (a list of contents, a chart copied as text), not an answer's list. A name with its
  /// dose in the next column ("Chelated Chromium    400-600mcg/day") still is one.
  private static func namesInColumns(_ columnStarts: Set<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    columnStarts.contains { start in
      let boundary = sentence.words[start].range.lowerBound
      return sentence.mentions.contains { $0.position < boundary }
        && sentence.mentions.contains { $0.position == boundary }
    }
  }

  /// A clause that is only a remedy's name, beside clauses that neither report nor doubt
  /// ("As unsexy as it can be, clam shells, as they target the glutes") puts it forward;
  /// inside brackets it is an example given in passing.
  private static func listedAct(
    _ act: SpeechAct, of mention: RemedyMention, in sentence: SentenceAnalysis
  ) -> SpeechAct {
    guard act == .other, !sentence.isQuestion,
      !sentence.acts.contains(where: {
        [.failedAttempt, .experience, .warning, .benefit].contains($0)
      }),
      let c = sentence.clauses.firstIndex(where: { clause in
        clause.contains { sentence.words[$0].range.lowerBound == mention.position }
      }),
      case let clause = sentence.clauses[c], clause.lowerBound > 0,
      // "will have trouble with some herb teas (chamomile, linden, etc)": names in brackets
      // after a statement are its examples, given in passing.
      !(sentence.bracketed.indices.contains(c) && sentence.bracketed[c]),
      // "I've had MRIs, Xrays, CT scan, and EMGs": a list going on from the poster's own
      // clause is what the poster did or had.
      !sentence.clauses.contains(where: {
        $0.upperBound <= clause.lowerBound && SpeechActReader.opensWithFirstPerson($0, of: sentence)
      }),
      !continuesAStatedObject(clause, in: sentence),
      let first = clause.first(where: {
        !SpeechActReader.leadIns.contains(sentence.words[$0].folded)
          && !["the", "a", "an"].contains(sentence.words[$0].folded)
      }),
      // "..., then gentle stretching": adjectives may stand before the name, and other
      // names of the list ("foam rolling and the couch stretch").
      let named = sentence.wordIndex(of: mention), named >= first,
      (first..<named).allSatisfy({
        [.adjective, .noun, .properNoun, .determiner, .coordinatingConjunction].contains(
          sentence.tags[$0].upos) || sentence.tags[$0].xpos == "VBG"
      }),
      clause.allSatisfy({ sentence.tags[$0].upos != .verb && sentence.tags[$0].upos != .auxiliary })
    else { return act }
    return .advice
  }

  /// "Patients have evidence of disease by examination, EMG, and muscle biopsy": a clause
  /// after a statement that ends on the object of a preposition goes on listing that object,
  /// and shares its place in the statement; it puts nothing forward.
  private static func continuesAStatedObject(_ clause: Range<Int>, in sentence: SentenceAnalysis)
    -> Bool
  {
    guard var before = sentence.clauses.lastIndex(where: { $0.upperBound <= clause.lowerBound })
    else { return false }
    // Back over the list's earlier items ("..., EMG, and ...") to the clause it started in.
    while before > 0, sentence.acts[before] == .other,
      sentence.clauses[before].allSatisfy({
        [.noun, .properNoun, .adjective, .determiner, .coordinatingConjunction].contains(
          sentence.tags[$0].upos)
      })
    {
      before -= 1
    }
    let previous = sentence.clauses[before]
    // A statement: "in other words, no caffeine, no migraines" has none.
    guard sentence.acts[before] == .other,
      previous.contains(where: { [.verb, .auxiliary].contains(sentence.tags[$0].upos) }),
      let last = previous.last,
      [.noun, .properNoun].contains(sentence.tags[last].upos)
    else { return false }
    var k = last - 1
    while k >= previous.lowerBound, last - k <= 4,
      [.noun, .properNoun, .adjective, .determiner].contains(sentence.tags[k].upos)
    {
      k -= 1
    }
    return k >= previous.lowerBound && sentence.tags[k].upos == .adposition
  }

  /// Phrases of a request for help: a post with one asks, though it has no question mark.
  /// Folded as the post's words are ("wondering if" and "wonder if" are one phrase; "it did
  /// wonders for me" is none).
  private static let requestPhrases: [[String]] = [
    ["please", "help"], ["any", "help"], ["help", "me"], ["any", "advice"], ["any", "suggestion"],
    ["any", "ideas"], ["anyone", "know"], ["does", "anyone"], ["can", "anyone"], ["appreciate"],
    ["thanks", "in", "advance"], ["i", "wonder"], ["wondering", "if"], ["wondering", "whether"],
    ["looking", "for"],
  ].map { $0.map(WordFolding.fold) }

  /// Words with which a first post says it shares an experience for others' use ("figured
  /// I'd post here", "in case it helps anyone", a race report, a success story).
  private static let sharingPhrases: [[String]] = [
    ["share"], ["sharing"], ["in", "case", "it", "helps"], ["hope", "this", "helps"],
    ["hope", "this", "is", "helpful"], ["hope", "this", "is", "useful"], ["psa"],
    ["race", "report"], ["success", "story"], ["i'd", "post"], ["i", "would", "post"],
    ["lessons", "learned"], ["what", "worked", "for", "me"], ["update"],
  ].map { $0.map(WordFolding.fold) }

  /// Whether a clause reports, with a subject of its own ("I thought I would push through
  /// the plan", "some doctors will tape the patient"), rather than setting a condition ("When
  /// I run, stretch, roll and ice").
  private static func reportsWithSubject(_ clause: Range<Int>, in sentence: SentenceAnalysis)
    -> Bool
  {
    let tags = sentence.tags
    return tags[clause.lowerBound].upos != .subordinatingConjunction
      && !["if", "when", "whenever", "once", "after", "before", "while"].contains(
        sentence.words[clause.lowerBound].folded)
      && clause.contains { k in
        ["i", "we", "he", "she", "they"].contains(sentence.words[k].folded)
          || k > clause.lowerBound && [.noun, .properNoun].contains(tags[k - 1].upos)
            && tags[k - 1].xpos.hasSuffix("S") && ["MD", "VBP", "VBD"].contains(tags[k].xpos)
      }
  }

  /// Whether the text has a question mark that ends a question, not one inside an address
  /// ("reddit.com/r/running/comments/q8qzro/?utm_source=share") or in a table's cell
  /// ("|Goal|Description|Completed?|", cells split by tabs in a copied page).
  static func asks(_ text: Substring) -> Bool {
    // Most sentences hold no question mark; their bytes say so without reading characters.
    guard text.utf8.contains(UInt8(ascii: "?")) else { return false }
    return text.indices.contains { i in
      guard text[i] == "?" else { return false }
      let next = text.index(after: i)
      guard next == text.endIndex || !(text[next].isLetter || text[next].isNumber) else {
        return false
      }
      let lineStart =
        text[..<i].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
      let lineEnd = text[i...].firstIndex(of: "\n") ?? text.endIndex
      // A bullet's tab ("•\tWhat should I do?") opens a line; a cell's stands between words.
      let cells = text[lineStart..<lineEnd].drop { !$0.isLetter && !$0.isNumber }
      return !cells.contains { $0 == "|" || $0 == "\t" }
    }
  }

  /// Whether a first post advises rather than asks: no request for help in it or in a
  /// title that asks, and advice in at least three sentences, asking nothing or, about
  /// health, three more than it has questions (a polemic's "Could it just be professional
  /// jealousy?" asks nothing of the reader; an asker's story tells what a doctor advised),
  /// or in three with its last question far behind it; or, asking nothing, words that say it
  /// shares an experience for others' use (its reports then share what the writer did, as a
  /// reply's do).
  static func sharesUnasked(
    _ sentences: [SentenceAnalysis], title: String, isAboutHealth: Bool
  ) -> Bool {
    guard !asks(title[...]) else { return false }
    let words = sentences.flatMap { $0.words.map(\.folded) }
    guard !requestPhrases.contains(where: { says($0, in: words) }) else { return false }
    let questions = sentences.count(where: \.isQuestion)
    let advising = sentences.count { $0.acts.contains(.advice) }
    if advising >= 3 + questions, questions == 0 || isAboutHealth { return true }
    // A primer that asks in passing ("Is candida a real problem? ...") and goes on for ten
    // sentences after its last question: an asker ends with the ask, or soon after it.
    if advising >= 3, let lastQuestion = sentences.lastIndex(where: \.isQuestion),
      sentences.count - 1 - lastQuestion >= Self.sentencesAfterAPassingQuestion
    {
      return true
    }
    let titleWords = WordFolding.words(in: title[...]).map(\.folded)
    return questions == 0
      && sharingPhrases.contains { says($0, in: words) || says($0, in: titleWords) }
  }

  /// How many sentences after its last question tell an opener that only asked in passing.
  private static let sentencesAfterAPassingQuestion = 10

  /// Whether `phrase` stands in `words`, word for word.
  private static func says(_ phrase: [String], in words: [String]) -> Bool {
    words.indices.contains { start in
      start + phrase.count <= words.count && zip(phrase, words[start...]).allSatisfy { $0 == $1 }
    }
  }

  /// Whether the clause before a colon ends in a noun for a kind of trouble, so the list
  /// after it names troubles, not remedies: "it covers the two most common pathogens: strep
  /// and mycoplasma", "watch for these symptoms:".
  private static func announcesTroubles(_ clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    // The last word, whatever the tagger made of it ("side effects/VBZ:").
    guard let head = clause.last else { return false }
    return troubleKinds.contains(sentence.tags[head].lemma)
      || troubleKinds.contains(sentence.words[head].folded)
  }

  /// Nouns for a kind of trouble or of what brings it on.
  private static let troubleKinds: Set<String> = [
    "pathogen", "germ", "bacterium", "bacteria", "virus", "organism", "cause", "culprit",
    "trigger", "symptom", "sign", "risk", "complication", "problem", "effect", "condition",
    "disease", "infection", "illness", "disorder", "allergen", "irritant",
  ]

  /// What "makes a difference" without being a remedy: "four factors make a difference".
  private static let causeKinds: Set<String> = troubleKinds.union(["factor"])

  /// Nouns that announce the list a colon opens: "Two approaches that I've used:",
  /// "Things that helped me:".
  private static let inlineLeadWords: Set<String> = listLeadWords.union([
    "approach", "thing", "option", "what",
  ])
  /// The most items one inline list holds.
  private static let inlineListReach = 8

  /// "Things that helped me: a dark room, cold compresses, and caffeine", "Two approaches
  /// that I've used: Tofranil, 50 mg qhs, Naproxen 250mg bid": the verbless items after a
  /// colon that ends a clause of advice or of success are remedies, with that clause's act.
  /// Items the lexicon names keep their names; the act is theirs too. Returns the new
  /// mentions.
  private static func inlineListItems(in sentence: inout SentenceAnalysis, text: String)
    -> [RemedyMention]
  {
    guard !sentence.isQuestion,
      let lead = sentence.clauses.indices.dropLast().first(where: {
        sentence.standaloneStarts.contains(sentence.clauses[$0 + 1].lowerBound)
      })
    else { return [] }
    let leadClause = sentence.clauses[lead]
    guard !announcesTroubles(leadClause, of: sentence) else { return [] }
    let act: SpeechAct
    switch sentence.acts[lead] {
    case .advice, .benefit: act = sentence.acts[lead]
    case .experience
    where leadClause.contains(where: { inlineLeadWords.contains(sentence.tags[$0].lemma) }):
      act = .benefit
    default: return []
    }
    // The announcement names what follows, not a remedy of its own.
    guard
      !sentence.mentions.contains(where: {
        sentence.wordIndex(of: $0).map(leadClause.contains) ?? false
      })
    else { return [] }
    var found: [RemedyMention] = []
    for c in sentence.clauses.indices.dropFirst(lead + 1).prefix(inlineListReach) {
      let clause = sentence.clauses[c]
      let hasVerb = clause.contains {
        [.verb, .auxiliary].contains(sentence.tags[$0].upos)
          && !["VBG", "VBN"].contains(sentence.tags[$0].xpos)
      }
      guard !hasVerb else { break }
      sentence.acts[c] = act
      let named = sentence.mentions.indices.filter {
        sentence.wordIndex(of: sentence.mentions[$0]).map(clause.contains) ?? false
      }
      for i in named where sentence.mentions[i].act == .other {
        sentence.mentions[i].act = act
      }
      guard named.isEmpty else { continue }
      let start = Self.firstWordOfItem(clause, in: sentence)
      // "50 mg qhs" is how much of the item before, not an item; a link or a path names
      // nothing.
      let itemEnd =
        c + 1 < sentence.clauses.count
        ? sentence.words[sentence.clauses[c + 1].lowerBound].range.lowerBound
        : sentence.range.upperBound
      guard start < clause.upperBound, sentence.tags[start].upos != .numeral,
        !text[sentence.words[start].range.lowerBound..<itemEnd].dropLast().contains(where: {
          "/:=@_\\".contains($0)
        })
      else { continue }
      // "Naproxen 250mg bid": the name stops at its dose.
      var phrase = OpenRemedy.nounPhrase(from: start, in: sentence, within: clause)
      if let dose = phrase.first(where: { sentence.words[$0].folded.contains(where: \.isNumber) }) {
        phrase = phrase.lowerBound..<dose
      }
      guard let name = OpenRemedy.name(of: phrase, in: sentence) else { continue }
      var item = RemedyMention(
        name: name, kind: .other, muscles: [], tools: [],
        position: sentence.words[phrase.lowerBound].range.lowerBound, isDiscovered: true)
      item.act = act
      found.append(item)
    }
    return found
  }

  /// The first word of a list item past the "and", "or" and punctuation that join it to the
  /// list; the item's end when it holds nothing else.
  private static func firstWordOfItem(_ item: Range<Int>, in sentence: SentenceAnalysis) -> Int {
    item.first { ![.coordinatingConjunction, .punctuation].contains(sentence.tags[$0].upos) }
      ?? item.upperBound
  }

  /// Words that sum up a list just given: "Chewing gum, sucking hard candy, yawning -- these
  /// will help".
  private static let summingWords: Set<String> = ["these", "those", "all", "both", "each"]

  /// The items of a list that is the subject of a clause that advises or reports a benefit
  /// are its remedies: "Chewing gum, sucking hard candy (or a bottle for babies),
  /// yawning--these will help", "Anti-fungals, a low carbohydrate diet and vitamin A
  /// supplementation may all help", "Stretching, foam rolling and yoga helped". The list is
  /// the verbless clauses just before that clause and the clause's own words before its
  /// summing word, or before its verb when a comma list ends there with "and" or "or". An item
  /// the lexicon names keeps its name and takes the clause's act. Returns the new mentions.
  private static func listSubjectItems(in sentence: inout SentenceAnalysis) -> [RemedyMention] {
    guard !sentence.isQuestion else { return [] }
    let tags = sentence.tags
    let words = sentence.words
    for (c, clause) in sentence.clauses.enumerated()
    where sentence.acts[c] == .benefit || sentence.acts[c] == .advice {
      var earlier: [Range<Int>] = []
      for part in sentence.clauses[..<c].reversed().prefix(inlineListReach) {
        let hasVerb = part.contains {
          [.verb, .auxiliary].contains(tags[$0].upos) && tags[$0].xpos != "VBG"
        }
        guard !hasVerb else { break }
        earlier.insert(part, at: 0)
      }
      // Where the clause's own items end: at a summing word before its verb, else before the
      // verb a comma list ending in "and" or "or" is the subject of.
      var end = clause.first {
        summingWords.contains(words[$0].folded) && $0 + 1 < clause.upperBound
          && ([.auxiliary, .verb].contains(tags[$0 + 1].upos)
            // The tagger may read the verb after "all" as a noun ("may all help/NN").
            || SpeechActReader.benefitVerbs.contains(tags[$0 + 1].lemma))
      }
      let benefitVerb =
        sentence.acts[c] == .benefit ? SpeechActReader.benefitVerb(in: clause, of: sentence) : nil
      if end == nil, !earlier.isEmpty, var verb = benefitVerb {
        while verb > clause.lowerBound,
          [.adverb, .auxiliary].contains(tags[verb - 1].upos) || tags[verb - 1].xpos == "MD"
        {
          verb -= 1
        }
        let own = clause.lowerBound..<verb
        if own.contains(where: { ["and", "or"].contains(words[$0].folded) }),
          !own.contains(where: {
            ["VBZ", "VBP", "VBD", "MD"].contains(tags[$0].xpos) || tags[$0].upos == .pronoun
          })
        {
          end = verb
        }
      }
      guard let end else { continue }
      var parts = earlier
      var itemStart = clause.lowerBound
      for k in clause.lowerBound..<end where ["and", "or"].contains(words[k].folded) {
        if k > itemStart { parts.append(itemStart..<k) }
        itemStart = k + 1
      }
      if end > itemStart { parts.append(itemStart..<end) }
      guard parts.count >= 2 else { continue }
      let act = sentence.acts[c]
      var found: [RemedyMention] = []
      for part in parts {
        let named = sentence.mentions.indices.filter {
          sentence.wordIndex(of: sentence.mentions[$0]).map(part.contains) ?? false
        }
        for i in named where !sentence.mentions[i].act.recommends {
          sentence.mentions[i].act = act
        }
        guard named.isEmpty else { continue }
        let start = Self.firstWordOfItem(part, in: sentence)
        guard start < part.upperBound else { continue }
        let item: OpenRemedy.Found?
        if tags[start].xpos == "VBG" {
          // A gerund alone in a list is the activity it names ("yawning").
          item =
            OpenRemedy.fromVerb(at: start, in: sentence, within: start..<part.upperBound)
            ?? (part.upperBound - start == 1 && tags[start].text.count > 4
              ? OpenRemedy.Found(name: tags[start].text.lowercased(), kind: .other, start: start)
              : nil)
        } else {
          let phrase = OpenRemedy.nounPhrase(from: start, in: sentence, within: part)
          item = OpenRemedy.name(of: phrase, in: sentence).map {
            OpenRemedy.Found(name: $0, kind: .other, start: phrase.lowerBound)
          }
        }
        guard let item else { continue }
        var mention = RemedyMention(
          name: item.name, kind: item.kind, muscles: [], tools: [],
          position: words[item.start].range.lowerBound, isDiscovered: true)
        mention.act = act
        found.append(mention)
      }
      return found
    }
    return []
  }

  /// The longest item of a list after a remedy, in words: longer, it is a clause of its own.
  private static let objectListItemWords = 6

  /// "Continued low-dose amitriptyline, daily aerobic exercise, and a regular sleep
  /// schedule", "Try ice, compression and rest": the verbless items after a comma that follow
  /// a remedy ending a clause of advice or of success, up to the item "and" or "or" closes the
  /// list with, are remedies too, with that clause's act. Without that closing item the
  /// words after the comma are no list ("Try ice, twenty minutes a time"). Items the lexicon
  /// names keep their names; the body ("stretch your quads, hamstrings and calves") is no
  /// item. Returns the new mentions.
  private func objectListItems(in sentence: inout SentenceAnalysis) -> [RemedyMention] {
    guard !sentence.isQuestion else { return [] }
    let tags = sentence.tags
    let words = sentence.words
    for (c, clause) in sentence.clauses.enumerated().dropLast()
    where sentence.acts[c] == .advice || sentence.acts[c] == .benefit {
      // The clause ends with the remedy: its last word is in the lexicon's name, the name
      // starts there, or a name found from the clause's verb ends in it ("try ice").
      let last = clause.upperBound - 1
      guard
        sentence.mentions.contains(where: { mention in
          !mention.isProblem && mention.act.recommends
            && (mention.position == words[last].range.lowerBound
              || mention.position <= words[last].range.lowerBound
                && ((mention.end ?? mention.position) >= words[last].range.upperBound
                  || mention.end == nil
                    && mention.position >= words[clause.lowerBound].range.lowerBound
                    && mention.name.split(separator: " ").last.map(String.init)
                      == tags[last].lemma))
        })
      else { continue }
      var items: [Range<Int>] = []
      var closed = false
      for part in sentence.clauses[(c + 1)...].prefix(Self.inlineListReach) {
        // "calf stretches on a step, both straight and bent knee": how to do the remedy;
        // "a spot on the thigh, no major nerves or blood vessels": what it lacks.
        guard part.count <= Self.objectListItemWords + 1,
          !["both", "either", "neither", "no", "not", "without", "never"].contains(
            words[part.lowerBound].folded),
          !part.contains(where: {
            [.verb, .auxiliary, .pronoun].contains(tags[$0].upos)
              && !["VBG", "VBN"].contains(tags[$0].xpos)
          })
        else { break }
        // "..., daily exercise, and a regular sleep schedule" or "..., daily exercise and a
        // regular sleep schedule": the item "and" opens, or splits, closes the list.
        if let k = part.first(where: { ["and", "or"].contains(words[$0].folded) }) {
          if k > part.lowerBound { items.append(part.lowerBound..<k) }
          if k + 1 < part.upperBound { items.append((k + 1)..<part.upperBound) }
          closed = true
          break
        }
        items.append(part)
      }
      guard closed, !items.isEmpty else { continue }
      var named: [Int] = []
      var found: [RemedyMention] = []
      for item in items {
        let inItem = sentence.mentions.indices.filter {
          sentence.wordIndex(of: sentence.mentions[$0]).map(item.contains) ?? false
        }
        named += inItem
        guard inItem.isEmpty else { continue }
        let start = Self.firstWordOfItem(item, in: sentence)
        let phrase = OpenRemedy.nounPhrase(from: start, in: sentence, within: item)
        let namesBody = lexicon.matches(in: Array(words[phrase])).contains {
          $0.terms.contains { if case .muscle = $0 { true } else { false } }
        }
        if namesBody { continue }
        // Every item names a thing, or the words are no list of things: "both straight and
        // bent knee" says how, "patchlevel 18 or later" which, "those doing analysis" who.
        guard start < item.upperBound, tags[start].upos != .numeral,
          !item.contains(where: { Self.summingWords.contains(words[$0].folded) }),
          let head = phrase.last,
          [.noun, .properNoun].contains(tags[head].upos) || tags[head].xpos == "VBG",
          let name = OpenRemedy.name(of: phrase, in: sentence)
        else { return [] }
        var mention = RemedyMention(
          name: name, kind: .other, muscles: [], tools: [],
          position: words[phrase.lowerBound].range.lowerBound, isDiscovered: true)
        mention.act = sentence.acts[c]
        found.append(mention)
      }
      for i in named where !sentence.mentions[i].act.recommends {
        sentence.mentions[i].act = sentence.acts[c]
      }
      return found
    }
    return []
  }

  /// The remedy `found` names in its own words, in `sentence`, with `act`.
  private static func discovered(
    _ found: OpenRemedy.Found, in sentence: SentenceAnalysis, act: SpeechAct
  ) -> RemedyMention {
    var mention = RemedyMention(
      name: found.name, kind: found.kind, muscles: [], tools: [],
      position: sentence.words[found.start].range.lowerBound, isDiscovered: true)
    mention.act = act
    return mention
  }

  /// "Started having a glass of tonic water before bed and stretching my calves": a gerund's
  /// phrase joined to the gerund of a remedy is a remedy of its own, in the remedy's act.
  private func gerundLeftOfRemedy(
    at right: Int, conjunction k: Int, clause: Range<Int>, in sentence: SentenceAnalysis
  ) -> RemedyMention? {
    let tags = sentence.tags
    // The remedy's verb opens its conjunct, or follows a word of its name ("foam rolling").
    let opening = right..<min(right + 3, clause.upperBound)
    guard let head = opening.first(where: { tags[$0].upos == .verb }),
      tags[head].xpos == "VBG",
      let remedy = sentence.mentions.first(where: { mention in
        !mention.isProblem
          && (right..<min(head + 3, clause.upperBound)).contains {
            sentence.words[$0].range.lowerBound == mention.position
          }
      }),
      let verb = (clause.lowerBound..<k).last(where: { tags[$0].xpos == "VBG" }),
      !sentence.mentions.contains(where: { mention in
        (verb..<k).contains { sentence.words[$0].range.lowerBound == mention.position }
      }),
      let found = OpenRemedy.fromVerb(at: verb, in: sentence, within: verb..<k)
    else { return nil }
    return Self.discovered(found, in: sentence, act: remedy.act)
  }

  /// "Ice and ibuprofen may help", "fish oil or glucosamine": the plain name that opens a
  /// coordination whose second name is a remedy, when it opens its clause or follows a verb.
  private func leftOfRemedy(
    at right: Int, conjunction k: Int, clause: Range<Int>, in sentence: SentenceAnalysis
  ) -> RemedyMention? {
    let tags = sentence.tags
    // "a heating pad and a gentle yoga class": the remedy may follow its determiner and
    // modifiers.
    var head = right
    while head + 1 < clause.upperBound, head - right < 3,
      [.determiner, .adjective].contains(tags[head].upos) || tags[head].xpos == "PRP$"
    {
      head += 1
    }
    guard
      let remedy = sentence.mentions.first(where: { mention in
        !mention.isProblem
          && [right, head].contains { sentence.words[$0].range.lowerBound == mention.position }
      }),
      [.noun, .properNoun].contains(tags[k - 1].upos)
    else { return nil }
    var start = k - 1
    while start > clause.lowerBound, k - start < 4,
      [.noun, .properNoun, .adjective].contains(tags[start - 1].upos)
    {
      start -= 1
    }
    var opening = start
    while opening > clause.lowerBound,
      tags[opening - 1].upos == .determiner || tags[opening - 1].xpos == "PRP$"
    {
      opening -= 1
    }
    // Not "a disease of the intestinal lining and lipoxygenase inhibitors may help".
    guard opening == clause.lowerBound || tags[opening - 1].upos == .verb,
      !lexicon.matches(in: Array(sentence.words[start..<k])).contains(where: { match in
        match.terms.contains { if case .muscle = $0 { true } else { false } }
      }),
      let name = OpenRemedy.name(of: start..<k, in: sentence)
    else { return nil }
    var mention = RemedyMention(
      name: name, kind: remedy.kind, muscles: [], tools: [],
      position: sentence.words[start].range.lowerBound, isDiscovered: true)
    mention.act = remedy.act
    return mention
  }

  /// Remedies joined by "and" or "or" to one the clause recommends: "Decongestants and
  /// steroid sprays work", "eat lightly and dress warm", "Ceftin or even Ceclor"; or to one
  /// it reports failed: "Magnesium and pickle juice did nothing for me".
  private func coordinatedRemedies(in sentence: SentenceAnalysis) -> [RemedyMention] {
    guard !sentence.isQuestion else { return [] }
    var found: [RemedyMention] = []
    var named = Set(sentence.mentions.map(\.name))
    for (c, clause) in sentence.clauses.enumerated()
    where sentence.acts[c].recommends || [.failedAttempt, .other].contains(sentence.acts[c]) {
      // "Face pulls and external rotations with a light band, 3 sets every day": a sentence
      // that opens with a list and no verb recommends what it names where the remedy it
      // opens with is advised.
      let listsOnly = sentence.acts[c] == .other
      if listsOnly,
        c > 0 || clause.contains(where: { [.verb, .auxiliary].contains(sentence.tags[$0].upos) })
      {
        continue
      }
      for k in clause where ["and", "or", "plus"].contains(sentence.words[k].folded) {
        let conjunction = sentence.words[k].range.lowerBound
        guard k > clause.lowerBound, k + 1 < clause.upperBound,
          !sentence.mentions.contains(where: {
            $0.position < conjunction && conjunction < ($0.end ?? $0.position)
          })
        else { continue }
        var right = k + 1
        while right + 1 < clause.upperBound,
          ["even", "also", "maybe", "perhaps", "possibly"].contains(sentence.words[right].folded)
        {
          right += 1
        }
        // The remedy on the left ends just before the conjunction, a few words at most.
        let leftStart = sentence.words[max(clause.lowerBound, k - 4)].range.lowerBound
        guard
          let left = sentence.mentions.last(where: {
            $0.position >= leftStart && $0.position < conjunction && !$0.isProblem
          })
        else {
          if !listsOnly,
            let mention = leftOfRemedy(at: right, conjunction: k, clause: clause, in: sentence)
              ?? gerundLeftOfRemedy(at: right, conjunction: k, clause: clause, in: sentence),
            named.insert(mention.name).inserted
          {
            found.append(mention)
          }
          continue
        }
        guard
          !listsOnly
            || left.act.recommends
              && left.position == sentence.words[clause.lowerBound].range.lowerBound
        else { continue }
        let tags = sentence.tags
        let leftWords = sentence.words.indices.filter {
          sentence.words[$0].range.lowerBound > left.position && $0 < k
        }
        let other: OpenRemedy.Found?
        // A second verb after a verb phrase ("eat lightly and dress warm"), though the
        // tagger may read it as a noun before an adjective or adverb.
        // "Use ice and ...": the first name is what a verb before it acts on.
        let leftIsObject =
          sentence.wordIndex(of: left).map { w in
            (clause.lowerBound...w).contains { tags[$0].upos == .verb }
          } ?? false
        let leftIsVerbPhrase = sentence.words.indices.contains {
          sentence.words[$0].range.lowerBound == left.position && tags[$0].upos == .verb
        }
        // "What sorted me was dropping the saddle and tilting the nose down", "sticking to
        // the plan and adding a down week made a huge difference": gerunds in parallel.
        let gerundsInParallel =
          tags[right].xpos == "VBG"
          && (sentence.words.indices.contains {
            sentence.words[$0].range.lowerBound == left.position && tags[$0].xpos == "VBG"
          } || tags[clause.lowerBound].xpos == "VBG")
        if tags[right].upos == .verb && ["VB", "VBP"].contains(tags[right].xpos)
          || gerundsInParallel
          || leftIsVerbPhrase && tags[right].upos == .noun && right + 1 < clause.upperBound
            && [.adjective, .adverb].contains(tags[right + 1].upos)
        {
          other = OpenRemedy.fromVerb(at: right, in: sentence, within: right..<clause.upperBound)
        } else if [.noun, .properNoun, .adjective].contains(tags[right].upos)
          // A modifier the tagger read as a past tense ("steroid/VBD sprays").
          || ["VBD", "VBN"].contains(tags[right].xpos) && right + 1 < clause.upperBound
            && tags[right + 1].upos == .noun
          // "exercise and a regular sleep schedule": a determiner opens the second name.
          || (tags[right].upos == .determiner || tags[right].xpos == "PRP$")
            && right + 1 < clause.upperBound
            && [.noun, .adjective].contains(tags[right + 1].upos),
          [.noun, .properNoun].contains(tags[k - 1].upos),
          // "daily/RB aerobic exercise": a measure may stand in the first name.
          leftWords.allSatisfy({
            [.noun, .properNoun, .adjective, .adverb].contains(tags[$0].upos)
          })
        {
          // Both sides are names of one kind: "Decongestants and steroid sprays", never a
          // muscle ("my quads or calves") or a place ("hiking in Peru and Ecuador").
          let misread = ["VBD", "VBN"].contains(tags[right].xpos)
          let rest = OpenRemedy.nounPhrase(
            from: misread ? right + 1 : right, in: sentence, within: clause)
          let phrase = misread && !rest.isEmpty ? right..<rest.upperBound : rest
          let namesBody = lexicon.matches(in: Array(sentence.words[phrase])).contains {
            $0.terms.contains { if case .muscle = $0 { true } else { false } }
          }
          // "Use ice and the swelling goes down": a phrase its own verb follows is the
          // subject of a clause of its own.
          let opensAClause =
            leftIsObject && phrase.upperBound < clause.upperBound
            && ([.verb, .auxiliary].contains(tags[phrase.upperBound].upos)
              || tags[phrase.upperBound].xpos == "MD")
          // "and a gentle yoga class": a name the lexicon gave inside the phrase stands.
          let holdsAName = sentence.mentions.contains { mention in
            phrase.contains { sentence.words[$0].range.lowerBound == mention.position }
          }
          other =
            namesBody || opensAClause || holdsAName
            ? nil
            : OpenRemedy.name(of: phrase, in: sentence).map {
              OpenRemedy.Found(name: $0, kind: left.kind, start: right)
            }
        } else {
          other = nil
        }
        let position = sentence.words[right].range.lowerBound
        guard let other, named.insert(other.name).inserted,
          !sentence.mentions.contains(where: { $0.position == position })
        else { continue }
        var mention = RemedyMention(
          name: other.name, kind: other.kind, muscles: [], tools: [], position: position,
          isDiscovered: true)
        mention.act = left.act
        found.append(mention)
      }
    }
    // "It is best to do nothing, besides taking some pain medication": what comes with the
    // advice is advised too.
    for (c, clause) in sentence.clauses.enumerated() where c > 0 && sentence.acts[c - 1].recommends
    {
      guard clause.count > 1,
        !sentence.mentions.contains(where: { mention in
          clause.contains { sentence.words[$0].range.lowerBound == mention.position }
        }),
        Self.accompanyingWords.contains(sentence.words[clause.lowerBound].folded),
        sentence.tags[clause.lowerBound + 1].xpos == "VBG",
        let other = OpenRemedy.fromVerb(
          at: clause.lowerBound + 1, in: sentence, within: clause.lowerBound + 1..<clause.upperBound
        ),
        named.insert(other.name).inserted
      else { continue }
      var mention = RemedyMention(
        name: other.name, kind: other.kind, muscles: [], tools: [],
        position: sentence.words[clause.lowerBound + 1].range.lowerBound, isDiscovered: true)
      mention.act = sentence.acts[c - 1]
      found.append(mention)
    }
    found += listGoingOn(in: sentence, after: sentence.mentions + found, naming: &named)
    found += coordinatedVerbPhrases(
      in: sentence, besides: sentence.mentions + found, naming: &named)
    return found
  }

  /// "Went up half a size and started using heel lock lacing": verb phrases one subject (the
  /// poster, said or not) joins with "and", each past tense, are things done, each named by
  /// its own verb where no name stands in it; they share the clause's act (a report becomes
  /// a benefit where the post tells a result).
  private func coordinatedVerbPhrases(
    in sentence: SentenceAnalysis, besides mentions: [RemedyMention],
    naming named: inout Set<String>
  ) -> [RemedyMention] {
    guard !sentence.isQuestion else { return [] }
    let words = sentence.words
    let tags = sentence.tags
    var found: [RemedyMention] = []
    for (c, clause) in sentence.clauses.enumerated()
    where sentence.acts[c] == .experience || sentence.acts[c] == .benefit {
      var first = clause.lowerBound
      while first < clause.upperBound,
        SpeechActReader.leadIns.contains(words[first].folded)
          || tags[first].upos == .adverb || tags[first].upos == .coordinatingConjunction
          || ["i", "we"].contains(words[first].folded)
      {
        first += 1
      }
      guard first + 2 < clause.upperBound, tags[first].upos == .verb,
        ["VBD", "VBN"].contains(tags[first].xpos)
      else { continue }
      let joins = (first + 2..<clause.upperBound).filter {
        words[$0].folded == "and" && $0 + 1 < clause.upperBound
          && tags[$0 + 1].upos == .verb && tags[$0 + 1].xpos == "VBD"
      }
      guard !joins.isEmpty else { continue }
      let starts = [first] + joins.map { $0 + 1 }
      let ends = joins + [clause.upperBound]
      for (start, end) in zip(starts, ends) {
        let phrase = start..<end
        guard
          !mentions.contains(where: { mention in
            phrase.contains { words[$0].range.lowerBound == mention.position }
          }),
          let other = OpenRemedy.fromVerb(at: start, in: sentence, within: phrase),
          named.insert(other.name).inserted
        else { continue }
        var mention = RemedyMention(
          name: other.name, kind: other.kind, muscles: [], tools: [],
          position: words[other.start].range.lowerBound, isDiscovered: true)
        mention.act = sentence.acts[c]
        found.append(mention)
      }
    }
    return found
  }

  /// "Face pulls every session, 3x20, and tucking my elbows to 45 degrees on bench", "chin
  /// tucks, 10 every hour, and raising my monitor to eye level": a clause that is only "and"
  /// and a gerund phrase goes on with what the remedy named before it in the sentence was
  /// for, when nothing else stands between them (no verb of its own and no other name).
  private func listGoingOn(
    in sentence: SentenceAnalysis, after mentions: [RemedyMention], naming named: inout Set<String>
  ) -> [RemedyMention] {
    let words = sentence.words
    let tags = sentence.tags
    var found: [RemedyMention] = []
    for clause in sentence.clauses.dropFirst() where clause.count > 2 {
      let gerund = clause.lowerBound + 1
      let start = words[clause.lowerBound].range.lowerBound
      guard ["and", "plus"].contains(words[clause.lowerBound].folded),
        tags[gerund].xpos == "VBG",
        !clause.contains(where: { ["VBD", "VBZ", "VBP", "MD"].contains(tags[$0].xpos) }),
        !mentions.contains(where: { mention in
          clause.contains { words[$0].range.lowerBound == mention.position }
        }),
        let before = mentions.filter({ $0.position < start && !$0.isProblem })
          .max(by: { $0.position < $1.position }),
        before.act.recommends,
        let other = OpenRemedy.fromVerb(
          at: gerund, in: sentence, within: gerund..<clause.upperBound),
        named.insert(other.name).inserted
      else { continue }
      var mention = RemedyMention(
        name: other.name, kind: other.kind, muscles: [], tools: [],
        position: words[gerund].range.lowerBound, isDiscovered: true)
      mention.act = before.act
      found.append(mention)
    }
    return found
  }

  static let tentativeWords = Set(["perhaps", "maybe"].map(WordFolding.fold))

  /// The gerund that opens `clause` when the clause is only a gerund phrase ("perhaps
  /// diluting the alcohol in some water"), with no verb that would make it a clause.
  private static func gerundSubject(_ clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    var start = clause.lowerBound
    while start < clause.upperBound,
      SpeechActReader.leadIns.contains(sentence.words[start].folded)
        || tentativeWords.contains(sentence.words[start].folded)
    {
      start += 1
    }
    // "Regarding GPU, ...", "according to the doctor": participles that are prepositions.
    guard start < clause.upperBound, sentence.tags[start].xpos == "VBG",
      !["regard", "concern", "include", "consider", "accord", "follow"].contains(
        sentence.tags[start].lemma),
      !clause.contains(where: {
        ["VBD", "VBZ", "VBP", "MD"].contains(sentence.tags[$0].xpos)
      })
    else { return nil }
    return start
  }

  /// The lexicon's entry for a practitioner found in the text, where the lexicon writes it
  /// with an article after its verb: "ask a doctor" is named "see doctor", which the lexicon
  /// knows as "see a doctor". One remedy then gathers the evidence of both. (Other names keep
  /// their own words: the lexicon's entries group what helps one trouble, such as "leave it"
  /// under "let it heal", which is not what "leave it" means of earwax.)
  private func lexiconName(of name: String) -> (name: String, kind: RemedyKind)? {
    // A practitioner read as one is a doctor by the name forums shorten ("get checked by a
    // doc"), which the lexicon leaves out as a software word.
    let parts = name.split(separator: " ").map { $0 == "doc" ? "doctor" : String($0) }
    var readings = [parts]
    if parts.count >= 2 {
      readings += ["a", "the", "your"].map { [parts[0], $0] + parts[1...] }
    }
    for reading in readings {
      let matches = lexicon.matches(inFolded: reading.map(WordFolding.fold))
      guard matches.count == 1, let match = matches.first, match.words == reading.indices
      else { continue }
      for case .remedy(let known) in match.terms {
        if let entry = lexicon.remedies[known] { return (entry.name, entry.kind) }
      }
    }
    return nil
  }

  /// The lexicon's remedy whose name or alias is all of `name`, word for word.
  private func lexiconRemedy(wholly name: String) -> String? {
    guard let terms = lexicon.terms(named: name.split(separator: " ").map(WordFolding.fold))
    else { return nil }
    for case .remedy(let known) in terms { return known }
    return nil
  }

  /// Words that allow a thing rather than advise it: "it's OK to", "fine to".
  private static let permissionWords: Set<String> = [
    "ok", "okay", "fine", "alright", "acceptable", "allowed", "safe",
  ]

  /// Words that add a second thing to do to advice: "besides taking", "plus doing".
  static let accompanyingWords = Set(["besides", "plus", "alongside"].map(WordFolding.fold))

  /// The remedy a recommending clause names in its own words.
  private func openRemedy(
    in clause: Range<Int>, act: SpeechAct, of sentence: SentenceAnalysis,
    after previous: Range<Int>? = nil
  ) -> OpenRemedy.Found? {
    if act == .benefit, let named = SpeechActReader.echoedSuccess(in: clause, of: sentence) {
      return echoedRemedy(named, in: sentence)
    }
    if act == .advice || act == .benefit,
      let done = SpeechActReader.meansOfRelief(in: clause, of: sentence)
        ?? SpeechActReader.conditionalRemedy(in: clause, of: sentence)
    {
      return OpenRemedy.fromVerb(at: done, in: sentence, within: clause)
    }
    switch act {
    case .advice:
      guard let verb = SpeechActReader.adviceVerb(in: clause, of: sentence) else {
        // "Seeing a dermatologist sounds like a good idea": what is praised.
        return SpeechActReader.praisesAThing(clause, of: sentence).flatMap {
          OpenRemedy.subject(before: $0, in: sentence, within: clause)
        }
      }
      // "Peppermint oil is worth a try": what is worth it is the subject of its "be".
      if sentence.words[verb].folded == "worth",
        let be = (clause.lowerBound..<verb).last(where: { sentence.tags[$0].lemma == "be" })
      {
        return OpenRemedy.subject(before: be, in: sentence, within: clause)
      }
      if SpeechActReader.passiveRecommendation(in: clause, of: sentence) == verb {
        // The subject stands before "is" and any adverb: "X is (generally) recommended",
        // or before a bracket: "Rifampin (an antibiotic) is often given to contacts".
        var be = verb - 1
        while be > clause.lowerBound, sentence.tags[be].upos == .adverb { be -= 1 }
        guard be == clause.lowerBound, let previous else {
          return OpenRemedy.subject(before: be, in: sentence, within: clause)
        }
        return OpenRemedy.subject(before: previous.upperBound, in: sentence, within: previous)
      }
      if let found = OpenRemedy.fromVerb(at: verb, in: sentence, within: clause) { return found }
      // "It should be OK to sit in a tub" reassures about a posture; it does not advise it.
      let permitted = sentence.words[max(clause.lowerBound, verb - 6)..<verb].contains {
        Self.permissionWords.contains($0.folded)
      }
      return permitted ? nil : OpenRemedy.posture(at: verb, in: sentence, within: clause)
    case .benefit:
      guard let verb = SpeechActReader.benefitVerb(in: clause, of: sentence) else {
        if let removal = OpenRemedy.removal(in: clause, of: sentence) { return removal }
        // "Isometrics were what turned it round for me": the subject of "be what" worked.
        if let what = clause.first(where: {
          $0 > clause.lowerBound + 1 && sentence.words[$0].folded == "what"
            && sentence.tags[$0 - 1].lemma == "be"
        }) {
          return OpenRemedy.subject(before: what - 1, in: sentence, within: clause)
        }
        // "The rings were a game changer", "X has been a lifesaver": the subject of the "be"
        // that a praising noun follows, with an article between at most.
        if let praise = sentence.cues.hits.first(where: {
          $0.kinds.contains(.success) && clause.contains($0.words.lowerBound)
            && $0.words.lowerBound > clause.lowerBound + 1
            && sentence.tags[$0.words.lowerBound].upos == .noun
        }),
          var be = (clause.lowerBound + 1..<praise.words.lowerBound).last(where: {
            sentence.tags[$0].lemma == "be"
          }),
          praise.words.lowerBound == be + 1
            || praise.words.lowerBound == be + 2
              && sentence.tags[be + 1].upos == .determiner
        {
          while be > clause.lowerBound + 1, sentence.tags[be - 1].upos == .auxiliary { be -= 1 }
          return OpenRemedy.subject(before: be, in: sentence, within: clause)
        }
        // "You can't go wrong with plain crackers", "a big fan of", "nothing beats cold
        // watermelon": a praise that ends by pointing at its thing. "You would be a big fan of
        // it" imagines the praise.
        if let praise = sentence.cues.hits.first(where: {
          $0.kinds.contains(.success) && clause.contains($0.words.lowerBound)
            && ["with", "of", "beats", "beat"].contains(
              sentence.words[$0.words.upperBound - 1].folded)
        }),
          !sentence.words[clause.lowerBound..<praise.words.lowerBound].contains(where: {
            ["would", "'d"].contains($0.folded) || $0.folded.hasSuffix("'d")
          }),
          let found = OpenRemedy.thing(
            after: praise.words.upperBound - 1, in: sentence, within: clause)
        {
          return found
        }
        if let praise = sentence.cues.hits.first(where: {
          $0.kinds.contains(.success) && clause.contains($0.words.lowerBound)
            && $0.words.lowerBound > clause.lowerBound + 1
        }) {
          // The praise starts at its verb ("did wonders") or right after it ("made / all the
          // difference").
          let first = praise.words.lowerBound
          let verb =
            [.verb, .auxiliary].contains(sentence.tags[first].upos) ? first : first - 1
          // "We had great results with Zofran", "good luck with a night guard": what the
          // praised outcome came with.
          let last = praise.words.upperBound - 1
          if sentence.tags[last].upos == .noun, sentence.tags[last].lemma != "work",
            let found = OpenRemedy.thing(
              with: praise.words.upperBound, in: sentence, within: clause)
          {
            return found
          }
          // "Ginger tea did wonders", "the bands made all the difference": the subject of the
          // doing or making the praise is.
          // "Four factors make a difference" names what brings a trouble on.
          if ["do", "make"].contains(sentence.tags[verb].lemma),
            let found = OpenRemedy.subject(before: verb, in: sentence, within: clause),
            let head = found.name.split(separator: " ").last,
            !Self.causeKinds.contains(String(head))
          {
            return found
          }
          // "DHE-45 works better than sumatriptan", "Excedrin is far more effective than
          // Tylenol": the subject of a comparison won.
          if let won = sentence.cues.hits.first(where: {
            $0.kinds.contains(.success) && clause.contains($0.words.lowerBound)
              && sentence.words[$0.words.upperBound - 1].folded == "than"
          }),
            let be = (clause.lowerBound..<won.words.lowerBound).last(where: {
              ["be", "work", "seem"].contains(sentence.tags[$0].lemma)
            }),
            let found = OpenRemedy.subject(before: be, in: sentence, within: clause)
          {
            return found
          }
        }
        // "I lowered my saddle and the pain went away": what the poster did.
        if let done = SpeechActReader.experienceVerb(in: clause, of: sentence),
          let found = OpenRemedy.fromVerb(at: done, in: sentence, within: clause)
        {
          return found
        }
        // "..., and lowering it by 5 mm made a huge difference", "I found that cutting out
        // dairy made a big difference": a gerund subject is what worked.
        let gerund = clause.first { i in
          sentence.tags[i].xpos == "VBG"
            && (i == clause.lowerBound
              || [.coordinatingConjunction, .punctuation].contains(sentence.tags[i - 1].upos)
              || SpeechActReader.leadIns.contains(sentence.words[i - 1].folded)
              || sentence.words[i - 1].folded == "that")
        }
        if let gerund { return OpenRemedy.fromVerb(at: gerund, in: sentence, within: clause) }
        // "Perhaps diluting the alcohol in some water, until ... will do the trick": a gerund
        // subject a comma cut off is the clause before, with no verb of its own.
        guard let previous, let subject = Self.gerundSubject(previous, of: sentence),
          ![.pronoun, .noun, .properNoun].contains(sentence.tags[clause.lowerBound].upos)
        else { return nil }
        return OpenRemedy.fromVerb(at: subject, in: sentence, within: previous)
      }
      // "The soreness is relieved by X", "problems that had been cleared up with X": a
      // passive's subject is what was relieved.
      if OpenRemedy.passiveAgent(of: verb, in: sentence, within: clause) != nil {
        return OpenRemedy.instrument(after: verb, in: sentence, within: clause)
      }
      // "The space cleared out", "my skin cleared up": what clears with no object went away;
      // it made nothing go ("Benadryl cleared up my congestion" did).
      if sentence.tags[verb].lemma == "clear" {
        var next = verb + 1
        if next < clause.upperBound, ["up", "out", "away"].contains(sentence.words[next].folded) {
          next += 1
        }
        guard next < clause.upperBound,
          [.noun, .pronoun, .properNoun, .determiner].contains(sentence.tags[next].upos)
        else {
          // "My skin cleared up after I started using the cream": what the poster did when
          // it cleared.
          guard let done = SpeechActReader.experienceVerb(in: clause, of: sentence),
            done > verb,
            sentence.words[verb..<done].contains(where: {
              ["after", "once", "since", "when"].contains($0.folded)
            })
          else { return nil }
          return OpenRemedy.fromVerb(at: done, in: sentence, within: clause)
        }
      }
      if let found = OpenRemedy.subject(before: verb, in: sentence, within: clause)
        ?? OpenRemedy.instrument(after: verb, in: sentence, within: clause)
      {
        return found
      }
      // "I quit sugar and it fixed my heartburn": "it" after "and" is what the poster did
      // before it.
      var pointer = verb - 1
      while pointer > clause.lowerBound,
        [.adverb, .auxiliary].contains(sentence.tags[pointer].upos)
      {
        pointer -= 1
      }
      if pointer > clause.lowerBound + 1,
        ["it", "this", "that"].contains(sentence.words[pointer].folded),
        sentence.words[pointer - 1].folded == "and",
        case let done = clause.lowerBound..<(pointer - 1),
        let did = SpeechActReader.experienceVerb(in: done, of: sentence),
        let found = OpenRemedy.fromVerb(at: did, in: sentence, within: done)
      {
        return found
      }
      // "Gargling warm salt water 4x a day, old school but it works": "it" is what the
      // gerund opening the sentence does.
      let subject = SpeechActReader.afterLeadIns(clause, of: sentence)
      guard subject < verb, ["it", "this", "that"].contains(sentence.words[subject].folded),
        let opening = sentence.clauses.first, opening.upperBound <= clause.lowerBound,
        case let gerund = SpeechActReader.afterLeadIns(opening, of: sentence),
        gerund < opening.upperBound, sentence.tags[gerund].xpos == "VBG"
      else { return nil }
      return OpenRemedy.fromVerb(at: gerund, in: sentence, within: opening)
    case .experience:
      // Named here, counted only where the post says it worked (see `stance`).
      guard let verb = SpeechActReader.experienceVerb(in: clause, of: sentence) else { return nil }
      return OpenRemedy.fromVerb(at: verb, in: sentence, within: clause)
    case .failedAttempt:
      // "... and neither did the strap", "Resting it didn't either": the thing itself.
      if let named = SpeechActReader.echoedFailure(in: clause, of: sentence) {
        return echoedRemedy(named, in: sentence)
      }
      // "I took melatonin for weeks, no change", "Tried the Superfeet everyone raves about,
      // did nothing": what was tried, with or without its "I".
      let start = SpeechActReader.afterLeadIns(clause, of: sentence)
      // ("Lysine did nothing for me": a verb that names nothing leaves its subject.)
      if let verb = SpeechActReader.experienceVerb(in: clause, of: sentence)
        ?? (start < clause.upperBound && ["VBD", "VBN"].contains(sentence.tags[start].xpos)
          ? start : nil),
        let found = OpenRemedy.fromVerb(at: verb, in: sentence, within: clause)
      {
        return found
      }
      if let found = OpenRemedy.taken(in: clause, of: sentence) { return found }
      // "Coconut oil made mine way worse": what failed is the subject, never a trouble
      // ("Myocarditis is rare but it's not worth the risk").
      guard
        let verb = clause.first(where: {
          $0 > start && ["VBD", "VBN", "VBZ", "VBP", "MD"].contains(sentence.tags[$0].xpos)
        }),
        let found = OpenRemedy.subject(before: verb, in: sentence, within: clause),
        let head = found.name.split(separator: " ").last,
        !Cues.isConditionTerm(String(head))
      else { return nil }
      return found
    default:
      return nil
    }
  }

  /// The remedy an echo names ("neither did the strap", "so did resting it").
  private func echoedRemedy(_ named: Range<Int>, in sentence: SentenceAnalysis)
    -> OpenRemedy.Found?
  {
    if sentence.tags[named.lowerBound].xpos == "VBG" {
      return OpenRemedy.fromVerb(at: named.lowerBound, in: sentence, within: named)
    }
    let object = SpeechActReader.echoedThing(in: named, of: sentence)
    return OpenRemedy.name(of: object, in: sentence).map {
      OpenRemedy.Found(name: $0, kind: .other, start: object.lowerBound)
    }
  }

  /// The sentence's tokens. What follows a colon, a dash or a list marker often stands as a
  /// sentence of its own ("the recommendations are obvious - eat smaller meals", "3) Increase
  /// protein"), and a tagger reading it mid-sentence takes its imperative for a noun: such a
  /// part is read again alone, and that reading is kept when it makes its first word a verb.
  private func tokens(of sentence: Substring, parts: [String.Index]) -> [Token] {
    var tokens = tokensReadingImperative(sentence)
    for start in parts {
      guard let first = tokens.firstIndex(where: { $0.range.lowerBound >= start }),
        tokens[first].xpos != "VB"
      else { continue }
      if Self.continuesAName(tokens, after: first, in: sentence) { continue }
      // "... but rather eliminate/JJ sugar": what replaces a thing advised against is advised,
      // so a verb of advice there is read as one.
      let replacesAdvice =
        first > 0 && Self.replacingWords.contains(tokens[first - 1].text)
        && SpeechActReader.opensAnImperative(tokens[first].text)
      let part =
        replacesAdvice
        ? language.analyze(sentence[start...], opening: Self.baseVerb)
        : tokensReadingImperative(sentence[start...], opensAdvice: false)
      guard part.count == tokens.count - first, part.first?.xpos == "VB" else { continue }
      tokens.replaceSubrange(first..., with: part)
    }
    return tokens
  }

  /// Where parts begin that may stand alone: after a list marker opening the sentence ("3)",
  /// "2.", "*", "-"), after a colon or a dash that has a space after it, and after "but
  /// rather" or "but instead".
  static func standaloneParts(of sentence: Substring) -> [String.Index] {
    let scalars = sentence.unicodeScalars
    /// The first letter at or after `index` past spaces, if a letter comes next.
    func word(from index: String.Index) -> String.Index? {
      var index = index
      while index < scalars.endIndex, scalars[index].properties.isWhitespace {
        index = scalars.index(after: index)
      }
      return index < scalars.endIndex && scalars[index].properties.isAlphabetic ? index : nil
    }
    var starts: [String.Index] = []
    var index = scalars.startIndex
    while index < scalars.endIndex, scalars[index].properties.isWhitespace {
      index = scalars.index(after: index)
    }
    var digits = 0
    while index < scalars.endIndex, digits < 2, scalars[index].properties.numericType != nil {
      index = scalars.index(after: index)
      digits += 1
    }
    if index < scalars.endIndex,
      digits > 0
        ? ").".unicodeScalars.contains(scalars[index])
        : scalars[index] == "*"
          || scalars[index] == "\u{2022}"
    {
      let next = scalars.index(after: index)
      if next < scalars.endIndex, scalars[next] == " ", let start = word(from: next) {
        starts.append(start)
      }
    }
    var previous: Unicode.Scalar = " "
    for i in scalars.indices {
      let scalar = scalars[i]
      defer { previous = scalar }
      guard
        scalar == ":" || scalar == "\u{2013}" || scalar == "\u{2014}"
          || (scalar == "-" && previous.properties.isWhitespace)
      else { continue }
      let next = scalars.index(after: i)
      if next < scalars.endIndex, scalars[next].properties.isWhitespace,
        let start = word(from: next)
      {
        starts.append(start)
      }
    }
    // "not to go to bottle feedings, but rather eliminate foods": the advice put in place of
    // what is denied.
    previous = " "
    for i in scalars.indices {
      defer { previous = scalars[i] }
      guard scalars[i] == "b" || scalars[i] == "B", previous.properties.isWhitespace else {
        continue
      }
      for marker in Self.replacingWords.map({ "but \($0) " })
      where sentence[i...].prefix(marker.count).lowercased() == marker {
        if let start = word(from: sentence.index(i, offsetBy: marker.count)) {
          starts.append(start)
        }
      }
    }
    return starts.sorted()
  }

  /// Words after "but" that put advice in place of a thing advised against: "but rather
  /// eliminate foods", "but instead rest it".
  private static let replacingWords = ["rather", "instead"]

  /// Whether the token after `index` starts with a capital: "Colonel Custer", "Usenet: Rose
  /// Media" are names, not an imperative and its object.
  private static func continuesAName(_ tokens: [Token], after index: Int, in sentence: Substring)
    -> Bool
  {
    index + 1 < tokens.count && sentence[tokens[index + 1].range].first?.isUppercase == true
  }

  /// A tagger trained on edited text reads an unknown word written with a capital at the
  /// start of a sentence as a proper noun, and forum posts open their imperatives that way
  /// ("Soak in a lukewarm tub", "Strengthen your glutes"). Such a sentence is read again with
  /// that letter in lower case, and the second reading is kept when it makes the word a verb:
  /// a name stays a name ("Vaseline is greasy", "Colonel Custer"). A participle after the
  /// first word ("Avoid processed/VBD foods") may look like a subject's verb; the second
  /// reading settles it, a verb then a participle before its noun. Where even that reads no
  /// verb ("Chew/NN gum", "Wear/JJ looser shoes"), or the sentence is written in small
  /// letters ("wear/JJ thin liners under them"), a verb replies open advice with, before any
  /// verb of its own clause, is one, except in an item of a list (`opensAdvice` false), which
  /// names things as often as it advises ("2) Sleep deprivation").
  private func tokensReadingImperative(_ sentence: Substring, opensAdvice: Bool = true)
    -> [Token]
  {
    let tokens = language.analyze(sentence)
    if Self.opensWithImperativeDo(tokens, in: sentence) {
      let imperative = language.analyze(sentence, opening: Self.baseVerb)
      if imperative.count == tokens.count { return imperative }
    }
    if let subject = tokensReadingSubject(tokens, of: sentence) { return subject }
    guard let first = tokens.first,
      [.properNoun, .noun, .adverb, .adjective].contains(first.upos),
      let initial = sentence[first.range].first, initial.isASCII,
      sentence[first.range].dropFirst().allSatisfy(\.isLowercase),
      !Self.continuesAName(tokens, after: 0, in: sentence)
    else { return tokens }
    let subjectsVerb = Self.subjectsVerb(tokens)
    let lowered =
      sentence[..<first.range.lowerBound] + initial.lowercased()
      + sentence[sentence.index(after: first.range.lowerBound)...]
    if initial.isUppercase {
      // Most such words stay what they were; the rest of the sentence is read again only
      // where the first word becomes a verb.
      guard let opening = language.openingLabel(of: lowered[...]),
        opening.tokens == tokens.count
      else { return tokens }
      if opening.label.xpos == "VB" {
        let again = language.analyze(lowered[...])
        let rereadAsVerb =
          subjectsVerb.map { verb in
            verb == 1 && again[1].xpos == "VBN" && again.indices.contains(2)
              && [.noun, .adjective].contains(again[2].upos)
          } ?? true
        if rereadAsVerb {
          return Self.retagged(tokens, as: again)
        }
      }
    }
    guard opensAdvice, subjectsVerb == nil, SpeechActReader.opensAnImperative(first.text),
      !Self.hasOwnVerb(tokens),
      // "Sleep deprivation", "ice pack": a word that names a remedy as a noun too, before a
      // noun, names a thing.
      !(OpenRemedy.remedyVerbs.contains(first.text) && tokens.count > 1
        && [.noun, .properNoun].contains(tokens[1].upos))
    else { return tokens }
    let imperative = language.analyze(lowered[...], opening: Self.baseVerb)
    guard imperative.count == tokens.count else { return tokens }
    return Self.retagged(tokens, as: imperative)
  }

  /// Whether a sentence that asks nothing opens with "do" before no subject ("Do banded hip
  /// flexor marches", "do some easy spinning"): the imperative's verb, which the tagger reads
  /// as the auxiliary of a question.
  private static func opensWithImperativeDo(_ tokens: [Token], in sentence: Substring) -> Bool {
    guard tokens.count > 2, tokens[0].text == "do", tokens[0].upos == .auxiliary,
      !sentence.contains("?")
    else { return false }
    let next = tokens[1]
    return !["i", "you", "we", "they", "he", "she", "not", "n't", "people", "u"].contains(next.text)
      && [.determiner, .noun, .adjective, .verb, .numeral].contains(next.upos)
      || next.xpos == "PRP$"
  }

  /// The tokens with the tags and lemmas of a second reading of their sentence, which was
  /// read with another first letter or label: their text and ranges stay the original's.
  /// The other way round, a noun opening a sentence in lower case, as posts often write
  /// them, may be read as an adverb or a verb ("mouth/RB tape/VB did nothing"): the sentence
  /// is read again with a capital, and that reading is kept when it makes the opening words
  /// a subject with its verb ("Mouth/NNP tape/NNP did/VBD").
  private func tokensReadingSubject(_ tokens: [Token], of sentence: Substring) -> [Token]? {
    guard let first = tokens.first,
      [.adverb, .adjective].contains(first.upos) || first.xpos == "VB",
      let initial = sentence[first.range].first, initial.isASCII, initial.isLowercase,
      Self.subjectsVerb(tokens) == nil
    else { return nil }
    let capitalized =
      sentence[..<first.range.lowerBound] + initial.uppercased()
      + sentence[sentence.index(after: first.range.lowerBound)...]
    let again = language.analyze(capitalized[...])
    guard again.count == tokens.count, [.noun, .properNoun].contains(again[0].upos),
      Self.subjectsVerb(again) != nil
    else { return nil }
    return Self.retagged(tokens, as: again)
  }

  private static func retagged(_ tokens: [Token], as reread: [Token]) -> [Token] {
    zip(tokens, reread).map { original, reread in
      Token(
        range: original.range, text: original.text, upos: reread.upos, xpos: reread.xpos,
        lemma: reread.lemma)
    }
  }

  private static let baseVerb = PerceptronTagger.Label(upos: .verb, xpos: "VB")

  /// Where the first words are a subject, its verb: a noun phrase, then a past tense or a
  /// modal ("Magnesium can help", "Coconut oil made/VBN mine worse"), which no imperative
  /// has ("Get checked/VBN by a doctor" is one), or a present tense that agrees with the noun
  /// before it ("Insulin levels serve/VBP as an index").
  private static func subjectsVerb(_ tokens: [Token]) -> Int? {
    var k = 1
    while k < tokens.count, k <= 3, [.noun, .properNoun, .adjective].contains(tokens[k].upos) {
      k += 1
    }
    guard k < tokens.count else { return nil }
    let agrees =
      k > 1
      && (tokens[k].xpos == "VBP" && tokens[k - 1].xpos == "NNS"
        || tokens[k].xpos == "VBZ" && ["NN", "NNP"].contains(tokens[k - 1].xpos))
    return ["VBD", "MD"].contains(tokens[k].xpos) || k > 1 && tokens[k].xpos == "VBN" || agrees
      ? k : nil
  }

  /// Whether a finite verb follows the first word within its clause ("Ice pack helps/VBZ",
  /// "Sleep is key"): the first word is then a subject, not an imperative.
  private static func hasOwnVerb(_ tokens: [Token]) -> Bool {
    for token in tokens.dropFirst() {
      if [.punctuation, .subordinatingConjunction, .coordinatingConjunction].contains(token.upos)
        || token.xpos == "WRB"
      {
        return false
      }
      if ["VBD", "VBZ", "VBP", "MD"].contains(token.xpos) || token.upos == .auxiliary {
        return true
      }
    }
    return false
  }

  /// The token each word starts in, so a word gets a part of speech even where the two
  /// tokenizations differ ("don't" is one word and two tokens, "t-spine" two words and one
  /// token). Both run left to right over the same text.
  /// Each word's lemma where the word is one token ("stings" is "sting", "had" is "have"),
  /// else the word itself ("don't" stays whole).
  private static func lemmas(of words: [WordSpan], tags: [Token]) -> [String] {
    zip(words, tags).map { word, tag in tag.text == word.folded ? tag.lemma : word.folded }
  }

  private static func align(_ words: [WordSpan], with tokens: [Token]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(words.count)
    var t = 0
    for word in words {
      while t + 1 < tokens.count, tokens[t + 1].range.lowerBound <= word.range.lowerBound {
        t += 1
      }
      if tokens.indices.contains(t) {
        result.append(tokens[t])
      } else {
        result.append(
          Token(range: word.range, text: word.folded, upos: .other, xpos: "", lemma: word.folded))
      }
    }
    return result
  }

  /// True when a stretch verb stands just before the muscle ("releasing your iliopsoas") or
  /// just after it ("get your hip flexors to release").
  private func isStretched(muscleAt span: Range<Int>, in words: [String]) -> Bool {
    var index = span.lowerBound - 1
    var skipped = 0
    while index >= 0, skipped <= 3 {
      if Cues.stretchVerbs.contains(words[index]) { return true }
      guard Cues.muscleDeterminers.contains(words[index]) else { break }
      index -= 1
      skipped += 1
    }
    var after = span.upperBound
    while after < words.count, after - span.upperBound <= 2 {
      if Cues.stretchVerbs.contains(words[after]) { return true }
      guard Cues.muscleDeterminers.contains(words[after]) else { break }
      after += 1
    }
    return false
  }

  /// Where the words that tell a kind of an exercise apart start, when the lexicon names it
  /// by its general name: "decline squats", "slow tempo squats", "heavy slow calf raises"
  /// are told apart so by their posters, and a search for the general name still finds them.
  /// At most two words, each an adjective or a noun of no other name (not "my", "daily",
  /// "gentle", a muscle or a trouble).
  private func variantStart(
    of entry: Lexicon.RemedyEntry, named: Range<Int>, in sentence: SentenceAnalysis,
    text: String, covered: Set<Int>
  ) -> Int? {
    guard [.strength, .stretch, .mobility].contains(entry.kind),
      sentence.words[named].map(\.folded)
        == entry.name.split(separator: " ").map({ WordFolding.fold($0) })
    else { return nil }
    var start = named.lowerBound
    while start > 0, named.lowerBound - start < 2 {
      let k = start - 1
      let word = sentence.words[k].folded
      // Only space between: not "3x a week (clamshells", "off the bike, planks".
      guard ["JJ", "NN"].contains(sentence.tags[k].xpos), !covered.contains(k),
        text[sentence.words[k].range.upperBound..<sentence.words[k + 1].range.lowerBound]
          .allSatisfy(\.isWhitespace),
        !OpenRemedy.droppedWords.contains(word), !Self.mannerWords.contains(word),
        !Cues.isHealthWord(word), word.allSatisfy(\.isLetter)
      else { break }
      start = k
    }
    return start < named.lowerBound ? start : nil
  }

  /// How an exercise is done that does not make it another one: "gentle stretching".
  private static let mannerWords: Set<String> = [
    "gentle", "light", "lighter", "easy", "easier", "quick", "short", "long", "longer", "simple",
    "general", "normal", "usual", "nightly", "weekly", "occasional", "consistent", "frequent",
    "hard", "additional", "great", "best", "favorite", "favourite", "standard", "careful",
  ]

  private func mention(_ entry: Lexicon.RemedyEntry, at position: String.Index) -> RemedyMention {
    RemedyMention(
      name: entry.name, kind: entry.kind, muscles: entry.muscles, tools: entry.tools,
      position: position)
  }

  /// "<muscle> stretch", taken from the lexicon when it lists one, so a generic stretch of the
  /// hip flexors and a named "hip flexor stretch" vote as one remedy.
  private func stretch(of muscle: Lexicon.MuscleEntry, at position: String.Index) -> RemedyMention {
    let name = "\(muscle.singular) stretch"
    if let entry = lexicon.remedies[name] { return mention(entry, at: position) }
    return RemedyMention(
      name: name, kind: .stretch, muscles: [muscle.name], tools: [], position: position)
  }

  private func conditions(in text: String) -> [String] {
    lexicon.matches(in: WordFolding.words(in: text[...])).flatMap { match in
      match.terms.compactMap { term -> String? in
        if case .condition(let name) = term { return name }
        return nil
      }
    }
  }

  /// The words a tip quotes, always a verbatim span of the post: its sentence; the whole
  /// line when the sentence is a fragment too short to stand alone ("Walk." in "Walk. Yoga.
  /// Tai Chi."); and for a long sentence that gives several pieces of advice, the part of it
  /// (cut at "but", semicolons and dashes) that names the remedy.
  static func quote(
    of sentence: Range<String.Index>, naming position: String.Index? = nil, in text: String
  ) -> String {
    let length = text.distance(from: sentence.lowerBound, to: sentence.upperBound)
    if length < 25 {
      let lineStart =
        text[..<sentence.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) }
        ?? text.startIndex
      let lineEnd = text[sentence.upperBound...].firstIndex(of: "\n") ?? text.endIndex
      let line = trimmed(text[lineStart..<lineEnd])
      return line.count <= 200 ? String(line) : String(text[sentence])
    }
    guard length > 160, let position else { return String(text[sentence]) }
    var start = sentence.lowerBound
    var end = sentence.upperBound
    for separator in [" but ", "; ", " - ", " – ", " — "] {
      var searchFrom = sentence.lowerBound
      while let found = text.range(of: separator, range: searchFrom..<sentence.upperBound) {
        if found.upperBound <= position {
          start = max(start, found.upperBound)
        } else if found.lowerBound >= position, !Self.pointsBack(text[found.upperBound...]) {
          end = min(end, found.lowerBound)
        }
        searchFrom = found.upperBound
      }
    }
    let part = trimmed(text[start..<end])
    return part.count < 25 ? String(text[sentence]) : String(part)
  }

  /// Whether a part starts by pointing back at the one before ("- this has worked wonders"),
  /// so cutting there would drop what the poster said of the remedy.
  private static func pointsBack(_ text: Substring) -> Bool {
    let first = text.prefix { $0.isLetter || $0 == "'" || $0 == "’" }.lowercased()
    return ["this", "it", "that", "which", "they", "these", "it's", "it’s"].contains(first)
  }

  /// Whether the sentence tells of one more thing done, "also", right after a sentence of
  /// the same post that says what worked: "Now I sleep right through. Also got the phone out
  /// of the bedroom", "my golfers elbow is basically gone. also swapped to neutral grip
  /// pullups". Telling it there is crediting it, as the sentence before credits its own.
  private static func adds(
    _ sentence: SentenceAnalysis, toASuccessIn previous: SentenceAnalysis
  ) -> Bool {
    guard previous.reportsBenefit || previous.hasSuccessCue,
      !sentence.isQuestion, !sentence.acts.contains(.failedAttempt),
      !sentence.acts.contains(.warning)
    else { return false }
    // "Also ...", "I also ...", "and I also ...": before the sentence's first verb.
    let firstVerb =
      sentence.tags.firstIndex { [.verb, .auxiliary].contains($0.upos) } ?? sentence.words.count
    return sentence.words[..<min(firstVerb, 4)].contains { $0.folded == "also" }
  }

  /// Whether the sentence opens by saying all a thing does: "All this does is ...", "All it
  /// really did was ...".
  private static func dismisses(_ sentence: SentenceAnalysis) -> Bool {
    let words = sentence.words.prefix(6).map(\.folded)
    guard words.count >= 4, words[0] == "all", dismissingSubjects.contains(words[1]) else {
      return false
    }
    var k = 2
    if dismissingAdverbs.contains(words[k]) { k += 1 }
    guard k + 1 < words.count, dismissingDo.contains(words[k]) else { return false }
    return dismissingBe.contains(words[k + 1])
  }
  private static let dismissingSubjects = Set(
    ["it", "this", "that", "they", "these", "those"].map(WordFolding.fold))
  private static let dismissingAdverbs = Set(
    ["really", "ever", "will", "would"].map(WordFolding.fold))
  private static let dismissingDo = Set(["do", "does", "did"].map(WordFolding.fold))
  private static let dismissingBe = Set(["is", "was", "are", "were"].map(WordFolding.fold))

  /// `text` without surrounding whitespace or a trailing comma.
  private static func trimmed(_ text: Substring) -> Substring {
    let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
    var end = text.endIndex
    while end > start, let last = text[..<end].last, last.isWhitespace || last == "," {
      end = text.index(before: end)
    }
    return text[start..<end]
  }

  // MARK: - Drafts

  /// The post's own recommendations and reports, one draft per remedy.
  private func ownDrafts(
    of post: Post, sentences: [SentenceAnalysis], isAsker: Bool, isAboutHealth: Bool,
    topic: ThreadTopic?, skipping agreement: Range<String.Index>?
  ) -> [TipDraft] {
    var drafts: [TipDraft] = []
    var lastWithRemedies: Int? = nil
    for (index, sentence) in sentences.enumerated() {
      let previous = index > 0 ? sentences[index - 1] : nil
      // "Some physicians will tape the ribs. All this does is make it harder to breathe":
      // saying all a thing does dismisses what the sentence before put forward.
      if let previous, previous.paragraph == sentence.paragraph, Self.dismisses(sentence) {
        let caveat = String(Self.trimmed(post.text[sentence.range]))
          .trimmingSuffix(while: { ".!".contains($0) })
        for i in drafts.indices
        where drafts[i].stance == .recommends
          && post.text[previous.range].contains(drafts[i].quote)
        {
          drafts[i].stance = .cautions
          drafts[i].addCaveats([caveat])
        }
      }
      if sentence.range != agreement, !continuesWarning(sentence, after: previous) {
        // In the order the sentence names them: a reader lists the main advice first, and
        // a search keeps that order among remedies it cannot otherwise tell apart.
        let addsToASuccess = previous.map { Self.adds(sentence, toASuccessIn: $0) } ?? false
        for found in sentence.recommendedRemedies.sorted(by: { $0.position < $1.position }) {
          let mention = topic?.absorbing(found) ?? found
          guard
            let stance = stance(
              of: mention, in: sentence, isAsker: isAsker, isAboutHealth: isAboutHealth)
              ?? (addsToASuccess && mention.act == .experience && isAboutHealth
                ? .recommends : nil)
          else { continue }
          TipDraft.merge(
            into: &drafts, mention: mention, stance: stance,
            quote: Self.quote(of: sentence.range, naming: mention.position, in: post.text),
            muscles: mention.clauseMuscles, tools: mention.clauseTools,
            wording: RemedyWording.wording(of: mention, in: sentence, text: post.text))
        }
        // "I started taking magnesium. It helped a lot." / "You might want to try it.": a
        // benefit or advice that names nothing credits what the sentence before reported.
        // The asker's "Tried rest, ice. My GP says it will go away" advises nothing they did.
        if let previous, previous.paragraph == sentence.paragraph,
          sentence.reportsBenefit || !isAsker && sentence.acts.contains(.advice),
          sentence.namesNoRemedy, !sentence.isQuestion
        {
          // "You are seeing a neurologist, aren't you? If not, I strongly recommend it": what
          // a question before names, where the advice is not denied.
          let affirms =
            sentence.acts.contains(.advice)
            && !sentence.words.indices.contains { i in
              let word = sentence.words[i].folded
              return (["not", "never", "don't", "dont"].contains(word) || word.hasSuffix("n't"))
                && !(i > 0 && sentence.words[i - 1].folded == "if")
            }
          for mention in previous.recommendedRemedies
          where mention.act == .experience && (isAboutHealth || !mention.isDiscovered)
            && !previous.troubleComesWith(mention)
            || mention.act == .other && isAboutHealth
            || mention.act == .question && isAboutHealth && affirms && !isAsker
          {
            TipDraft.merge(
              into: &drafts, mention: mention, stance: .recommends,
              quote: Self.quote(of: previous.range, naming: mention.position, in: post.text),
              muscles: mention.clauseMuscles, tools: mention.clauseTools,
              wording: RemedyWording.wording(of: mention, in: previous, text: post.text))
          }
        }
      }
      // "Went keto for a season because everyone swore by it. Worst I've ever felt.": a
      // failure that names nothing says so of what the sentence before reported doing.
      if sentence.range != agreement, let previous, previous.paragraph == sentence.paragraph,
        sentence.acts.contains(.failedAttempt), !sentence.reportsBenefit, sentence.namesNoRemedy,
        !sentence.isQuestion
      {
        let tried = previous.mentions.filter { $0.act == .experience && !$0.isProblem }
        let names = Set(tried.map(\.name))
        for i in drafts.indices
        where names.contains(drafts[i].remedy) && drafts[i].stance == .recommends {
          drafts[i].stance = .against
        }
        // "Did keto for 3 months, ... Wouldn't bother": what was tried and not yet counted
        // is counted against.
        for mention in tried where !drafts.contains(where: { $0.remedy == mention.name }) {
          TipDraft.merge(
            into: &drafts, mention: mention, stance: .against,
            quote: Self.quote(of: previous.range, naming: mention.position, in: post.text),
            muscles: mention.clauseMuscles, tools: mention.clauseTools,
            wording: RemedyWording.wording(of: mention, in: previous, text: post.text))
        }
      }
      if sentence.range != agreement, let topic, isAboutHealth || !topic.mention.isDiscovered,
        let stance = topicStance(
          of: sentence, after: previous, isAsker: isAsker, topic: topic.mention.name)
      {
        TipDraft.merge(
          into: &drafts, mention: topic.mention, stance: stance,
          quote: Self.quote(of: sentence.range, in: post.text), muscles: [], tools: [])
      }
      let caveats = sentence.caveatClauses.map { String(post.text[$0]) }
      if !caveats.isEmpty, !sentence.isQuestion {
        // "Careful, rolling can be painful" in a reply that advises nothing on rolling: the
        // warning is a caveat of the remedy others advise (in a thread about health, where
        // the lexicon's words are remedies). The asker's "it hurts after yoga" is the question.
        for mention in sentence.cautionedRemedies
        where !isAsker && isAboutHealth && !mention.isDiscovered && !mention.isProblem
          && !Self.entersAPlace(mention, in: sentence)
          && !drafts.contains(where: { $0.remedy == mention.name })
        {
          TipDraft.merge(
            into: &drafts, mention: mention, stance: .cautions,
            quote: Self.quote(of: sentence.range, naming: mention.position, in: post.text),
            muscles: mention.clauseMuscles, tools: mention.clauseTools,
            wording: RemedyWording.wording(of: mention, in: sentence, text: post.text))
        }
        for mention in sentence.mentions {
          for i in drafts.indices where drafts[i].remedy == mention.name {
            drafts[i].addCaveats(caveats)
          }
        }
        // "It's a shame a drug like itraconazole is being misused. It's ridiculously
        // expensive, and potentially toxic.": a warning that opens by pointing back to what
        // the sentence before named, and took no side on, cautions it.
        if !isAsker, isAboutHealth, sentence.mentions.isEmpty,
          sentence.words.first.map({ Self.backReferences.contains($0.folded) }) == true,
          let previous, previous.paragraph == sentence.paragraph
        {
          for found in previous.mentions
          where !found.isDiscovered && !found.isProblem && [.other, .warning].contains(found.act) {
            let mention = topic?.absorbing(found) ?? found
            guard !drafts.contains(where: { $0.remedy == mention.name }) else { continue }
            TipDraft.merge(
              into: &drafts, mention: mention, stance: .cautions,
              quote: Self.quote(of: previous.range, naming: mention.position, in: post.text),
              muscles: mention.clauseMuscles, tools: mention.clauseTools,
              wording: RemedyWording.wording(of: mention, in: previous, text: post.text))
          }
        }
        // "Too often, shots are overused" in a thread about allergy shots: a warning that
        // names the topic, or its head word, cautions the topic (its caveats are attached
        // with the post's general ones). So does one that points back to it before the post
        // has named anything else: "It's ridiculously expensive" in a thread about Sporanox.
        if !isAsker, isAboutHealth, let topic, sentence.mentions.isEmpty,
          !drafts.contains(where: { $0.remedy == topic.mention.name }),
          Self.namesHead(of: topic.mention.name, in: sentence)
            || Self.names(topic.mention.name, in: sentence)
            || lastWithRemedies == nil && Self.pointsBack(sentence)
        {
          TipDraft.merge(
            into: &drafts, mention: topic.mention, stance: .cautions,
            quote: Self.quote(of: sentence.range, in: post.text), muscles: [], tools: [])
        }
      }
      if sentence.mentions.isEmpty, !sentence.tools.isEmpty, let last = lastWithRemedies,
        sentences[last].paragraph == sentence.paragraph
      {
        // "Pair it with a heavy kettlebell": tools of a sentence that names no remedy belong
        // to the remedy named last before it.
        if let mention = sentences[last].recommendedRemedies.last {
          for i in drafts.indices where drafts[i].remedy == mention.name {
            drafts[i].tools = unique(drafts[i].tools + sentence.tools)
          }
        }
      }
      if !sentence.mentions.isEmpty { lastWithRemedies = index }
    }
    return drafts
  }

  /// How a mention counts: for the remedy, against it, or (nil) not at all.
  ///
  /// The asker counts only what they report worked. In a thread about health, advice,
  /// benefit and experience reports all recommend; elsewhere only advice and benefit reports
  /// of lexicon remedies do, since "try X" there is about software or teaching.
  private func stance(
    of mention: RemedyMention, in sentence: SentenceAnalysis, isAsker: Bool, isAboutHealth: Bool
  ) -> Stance? {
    if isAboutHealth, !mention.isDiscovered, sentence.troubleComesWithout(mention) {
      return .recommends
    }
    // "When I took ibuprofen, I got a lot of migraines": a cause, which the lexicon's
    // remedies are cautioned by.
    if mention.act == .experience, sentence.troubleComesWith(mention) {
      return mention.isDiscovered || isAsker ? nil : .cautions
    }
    if sentence.isOnlyReferredTo(mention) { return nil }
    switch mention.act {
    case .failedAttempt:
      return mention.isDiscovered && !isAboutHealth ? nil : .against
    case .advice, .benefit, .experience:
      // "I was scrambling, thinking I'm gonna need to find a dentist": a report of what was
      // meant, not done.
      if mention.act == .experience, Self.isOnlyMeant(mention, in: sentence) { return nil }
      // "Don't do yoga while it's acute": advice against a remedy the lexicon knows (an open
      // one is named "avoid ..." instead).
      if mention.act == .advice, !mention.isDiscovered, let named = sentence.wordIndex(of: mention),
        SpeechActReader.advisesAgainst(named, in: sentence)
      {
        return isAsker ? nil : .against
      }
      // "I never take aspirin", "I never eat burnt food": a habit of keeping from a thing is
      // a practice chosen, against a remedy the lexicon knows, for what is found "avoid X".
      if mention.act == .experience, let named = sentence.wordIndex(of: mention),
        SpeechActReader.isAvoidedHabitually(named, in: sentence)
      {
        guard !isAsker else { return nil }
        return mention.isDiscovered ? .recommends : .against
      }
      // "I stopped foam rolling and it got better": what was given up, to good effect, is
      // no remedy but one to avoid.
      if mention.act != .advice, !mention.isDiscovered,
        let named = sentence.wordIndex(of: mention),
        SpeechActReader.reportsGivingUp(named, in: sentence)
      {
        let worked =
          mention.act == .benefit || sentence.hasSuccessCue || sentence.reportsBenefit
        return worked ? .against : nil
      }
      if isAsker {
        let worked =
          mention.act == .benefit && !Self.predicts(mention, in: sentence)
          || mention.act == .experience && (sentence.hasSuccessCue || sentence.reportsBenefit)
        return worked ? .recommends : nil
      }
      if !isAboutHealth {
        // Nor is "the walk animation" or "walk around the room" a walk for one's health.
        return !mention.isDiscovered && mention.act != .experience && !mention.modifiesNoun
          && !Self.goesSomewhere(mention, in: sentence) ? .recommends : nil
      }
      // What the poster did counts in their own words only where the sentence says it
      // worked ("I lowered my saddle and the pain went away"), or where it is the means
      // they chose to train or be treated by ("I followed Hal Higdon's Novice 2 plan", "I
      // joined a local run group"): telling it is crediting it. So does a visit to a
      // practitioner, which counts where it was about the trouble too ("I saw a doctor about
      // the same thing"): "I went to a gynecologist who had me culture ..." tells the story
      // of the trouble, "I went to a chiropractor and the pain went away" credits one.
      if mention.act == .experience,
        mention.isDiscovered || mention.kind == .practitioner
          || mention.kind == .other && Self.wasOnlyUndergone(mention, in: sentence)
      {
        return sentence.hasSuccessCue || sentence.reportsBenefit || mention.isMeans
          || Self.statesAPurpose(after: mention, in: sentence)
          || mention.kind == .practitioner && Self.isConsulted(mention, in: sentence)
          ? .recommends : nil
      }
      return Self.entersAPlace(mention, in: sentence) ? nil : .recommends
    case .warning, .question, .other:
      return nil
    }
  }

  /// "I've had PRK", "I had been on amoxicillin for a sinus infection": a drug, test or
  /// procedure the poster only says they had, or had been on before, tells the story of the
  /// trouble ("I have chamomile tea before bed" is a habit; "been on CeraVe twice a day, 3
  /// months now" goes on).
  private static func wasOnlyUndergone(_ mention: RemedyMention, in sentence: SentenceAnalysis)
    -> Bool
  {
    guard let (_, clause) = sentence.clause(naming: mention),
      let verb = SpeechActReader.experienceVerb(in: clause, of: sentence)
    else { return false }
    switch sentence.tags[verb].lemma {
    case "have": return ["VBD", "VBN"].contains(sentence.tags[verb].xpos)
    case "be": return verb > clause.lowerBound && sentence.words[verb - 1].folded == "had"
    default: return false
    }
  }

  /// Whether words of intent or a future stand just before the mention, in its clause: "I'm
  /// gonna need to find a dentist", "I want to try yoga", "I will see a physio".
  private static func isOnlyMeant(_ mention: RemedyMention, in sentence: SentenceAnalysis) -> Bool {
    guard let (named, clause) = sentence.clause(naming: mention) else { return false }
    let words = sentence.words
    return (max(clause.lowerBound, named - 6)..<named).contains { i in
      let word = words[i].folded
      if ["gonna", "wanna", "will", "'ll", "would", "might"].contains(word) { return true }
      // "going to see a physio" plans; "going to a physio" is a visit.
      return ["want", "plan", "hope", "need", "going", "go"].contains(word) && i + 1 < named
        && words[i + 1].folded == "to"
        && (sentence.tags[i].lemma != "go" || sentence.tags[i + 2].upos == .verb)
    }
  }

  /// Whether the words at `start` follow "a/the (adjectives) form/kind/type/step/part of
  /// (adjectives)": what class something else named belongs to.
  private static func namesAKindOfAnother(at start: Int, in sentence: SentenceAnalysis) -> Bool {
    var of = start - 1
    while of > 0, start - of <= 3,
      [.adjective, .determiner, .adverb].contains(sentence.tags[of].upos)
    {
      of -= 1
    }
    guard of > 1, sentence.words[of].folded == "of",
      ["form", "kind", "type", "step", "part", "version", "variant", "variety"].contains(
        sentence.tags[of - 1].lemma)
    else { return false }
    var article = of - 2
    while article > 0, of - article <= 4,
      [.adjective, .adverb, .numeral].contains(sentence.tags[article].upos)
    {
      article -= 1
    }
    return ["a", "an", "the"].contains(sentence.words[article].folded)
  }

  /// Whether the words at `start` follow "from" (and a determiner or possessive) right
  /// after a remedy that ended at `end`: the source of that remedy.
  private static func isSource(at start: Int, after end: Int, in sentence: SentenceAnalysis)
    -> Bool
  {
    var from = start - 1
    while from > end, from >= start - 2,
      sentence.tags[from].upos == .determiner || sentence.tags[from].xpos == "PRP$"
    {
      from -= 1
    }
    return from == end && sentence.words[from].folded == "from"
  }

  /// Whether "about" or "for" follows the practitioner's name: "saw a doctor about the
  /// issue", "went to a physio for my knee".
  private static func isConsulted(_ mention: RemedyMention, in sentence: SentenceAnalysis) -> Bool {
    guard let end = mention.end,
      let next = sentence.words.firstIndex(where: { $0.range.lowerBound >= end })
    else { return false }
    return ["about", "for"].contains(sentence.words[next].folded)
  }

  /// "I ate gels during the longer workouts so my body could get accustomed to it", "I iced
  /// it every night in order to keep the swelling down": what was done for a purpose, told
  /// in the same clause, was chosen as a measure.
  private static func statesAPurpose(after mention: RemedyMention, in sentence: SentenceAnalysis)
    -> Bool
  {
    guard let (named, clause) = sentence.clause(naming: mention) else { return false }
    let words = sentence.words
    return (named..<clause.upperBound).contains { i in
      switch words[i].folded {
      case "so":
        // "so my body could", "so that I would": a subject and a modal follow.
        return (i + 1..<min(clause.upperBound, i + 6)).contains { k in
          ["could", "would", "can", "will"].contains(words[k].folded)
        }
      case "order":
        return i > clause.lowerBound && words[i - 1].folded == "in" && i + 1 < clause.upperBound
          && words[i + 1].folded == "to"
      default:
        return false
      }
    }
  }

  /// Verbs of saying: a practitioner who says something is a source, not advice.
  private static let sayingVerbs: Set<String> = [
    "say", "tell", "think", "believe", "claim", "feel", "explain", "mention", "state", "report",
    "write",
  ]

  /// "ENT doc says most see relief after surgery", "my doctor thinks it's viral": the
  /// practitioner speaks; "reading x-rays can help a chiropractor stay out of trouble": the
  /// practitioner is helped. Neither puts the practitioner forward.
  static func isSpeakerOrHelped(_ words: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
    var next = words.upperBound
    // "ENT doc says": one noun may complete the name.
    if next < sentence.words.count, sentence.tags[next].upos == .noun { next += 1 }
    if next < sentence.words.count, sentence.tags[next].upos == .verb,
      sayingVerbs.contains(sentence.tags[next].lemma)
    {
      return true
    }
    var before = words.lowerBound - 1
    if before >= 0, sentence.tags[before].upos == .determiner { before -= 1 }
    if before >= 0, sentence.tags[before].lemma == "help", sentence.tags[before].upos == .verb {
      return true
    }
    return isIdentity(words, in: sentence)
  }

  /// "I'm not a doctor", "I am a physio", "he is no doctor": who someone is, said to
  /// qualify what they say, not a practitioner to go to ("the answer is a physio" is).
  private static func isIdentity(_ words: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
    var i = words.lowerBound - 1
    while i >= 0, sentence.tags[i].upos == .adjective { i -= 1 }
    guard i >= 0, ["a", "an", "no"].contains(sentence.words[i].folded) else { return false }
    var isNegated = sentence.words[i].folded == "no"
    i -= 1
    if i >= 0, ["not", "n't", "never"].contains(sentence.words[i].folded) {
      isNegated = true
      i -= 1
    }
    guard i >= 0 else { return false }
    let word = sentence.words[i].folded
    if firstPersonBe.contains(word) { return true }
    guard sentence.tags[i].lemma == "be" || beForms.contains(word) else { return false }
    return isNegated || (i > 0 && sentence.words[i - 1].folded == "i")
  }
  private static let firstPersonBe: Set<String> = ["i'm", "im"]
  private static let beForms: Set<String> = [
    "am", "is", "are", "was", "were", "he's", "she's", "you're", "we're", "they're",
  ]

  /// Verbs of moving oneself, and words that give them a destination.
  private static let movingVerbs: Set<String> = [
    "walk", "run", "jog", "climb", "jump", "hike", "swim", "ride", "cycle",
  ]
  private static let pathWords: Set<String> = [
    "around", "into", "in", "to", "toward", "towards", "over", "through", "across", "up",
    "down", "away", "back", "out", "past", "along", "onto", "off",
  ]

  /// "Any patient who walks into their office": entering a place is no walk, even on the
  /// topic of health.
  private static func entersAPlace(_ mention: RemedyMention, in sentence: SentenceAnalysis)
    -> Bool
  {
    guard let named = sentence.wordIndex(of: mention), named + 1 < sentence.words.count else {
      return false
    }
    return movingVerbs.contains(sentence.tags[named].lemma)
      && ["into", "onto"].contains(sentence.words[named + 1].folded)
  }

  /// "Walk around the room", "walk over to the English department", "it walks you through
  /// the proof": moving somewhere, not the exercise. Off the topic of health only.
  private static func goesSomewhere(_ mention: RemedyMention, in sentence: SentenceAnalysis)
    -> Bool
  {
    guard let named = sentence.wordIndex(of: mention),
      movingVerbs.contains(sentence.tags[named].lemma)
    else { return false }
    var next = named + 1
    while next < sentence.words.count,
      sentence.tags[next].upos == .adverb && !pathWords.contains(sentence.words[next].folded)
        || sentence.tags[next].upos == .pronoun
    {
      next += 1
    }
    return next < sentence.words.count && pathWords.contains(sentence.words[next].folded)
  }

  /// Whether the clause naming `mention` says what it would do, not what it did ("rest would
  /// do the trick"): from the asker that is a guess, not a report.
  private static func predicts(_ mention: RemedyMention, in sentence: SentenceAnalysis) -> Bool {
    guard let (_, clause) = sentence.clause(naming: mention) else { return false }
    return clause.contains { i in
      sentence.tags[i].xpos == "MD"
        && ["would", "will", "'ll", "might", "may", "could", "should"].contains(
          sentence.words[i].folded)
    }
  }

  /// How a sentence that names nothing but "it" speaks of the thread's topic ("It worked
  /// for me", "It's worth a try", "It did nothing for me"), when the sentence before names
  /// nothing "it" could stand for; nil when it does not speak of it.
  private func topicStance(
    of sentence: SentenceAnalysis, after previous: SentenceAnalysis?, isAsker: Bool,
    topic: String
  ) -> Stance? {
    // What the poster did, with no word that it worked, names nothing that counts ("I keep
    // an accurate log; feverfew didn't seem to do anything for me").
    let untold = !sentence.hasSuccessCue && !sentence.reportsBenefit
    guard
      sentence.mentions.allSatisfy({ $0.isDiscovered && $0.act == .experience && untold }),
      !sentence.isQuestion,
      previous.map({ $0.mentions.isEmpty }) ?? true,
      sentence.words.contains(where: { Self.topicPronouns.contains($0.folded) })
        || Self.names(topic, in: sentence)
        // "Did absolutely nothing for me, even at 5mg", "Worked wonders for me": a past
        // with no subject speaks of the topic.
        || sentence.tags.first.map({ ["VBD", "VBN"].contains($0.xpos) }) == true
          && sentence.acts.first.map({ [.failedAttempt, .benefit].contains($0) }) == true
        // "Total waste of time for me.", "Game changer.": a verdict with no verb at all.
        || !sentence.tags.contains(where: { [.verb, .auxiliary].contains($0.upos) })
          && sentence.acts.contains(where: { [.failedAttempt, .benefit].contains($0) })
        || Self.advisesKeepingFromTopic(sentence)
    else { return nil }
    // "Honestly I'd avoid it", "I'd steer clear tbh": advice to keep from it.
    if Self.advisesKeepingFromTopic(sentence) { return isAsker ? nil : .against }
    // "Good results are obtained with yeast, but when chromium itself is used the results
    // are negative": where a clause with a verb names the topic, those clauses speak of it.
    let first = topic.split(separator: " ").first.map(String.init) ?? topic
    let naming = sentence.clauses.indices.filter { c in
      sentence.words[sentence.clauses[c]].contains {
        $0.folded == first || Self.topicPronouns.contains($0.folded)
      }
    }
    let spoken =
      naming.contains { c in
        sentence.clauses[c].contains { [.verb, .auxiliary].contains(sentence.tags[$0].upos) }
      } ? naming.map { sentence.acts[$0] } : sentence.acts
    // The last word counts: "It didn't seem to work for us, but it's worth a try" advises.
    switch spoken.last(where: { [.failedAttempt, .benefit, .advice].contains($0) }) {
    case .failedAttempt: return .against
    case .benefit: return .recommends
    case .advice: return isAsker ? nil : .recommends
    default: return nil
    }
  }

  private static let topicPronouns: Set<String> = ["it", "it's", "its", "them", "they", "these"]

  /// Whether a clause that advises keeps from the thread's topic: a verb of avoiding with
  /// the topic's pronoun after it ("avoid it", "skip them", "steer clear of them") or
  /// nothing at all ("I'd steer clear tbh"), not denied ("don't skip it").
  private static func advisesKeepingFromTopic(_ sentence: SentenceAnalysis) -> Bool {
    sentence.clauses.indices.contains { c in
      let clause = sentence.clauses[c]
      guard sentence.acts[c] == .advice else { return false }
      return clause.contains { verb in
        guard sentence.tags[verb].upos == .verb,
          !SpeechActReader.isDenied(verb, within: clause, of: sentence)
        else { return false }
        let object: Int
        if let (_, start) = OpenRemedy.keepingFrom(at: verb, in: sentence, within: clause) {
          object = start
        } else if OpenRemedy.avoidingVerbs.contains(sentence.tags[verb].lemma) {
          object = verb + 1
        } else {
          return false
        }
        return object >= clause.upperBound
          ? OpenRemedy.keepingFrom(at: verb, in: sentence, within: clause) != nil
          : topicPronouns.contains(sentence.words[object].folded)
      }
    }
  }

  /// Whether the sentence writes out the topic's name, whatever the tagger made of its words
  /// ("feverfew didn't seem to do anything for me", where "feverfew" was read as an adverb),
  /// as a name of its own: "the RBC chromium test" names a test.
  private static func names(_ topic: String, in sentence: SentenceAnalysis) -> Bool {
    let name = topic.split(separator: " ").map(String.init)
    let words = sentence.words.map(\.folded)
    return !name.isEmpty
      && words.indices.contains { start in
        let end = start + name.count
        return end <= words.count && zip(name, words[start...]).allSatisfy { $0 == $1 }
          && (end == words.count || sentence.tags[end].upos != .noun)
      }
  }

  /// Whether the sentence names a topic of two words or more by its head noun ("the shots"
  /// in a thread about allergy shots), as the noun or its plural.
  private static func namesHead(of topic: String, in sentence: SentenceAnalysis) -> Bool {
    let name = topic.split(separator: " ")
    guard name.count >= 2, let head = name.last.map(String.init), head.count > 2 else {
      return false
    }
    return sentence.words.indices.contains { i in
      sentence.tags[i].upos == .noun
        && (sentence.words[i].folded == head || sentence.tags[i].lemma == head)
    }
  }

  /// "Rolling could be quite painful. Stretching too.": a short sentence that ends in "too",
  /// "also" or "as well" says of its remedy what the sentence before said, here a warning.
  private func continuesWarning(_ sentence: SentenceAnalysis, after previous: SentenceAnalysis?)
    -> Bool
  {
    guard let previous, previous.paragraph == sentence.paragraph,
      !previous.cautionedRemedies.isEmpty, previous.recommendedRemedies.isEmpty,
      sentence.words.count <= 4, let last = sentence.words.last?.folded
    else { return false }
    return last == "too" || last == "also" || last == "well"
  }

  private func endorse(
    target: Int, agreement: AgreementFinder.Found, post: Post, drafts: inout [TipDraft],
    draftsByPost: [Int: [TipDraft]]
  ) {
    let quote = Self.quote(of: agreement.sentence.range, in: post.text)
    // "+1 for rolling" agrees with what its first clause names; "…, and check your form too"
    // goes on with advice of the poster's own. "I work on my hip flexors too, so I agree
    // with Chad" agrees with all Chad advised.
    let sentence = agreement.sentence
    var named: [RemedyMention] = []
    for mention in sentence.recommendedRemedies where agreement.opensSentence {
      let firstClause = sentence.clauses.first ?? 0..<sentence.words.count
      guard let word = sentence.wordIndex(of: mention), !firstClause.contains(word) else {
        named.append(mention)
        continue
      }
      TipDraft.merge(
        into: &drafts, mention: mention, stance: .recommends,
        quote: Self.quote(of: sentence.range, naming: mention.position, in: post.text),
        muscles: mention.clauseMuscles, tools: mention.clauseTools,
        wording: RemedyWording.wording(of: mention, in: sentence, text: post.text))
    }
    if !named.isEmpty {
      for mention in named {
        // "+1 for the frozen water bottle roll" where no post before advised it: there is
        // nothing to agree with, so it is the first recommendation of it.
        let advisedBefore = draftsByPost.values.contains { drafts in
          drafts.contains { $0.remedy == mention.name && $0.stance != .against }
        }
        TipDraft.merge(
          into: &drafts, mention: mention, stance: advisedBefore ? .agrees : .recommends,
          quote: quote, muscles: mention.clauseMuscles, tools: mention.clauseTools,
          agreesWith: advisedBefore ? target : nil,
          wording: RemedyWording.wording(of: mention, in: sentence, text: post.text))
      }
      return
    }
    // "+1 on the shoes" agrees with the shoes, not with all the post advised.
    let targetDrafts = draftsByPost[target, default: []].filter { $0.stance != .against }
    let namedDrafts =
      agreement.opensSentence ? targetDrafts.filter { agreement.names($0.remedy) } : []
    var endorsedNames = Set<String>()
    for endorsed in namedDrafts.isEmpty ? targetDrafts : namedDrafts
    where endorsedNames.insert(endorsed.remedy).inserted {
      let mention = RemedyMention(
        name: endorsed.remedy, kind: endorsed.kind, muscles: endorsed.muscles,
        tools: endorsed.tools, position: agreement.sentence.range.lowerBound)
      // An agreement writes no name of its own: it carries how the post it agrees with
      // wrote a remedy named from its words (whose name is lemmas), and stands for a
      // lexicon remedy's own name.
      TipDraft.merge(
        into: &drafts, mention: mention, stance: .agrees, quote: quote, muscles: [], tools: [],
        agreesWith: target,
        wording: lexicon.remedies[endorsed.remedy] == nil ? endorsed.wording : nil)
    }
  }

  /// Sentences up to this long that only warn are kept whole as a caveat.
  private static let wholeCaveatWords = 40
  /// The longest sentence sending the reader to a practitioner that limits the advice before
  /// it: "Discuss the above with your health practitioner."
  private static let consultingSentenceWords = 12

  /// Warnings that name no remedy ("Consistency is key here") qualify the post's advice: the
  /// remedies named last before them in the paragraph when they point back to them ("it",
  /// "this"), else every remedy the post recommends. A sentence that points back and says
  /// what the remedy does not do ("Some pharmacies don't stock it yet", "they don't taste that
  /// great") limits it too, though it has no warning word. A disclaimer limits all the post
  /// advises; a sentence naming only what the post advises nowhere limits the advice before.
  private func attachGeneralCaveats(
    sentences: [SentenceAnalysis], text: String, topic: String?, to drafts: inout [TipDraft]
  ) {
    let drafted = Set(drafts.map(\.remedy))
    // The sentence each draft quotes, to tell whether a warning comes after it and how far.
    let quotedSentence: [Int?] = drafts.map { draft in
      text.range(of: draft.quote).flatMap { quoted in
        sentences.firstIndex { $0.range.contains(quoted.lowerBound) }
      }
    }
    var lastNaming: Int? = nil
    // What "it" points back to: the remedies the sentence at `lastNaming` puts forward, or,
    // where that sentence credits an "it" before naming them ("Most of the patients for whom
    // it has worked well continued amitriptyline, ..."), what that "it" pointed back to: the
    // remedy of an earlier sentence that quotes it without naming it ("It seems to work
    // equally well for CFS").
    var referentOfLast: Set<String> = []
    for (index, sentence) in sentences.enumerated() {
      // "It" points back to the last remedy the post put forward, not to any word in between.
      defer {
        let named = Set(sentence.mentions.map(\.name)).intersection(drafted)
        if !named.isEmpty {
          if referentOfLast.isEmpty || !Self.creditsAnEarlierIt(sentence) {
            referentOfLast = named
          }
          lastNaming = index
        } else if Self.backReferences.contains(sentence.words.first?.folded ?? "") {
          let quoting = Set(
            drafts.indices.filter { quotedSentence[$0] == index }.map {
              drafts[$0].remedy
            })
          if !quoting.isEmpty { referentOfLast = quoting }
        }
      }
      // "Here are some observations gained from painful experience:" announces what
      // follows; it limits nothing, unless it sets a condition on all of it ("Once you have
      // your hypoglycemia confirmed, you might consider the following:").
      if Self.trimmed(text[sentence.range]).last == ":", !sentence.isQuestion {
        let conditions = sentence.caveatClauses.filter { CaveatFinder.isCondition(text[$0]) }
        guard !conditions.isEmpty else { continue }
        let following = text[sentence.range.upperBound...]
        for i in drafts.indices
        where drafts[i].stance != .against && following.contains(drafts[i].quote) {
          drafts[i].addCaveats(conditions.map { String(text[$0]) })
        }
        continue
      }
      // "Talk to your doctor." after a post's other advice: seeing one is advice of its own
      // and a limit on everything the post advised before it. A longer one must say so
      // ("Discuss the above with your health practitioner for compatibility with ...").
      if !sentence.isQuestion, !sentence.mentions.isEmpty,
        sentence.words.count <= Self.consultingSentenceWords
          || sentence.words.contains(where: { $0.folded == "above" }),
        sentence.mentions.allSatisfy({ $0.kind == .practitioner }),
        sentence.acts.contains(where: { $0 == .advice || $0 == .warning })
      {
        let caveat = String(Self.trimmed(text[sentence.range]))
          .trimmingSuffix(while: { ".!".contains($0) })
        for i in drafts.indices
        where drafts[i].kind != .practitioner && drafts[i].stance != .against
          && quotedSentence[i].map({ $0 < index }) == true
        {
          drafts[i].addCaveats([caveat])
        }
        continue
      }
      // "It works, but it stings like the devil, so ...": the warnings a sentence that
      // points back gives before it names anything are the remedy's it points back to.
      if !sentence.namesNoRemedy, !sentence.isQuestion,
        let first = sentence.words.first, Self.backReferences.contains(first.folded),
        let last = lastNaming, sentences[last].paragraph == sentence.paragraph,
        index - last <= Self.referenceReach,
        let named = sentence.mentions.map(\.position).min()
      {
        let referent = referentOfLast
        let early = sentence.caveatClauses.filter { $0.upperBound <= named }
        for i in drafts.indices where referent.contains(drafts[i].remedy) {
          drafts[i].addCaveats(early.map { String(text[$0]) })
        }
      }
      // "Disclaimer: I'm not a doctor; what I know comes from my psychiatrist": a disclaimer
      // limits all the post advises, however far from it and whatever else it names.
      if !sentence.isQuestion, sentence.cues.contains(.disclaimer) {
        let disclaimers = sentence.caveatClauses.filter { clause in
          sentence.cues.hits.contains {
            $0.kinds.contains(.disclaimer)
              && clause.contains(sentence.words[$0.words.lowerBound].range.lowerBound)
          }
        }
        for i in drafts.indices where drafts[i].stance != .against {
          drafts[i].addCaveats(disclaimers.map { String(text[$0]) })
        }
      }
      // "In the US the FDA has yet to approve this use of the drug, but it is available as an
      // oral inhaler": a sentence naming only what the post puts forward nowhere goes on
      // about the advice just before it, and its warnings are that advice's.
      let namesOnlyOthers =
        !sentence.namesNoRemedy && !sentence.mentions.contains { drafted.contains($0.name) }
      guard sentence.namesNoRemedy || namesOnlyOthers, !sentence.isQuestion else { continue }
      // Where the post has named nothing it put forward, "it" is the thread's topic ("Some
      // pharmacies don't stock it yet" in a thread about a new drug).
      let referent =
        lastNaming.flatMap { last in
          sentences[last].paragraph == sentence.paragraph && index - last <= Self.referenceReach
            && (namesOnlyOthers || Self.pointsBack(sentence))
            ? referentOfLast : nil
        }
        ?? (lastNaming == nil && Self.pointsBack(sentence)
          ? topic.flatMap {
            drafted.contains($0) ? [$0] : nil
          } : nil)
      if namesOnlyOthers, referent == nil { continue }
      var clauses = sentence.caveatClauses
      if clauses.isEmpty, referent != nil, !namesOnlyOthers {
        clauses = Self.negatedClauses(of: sentence).map {
          sentence.words[$0.lowerBound].range
            .lowerBound..<sentence.words[$0.upperBound - 1].range.upperBound
        }
      }
      guard !clauses.isEmpty else { continue }
      // A sentence that only warns is the warning, whole: "If it's not done right, you
      // remain greasy and stick to your clothes."
      let caveats =
        sentence.words.count <= Self.wholeCaveatWords && !namesOnlyOthers
        ? [String(Self.trimmed(text[sentence.range])).trimmingSuffix(while: { ".!".contains($0) })]
        : clauses.map { String(text[$0]) }
      // A warning that points to nothing limits the advice near it: in a long post (a
      // newsletter, a digest) it speaks of its own story, not of a tip pages away.
      let targets =
        referent
        ?? Set(
          drafts.indices.filter {
            guard drafts[$0].stance != .against, let at = quotedSentence[$0] else {
              return false
            }
            return abs(at - index) <= Self.generalCaveatReach
          }.map { drafts[$0].remedy })
      for i in drafts.indices where targets.contains(drafts[i].remedy) {
        drafts[i].addCaveats(caveats)
      }
    }
  }

  /// Whether "it" stands before the first remedy the sentence names as what worked: "for
  /// whom it has worked well", "since it helped".
  private static func creditsAnEarlierIt(_ sentence: SentenceAnalysis) -> Bool {
    guard let firstNamed = sentence.mentions.compactMap({ sentence.wordIndex(of: $0) }).min()
    else { return false }
    return (0..<firstNamed).contains { k in
      sentence.words[k].folded == "it"
        && sentence.cues.hits.contains {
          $0.kinds.contains(.success) && (k + 1...k + 3).contains($0.words.lowerBound)
        }
    }
  }

  /// Whether a sentence is a line of a record rather than prose, which does nothing: a row
  /// of a table ("Zaire 18,186  14.05.92", figures laid out; names in columns), a mail
  /// header left in a body ("X-Newsreader: Tin 1.1 PL5", software named), or a contact
  /// field ("Contact: Janet Rivera of ..., 202-429-1130", people named). `columns` are
  /// the words that start a column (`Clauses.columnStarts`).
  static func isRecord(
    _ sentence: Substring, columns: Set<Int>, of analysis: SentenceAnalysis
  ) -> Bool {
    isTableRow(sentence) || namesInColumns(columns, of: analysis) || isMailHeader(sentence)
      || isContactField(sentence)
  }

  /// "Contact: ...", "Phone: ...": a field of where to reach someone.
  static func isContactField(_ sentence: Substring) -> Bool {
    guard let colon = sentence.prefix(12).firstIndex(of: ":") else { return false }
    return contactFields.contains(sentence[..<colon].lowercased())
  }

  private static let contactFields: Set<String> = [
    "contact", "contacts", "phone", "tel", "telephone", "fax", "email", "e-mail", "address",
  ]

  /// Whether a sentence is a row of a table laid out in plain text: cells that runs of
  /// spaces or tabs set apart, two or more, and figures among them ("Zaire 18,186
  /// 14.05.92"). Names in columns are another kind of row (`namesInColumns`).
  static func isTableRow(_ sentence: Substring) -> Bool {
    // A row's cells stand apart by a tab or four spaces.
    guard Clauses.mayHoldColumns(sentence) else { return false }
    var gaps = 0
    var run = 0
    for character in sentence {
      if character == " " || character == "\t" {
        run += character == "\t" ? 4 : 1
      } else {
        if run >= 4 { gaps += 1 }
        run = 0
      }
    }
    let figures = sentence.split(whereSeparator: \.isWhitespace).count {
      $0.contains(where: \.isNumber)
    }
    return gaps >= 2 && figures >= 2
  }

  /// Whether a sentence is a mail header line: an extension field ("X-Newsreader:",
  /// "X-Mailer:") or a standard field of more than one word ("Message-ID:", "In-Reply-To:"),
  /// then a colon. A heading of one's own ("Hip-Flexors: do the couch stretch") is none.
  static func isMailHeader(_ sentence: Substring) -> Bool {
    guard let colon = sentence.firstIndex(of: ":") else { return false }
    let field = sentence[..<colon]
    let parts = field.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count > 1, parts.allSatisfy({ $0.first?.isLetter == true }) else { return false }
    return parts[0] == "X" || headerFields.contains(field.lowercased())
  }

  /// Mail and news header fields of more than one word (RFC 5322, RFC 5536, MIME).
  private static let headerFields: Set<String> = [
    "message-id", "reply-to", "in-reply-to", "followup-to", "nntp-posting-host",
    "nntp-posting-date", "content-type", "content-transfer-encoding", "mime-version",
    "resent-from", "resent-date", "return-path", "posting-version", "relay-version",
  ]

  /// How many sentences away a warning that names nothing may limit a post's advice.
  static let generalCaveatReach = 15

  /// How many sentences back "it" may point to the remedy it stands for.
  private static let referenceReach = 3
  private static let backReferences: Set<String> = [
    "it", "it's", "its", "this", "that", "these", "they", "them", "they're", "doing",
  ]

  /// Whether the sentence speaks of something named before: it opens with "it", "this" or
  /// "they", has one of them as the object of a verb ("don't stock it"), or sets itself
  /// against what came before ("There isn't much time, however.").
  private static func pointsBack(_ sentence: SentenceAnalysis) -> Bool {
    guard let first = sentence.words.first?.folded else { return false }
    if backReferences.contains(first) || contrasts(sentence) { return true }
    return sentence.words.indices.dropFirst().contains { i in
      ["it", "them"].contains(sentence.words[i].folded)
        && sentence.tags[i - 1].upos == .verb
    }
  }

  /// Whether "however" or "though" stands in the sentence as the adverb that contrasts it
  /// with the one before: first or last ("There isn't much time, however"; "... though"),
  /// or after a subject with no adjective or adverb after it ("My legs however, are
  /// muscular"; not "however much you stretch", "however you do it").
  private static func contrasts(_ sentence: SentenceAnalysis) -> Bool {
    let words = sentence.words
    guard let last = words.last?.folded else { return false }
    if words[0].folded == "however" || ["however", "though"].contains(last) { return true }
    return words.indices.dropFirst().dropLast().contains { i in
      words[i].folded == "however"
        && ![.adjective, .adverb, .pronoun].contains(sentence.tags[i + 1].upos)
    }
  }

  /// Clauses that deny something of what they point back to, and are not a failed attempt
  /// ("it didn't help" is evidence against, not a caveat) or a report that it worked.
  private static func negatedClauses(of sentence: SentenceAnalysis) -> [Range<Int>] {
    sentence.clauses.indices.filter { c in
      let act = sentence.acts[c]
      guard act == .other || act == .warning, !sentence.hasSuccessCue else { return false }
      return sentence.clauses[c].contains { i in
        let word = sentence.words[i].folded
        return Cues.denies(word) || ["neither", "nor"].contains(word)
      }
    }.map { sentence.clauses[$0] }
  }

}

func unique<T: Hashable>(_ items: [T]) -> [T] {
  var seen = Set<T>()
  return items.filter { seen.insert($0).inserted }
}

/// One mention per remedy: the first that recommends it, else the first ("Planks are
/// boring, but side planks are a good one" recommends planks).
private func uniqueMentions(_ mentions: [RemedyMention]) -> [RemedyMention] {
  // "We trained according to Hal Higdon's Novice 1 program, which was recommended to us": a
  // name that is only the head of a longer one found in the sentence points back to it, and
  // gives it its act where that one does not recommend.
  var mentions = mentions
  for i in mentions.indices.reversed() where mentions[i].isDiscovered {
    guard
      let longer = mentions.indices.first(where: { j in
        j != i && mentions[j].isDiscovered && mentions[j].name.hasSuffix(" " + mentions[i].name)
      })
    else { continue }
    if !mentions[longer].act.recommends { mentions[longer].act = mentions[i].act }
    mentions.remove(at: i)
  }
  var chosen: [String: Int] = [:]
  for (i, mention) in mentions.enumerated() {
    if let j = chosen[mention.name] {
      if !mentions[j].act.recommends, mention.act.recommends { chosen[mention.name] = i }
    } else {
      chosen[mention.name] = i
    }
  }
  let kept = Set(chosen.values)
  return mentions.indices.filter { kept.contains($0) }.map { mentions[$0] }
}

extension String {
  /// The string without the characters at its end that `drop` picks.
  func trimmingSuffix(while drop: (Character) -> Bool) -> String {
    var end = endIndex
    while end > startIndex, drop(self[index(before: end)]) { end = index(before: end) }
    return String(self[..<end])
  }
}
