import TipsCore
import TipsLanguage

/// What a clause does with the things it names, read from its grammar rather than from the
/// words of any one forum.
///
/// Only advice, benefit reports and experience reports recommend anything: "a lexicon word
/// anywhere" is not a tip ("my physio said it was tendinitis", "it started while I was
/// stretching"). A failed attempt counts against what it names; a warning qualifies the
/// advice it stands beside; a question asks and never advises, except in the suggesting
/// forms forums use ("Have you tried a foam roller?").
enum SpeechAct: Sendable, Hashable {
  /// "Try X", "You should X", "I'd suggest X", "Don't X", "Have you tried X?".
  case advice
  /// "X helped", "X fixed it", "X made a huge difference", "I swear by X".
  case benefit
  /// The poster did or does something: "I lowered my saddle", "I take magnesium".
  case experience
  /// "X didn't help me at all", "X made it worse".
  case failedAttempt
  case warning
  case question
  case other

  /// Whether things named in such a clause are recommended.
  var recommends: Bool { self == .advice || self == .benefit || self == .experience }
}

/// Reads the act of each clause of a tagged sentence.
enum SpeechActReader {
  /// The act of the clause `clause` (word indexes) of `sentence`.
  static func act(of clause: Range<Int>, in sentence: SentenceAnalysis) -> SpeechAct {
    let words = sentence.words
    guard !clause.isEmpty else { return .other }
    if sentence.isQuestion {
      return isSuggestingQuestion(sentence) ? .advice : .question
    }
    if foretellsAConsequence(clause, of: sentence) { return .warning }
    if let ended = endsAFailure(clause, of: sentence) { return ended ? .benefit : .other }
    if echoedFailure(in: clause, of: sentence) != nil { return .failedAttempt }
    if recommendsBeyondWords(in: clause, of: sentence) != nil { return .advice }
    // "... far outweigh the risks of surgery": what is worth its risks is advised.
    let folded = sentence.words.map(\.folded)
    if clause.contains(where: { outweighsRisks(at: $0, in: folded) }) { return .advice }
    if sentence.cues.contains(.against, within: clause)
      || sentence.cues.contains(.against) && !sentence.cues.contains(.success)
        && sentence.clauseCount == 1
    {
      return negatedAdvice(in: clause, of: sentence) ? .advice : .failedAttempt
    }
    // "I'm considering X" intends; "X is considered the drug of choice" praises.
    if sentence.cues.contains(.intention, within: clause) && !sentence.cues.contains(.success),
      !clause.contains(where: {
        sentence.tags[$0].lemma == "be" && namesTheChoice(after: $0, in: clause, of: sentence)
      })
    {
      return .other
    }
    if predictsHarm(in: clause, of: sentence) { return .warning }
    if adviceVerb(in: clause, of: sentence) != nil
      || praisingVerb(in: clause, of: sentence) != nil
    {
      return isCounterfactual(clause, of: sentence) ? .other : .advice
    }
    if let verb = conditionalRemedy(in: clause, of: sentence) {
      // "If I ice it ..." reports; "if you keep taking it ..." advises.
      let subject = (clause.lowerBound..<verb).last { conditionSubjects.contains(words[$0].folded) }
      return subject.map { isFirstPerson(words[$0].folded) } == true ? .benefit : .advice
    }
    if benefitVerb(in: clause, of: sentence) != nil
      || praisesWhatItPointsTo(clause, of: sentence)
      || reportsSuccess(in: clause, of: sentence)
      || saysTroubleGoneSince(clause, of: sentence)
      || meansOfRelief(in: clause, of: sentence) != nil
    {
      // "Couldn't tell you if they actually work", "not sure whether it helps": whether it
      // works is asked or doubted, not told.
      return asksWhether(before: clause.upperBound, in: clause, of: sentence)
        || isDisclaimedAfter(clause, of: sentence) ? .other : .benefit
    }
    if reportsAConsultation(clause, of: sentence) || reportsAHabit(clause, of: sentence) {
      return .experience
    }
    if sentence.cues.contains(.caveat, within: clause), !isGentleFragment(clause, of: sentence) {
      return .warning
    }
    // "Can't fall asleep since I started doing evening sessions": what the trouble dates
    // from is no experience of a remedy.
    if sentence.cues.hits.contains(where: {
      $0.kinds.contains(.success) && clause.contains($0.words.lowerBound)
        && datesATrouble($0.words, in: clause, of: sentence)
    }) {
      return .other
    }
    // "Same pain in my right foot since I got new shoes", "same issue on my foot, since i got
    // new shoes": what the poster did since a trouble began is when it began (the trouble
    // told in this clause or the one before), not a remedy tried.
    if let since = clause.first(where: { words[$0].folded == "since" }) {
      let start =
        since == clause.lowerBound
        ? sentence.clauses.last(where: { $0.upperBound == clause.lowerBound })?.lowerBound
        : clause.lowerBound
      if let start, datesATrouble(since..<since + 1, in: start..<clause.upperBound, of: sentence) {
        return .other
      }
    }
    if startedWhileDoing(clause, of: sentence) { return .other }
    if experienceVerb(in: clause, of: sentence) != nil {
      return isDisclaimedAfter(clause, of: sentence) ? .other : .experience
    }
    return .other
  }

  /// "My wife takes magnesium to help her sleep but no idea about headaches", "swears by it
  /// but for a hammy idk": a report the next clause, after "but", says the poster cannot
  /// vouch for here.
  private static func isDisclaimedAfter(_ clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    guard let next = sentence.clauses.first(where: { $0.lowerBound >= clause.upperBound }),
      let but = (clause.upperBound...next.lowerBound).last(where: {
        $0 < sentence.words.count && sentence.words[$0].folded == "but"
      }),
      but <= next.lowerBound
    else { return false }
    let folded = sentence.words[next].map(\.folded)
    let pairs = zip(folded, folded.dropFirst()).map { [$0, $1] }
    return folded.contains { ["idk", "dunno"].contains($0) }
      || pairs.contains { [["no", "idea"], ["no", "clue"], ["not", "sure"]].contains($0) }
  }

  /// "Nothing helped until I started heel drops", "I used to get athlete's foot until I
  /// started drying between my toes", "didn't stop until I ran some 20 milers": what the
  /// poster did that ended a failure, a trouble they used to have or one that would not
  /// stop, worked (true). After a denied or no trouble ("I never had a problem until I
  /// started hill sprints", "it was fine until ...") it is when the trouble began (false).
  /// Nil where the clause does not open with "until I" or the clause before says neither.
  private static func endsAFailure(_ clause: Range<Int>, of sentence: SentenceAnalysis) -> Bool? {
    guard Clauses.opensWhatEndedIt(at: clause.lowerBound, words: sentence.words),
      let before = sentence.clauses.last(where: { $0.upperBound == clause.lowerBound })
    else { return nil }
    let folded = sentence.words[before].map(\.folded)
    if sentence.cues.contains(.against, within: before)
      || zip(folded, folded.dropFirst()).contains(where: { $0 == "used" && $1 == "to" })
    {
      return true
    }
    // "Nothing helped", "didn't work", "it wouldn't go away".
    let deniedEnding = before.contains { k in
      (Cues.denies(sentence.words[k].folded) || sentence.words[k].folded == "nothing")
        && (k + 1..<min(before.upperBound, k + 4)).contains {
          troubleEndingVerbs.contains(sentence.tags[$0].lemma)
        }
    }
    if deniedEnding { return true }
    if folded.contains(where: { Cues.denies($0) || ["fine", "ok", "okay", "great"].contains($0) }) {
      return false
    }
    return nil
  }

  /// Verbs of a trouble ending or a thing working: denied, they say it went on ("it wouldn't
  /// go away", "the pain never eased", "didn't stop", "nothing helped").
  private static let troubleEndingVerbs: Set<String> = [
    "help", "work", "stop", "go", "ease", "improve", "heal", "budge", "clear", "resolve", "settle",
    "shift",
    "fade", "subside", "better", "leave",
  ]

  /// "Mine started while I was doing neck stretches", "it began after I switched shoes": a
  /// trouble that started while the poster did a thing, which is when it began, not a
  /// remedy tried ("I started doing yoga" is).
  private static func startedWhileDoing(_ clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    let words = sentence.words
    return clause.contains { start in
      guard ["start", "begin"].contains(sentence.tags[start].lemma), start > clause.lowerBound,
        !["i", "we", "you"].contains(words[start - 1].folded),
        start + 2 < clause.upperBound,
        ["while", "when", "after"].contains(words[start + 1].folded)
      else { return false }
      return ["i", "we"].contains(words[start + 2].folded)
    }
  }

  /// Verbs of harm done to the body or to what training is after.
  private static let harmVerbs: Set<String> = [
    "ruin", "worsen", "aggravate", "irritate", "damage", "injure", "blunt", "sabotage", "hurt",
  ]

  /// Verbs of bringing a trouble on: "the one thing that triggers it is ...".
  private static let troubleCausingVerbs: Set<String> = [
    "cause", "trigger", "precipitate", "provoke", "induce",
  ]

  /// "Ice baths can ruin your gains", "stretching may worsen it": what a modal predicts a
  /// thing will do is a warning when it harms, whatever else would read the clause as advice.
  private static func predictsHarm(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Bool {
    clause.contains { i in
      i > clause.lowerBound && sentence.tags[i - 1].xpos == "MD"
        && harmVerbs.contains(sentence.tags[i].lemma) && sentence.tags[i].upos == .verb
        && !isNegated(before: i, in: clause, of: sentence)
    }
  }

  /// "..., or you may get the alcohol in the puncture", "otherwise you'll pull something":
  /// what follows advice if it is not taken warns; it advises nothing ("or you could try
  /// heat" offers another way, and is read as usual).
  private static func foretellsAConsequence(
    _ clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let words = sentence.words
    var i = clause.lowerBound
    guard i > 0, ["or", "otherwise"].contains(words[i].folded) else { return false }
    i += 1
    if i < clause.upperBound, words[i].folded == "else" { i += 1 }
    guard i + 2 < clause.upperBound, ["you", "u"].contains(words[i].folded),
      ["may", "might", "will", "'ll", "ll", "can"].contains(words[i + 1].folded)
    else { return false }
    return !["try", "use", "want", "consider"].contains(sentence.tags[i + 2].lemma)
  }

  /// Whether a success phrase of the clause stands unnegated: "I had no relief for 14
  /// months", "none of the sprays worked" report the opposite.
  private static func reportsSuccess(in clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    sentence.cues.hits.contains { hit in
      guard hit.kinds.contains(.success), clause.contains(hit.words.lowerBound),
        !tellsOfAJob(hit.words, in: sentence), !asksForHelp(hit.words, in: sentence)
      else {
        return false
      }
      return !isNegated(before: hit.words.lowerBound, in: clause, of: sentence)
        && !doubtsEvidence(before: hit.words.lowerBound, in: clause, of: sentence)
        && !isOnlyAimedAt(hit.words.lowerBound, in: clause, of: sentence)
        && !datesATrouble(hit.words, in: clause, of: sentence)
        && !findsTheBodyWorking(hit.words, in: clause, of: sentence)
    }
  }

  /// "a test which showed that the nerves are working fine", "the scan revealed the knee
  /// joint works normally": what a test found of the body is a finding, not a thing that
  /// worked ("studies show that it works" still says it does).
  private static func findsTheBodyWorking(
    _ hit: Range<Int>, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    guard sentence.tags[hit.lowerBound].lemma == "work",
      (clause.lowerBound..<hit.lowerBound).contains(where: {
        ["show", "reveal", "indicate", "confirm"].contains(sentence.tags[$0].lemma)
      })
    else { return false }
    var subject = hit.lowerBound - 1
    while subject > clause.lowerBound,
      [.auxiliary, .adverb].contains(sentence.tags[subject].upos)
        || sentence.tags[subject].lemma == "be"
    {
      subject -= 1
    }
    let word = sentence.words[subject].folded
    return Cues.partsOfTheBody.contains(word) || Cues.everydayBodyWords.contains([word])
      || Cues.isHealthWord(word) || ["nerve", "nerves"].contains(word)
  }

  /// Whether a "since" success phrase dates when a trouble began rather than when it ended:
  /// "my knee has hurt since I started running hills", "I can't fall asleep since I started
  /// evening sessions". "Since I started yoga my back is fine" and "I haven't had pain since
  /// I started" report that the thing worked.
  private static func datesATrouble(
    _ hit: Range<Int>, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let words = sentence.words
    guard ["since", "ever"].contains(words[hit.lowerBound].folded) else { return false }
    let before = clause.lowerBound..<hit.lowerBound
    let negated = before.contains { Cues.denies(words[$0].folded) }
    let unable = before.contains {
      ["can't", "cannot", "couldn't", "unable"].contains(words[$0].folded)
    }
    let trouble = before.contains {
      Cues.isHealthWord(words[$0].folded)
        || ["hurt", "issue", "problem", "trouble"].contains(sentence.tags[$0].lemma)
    }
    return trouble && !negated || unable && !trouble
  }

  /// Whether what stands at `index` is only what a thing is for, or what someone sets out to
  /// prove: "massage is intended to make a person feel better", "progress in proving that
  /// their techniques work". Neither says that it worked; "it has been shown to help" does.
  static func isOnlyAimedAt(
    _ index: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let words = sentence.words
    let tags = sentence.tags
    return (clause.lowerBound..<index).contains { k in
      let lemma = tags[k].lemma
      if ["intend", "design", "mean"].contains(lemma), tags[k].xpos == "VBN", k + 1 < index,
        words[k + 1].folded == "to"
      {
        return true
      }
      guard ["prove", "show", "demonstrate"].contains(lemma), k > clause.lowerBound else {
        return false
      }
      // "trying to prove that", "in proving that"; not "studies showing that it helps".
      let before = words[k - 1].folded
      return tags[k].xpos == "VB" && before == "to"
        || tags[k].xpos == "VBG" && ["in", "at", "of"].contains(before)
    }
  }

  /// The readers a post asks for help: "maybe y'all can help me with", "hope someone can
  /// help".
  private static let addressees: Set<String> = folded([
    "you", "y'all", "yall", "anyone", "anybody", "someone", "somebody", "everyone", "guys",
    "folks", "u",
  ])

  /// Whether a "help" cue asks the readers for help rather than reports that a thing helped:
  /// one of them is its subject, a few words before it, or it is theirs ("thanks in advance
  /// for your help").
  static func asksForHelp(_ hit: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
    guard sentence.tags[hit.lowerBound].lemma == "help" else { return false }
    if hit.lowerBound > 0, ["your", "ur"].contains(sentence.words[hit.lowerBound - 1].folded) {
      return true
    }
    return (max(0, hit.lowerBound - 3)..<hit.lowerBound).contains {
      addressees.contains(sentence.words[$0].folded)
    }
  }

  /// Whether the clause denies the proof of what follows before `index`: "there is no data
  /// to show chromium is effective", "I haven't seen any studies showing it helps".
  static func doubtsEvidence(
    before index: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let words = sentence.words
    return (clause.lowerBound..<index).contains { k in
      guard proofWords.contains(sentence.tags[k].lemma) || proofWords.contains(words[k].folded)
      else { return false }
      return words[max(clause.lowerBound, k - 3)..<k].contains {
        ["no", "little", "any", "lack", "without"].contains($0.folded)
      }
    }
  }
  private static let proofWords: Set<String> = [
    "evidence", "data", "proof", "study", "studies", "research", "trial", "trials",
  ]

  /// "a physician who works in an urgent care center", "my wife works as a nurse", "I was
  /// working hard": a person at work, not a thing that worked.
  static func tellsOfAJob(_ hit: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
    let words = sentence.words
    guard hit.count == 1, sentence.tags[hit.lowerBound].lemma == "work" else { return false }
    if hit.lowerBound > 0, words[hit.lowerBound - 1].folded == "who" { return true }
    var subject = hit.lowerBound - 1
    while subject >= 0, hit.lowerBound - subject <= 3,
      [.auxiliary, .adverb].contains(sentence.tags[subject].upos)
        || sentence.tags[subject].lemma == "be"
    {
      subject -= 1
    }
    if subject >= 0, ["i", "we", "you", "he", "she"].contains(words[subject].folded) {
      return true
    }
    let next = hit.upperBound
    return next + 1 < words.count && ["at", "as", "in"].contains(words[next].folded)
      && sentence.tags[next + 1].upos == .determiner
  }

  /// Whether the word at `index` is the risk that an "outweigh" just before it says is
  /// worth taking: "outweigh the risks of surgery", "outweighs any risk".
  static func outweighsRisks(at index: Int, in folded: [String]) -> Bool {
    guard ["risk", "risks", "danger", "dangers", "downside", "downsides"].contains(folded[index])
    else { return false }
    return folded[max(0, index - 3)..<index].contains { $0.hasPrefix("outweigh") }
  }

  /// "... and neither did the strap", "nor did ice", "Resting it didn't either", "Pickle
  /// juice neither, just made me thirsty": a clause that says in a few words that one more
  /// thing did not do what the one before it did not. The words that name the thing; none
  /// where they name someone ("and neither did my wife").
  static func echoedFailure(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Range<Int>? {
    let words = sentence.words
    guard let echo = echoWords(of: clause, in: sentence) else { return nil }
    let (start, end) = (echo.lowerBound, echo.upperBound)
    let named: Range<Int>
    if ["neither", "nor"].contains(words[start].folded),
      echoingAuxiliaries.contains(words[start + 1].folded), start + 2 < end
    {
      named = (start + 2)..<end
    } else if words[end - 1].folded == "either", end - 2 > start,
      // The negated auxiliary just before "either", with nothing of its own after it.
      let negated = [end - 2, end - 3].first(where: {
        $0 > start && echoingAuxiliaries.contains(words[$0].folded)
      }),
      (negated..<end - 1).contains(where: {
        words[$0].folded.hasSuffix("n't")
          || ["not", "dont", "didnt", "doesnt", "wasnt"]
            .contains(words[$0].folded)
      }),
      isBareSubject(start..<negated, of: sentence)
    {
      named = start..<negated
    } else if words[end - 1].folded == "neither",
      (start..<end - 1).allSatisfy({
        [.noun, .properNoun, .adjective, .determiner].contains(sentence.tags[$0].upos)
          || sentence.tags[$0].xpos == "VBG"
      })
    {
      named = start..<(end - 1)
    } else {
      return nil
    }
    return namesAThing(named, of: sentence) ? named : nil
  }

  /// "..., and so did the night splint", "as did a night splint", "the night splint did
  /// too": a clause that says in a few words that one more thing did what the clause before
  /// it did. The words that name the thing, as for `echoedFailure`.
  static func echoedSuccess(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Range<Int>? {
    let words = sentence.words
    guard let echo = echoWords(of: clause, in: sentence) else { return nil }
    let (start, end) = (echo.lowerBound, echo.upperBound)
    let named: Range<Int>
    if start > clause.lowerBound && words[start - 1].folded == "so"
      || words[start].folded == "as" && end - start >= 3,
      echoingAuxiliaries.contains(words[start + (words[start].folded == "as" ? 1 : 0)].folded)
    {
      let after = start + (words[start].folded == "as" ? 2 : 1)
      guard after < end else { return nil }
      named = after..<end
    } else if ["too", "also"].contains(words[end - 1].folded),
      ["did", "does", "do", "has", "have", "was", "were"].contains(words[end - 2].folded),
      end - 2 > start, isBareSubject(start..<(end - 2), of: sentence)
    {
      named = start..<(end - 2)
    } else {
      return nil
    }
    return namesAThing(named, of: sentence) ? named : nil
  }

  /// The words of an echo: the clause past its lead-ins and closing punctuation, two at least.
  private static func echoWords(of clause: Range<Int>, in sentence: SentenceAnalysis)
    -> Range<Int>?
  {
    let start = afterLeadIns(clause, of: sentence)
    var end = clause.upperBound
    while end > start, sentence.tags[end - 1].upos == .punctuation { end -= 1 }
    return end - start >= 2 ? start..<end : nil
  }

  /// Whether `subject` is a short subject and nothing more: six words at most, no verb or
  /// punctuation of their own ("the strap", "resting it").
  private static func isBareSubject(_ subject: Range<Int>, of sentence: SentenceAnalysis) -> Bool {
    subject.count <= 6
      && !subject.contains(where: {
        sentence.tags[$0].upos == .punctuation || sentence.tags[$0].upos == .auxiliary
          || ["VBD", "VBZ", "VBP", "MD"].contains(sentence.tags[$0].xpos)
      })
  }

  /// Whether `named` names a thing, not someone ("and so did my wife"): no pronoun, and a
  /// head that is no person.
  private static func namesAThing(_ named: Range<Int>, of sentence: SentenceAnalysis) -> Bool {
    let phrase = echoedThing(in: named, of: sentence)
    guard let head = phrase.last else { return false }
    return !phrase.contains(where: {
      sentence.tags[$0].upos == .pronoun && sentence.tags[$0].xpos != "PRP$"
    }) && !unpraisableSubjects.contains(sentence.tags[head].lemma)
      && !people.contains(sentence.tags[head].lemma)
  }

  /// The words of `named` (from `echoedFailure` or `echoedSuccess`) that name the thing: a
  /// gerund names what was done ("Resting it"), else the noun phrase, or a lone word the
  /// tagger took for no noun ("nor did quinine/RB"), or a noun phrase whose first word it
  /// took for a verb ("and so did foam/VB rolling").
  static func echoedThing(in named: Range<Int>, of sentence: SentenceAnalysis) -> Range<Int> {
    let first = named.lowerBound
    if sentence.tags[first].xpos == "VBG" { return first..<(first + 1) }
    let phrase = OpenRemedy.nounPhrase(from: first, in: sentence, within: named)
    guard phrase.isEmpty else { return phrase }
    if named.count == 1 { return named }
    if ["VB", "VBP"].contains(sentence.tags[first].xpos) {
      let rest = OpenRemedy.nounPhrase(from: first + 1, in: sentence, within: named)
      if rest.lowerBound == first + 1, !rest.isEmpty { return first..<rest.upperBound }
    }
    return phrase
  }

  /// Auxiliaries that stand for the verb of the clause before: "neither did", "didn't either".
  private static let echoingAuxiliaries: Set<String> = [
    "did", "does", "do", "was", "were", "is", "has", "had", "have", "could", "would", "will",
    "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "hasn't", "hadn't", "haven't",
    "couldn't", "wouldn't", "won't", "didnt", "doesnt", "dont", "wasnt",
  ]

  /// Whether a negation stands just before `index` ("no", "not", "didn't"), or a negative
  /// subject further back in the clause ("none of", "nor", "nothing").
  static func isNegated(
    before index: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let words = sentence.words
    return words[max(clause.lowerBound, index - 3)..<index].contains {
      ["not", "never", "no", "without"].contains($0.folded) || $0.folded.hasSuffix("n't")
    }
      || words[max(clause.lowerBound, index - 8)..<index].contains {
        ["none", "nor", "neither", "nothing", "nobody"].contains($0.folded)
      }
  }

  /// "Haven't had back pain since", "no problems with it since then", "never had an issue
  /// since": the trouble gone from some point on, which reports that what was done worked.
  private static func saysTroubleGoneSince(_ clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    let words = sentence.words[clause].map(\.folded)
    guard let since = words.lastIndex(of: "since"),
      since == words.count - 1 || since == words.count - 2 && words[since + 1] == "then"
    else { return false }
    guard
      let negation = words[..<since].firstIndex(where: {
        ["haven't", "hasn't", "no", "never", "not"].contains($0)
      })
    else { return false }
    // "I have not been able to ride since" is the trouble still there.
    return !(clause.lowerBound + negation..<clause.lowerBound + since).contains { i in
      sentence.tags[i].upos == .verb && !["have", "be"].contains(sentence.tags[i].lemma)
    }
  }

  /// "..., then gentle stretching", "gentle walking when you can": a clause with no verb
  /// (but for a closing "when you can") whose only warning is how gently to do the thing it
  /// names lists a remedy (the manner is its caveat).
  private static func isGentleFragment(_ clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    clause[..<(clause.upperBound - feasibilityTail(of: clause, in: sentence))].allSatisfy {
      sentence.tags[$0].upos != .verb && sentence.tags[$0].upos != .auxiliary
    }
      && sentence.cues.hits.allSatisfy { hit in
        !hit.kinds.contains(.caveat) || !clause.overlaps(hit.words)
          || hit.words.allSatisfy { Cues.mannerWords.contains(sentence.words[$0].folded) }
      }
  }

  /// How many words end a clause with "when you can", "if you can", "whenever you can":
  /// how often to do a thing, as far as the reader is able, which sets no condition on it.
  static func feasibilityTail(of clause: Range<Int>, in sentence: SentenceAnalysis) -> Int {
    guard clause.count >= 4 else { return 0 }
    let tail = sentence.words[(clause.upperBound - 3)..<clause.upperBound].map(\.folded)
    return ["when", "whenever", "if"].contains(tail[0]) && tail[1] == "you" && tail[2] == "can"
      ? 3 : 0
  }

  /// "I make sure to stretch after every run", "we always made sure she drank enough": what
  /// the poster took care to do is a report of it, where "make sure you stretch" is advice
  /// and "make sure" alone a caveat.
  private static func reportsAHabit(_ clause: Range<Int>, of sentence: SentenceAnalysis) -> Bool {
    clause.contains { make in
      guard sentence.tags[make].lemma == "make", make + 1 < clause.upperBound,
        sentence.words[make + 1].folded == "sure"
      else { return false }
      var subject = make - 1
      while subject > clause.lowerBound, sentence.tags[subject].upos == .adverb {
        subject -= 1
      }
      return subject >= clause.lowerBound && isFirstPerson(sentence.words[subject].folded)
    }
  }

  /// "I saw a doctor about the issue", "we finally consulted a podiatrist": the poster's
  /// report of having gone to a practitioner (a verb "see" alone would read as a state, and
  /// its words as the warning "see a doctor"); "see a doctor if it persists" still warns.
  private static func reportsAConsultation(_ clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    clause.contains { verb in
      guard ["see", "consult", "visit"].contains(sentence.tags[verb].lemma),
        ["VBD", "VBN"].contains(sentence.tags[verb].xpos)
          || sentence.tags[verb].xpos == "VBG" && isProgressive(verb, in: clause, of: sentence)
      else { return false }
      var subject = verb - 1
      while subject > clause.lowerBound,
        sentence.tags[subject].upos == .adverb || sentence.tags[subject].upos == .auxiliary
      {
        subject -= 1
      }
      guard subject >= clause.lowerBound else { return false }
      // "I swapped to cross-training and saw a doctor": the subject of the verb before.
      let subjectBefore = (clause.lowerBound..<subject).contains { k in
        isFirstPerson(sentence.words[k].folded)
      }
      guard
        isFirstPerson(sentence.words[subject].folded)
          || sentence.words[subject].folded == "and" && subjectBefore
      else { return false }
      let after = sentence.words[verb].range.lowerBound
      return
        (sentence.mentions.contains { $0.kind == .practitioner && $0.position >= after }
        || seesAPractitioner(verb, in: clause, of: sentence))
        && !sentence.cues.hits.contains {
          $0.kinds.contains(.caveat) && clause.overlaps($0.words) && $0.words.lowerBound > verb
        }
    }
  }

  /// "I'm seeing a psychiatrist", "I've been seeing one": a form of "be" just before the
  /// participle at `verb` (past any adverb) makes it the progressive.
  private static func isProgressive(
    _ verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    var k = verb - 1
    while k > clause.lowerBound, sentence.tags[k].upos == .adverb { k -= 1 }
    // "I'm seeing a doctor tomorrow" plans.
    guard k >= clause.lowerBound,
      !clause.contains(where: { futureWords.contains(sentence.words[$0].folded) })
    else { return false }
    // The tokenizer keeps "I'm" and "we're" whole.
    let word = sentence.words[k].folded
    return sentence.tags[k].lemma == "be" || word.hasSuffix("'m") || word.hasSuffix("'re")
  }

  private static let futureWords: Set<String> = ["tomorrow", "next", "soon", "later", "tonight"]

  /// Whether the object of the verb at `verb` is a practitioner the lexicon need not know:
  /// "saw a psychiatrist", "am seeing a new rheumatologist".
  private static func seesAPractitioner(
    _ verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    var k = verb + 1
    while k < clause.upperBound,
      [.determiner, .adjective, .pronoun].contains(sentence.tags[k].upos)
    {
      k += 1
    }
    return k < clause.upperBound && sentence.tags[k].upos == .noun
      && OpenRemedy.isPractitioner(sentence.words[k].folded)
  }

  /// "If I were hot enough, you could fry an egg on my face": a "could" or "would" after an
  /// unreal condition imagines rather than advises. "If I were you" and "if it were me" are
  /// how advice is given, and stay advice.
  private static func isCounterfactual(_ clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    let words = sentence.words.map(\.folded)
    guard clause.contains(where: { ["could", "would", "'d"].contains(words[$0]) }),
      let before = sentence.clauses.last(where: { $0.upperBound <= clause.lowerBound }),
      let condition = before.last(where: { words[$0] == "if" })
    else { return false }
    return (condition..<before.upperBound).contains { k in
      words[k] == "were" && k + 1 < before.upperBound
        && !["you", "me", "i", "in", "my"].contains(words[k + 1])
    }
  }

  // MARK: - Questions

  /// Questions that suggest: "Have you tried X?", "What about X?", "Why not X?".
  static func isSuggestingQuestion(_ sentence: SentenceAnalysis) -> Bool {
    let words = sentence.words.prefix(4).map(\.folded)
    guard let first = words.first else { return false }
    let second = words.dropFirst().first ?? ""
    let third = words.dropFirst(2).first ?? ""
    switch first {
    case "have", "did", "ha", "ever":
      // "Have you tried", "Did you try", "Ever tried", "Have you considered".
      return (second == "you" && Self.suggestingVerbs.contains(third))
        || Self.suggestingVerbs.contains(second)
    case "what", "how": return second == "about"
    case "why": return second == "not"
    default: return false
    }
  }

  private static let suggestingVerbs: Set<String> = [
    "try", "consider", "think", "look", "thought", "checked", "check", "tried", "considered",
    "looked", "see", "seen", "had", "got", "gotten", "done",
  ].reduce(into: Set<String>()) { $0.insert(WordFolding.fold($1)) }

  // MARK: - Advice

  /// Words before an imperative that do not change it: "Also, try ...", "Just rest".
  static let leadIns: Set<String> = folded([
    "also", "and", "just", "then", "so", "definitely", "maybe", "perhaps", "please", "really",
    "personally", "honestly", "first", "second", "finally", "otherwise", "basically", "seriously",
    "always", "simply", "now", "but", "or", "plus", "oh", "ok", "okay", "well", "yes", "yeah",
    "again", "still", "probably", "instead", "rather", "initially", "eventually", "meanwhile",
    "highly", "strongly", "totally", "absolutely",
    // Forum asides: "IMO your reach is too long", "FWIW i also stretch".
    "imo", "imho", "fwiw", "tbh", "ime", "iirc", "afaik", "btw", "nope", "yep",
  ])
  /// Connectives before a condition: "However, if I ate sauerkraut ...". Not lead-ins of
  /// advice, since inside a sentence they go on with its subject ("rings described by x-ray,
  /// however, end up ...").
  private static let connectives: Set<String> = [
    "however", "anyway", "anyways", "besides", "furthermore", "moreover", "additionally",
  ]
  /// Phrases before an imperative that do not change it: "In any case, don't ...".
  static let leadInPhrases: [[String]] = [
    ["in", "any", "case"], ["in", "any", "event"], ["at", "any", "rate"], ["either", "way"],
    ["in", "general"], ["if", "possible"], ["if", "anything"], ["by", "the", "way"],
    // Until the real fix: "In the meantime pull a buff up over your mouth".
    ["in", "the", "meantime"], ["in", "the", "mean", "time"], ["for", "now"],
    ["until", "then"], ["till", "then"],
    // "But first and most importantly go see a hand physio".
    ["most", "importantly"], ["more", "importantly"], ["and", "foremost"], ["above", "all"],
    ["before", "anything", "else"],
  ]

  /// The first word of `clause` past its lead-ins ("Also, just try ...", "In any case,
  /// don't ..."); the clause's end when it holds nothing else.
  static func afterLeadIns(_ clause: Range<Int>, of sentence: SentenceAnalysis) -> Int {
    var start = clause.lowerBound
    while start < clause.upperBound {
      if leadIns.contains(sentence.words[start].folded) {
        start += 1
      } else if let phrase = leadInPhrases.first(where: { phrase in
        start + phrase.count < clause.upperBound
          && zip(phrase, sentence.words[start...]).allSatisfy { $0 == $1.folded }
      }) {
        start += phrase.count
      } else {
        break
      }
    }
    return start
  }

  /// Imperatives that address the reader without advising ("Thanks", "Let me know", "Hope
  /// this helps", "Sorry", "Imagine").
  private static let notAdviceImperatives: Set<String> = folded([
    "thank", "thanks", "let", "hope", "wish", "guess", "imagine", "sorry", "welcome", "excuse",
    "forgive", "say", "mean", "note", "bear", "mind", "suppose", "wonder", "tell", "pardon",
    "please", "love", "like", "hate", "know", "think", "believe", "feel", "seem", "sound",
    "read", "google", "search", "click", "post", "reply", "follow", "bump", "cheer", "edit",
    "update", "quote", "see", "look", "beware", "be", "good", "nice", "cool", "great", "hey",
    "hi", "hello", "wow", "congrat", "congratulation", "bet", "wager", "reckon", "need", "want",
    // "glad/VB the x-ray was clear": an adjective of feeling the tagger read as a verb.
    "glad", "happy", "sad",
  ])

  /// Whether `word` is a verb replies open advice with, whatever the tagger read it as.
  static func opensAnImperative(_ word: String) -> Bool {
    commonImperatives.contains(word) || OpenRemedy.remedyVerbs.contains(word)
  }

  /// Verbs a tagger trained on edited text often reads as nouns when a forum post opens
  /// with them capitalised ("Start doing ...", "Ice it"): the commonest verbs of advice.
  private static let commonImperatives: Set<String> = folded([
    "try", "start", "get", "use", "take", "do", "go", "see", "make", "keep", "stop", "avoid",
    "ice", "rest", "stretch", "drink", "eat", "sleep", "wear", "buy", "walk", "put", "add",
    "give", "ask", "consider", "apply", "switch", "lower", "raise", "check", "swap", "change",
    "move", "strengthen", "reduce", "increase", "cut", "ride", "run", "lift", "train", "focus",
    "inject", "rub", "soak", "rinse", "flush", "spray", "massage", "roll", "elevate", "wrap",
    "tape", "dab", "swab", "gargle", "spin", "pedal", "swim", "jog", "squat", "hike", "sort",
    "brace", "drop", "chew", "eliminate", "limit",
    "fix",
    // Setting the body or the kit: "Pull a buff up over your mouth", "Loosen your grip".
    "pull", "push", "loosen", "tighten", "flip", "tilt", "lean", "sit", "lie", "hang", "aim",
    "wait", "warm", "film",
  ])

  /// Nouns for a remedy: what such a subject "is" is the remedy ("the treatment is rest").
  private static let remedyNouns: Set<String> = [
    "remedy", "treatment", "cure", "solution", "fix", "trick", "answer",
  ]

  /// "The best thing", "the biggest thing for me", "the only thing", "all you need", "a
  /// common approach", "the usual advice", "another thing to try".
  private static let bestWords: Set<String> = [
    "best", "only", "all", "biggest", "main", "key", "first", "greatest", "single", "common",
    "usual", "standard", "typical", "simple", "good", "great", "easy", "another", "one",
    "other", "general", "obvious",
  ]

  /// "My advice would be to ...", "our suggestion is ...", "the thing to do is ...": a
  /// subject that is advice though no word says it is the best.
  private static func namesOwnAdvice(
    at i: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let words = sentence.words
    guard i + 1 < clause.upperBound else { return false }
    if ["my", "our"].contains(words[i].folded) {
      return ["advice", "suggestion", "recommendation", "tip"].contains(words[i + 1].folded)
    }
    return words[i].folded == "the" && i + 3 < clause.upperBound
      && ["thing", "things"].contains(words[i + 1].folded) && words[i + 2].folded == "to"
      && ["do", "try"].contains(words[i + 3].folded)
  }

  /// "The best thing is", "your best bet is", "one option is".
  private static let bestThings: Set<String> = [
    "thing", "way", "bet", "option", "solution", "remedy", "cure", "treatment", "advice",
    "approach", "recommendation", "suggestion", "step", "strategy", "choice", "idea",
    "practice", "procedure", "protocol", "course",
  ]

  /// Modal words that make "you ..." advice: "you should", "you might want to", "you need to".
  /// Not "would": "that you would go to one doctor and move on" imagines, it does not advise.
  private static let adviceModals: Set<String> = folded([
    "should", "need", "must", "could", "can", "might", "may", "ought", "want", "have", "'d",
    "better",
  ])

  /// Modals that oblige the people a clause names, and words for people at large.
  private static let obligingModals: Set<String> = ["should", "must", "ought"]
  private static let people: Set<String> = [
    "woman", "man", "people", "person", "patient", "anyone", "anybody", "everyone", "everybody",
    "whoever", "someone", "somebody", "child", "kid", "parent", "adult", "athlete", "runner",
    "rider", "cyclist", "sufferer", "smoker", "mother", "father", "infant", "baby", "toddler",
    "teenager",
  ]

  /// Modals after which the impersonal "one" advises: "one should see a GP".
  private static let impersonalModals: Set<String> = ["should", "ought"]

  /// Subjects a reply gives advice for without addressing them, and the modals of that advice.
  private static let thirdPersons: Set<String> = ["he", "she", "they"]
  private static let tryingModals: Set<String> = ["should", "could", "might", "may", "can"]

  /// What makes a thing to do a must: "doing your own research is very necessary".
  private static let neededWords: Set<String> = [
    "necessary", "essential", "important", "vital", "crucial", "critical", "key", "imperative",
    "mandatory", "must",
  ]

  /// "Doing your own research is very necessary", "icing it is essential", "getting enough
  /// sleep will be key": a clause whose subject is a thing to do, and which says it is
  /// needed, advises doing it. The index of the gerund that opens it.
  static func neededDoing(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    let words = sentence.words
    let tags = sentence.tags
    // "I still believe that doing your own research is necessary": past what the poster
    // thinks.
    let opening = afterLeadIns(clause, of: sentence)
    let start =
      opening < clause.upperBound && tags[opening].xpos == "VBG"
      ? opening
      : (opening..<clause.upperBound).first {
        $0 > clause.lowerBound && words[$0 - 1].folded == "that"
      }
        ?? clause.upperBound
    guard start < clause.upperBound, tags[start].xpos == "VBG", tags[start].upos == .verb,
      !notAdviceImperatives.contains(tags[start].lemma),
      let be = (start + 1..<min(clause.upperBound, start + 9)).first(where: {
        tags[$0].lemma == "be" && tags[$0].xpos != "VBG"
      }),
      !words[(start + 1)..<be].contains(where: { ["if", "when", "while"].contains($0.folded) })
    else { return nil }
    // "is very, very necessary": a comma between adverbs ends no thought.
    var k = be + 1
    while k < words.count, k - be <= 4,
      tags[k].upos == .adverb && !["never", "hardly", "not"].contains(words[k].folded)
        || ["a", "the", "absolutely"].contains(words[k].folded)
    {
      k += 1
    }
    guard k < words.count, neededWords.contains(words[k].folded),
      // "Running is important to me" says what the poster values.
      !(k + 2 < words.count && ["to", "for"].contains(words[k + 1].folded)
        && isFirstPerson(words[k + 2].folded))
    else { return nil }
    return start
  }

  /// Whether a clause that opens with "and" or "but" goes on with the subject "I" or "we" of
  /// the clause before it: "I've had 2 of them, and don't intend to ever do that again" is
  /// no advice.
  private static func continuesFirstPerson(_ clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    guard ["and", "but"].contains(sentence.words[clause.lowerBound].folded),
      let previous = sentence.clauses.last(where: { $0.upperBound <= clause.lowerBound })
    else { return false }
    return opensWithFirstPerson(previous, of: sentence)
  }

  /// Whether the clause's subject, past its lead-ins, is "I" or "we".
  static func opensWithFirstPerson(_ clause: Range<Int>, of sentence: SentenceAnalysis) -> Bool {
    let subject = afterLeadIns(clause, of: sentence)
    return subject < clause.upperBound
      && isFirstPerson(sentence.words[subject].folded)
  }

  /// Verbs of recommending whose complement is the advice: "I'd suggest X", "I recommend X".
  static let recommendingVerbs: Set<String> = [
    "suggest", "recommend", "advise", "advocate", "prescribe",
  ]

  /// Where the advised action starts in the clause: the imperative verb, the verb after "you
  /// should", or the complement of "I'd suggest"; nil when the clause does not advise.
  static func adviceVerb(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    let words = sentence.words
    let tags = sentence.tags
    let start = afterLeadIns(clause, of: sentence)
    guard start < clause.upperBound else { return nil }
    // Imperative: a base-form verb opens the clause ("Try ...", "Lower your saddle").
    // Negative imperatives ("Don't use Q-tips") advise too; `OpenRemedy` names them "avoid".
    if let verb = negatedVerb(at: start, in: sentence), verb < clause.upperBound {
      return continuesFirstPerson(clause, of: sentence) ? nil : verb
    }
    // "Make sure you warm up", "be sure to stretch": the verb the assurance frames.
    if ["make", "be"].contains(words[start].folded), start + 2 < clause.upperBound,
      words[start + 1].folded == "sure"
    {
      var verb = start + 2
      // "be sure not to", "make sure you don't": `OpenRemedy` names what is denied "avoid".
      while verb + 1 < clause.upperBound,
        ["that", "you", "u", "to", "not", "never", "don't", "dont"].contains(words[verb].folded)
      {
        verb += 1
      }
      if tags[verb].xpos == "VB" || tags[verb].xpos == "VBP" { return verb }
    }
    // A present-tense verb that opens the sentence, past lead-ins only ("Honestly, just ride
    // less", "Highly recommend yoga"), has no subject: it is an imperative the tagger misread
    // ("Include small amounts of ...").
    // So does the main clause after a condition: "if you need something take paracetamol".
    let opensSentence =
      clause.lowerBound == 0 || sentence.standaloneStarts.contains(clause.lowerBound)
      || sentence.standaloneStarts.contains(start)
      || sentence.clauses.contains {
        $0.upperBound == clause.lowerBound
          && Clauses.conditionWords.contains(sentence.words[$0.lowerBound].folded)
      }
    // "Foam/NNP roll/VBZ the IT band", "Foam/NNP roll/VB your quads": a verb of two words
    // the tagger split into a subject and a verb, though the verb has no "-s".
    if opensSentence, start + 1 < clause.upperBound,
      [.noun, .properNoun].contains(tags[start].upos),
      ["VBZ", "VB", "VBP"].contains(tags[start + 1].xpos),
      // The word as written: folding takes the "-s" off "thinks".
      !tags[start + 1].text.lowercased().hasSuffix("s"),
      [.determiner, .pronoun].contains(tags[min(start + 2, clause.upperBound - 1)].upos)
        || tags[min(start + 2, clause.upperBound - 1)].xpos == "PRP$"
    {
      return start
    }
    // "do rows and face pulls", "do some core work": an opening "do" the tagger read as an
    // auxiliary, before what to do rather than a subject ("do you ...").
    if words[start].folded == "do", start + 1 < clause.upperBound,
      ["VB", "VBP"].contains(tags[start].xpos),
      [.noun, .determiner, .adjective, .numeral].contains(tags[start + 1].upos)
        || tags[start + 1].xpos == "PRP$",
      start == clause.lowerBound || !isSubject(start - 1, in: sentence)
    {
      return start
    }
    if tags[start].xpos == "VB" && tags[start].upos == .verb
      || opensSentence && tags[start].xpos == "VBP" && tags[start].upos == .verb
        && !words[start].isInflected
      || opensSentence && !words[start].isInflected && tags[start].xpos != "VBG"
        && tags[start].upos != .auxiliary
        && opensAnImperative(words[start].folded)
        // "Sleep deprivation", "ice pack": a noun before a noun names a thing.
        && (start + 1 >= clause.upperBound || tags[start + 1].xpos != "NN"),
      !notAdviceImperatives.contains(tags[start].lemma)
        || advisesWithItsParticle(start, in: sentence)
        || seesSomeone(start, in: sentence),
      // Words of a lead-in phrase ("in the meantime") are no subject.
      start == clause.lowerBound
        || leadInPhrases.contains(where: { $0.last == words[start - 1].folded })
        || !isSubject(start - 1, in: sentence),
      !continuesASubject(clause, startingAt: start, of: sentence),
      !continuesWhatHelps(clause, startingAt: start, of: sentence),
      !opensASubject(clause, startingAt: start, of: sentence)
    {
      return start
    }
    // "A remedy you might try is chewing coca leaves": what a remedy-word subject is.
    for i in clause where remedyNouns.contains(tags[i].lemma) && tags[i].upos == .noun {
      var j = i + 1
      while j < clause.upperBound, j - i < 12, tags[j].lemma != "be" { j += 1 }
      var after = j + 1
      guard after < clause.upperBound, !["not", "n't"].contains(words[after].folded) else {
        continue
      }
      // "The treatment is generally thyroxin pills", "treatment can be with amphotericin B".
      while after + 1 < clause.upperBound,
        tags[after].upos == .adverb || words[after].folded == "with"
      {
        after += 1
      }
      if tags[after].xpos == "VBG" { return after }
      if [.noun, .properNoun, .determiner, .adjective].contains(tags[after].upos) { return j }
    }
    if let used = othersUse(in: clause, of: sentence) { return used }
    if let praised = recommendsBeyondWords(in: clause, of: sentence) { return praised }
    if let handled = bestDoneBy(in: clause, of: sentence) { return handled.verb }
    // "My go-to is ibuprofen and rest": what one always reaches for.
    for i in clause
    where words[i].folded == "go" && i + 2 < clause.upperBound && words[i + 1].folded == "to"
      && tags[i].range == tags[i + 1].range && tags[i + 2].lemma == "be"
    {
      return i + 2
    }
    if let named = pointedOutTreatment(in: clause, of: sentence) { return named }
    if let doing = neededDoing(in: clause, of: sentence) { return doing }
    if let denied = deniedObligation(in: clause, of: sentence) { return denied }
    // "you should/need to/might want to/could try (to) V": the verb after the modal chain;
    // "your wife should see a physio" advises the reader's own too.
    for i in clause
    where ["you", "u", "your"].contains(words[i].folded)
      // "all you can eat" is a buffet, not advice to eat.
      && !(i > clause.lowerBound && words[i - 1].folded == "all")
      || words[i].folded == "one" && i + 1 < clause.upperBound
        && impersonalModals.contains(words[i + 1].folded)
    {
      var j = i + 1
      if words[i].folded == "your" {
        while j < clause.upperBound, j - i <= 3, tags[j].upos == .noun { j += 1 }
        guard j > i + 1 else { continue }
      }
      var sawModal = false
      while j < clause.upperBound, j - i <= 4,
        adviceModals.contains(words[j].folded) || words[j].folded == "to"
          || words[j].folded == "want" || tags[j].upos == .adverb || words[j].folded == "'d"
          // "you should both wash your hands": who all the advice is for.
          || ["both", "all"].contains(words[j].folded) && j > i + 1
          // "you do need to train the gut": an emphatic "do".
          || words[j].folded == "do" && j == i + 1 && j + 1 < clause.upperBound
            && adviceModals.contains(words[j + 1].folded)
      {
        if adviceModals.contains(words[j].folded) { sawModal = true }
        j += 1
      }
      if sawModal, j < clause.upperBound, tags[j].upos == .verb || tags[j].xpos == "VB" {
        return j
      }
      // "You need a bike fit", "you want a firmer saddle": the thing needed.
      if sawModal, j < clause.upperBound, j > i + 1,
        ["need", "want"].contains(words[j - 1].folded),
        [.determiner, .noun, .adjective, .properNoun].contains(tags[j].upos)
      {
        return j - 1
      }
      // "You should have the endoscopy": a remedy the lexicon knows, to have done ("you
      // must have the same teacher", "you could have real effects" advise nothing).
      if j > i + 2, words[j - 1].folded == "have",
        ["should", "must"].contains(words[j - 2].folded),
        let named = objectStart(after: j - 1, in: clause, of: sentence),
        sentence.mentions.contains(where: {
          !$0.isDiscovered && $0.position == words[named].range.lowerBound
        })
      {
        return j - 1
      }
    }
    // "Pregnant women should not change the litter box", "whoever empties it should wash
    // their hands", "patients must take it with food", "she should be seen by a
    // geriatrician": advice to the people it names.
    // "Any infant who becomes stiff needs to be rushed to a hospital": what is to be done
    // to them. "Those with PKU have to avoid phenylalanine"; "a woman would have to take in
    // 2,750 mg to exceed the limit" imagines.
    for modal in clause
    where modal > clause.lowerBound
      && !["would", "could", "might", "'d"].contains(words[modal - 1].folded)
      && (obligingModals.contains(words[modal].folded)
        || ["need", "have"].contains(tags[modal].lemma) && modal + 1 < clause.upperBound
          && words[modal + 1].folded == "to")
      && (clause.lowerBound..<modal).contains(where: {
        people.contains(tags[$0].lemma) || people.contains(words[$0].folded)
          || ["he", "she"].contains(words[$0].folded)
            && ($0 + 1..<modal).allSatisfy { tags[$0].upos == .adverb }
          || words[$0].folded == "those" && $0 + 1 < modal
            && ["with", "who"].contains(words[$0 + 1].folded)
      })
    {
      var verb = modal + 1
      while verb < clause.upperBound,
        tags[verb].upos == .adverb || ["to", "not", "n't"].contains(words[verb].folded)
      {
        verb += 1
      }
      if verb + 1 < clause.upperBound, tags[verb].lemma == "be", tags[verb + 1].xpos == "VBN" {
        return verb + 1
      }
      if verb < clause.upperBound, tags[verb].xpos == "VB",
        !["have", "be"].contains(tags[verb].lemma)
      {
        return verb
      }
    }
    // "They could try eating yogurt", "she should try a heel lift": advice for someone the
    // reply speaks of (the asker's child, the patients a doctor told).
    for i in clause
    where thirdPersons.contains(words[i].folded) && i + 2 < clause.upperBound
      && tryingModals.contains(words[i + 1].folded)
    {
      var verb = i + 2
      while verb + 1 < clause.upperBound, tags[verb].upos == .adverb { verb += 1 }
      if tags[verb].lemma == "try", verb + 1 < clause.upperBound { return verb }
    }
    // "I'd suggest/recommend X", "I recommend X", "I would V": the complement.
    for i in clause
    where isFirstPerson(words[i].folded) && !isPastThought(before: i, in: clause, of: sentence) {
      var j = i + 1
      var conditional = words[i].folded == "i'd"
      while j < clause.upperBound, j - i <= 3,
        ["would", "'d", "d", "also", "highly", "strongly", "definitely", "really", "personally"]
          .contains(words[j].folded)
      {
        if ["would", "'d", "d"].contains(words[j].folded) { conditional = true }
        j += 1
      }
      guard j < clause.upperBound else { continue }
      if recommendingVerbs.contains(tags[j].lemma), j + 1 < clause.upperBound {
        // "I would suggest (that) you try an elimination diet": the verb it suggests.
        if j + 3 < clause.upperBound, words[j + 1].folded == "that",
          ["you", "u"].contains(words[j + 2].folded), tags[j + 3].upos == .verb
        {
          return j + 3
        }
        if j + 2 < clause.upperBound, ["you", "u"].contains(words[j + 1].folded),
          tags[j + 2].upos == .verb
        {
          return j + 2
        }
        return j
      }
      // "I would go to a chiropractor", "I'd ice it": a conditional first-person verb in a
      // reply is advice in the poster's own voice, as is a remedy named right after "I'd"
      // whatever the tagger made of its first word ("I'd KT/NNP tape it for the race").
      let namesRemedy = sentence.mentions.contains { $0.position == words[j].range.lowerBound }
      if conditional,
        tags[j].upos == .verb && !notAdviceImperatives.contains(tags[j].lemma) || namesRemedy
      {
        return j
      }
    }
    // "My physio had me doing heel drops": what a practitioner set the poster to do.
    for i in clause where tags[i].lemma == "have" && i + 2 < clause.upperBound {
      if words[i + 1].folded == "me" || words[i + 1].folded == "us",
        tags[i + 2].xpos == "VBG" || tags[i + 2].xpos == "VB",
        i > clause.lowerBound, tags[i - 1].upos == .noun || tags[i - 1].upos == .properNoun
      {
        return i + 2
      }
    }
    // "My doctor put me on amitriptyline", "she started him on Lupron": what a practitioner
    // prescribed.
    for i in clause where i > clause.lowerBound && i + 3 < clause.upperBound {
      if ["put", "start", "started"].contains(words[i].folded),
        ["me", "us", "him", "her", "them"].contains(words[i + 1].folded),
        words[i + 2].folded == "on",
        tags[i - 1].upos == .noun || ["he", "she", "they"].contains(words[i - 1].folded)
      {
        return i
      }
    }
    // "My doctor recommended X", "a doctor advocated a drop of X": advice reported from
    // someone who gave it.
    for i in clause where i > clause.lowerBound && recommendingVerbs.contains(tags[i].lemma) {
      // "Some people suggest that the barbecuing is dangerous" asserts, not advises.
      if suggestsAFact(after: i, in: clause, of: sentence) { continue }
      // "Most guidelines recommend X": a plural subject's present tense too.
      // A past tense the tagger read as a participle ("my physio advocated/VBN yoga") has
      // no "be" or "have" before it and an object after it.
      guard i + 1 < clause.upperBound,
        ["VBD", "VBZ"].contains(tags[i].xpos)
          || tags[i].xpos == "VBP" && tags[i - 1].xpos == "NNS"
          || tags[i].xpos == "VBN"
            && [.determiner, .noun, .properNoun, .adjective].contains(tags[i + 1].upos)
            && !(max(clause.lowerBound, i - 3)..<i).contains(where: {
              ["be", "have"].contains(tags[$0].lemma)
            }),
        tags[i - 1].upos == .noun || ["he", "she", "they"].contains(words[i - 1].folded)
          || tags[i - 1].upos == .adverb,
        !words[max(clause.lowerBound, i - 2)..<i].contains(where: {
          ["not", "n't", "never", "didn't", "doesn't"].contains($0.folded)
        })
      else { continue }
      return i
    }
    // "The best thing (you can do) is (to) keep cool", "your best bet is X", "all you need is
    // X": the verb after "is", or "is" itself before a thing.
    // "My advice would be to", "the thing to do is": the same, with no word of praise.
    for i in clause {
      let ownAdvice = Self.namesOwnAdvice(at: i, in: clause, of: sentence)
      guard ownAdvice || Self.bestWords.contains(words[i].folded) else { continue }
      var j = i + 1
      if words[i].folded == "all" {
        guard let said = Self.allItTakes(after: i, in: clause, of: sentence) else { continue }
        j = said
      } else if !ownAdvice {
        // "one good option", "the best first step", "one of the most effective ways": words
        // of degree and two adjectives may come between.
        var between = 0
        while j + 1 < clause.upperBound, between < 5,
          ["of", "the", "most", "very", "really"].contains(words[j].folded)
            || tags[j].upos == .adjective && between < 4
        {
          j += 1
          between += 1
        }
        guard j < clause.upperBound, Self.bestThings.contains(words[j].folded) else { continue }
      }
      while j < clause.upperBound, j - i < 12, tags[j].lemma != "be" { j += 1 }
      let be = j
      // "One thing I haven't seen here is a discussion of ...": what was not done or did not
      // help is no advice; "one thing that would precipitate a seizure was a meal with corn"
      // names a cause.
      guard
        !words[i..<be].contains(where: { Cues.denies($0.folded) }),
        !(i..<be).contains(where: {
          tags[$0].upos == .verb
            && (harmVerbs.contains(tags[$0].lemma) || troubleCausingVerbs.contains(tags[$0].lemma))
        })
      else { continue }
      j += 1
      if j < clause.upperBound, words[j].folded == "to" { j += 1 }
      guard j < clause.upperBound else { continue }
      if tags[j].upos == .verb || tags[j].xpos == "VB" { return j }
      if tags[j].upos == .noun || tags[j].upos == .determiner || tags[j].upos == .adjective
        || tags[j].upos == .properNoun
      {
        return be
      }
    }
    // "It can't hurt to try an all-natural diet", "wouldn't hurt to see a doctor", "never
    // hurts to ask": what can do no harm is advised.
    for i in clause
    where i > clause.lowerBound && i + 2 < clause.upperBound
      && ["hurt", "hurts"].contains(words[i].folded) && words[i + 1].folded == "to"
      && tags[i + 2].xpos == "VB"
      && (max(clause.lowerBound, i - 3)..<i).contains(where: {
        harmlessNegations.contains(words[$0].folded)
      })
    {
      return i + 2
    }
    // "It's a good idea to eat lightly", "it is best to rest", "it helps to stretch": the
    // verb an impersonal "it" recommends ("it would be best not to go": `OpenRemedy` names
    // what "not to" denies "avoid").
    if let it = clause.first(where: { words[$0].folded == "it" || words[$0].folded == "it's" }),
      it + 2 < clause.upperBound
    {
      var j = it + 1
      while j < clause.upperBound, j - it <= 6, words[j].folded != "to" { j += 1 }
      let deniedAfter = words[j - 1].folded == "not" ? j - 1 : j
      let between = Set(words[(it + 1)..<deniedAfter].map(\.folded))
      if j + 1 < clause.upperBound, tags[j + 1].xpos == "VB",
        !between.isDisjoint(with: [
          "idea", "best", "wise", "smart", "helpful", "good", "help", "worthwhile", "worth",
          "sensible", "advisable", "prudent", "better", "wiser", "smarter", "safer",
          "preferable", "ok", "okay", "fine", "alright", "acceptable",
        ]),
        between.isDisjoint(with: [
          "not", "n't", "bad", "never", "stupid", "dumb", "silly", "crazy", "terrible", "horrible",
        ])
      {
        return j + 1
      }
    }
    // "Adequate ventilation is recommended": the subject of a passive recommendation.
    if let i = passiveRecommendation(in: clause, of: sentence) { return i }
    if let i = permittedDoing(in: clause, of: sentence) { return i }
    // "It's worth trying X", "X is worth a try", "the best thing is to V", "make sure you V".
    for i in clause where words[i].folded == "worth" {
      if i + 1 < clause.upperBound, tags[i + 1].xpos == "VBG" { return i + 1 }
      // "It's worth a try", "worth a shot", "worth it".
      let next = words[(i + 1)..<min(clause.upperBound, i + 3)].map(\.folded)
      if next.first == "it"
        || next.count == 2 && next[0] == "a"
          && ["try", "shot", "go", "look"].contains(next[1])
        || next == ["every", "penny"] || next == ["the", "money"]
      {
        return i
      }
    }
    return nil
  }

  /// "There's no shame in sitting out a race", "nothing wrong with walking the hills",
  /// "don't be afraid to take a week off": leave to do a thing advises it. The index of the
  /// verb allowed.
  private static func permittedDoing(in clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Int?
  {
    let words = sentence.words
    let tags = sentence.tags
    for i in clause where i > clause.lowerBound && i + 2 < clause.upperBound {
      let word = words[i].folded
      let before = words[i - 1].folded
      if word == "shame" && before == "no" || word == "wrong" && before == "nothing",
        ["in", "with"].contains(words[i + 1].folded), tags[i + 2].xpos == "VBG"
      {
        return i + 2
      }
      if ["afraid", "ashamed", "scared"].contains(word), before == "be", i >= 2,
        isNegation(i - 2, in: sentence) || words[i - 2].folded == "never",
        words[i + 1].folded == "to", tags[i + 2].xpos == "VB"
      {
        return i + 2
      }
    }
    return nil
  }

  /// "Look into getting a fit", "look at your cleats", "bump up your cadence": looking is
  /// advice only with what to look into ("Look, I'm no expert" is not), bumping only with
  /// what to raise ("Bump" alone lifts a thread).
  private static func advisesWithItsParticle(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
    guard sentence.words.indices.contains(index + 1) else { return false }
    let next = sentence.words[index + 1].folded
    switch sentence.tags[index].lemma {
    case "look": return next == "into" || next == "at" || next == "for"
    case "bump": return next == "up"
    case "post": return OpenRemedy.placeToAsk(after: index, in: sentence) != nil
    default: return false
    }
  }

  /// "See a physio", "see your doctor": seeing is advice only with someone to see ("See, the
  /// thing is ..." and "see below" are not).
  private static func seesSomeone(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
    guard sentence.tags[index].lemma == "see", sentence.words.indices.contains(index + 1) else {
      return false
    }
    var next = index + 1
    while sentence.words.indices.contains(next + 1),
      ["a", "an", "the", "your", "ur", "my"].contains(sentence.words[next].folded)
        || sentence.tags[next].upos == .adjective
    {
      next += 1
    }
    // A determiner or adjective must come first: words carry no commas, so "See, yoga is ..."
    // would otherwise read as seeing yoga.
    return next > index + 1 && sentence.tags[next].upos == .noun
  }

  /// The participle of "X is recommended / was suggested / is advised" (not "not
  /// recommended", which `Cues` counts against).
  static func passiveRecommendation(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    for i in clause
    where i > clause.lowerBound
      && (recommendingVerbs.contains(sentence.tags[i].lemma)
        || isCalledFor(i, in: clause, of: sentence)
        || isUsualPractice(i, in: clause, of: sentence))
    {
      // "is recommended", "is generally recommended", "was often prescribed", "a low residue
      // diet is called for".
      var be = i - 1
      while be > clause.lowerBound, sentence.tags[be].upos == .adverb { be -= 1 }
      guard sentence.tags[i].xpos == "VBN", sentence.tags[be].lemma == "be",
        !(be + 1..<i).contains(where: {
          ["not", "n't", "never"].contains(sentence.words[$0].folded)
        })
      else { continue }
      return i
    }
    return nil
  }

  /// Verbs of dealing with a trouble, which "best" or "better" before them turn into advice
  /// on who or what should deal with it.
  private static let dealingVerbs: Set<String> = [
    "handle", "treat", "manage", "deal", "address", "leave", "do", "tackle", "approach",
  ]

  /// "This is best handled by an ENT", "it is better treated with ice", "best left to a
  /// professional": the participle, and the preposition whose object is the advice.
  static func bestDoneBy(in clause: Range<Int>, of sentence: SentenceAnalysis)
    -> (verb: Int, preposition: Int)?
  {
    for i in clause where ["best", "better"].contains(sentence.words[i].folded) {
      var verb = i + 1
      if verb < clause.upperBound, sentence.tags[verb].upos == .adverb { verb += 1 }
      guard verb + 1 < clause.upperBound, sentence.tags[verb].xpos == "VBN",
        dealingVerbs.contains(sentence.tags[verb].lemma)
      else { continue }
      var preposition = verb + 1
      if sentence.words[preposition].folded == "with", sentence.tags[verb].lemma == "deal" {
        preposition += 1
      }
      if preposition < clause.upperBound,
        ["by", "with", "to"].contains(sentence.words[preposition].folded)
      {
        return (verb, preposition)
      }
    }
    return nil
  }

  /// "Can't recommend Hokas enough", "I cannot recommend it highly enough": a denial that
  /// praises. The index of "recommend".
  static func recommendsBeyondWords(in clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Int?
  {
    guard
      let recommend = clause.first(where: {
        sentence.tags[$0].lemma == "recommend" && $0 > clause.lowerBound
          && ["can't", "cannot", "cant", "couldn't", "not"].contains(
            sentence.words[$0 - 1].folded)
      }),
      sentence.words[(recommend + 1)..<min(clause.upperBound, recommend + 6)].contains(where: {
        $0.folded == "enough"
      })
    else { return nil }
    return recommend
  }

  /// "The majority of rings described by x-ray, however, end up being ...": a verb that
  /// opens a clause after a clause with a determiner's noun phrase and no verb of its own is
  /// that phrase's predicate, not an imperative (unless it is a verb readers are told, "The
  /// couch stretch, try it").
  private static func continuesASubject(
    _ clause: Range<Int>, startingAt start: Int, of sentence: SentenceAnalysis
  ) -> Bool {
    guard start == clause.lowerBound, !commonImperatives.contains(sentence.words[start].folded),
      let previous = sentence.clauses.last(where: { $0.upperBound <= clause.lowerBound }),
      !previous.isEmpty, sentence.tags[previous.lowerBound].upos == .determiner
    else { return false }
    return !previous.contains {
      ["VBZ", "VBD", "VBP", "MD"].contains(sentence.tags[$0].xpos)
    }
  }

  /// "Rib/VB stress fractures are super common", "ice/VB baths help": a word the tagger read
  /// as a bare verb, with nouns after it and then a verb in the present or past, is the
  /// first word of that verb's subject, not an imperative. A verb that takes a clause
  /// ("check your stem isn't too long") is one.
  private static func opensASubject(
    _ clause: Range<Int>, startingAt start: Int, of sentence: SentenceAnalysis
  ) -> Bool {
    let tags = sentence.tags
    guard !clauseTakingVerbs.contains(tags[start].lemma) else { return false }
    var k = start + 1
    var nouns = 0
    while k < clause.upperBound, k - start <= 4,
      [.noun, .properNoun, .adjective].contains(tags[k].upos)
    {
      if tags[k].upos != .adjective { nouns += 1 }
      k += 1
    }
    return nouns > 0 && k < clause.upperBound && ["VBZ", "VBP", "VBD"].contains(tags[k].xpos)
      && [.verb, .auxiliary].contains(tags[k].upos)
  }

  /// Verbs whose object may be a clause without "that": "check your stem isn't too long".
  private static let clauseTakingVerbs: Set<String> = [
    "check", "ensure", "see", "make", "remember", "note", "notice", "know", "think", "guess",
    "bet", "hope", "say", "tell", "find", "feel", "believe", "figure", "mind", "imagine",
  ]

  /// "It helps build muscle, prevent insulin resistance, and increase my metabolism": a bare
  /// verb after "and" or "or", where an earlier clause of the sentence has "help" before a
  /// bare verb, is one more thing the help does, not an imperative.
  private static func continuesWhatHelps(
    _ clause: Range<Int>, startingAt start: Int, of sentence: SentenceAnalysis
  ) -> Bool {
    guard start > clause.lowerBound,
      (clause.lowerBound..<start).contains(where: {
        ["and", "or"].contains(sentence.words[$0].folded)
      })
    else { return false }
    // The tagger reads many a bare verb after "helps" as a noun ("helps build/NN").
    return (0..<clause.lowerBound).contains { k in
      sentence.tags[k].lemma == "help" && k + 1 < clause.lowerBound
        && [.verb, .noun].contains(sentence.tags[k + 1].upos)
    }
  }

  /// Nouns of a kind of treatment, which a reply may point out by name.
  private static let treatmentKinds: Set<String> = [
    "drug", "medication", "medicine", "procedure", "operation", "surgery", "treatment",
    "therapy", "technique", "cream", "ointment", "spray", "supplement", "product", "pill",
    "tablet", "remedy", "exercise", "stretch", "device", "program", "programme", "diet",
    "anticonvulsant", "antibiotic", "antidepressant", "antihistamine", "decongestant",
    "painkiller", "inhaler", "vaccine", "test",
  ]

  /// "There is a new anticonvulsant called felbamate which may help", "there is a simpler
  /// procedure called a dorsal slit": a treatment a reply points out by name. The index of
  /// "called" or "named", whose object is the name.
  static func pointedOutTreatment(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    let words = sentence.words
    let tags = sentence.tags
    guard
      let there = clause.first(where: {
        words[$0].folded == "there" && $0 + 1 < clause.upperBound && tags[$0 + 1].lemma == "be"
      })
    else { return nil }
    let reach = (there + 2)..<min(clause.upperBound, there + 12)
    guard
      let called = reach.first(where: {
        // The tagger may read "called" after a noun as a past tense.
        ["call", "name"].contains(tags[$0].lemma) && ["VBN", "VBD"].contains(tags[$0].xpos)
      }),
      called + 1 < clause.upperBound,
      (there + 2..<called).contains(where: {
        treatmentKinds.contains(tags[$0].lemma) || treatmentKinds.contains(words[$0].folded)
      }),
      !words[there..<called].contains(where: { Cues.denies($0.folded) }),
      // Put forward, not only described: "a simpler procedure called ...", "... called X
      // which may be helpful" (not "a technique called X in which the masseur ...").
      words[there..<called].contains(where: { betterWords.contains($0.folded) })
        || (called + 1..<words.count).contains(where: {
          betterWords.contains(words[$0].folded) || benefitVerbs.contains(tags[$0].lemma)
        })
    else { return nil }
    return called
  }

  /// Words that put a treatment forward as worth having.
  private static let betterWords: Set<String> = [
    "simpler", "simple", "better", "good", "effective", "safer", "safe", "easier", "cheaper",
    "great", "excellent", "helpful", "useful", "promising", "beneficial", "best",
  ]

  /// Whether what a recommending verb at `verb` puts forward is a "that" clause whose verb
  /// is "be": "suggest that the barbecuing itself is dangerous" says how things are.
  private static func suggestsAFact(
    after verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    // "The most recent information suggests that 50 percent of ...": what evidence
    // suggests, it indicates.
    if verb > clause.lowerBound, evidenceNouns.contains(sentence.tags[verb - 1].lemma) {
      return true
    }
    guard verb + 1 < clause.upperBound, sentence.words[verb + 1].folded == "that",
      let first = (verb + 2..<clause.upperBound).first(where: {
        [.verb, .auxiliary].contains(sentence.tags[$0].upos)
      })
    else { return false }
    return sentence.tags[first].lemma == "be" && sentence.tags[first].xpos != "VB"
  }

  /// Nouns of what is known rather than of who advises.
  private static let evidenceNouns: Set<String> = [
    "information", "evidence", "research", "study", "data", "result", "finding", "literature",
    "trial", "survey", "analysis", "experiment", "review", "statistic", "figure",
  ]

  /// "X is often given to contacts of a case", "is usually used for": what is done as a rule
  /// is what is recommended ("I was given X" only reports).
  private static func isUsualPractice(
    _ i: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    ["give", "use", "administer"].contains(sentence.tags[i].lemma)
      && i > clause.lowerBound
      && usualAdverbs.contains(sentence.words[i - 1].folded)
  }

  private static let usualAdverbs: Set<String> = [
    "often", "usually", "routinely", "commonly", "typically", "normally", "generally",
    "standardly", "frequently",
  ]

  /// "called for": wanted by the case, as "recommended" is.
  private static func isCalledFor(_ i: Int, in clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    sentence.tags[i].lemma == "call" && i + 1 < clause.upperBound
      && sentence.words[i + 1].folded == "for"
  }

  /// Words that praise what the clause's subject names: "Couch stretch is great", "X is a
  /// good one", "X is key".
  private static let praiseWords: Set<String> = [
    "good", "great", "excellent", "best", "key", "essential", "important", "useful", "helpful",
    "effective", "brilliant", "amazing", "awesome", "fantastic", "wonderful", "perfect",
    "invaluable", "beneficial", "worth", "worthwhile", "superb", "ideal", "friend",
    // "X is a must", "X is the gold standard", "X has been a lifesaver", "X is the
    // cornerstone of treatment", "Ceclor is better" (of a subject that is not the body:
    // "my back is better now" names no remedy).
    "must", "gold", "lifesaver", "godsend", "cornerstone", "mainstay", "staple", "better",
    // "Paracetamol is safer if you must": the choice that harms least.
    "safer", "safest",
    // "Strengthening your hips is the long-term fix", "side planks are underrated".
    "fix", "answer", "solution", "cure", "underrated",
    // "My chiro is a wizard": a practitioner praised for what they do.
    "wizard", "genius", "miracle", "magician",
  ]

  /// Nouns for a means, which praise of "it" must name to praise what came before ("it was
  /// a great program"), not the day ("it was a great race").
  static let meansNouns: Set<String> = [
    "program", "programme", "plan", "method", "routine", "schedule", "regimen", "protocol",
    "app", "book", "tool", "product", "investment", "purchase", "buy", "choice", "decision",
    "idea", "remedy", "treatment", "exercise", "stretch", "help", "group", "club",
  ]

  /// Praise that stands for a means on its own: "it was really helpful", "this was a
  /// lifesaver".
  private static let selfStandingPraise: Set<String> = [
    "helpful", "effective", "useful", "invaluable", "lifesaver", "godsend",
  ]

  /// "It was a great program for first timers", "This was a lifesaver", "it's really
  /// effective", "it is the drug of choice": praise of the means "it" points back to; "it was a great race" praises no
  /// means.
  static func praisesWhatItPointsTo(_ clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    let words = sentence.words
    // The sentence's first clause, or a later one ("Not only is it effective, it is the
    // drug of choice").
    let start = clause.lowerBound
    guard clause.count >= 2,
      ["it", "this", "that", "it's", "that's"].contains(words[start].folded)
    else { return false }
    var i = start + 1
    if !words[start].folded.hasSuffix("'s") {
      guard linkingVerbs.contains(sentence.tags[start + 1].lemma) else { return false }
      if namesTheChoice(after: start + 1, in: clause, of: sentence) { return true }
      i = start + 2
    }
    while i < clause.upperBound,
      ["a", "an", "really", "very", "so", "truly", "absolutely", "such", "just", "also", "quite"]
        .contains(words[i].folded)
    {
      i += 1
    }
    guard i < clause.upperBound, !["not", "n't", "never"].contains(words[i].folded) else {
      return false
    }
    if selfStandingPraise.contains(words[i].folded) { return true }
    return praiseWords.contains(words[i].folded) && i + 1 < clause.upperBound
      && meansNouns.contains(sentence.tags[i + 1].lemma)
  }

  /// Means that praise before them makes a recommendation: "the best way", "the most
  /// effective therapy".
  private static let praisedMeans: Set<String> = [
    "way", "therapy", "treatment", "remedy", "method", "approach", "option", "bet", "choice",
    "thing", "medicine", "drug", "exercise", "stretch", "tool", "product", "source",
    "resource",
  ]

  /// Nouns of praise that adjectives may come before: "the long-term fix".
  private static let praiseNouns: Set<String> = [
    "fix", "answer", "solution", "cure", "lifesaver", "godsend", "cornerstone", "mainstay",
    "staple", "friend", "must",
  ]

  /// Subjects whose praise recommends nothing: the people in a poster's life, and the day,
  /// the race and the forum ("the weather was great", "my son is a genius", "the crowd was
  /// amazing", "this thread is great").
  static let unpraisableSubjects: Set<String> = [
    "son", "daughter", "wife", "husband", "kid", "child", "baby", "mom", "dad", "mother",
    "father", "family", "friend", "boyfriend", "girlfriend", "partner", "people", "crowd",
    "weather", "day", "race", "course", "view", "time", "trip", "event", "season", "morning",
    "night", "weekend", "experience", "forum", "thread", "post", "question", "community",
    "site", "subreddit", "volunteer", "spectator", "atmosphere", "scenery",
  ]

  /// Verbs that link a subject to what is said of it.
  private static let linkingVerbs: Set<String> = ["be", "sound", "seem"]

  /// The linking verb of a clause that praises its subject: "X is great (for ...)", "X are a
  /// good one", "Seeing a dermatologist sounds like a very good idea", "X, applied daily, is
  /// an effective treatment". The subject is nouns (not "I am good", "that's great to hear").
  static func praisingVerb(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    let tags = sentence.tags
    for i in clause where i > clause.lowerBound && linkingVerbs.contains(tags[i].lemma) {
      // "My neurologist wasn't very helpful", "the cream is not great": praise denied.
      if sentence.words[i].folded.hasSuffix("n't")
        || i + 1 < clause.upperBound && ["not", "never"].contains(sentence.words[i + 1].folded)
      {
        continue
      }
      // The subject's head stands before the verb, past adverbs, auxiliaries and a
      // participle of how it is taken ("inhaled nasally").
      var k = i - 1
      while k > clause.lowerBound,
        tags[k].upos == .adverb || tags[k].upos == .auxiliary || tags[k].xpos == "VBN"
          || sentence.asides.contains(k)
      {
        k -= 1
      }
      // "... potent sedatives which are useful": a relative pronoun stands for the noun
      // before it.
      if k > clause.lowerBound, ["which", "that"].contains(sentence.words[k].folded),
        [.noun, .properNoun].contains(tags[k - 1].upos)
      {
        k -= 1
      }
      guard tags[k].upos == .noun || tags[k].upos == .properNoun,
        !unpraisableSubjects.contains(tags[k].lemma),
        !doubtsEvidence(before: k, in: clause, of: sentence)
      else { continue }
      var j = i + 1
      if j < clause.upperBound, tags[i].lemma != "be", sentence.words[j].folded == "like" {
        j += 1
      }
      var praisedBefore = false
      while j < clause.upperBound, j - i <= 4,
        [
          "a", "an", "the", "really", "very", "so", "such", "also", "my", "one", "of", "quite",
          "your", "best",
          // "particularly helpful", "extremely effective": how much.
          "particularly", "especially", "extremely", "incredibly", "pretty", "truly",
          "absolutely", "super", "remarkably",
          // "Gentle walking is usually the better bet": how often or how surely it holds.
          "usually", "generally", "often", "probably", "definitely", "always", "typically",
          "normally", "honestly", "actually", "still",
        ]
        .contains(sentence.words[j].folded)
      {
        if sentence.words[j].folded == "best" { praisedBefore = true }
        j += 1
      }
      // "Cold turkey is the only way": the one means there is.
      if j + 1 < clause.upperBound, sentence.words[j].folded == "only",
        praisedMeans.contains(sentence.words[j + 1].folded)
      {
        return i
      }
      // "the long-term fix", "the only real answer", "the boring answer": adjectives (and
      // participles that are used as them) before a noun of praise; "the best way of dealing
      // with it", "the most effective therapy": a means that a word of praise comes before.
      var noun = j
      while noun < clause.upperBound, noun - j < 3,
        tags[noun].upos == .adjective || sentence.words[noun].folded == "most"
          || (["VBG", "VBN"].contains(tags[noun].xpos) || tags[noun].text.hasSuffix("ing"))
            && noun + 1 < clause.upperBound && tags[noun + 1].upos == .noun
      {
        if praiseWords.contains(sentence.words[noun].folded) { praisedBefore = true }
        noun += 1
      }
      if noun < clause.upperBound,
        noun > j && praiseNouns.contains(sentence.words[noun].folded)
          || praisedBefore && praisedMeans.contains(sentence.words[noun].folded)
      {
        return i
      }
      // Folding takes "-ed" off ("underrated" is "underrat"): the word as written counts too.
      if j < clause.upperBound,
        praiseWords.contains(sentence.words[j].folded)
          || praiseWords.contains(tags[j].text.lowercased())
      {
        return i
      }
      // "The cookbook was just what we needed", "exactly what the doctor ordered".
      if j + 3 < clause.upperBound, ["just", "exactly"].contains(sentence.words[j].folded),
        sentence.words[j + 1].folded == "what",
        tags[j + 3].lemma == "need"
          || sentence.words[(j + 2)...(j + 3)].map(\.folded) == ["the", "doctor"]
      {
        return i
      }
      // "Physio is money well spent".
      if j + 2 < clause.upperBound,
        sentence.words[j...(j + 2)].map(\.folded) == ["money", "well", "spent"]
      {
        return i
      }
      // "Thyroid blood tests are easy, cheap, and effective": praise that ends a list of
      // adjectives, past the "and" that closed the clause.
      let next = clause.upperBound
      if j < next, (j..<next).allSatisfy({ tags[$0].upos == .adjective }),
        next + 1 < sentence.words.count, ["and", "or"].contains(sentence.words[next].folded),
        tags[next + 1].upos == .adjective, praiseWords.contains(sentence.words[next + 1].folded)
      {
        return i
      }
      if namesTheChoice(after: i, in: clause, of: sentence) { return i }
    }
    return nil
  }

  /// "X is the drug of choice", "X is usually considered the antibiotic of choice", "X is in
  /// fact the treatment of choice": what follows the linking verb at `verb` names the subject
  /// as the one to use.
  private static func namesTheChoice(
    after verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    var k = verb + 1
    while k < clause.upperBound, k - verb <= 5,
      sentence.tags[k].upos == .adverb || sentence.tags[k].upos == .determiner
        || ["consider", "regard", "see"].contains(sentence.tags[k].lemma)
        || sentence.words[k].folded == "as"
        || k + 1 < clause.upperBound
          && sentence.words[k...(k + 1)].map(\.folded) == ["in", "fact"]
    {
      k += sentence.words[k].folded == "in" ? 2 : 1
    }
    // The head is what the tagger makes of a word it may read as a modifier ("the
    // antibiotic of choice").
    return k + 2 < clause.upperBound
      && [.noun, .adjective, .properNoun].contains(sentence.tags[k].upos)
      && sentence.words[k + 1].folded == "of" && sentence.words[k + 2].folded == "choice"
  }

  /// Praise that says a thing works, not that a habit matters ("consistency is key",
  /// "patience is important"): only such praise names its subject as a remedy.
  static func praisesAThing(_ clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    guard let verb = praisingVerb(in: clause, of: sentence) else { return nil }
    let principle: Set<String> = ["key", "essential", "important"]
    let rest = sentence.words[(verb + 1)..<clause.upperBound].prefix(6).map(\.folded)
    return rest.contains(where: principle.contains) ? nil : verb
  }

  /// "Don't X" where X is a lexicon remedy is a failed or rejected remedy; where the clause
  /// is an imperative of avoiding, it is advice ("Don't use Q-tips": avoid Q-tips).
  private static func negatedAdvice(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Bool {
    let start = afterLeadIns(clause, of: sentence)
    guard
      let verb = negatedVerb(at: start, in: sentence)
        ?? deniedObligation(in: clause, of: sentence),
      verb < clause.upperBound
    else {
      return false
    }
    return !sentence.mentions.contains { $0.position >= sentence.words[start].range.lowerBound }
  }

  /// "Don't do yoga while it's acute", "avoid stretching", "I'd stop foam rolling": advice
  /// whose verb is negated or avoids, with the remedy named at `named` as its object (no
  /// other verb between: "stop worrying and try yoga" advises yoga) or starting at the verb
  /// itself ("don't do yoga" where the remedy is "do yoga"). "Never skip the warm-up" advises
  /// the warm-up. A verbless item of a list goes with the verb of the clause the list started
  /// in ("Avoid foods high in potassium, calcium, zinc").
  static func advisesAgainst(_ named: Int, in sentence: SentenceAnalysis) -> Bool {
    guard var c = sentence.clauses.firstIndex(where: { $0.contains(named) }) else { return false }
    func isVerb(_ k: Int) -> Bool {
      sentence.tags[k].upos == .verb && sentence.tags[k].xpos != "VBG"
    }
    var verb = adviceVerb(in: sentence.clauses[c], of: sentence)
    while verb == nil, c > 0, !sentence.clauses[c].contains(where: isVerb) {
      c -= 1
      verb = adviceVerb(in: sentence.clauses[c], of: sentence)
    }
    let clause = sentence.clauses[c]
    // "Don't stretch it hard and avoid hills": an imperative joined on after the denied one
    // is advice of its own.
    if let denied = verb, denied < named,
      let joined = ((denied + 1)...named).last(where: {
        ["and", "then"].contains(sentence.words[$0 - 1].folded)
          && (["VB", "VBP"].contains(sentence.tags[$0].xpos)
            // The tagger may read "avoid" after "hard and" as an adjective.
            || OpenRemedy.avoidingVerbs.contains(sentence.words[$0].folded))
      })
    {
      verb = joined
    }
    // Near the verb, or further along its object with no second thing joined on ("avoid
    // foods high in potassium", not "avoid sitting for long periods and ice"); "or" keeps
    // to the denial ("don't go straight into barefoot or minimalist shoes").
    guard let verb, verb <= named,
      !clause.contains(named) || named - verb <= 4
        || named - verb <= 8
          && !(verb..<named).contains(where: {
            ["and", "but"].contains(sentence.words[$0].folded)
          }),
      !(min(verb + 1, named)..<named).contains(where: isVerb)
    else { return false }
    let avoids =
      verb < named
      && (OpenRemedy.avoidingVerbs.contains(sentence.tags[verb].lemma)
        || OpenRemedy.keepingFrom(at: verb, in: sentence, within: clause) != nil
        || dropsExercise(verb, named: named, in: sentence)
        // "leave the massage gun alone for a week".
        || sentence.tags[verb].lemma == "leave"
          && (named + 1..<min(named + 5, sentence.words.count)).contains {
            sentence.words[$0].folded == "alone"
          })
    if !avoids, deniesAReason(for: verb, within: clause, of: sentence) { return true }
    return isDenied(verb, within: clause, of: sentence) != avoids
  }

  /// "Except for certain conditions, there is no reason to do this", "I can not think of
  /// any good reason why someone should subject themselves to colonic flushes": advice no
  /// reason is found for is advice against (not "no reason not to try it").
  private static func deniesAReason(
    for verb: Int, within clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let words = sentence.words
    guard
      let reason = (clause.lowerBound..<verb).last(where: { words[$0].folded == "reason" }),
      !(reason + 1..<verb).contains(where: { Cues.denies(words[$0].folded) })
    else { return false }
    return (max(clause.lowerBound, reason - 6)..<reason).contains {
      Cues.denies(words[$0].folded) || words[$0].folded == "cannot"
    }
  }

  /// "Drop the deadlifts for now": dropping an exercise or activity leaves it out, where
  /// dropping a saddle lowers it.
  private static func dropsExercise(_ verb: Int, named: Int, in sentence: SentenceAnalysis)
    -> Bool
  {
    guard sentence.tags[verb].lemma == "drop" else { return false }
    let position = sentence.words[named].range.lowerBound
    return sentence.mentions.contains {
      $0.position == position && [.strength, .stretch, .activity, .mobility].contains($0.kind)
    }
  }

  /// "I stopped foam rolling and it got better", "quitting yoga fixed it": the remedy named
  /// at `named` is what a report says was given up, the object of a verb of avoiding a few
  /// words before it with no other verb between.
  static func reportsGivingUp(_ named: Int, in sentence: SentenceAnalysis) -> Bool {
    guard let clause = sentence.clauses.first(where: { $0.contains(named) }) else {
      return false
    }
    for verb in stride(from: named - 1, through: max(clause.lowerBound, named - 4), by: -1) {
      if OpenRemedy.avoidingVerbs.contains(sentence.tags[verb].lemma)
        || OpenRemedy.keepingFrom(at: verb, in: sentence, within: clause) != nil
      {
        return true
      }
      if sentence.tags[verb].upos == .verb { return false }
    }
    return false
  }

  /// "You shouldn't wear anything tight", "one should not be lifting": the verb a denied
  /// obligation of the reader keeps them from, past a progressive "be".
  static func deniedObligation(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    let words = sentence.words
    for i in clause where ["you", "u", "one"].contains(words[i].folded) {
      var verb = i + 1
      guard verb < clause.upperBound else { return nil }
      if deniedModals.contains(words[verb].folded) {
        verb += 1
      } else if obligingModals.contains(words[verb].folded), verb + 1 < clause.upperBound,
        ["not", "never"].contains(words[verb + 1].folded)
      {
        verb += 2
      } else {
        continue
      }
      if verb + 1 < clause.upperBound, sentence.tags[verb].lemma == "be",
        sentence.tags[verb + 1].xpos == "VBG"
      {
        verb += 1
      }
      if verb < clause.upperBound, sentence.tags[verb].upos == .verb,
        sentence.tags[verb].lemma != "be"
      {
        return verb
      }
    }
    return nil
  }

  /// Whether the verb at `verb` is denied: "don't use", "never put", "should not take", "you
  /// shouldn't be wearing".
  static func isDenied(_ verb: Int, within clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Bool
  {
    // "be sure not to suck in your stomach": "not to" denies the verb after it.
    let denier =
      verb - 1 > clause.lowerBound
        && (sentence.tags[verb - 1].lemma == "be" && sentence.tags[verb].xpos == "VBG"
          || sentence.words[verb - 1].folded == "to")
      ? verb - 2 : verb - 1
    return denier >= clause.lowerBound
      && (isNegation(denier, in: sentence)
        || deniedModals.contains(sentence.words[denier].folded)
        || sentence.words[denier].folded == "not")
  }

  /// Words that deny a harm: "it can't hurt to", "never hurts to".
  static let harmlessNegations: Set<String> = folded([
    "can't", "cant", "cannot", "couldn't", "couldnt", "wouldn't", "wouldnt", "won't", "wont",
    "doesn't", "doesnt", "never", "not", "n't",
  ])

  /// Obliging modals with their negation in one word.
  static let deniedModals: Set<String> = folded(["shouldn't", "mustn't", "shouldnt", "mustnt"])

  /// The base-form verb a negation at `index` denies ("don't use", "never put", "do not
  /// attempt"), nil when no negation stands there or no such verb follows it.
  static func negatedVerb(at index: Int, in sentence: SentenceAnalysis) -> Int? {
    guard isNegation(index, in: sentence) else { return nil }
    let verb = sentence.words[index].folded == "do" ? index + 2 : index + 1
    guard verb < sentence.words.count, sentence.tags[verb].xpos == "VB" else { return nil }
    return verb
  }

  static func isNegation(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
    ["don't", "dont", "never", "do", "avoid"].contains(sentence.words[index].folded)
      && (sentence.words[index].folded != "do"
        || sentence.words.indices.contains(index + 1)
          && sentence.words[index + 1].folded == "not")
  }

  private static func isSubject(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
    let tag = sentence.tags[index]
    return tag.upos == .pronoun || tag.upos == .noun || tag.upos == .properNoun
  }

  static func isFirstPerson(_ word: String) -> Bool {
    word == "i" || word == "we" || word == "i'd" || word == "i've" || word == "i'm"
  }

  // MARK: - Benefit

  /// Verbs that report a remedy worked: "helped", "fixed it", "cured", "relieved".
  static let benefitVerbs: Set<String> = [
    "help", "fix", "cure", "relieve", "ease", "solve", "resolve", "alleviate", "heal", "prevent",
    "clear", "save", "shorten",
  ]

  /// "Cut mine to 2-3 days", "cuts my recovery time in half", "halved it": a trouble made
  /// shorter or smaller by the subject.
  private static func shortensTheTrouble(
    _ verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let words = sentence.words
    guard ["cut", "halve"].contains(sentence.tags[verb].lemma),
      sentence.tags[verb].upos == .verb, verb + 1 < clause.upperBound,
      ["mine", "it", "them", "my", "the"].contains(words[verb + 1].folded)
    else { return false }
    if sentence.tags[verb].lemma == "halve" { return true }
    let rest = (verb + 2..<min(clause.upperBound, verb + 7)).map { words[$0].folded }
    if rest.contains("half") { return true }
    // "to 2-3 days": a duration right after "to" or "by" (not "to 20 minutes a day").
    guard let to = rest.firstIndex(where: { ["to", "by"].contains($0) }) else { return false }
    // Words are folded: "days" is read as "day".
    return rest[(to + 1)...].prefix(3).contains { ["day", "week"].contains($0) }
  }

  /// The benefit verb of the clause ("Ibuprofen really helped"), not negated.
  /// Whether "whether", or an "if" after a word of knowing, telling or doubting, stands
  /// before word `verb` in the clause: "no idea if it helps", "I wonder whether it works".
  private static func asksWhether(
    before verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    (clause.lowerBound..<verb).contains { k in
      let word = sentence.words[k].folded
      if word == "whether" { return true }
      guard word == "if", k > clause.lowerBound else { return false }
      return (max(clause.lowerBound, k - 3)..<k).contains {
        ["tell", "know", "sure", "wonder", "idea", "ask", "unsure", "doubt", "clue"].contains(
          sentence.tags[$0].lemma)
      }
    }
  }

  static func benefitVerb(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    for i in clause where sentence.tags[i].upos == .verb || sentence.tags[i].upos == .noun {
      // A gerund is the remedy, not its report: "Eliminating caffeine seems to prevent ...".
      if sentence.tags[i].xpos == "VBG" { continue }
      // A participle before a noun describes it: "smoked cured meat".
      if sentence.tags[i].xpos == "VBN", i + 1 < clause.upperBound,
        sentence.tags[i + 1].upos == .noun,
        i == clause.lowerBound
          || ![.noun, .pronoun, .properNoun, .adverb, .auxiliary].contains(
            sentence.tags[i - 1].upos)
      {
        continue
      }
      let lemma = sentence.tags[i].lemma
      let isBenefit =
        benefitVerbs.contains(lemma) && sentence.tags[i].upos == .verb
        || lemma == "work" && sentence.tags[i].upos == .verb && worksAlone(i, in: sentence)
        || lemma == "relief" && sentence.tags[i].upos == .noun
        || lemma == "swear" && sentence.words.indices.contains(i + 1)
          && sentence.words[i + 1].folded == "by"
        // "A vigorous exercise program can go a long way toward keeping it off".
        || lemma == "go" && sentence.tags[i].upos == .verb
          && sentence.words[(i + 1)..<min(clause.upperBound, i + 4)].map(\.folded)
            == ["a", "long", "way"]
        || improves(i, in: clause, of: sentence)
        || endsTheTrouble(i, in: clause, of: sentence)
        // "Kinesio tape got me through the marathon", "a monthly massage keeps me going".
        || carriesThrough(i, in: clause, of: sentence)
        // "Zinc lozenges seem to cut mine to 2-3 days", "it halves my recovery time".
        || shortensTheTrouble(i, in: clause, of: sentence)
        // "A physio sorted me out", "a good physio will sort this out".
        || lemma == "sort" && sentence.tags[i].upos == .verb
          && (sentence.words[(i + 1)..<min(clause.upperBound, i + 4)].contains {
            $0.folded == "out"
          }
            // "what sorted me was ...", "that sorted it", "a podiatrist can sort you a
            // proper insert".
            || i + 1 < clause.upperBound
              && ["me", "it", "mine", "you"].contains(sentence.words[i + 1].folded))
      guard isBenefit else { continue }
      // "It didn't help", "none of the sprays work", "nor do any decongestants work". A
      // "not" that opens the clause before a gerund denies the gerund, the subject: "Not
      // eating sugar helped".
      let deniesSubject =
        sentence.words[clause.lowerBound].folded == "not" && clause.lowerBound + 2 < i
        && sentence.tags[clause.lowerBound + 1].xpos == "VBG" && sentence.tags[i].upos == .verb
      let reported = deniesSubject ? (clause.lowerBound + 1)..<clause.upperBound : clause
      if isNegated(before: i, in: reported, of: sentence) { continue }
      if isOnlyAimedAt(i, in: clause, of: sentence) { continue }
      // "I hope that yoga can help", "those who wish it would cure them": a wish, no report.
      if (clause.lowerBound..<i).contains(where: {
        ["hope", "wish", "pray"].contains(sentence.tags[$0].lemma)
          && sentence.tags[$0].upos == .verb
      }) {
        continue
      }
      // "Please help", "can anyone help", "hoping it helps": asking for help is no report.
      // A remedy's predicted effect is one: "that will help", "this should help".
      if i > clause.lowerBound,
        ["please", "can", "could", "will", "would", "might", "may", "to", "hope", "hoping"]
          .contains(sentence.words[i - 1].folded),
        !(i > clause.lowerBound + 1 && predictsEffect(i - 1, in: sentence)),
        !(i > clause.lowerBound + 1 && sentence.words[i - 1].folded == "to"
          && ["seem", "seems", "seemed", "used", "appear", "appears", "appeared"]
            .contains(sentence.words[i - 2].folded))
      {
        continue
      }
      return i
    }
    return nil
  }

  /// "got me through", "keeps me going", "kept me sane": a thing that carried the poster.
  private static func carriesThrough(
    _ i: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    guard sentence.tags[i].upos == .verb, i + 2 < clause.upperBound else { return false }
    let carried = ["me", "us", "him", "her", "them"].contains(sentence.words[i + 1].folded)
    guard carried || sentence.tags[i].lemma == "keep" else { return false }
    let after = sentence.tags[i + 2].lemma
    switch sentence.tags[i].lemma {
    // "got me through the marathon", "got me out of it".
    case "get": return carried && (after == "through" || after == "out")
    case "keep":
      // "has kept my back pain away", "keeps the cramps at bay".
      // Not "keep away from sugar": something stands between.
      let reach = sentence.words[(i + 2)..<min(clause.upperBound, i + 7)].map(\.folded)
      return carried && ["go", "sane", "run", "ride", "move", "active"].contains(after)
        || reach.contains("away") || zip(reach, reach.dropFirst()).contains { $0 == ("at", "bay") }
    default: return false
    }
  }

  /// Verbs that hurry a recovery along, and verbs that make a trouble smaller.
  private static let hasteningVerbs: Set<String> = [
    "speed", "hasten", "shorten", "quicken", "accelerate",
  ]
  private static let lesseningVerbs: Set<String> = [
    "reduce", "decrease", "lessen", "diminish", "minimize", "lower",
  ]
  /// What a trouble comes back as: "may reduce recurrences of thrush", "fewer flare-ups".
  private static let troubleEpisodes: Set<String> = [
    "recurrence", "relapse", "flare", "flareup", "outbreak", "attack", "episode",
  ]
  private static let recoveryWords: Set<String> = [
    "recovery", "healing", "duration", "course", "illness", "outbreak",
  ]

  /// "Acyclovir speeds recovery", "it shortens the illness", "this reduces the swelling":
  /// a claim that a thing makes the trouble pass sooner or hurt less, with the recovery or a
  /// word of health within three words of the verb.
  private static func improves(
    _ verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let tag = sentence.tags[verb]
    guard tag.upos == .verb, tag.xpos != "VBG" else { return false }
    let hastens = hasteningVerbs.contains(tag.lemma)
    guard hastens || lesseningVerbs.contains(tag.lemma) else { return false }
    return ((verb + 1)..<min(clause.upperBound, verb + 4)).contains { i in
      let lemma = sentence.tags[i].lemma
      return hastens
        ? recoveryWords.contains(lemma)
        : Cues.healthWords.contains(lemma) || Cues.isHealthWord(sentence.words[i].folded)
          || troubleEpisodes.contains(lemma)
    }
  }

  /// "Magnesium stopped the cramps", "it got rid of the itching", "killed the pain": a
  /// verb of ending whose object is a symptom, within three words. Ending a treatment ("I
  /// stopped the pain meds") is quitting it, not relief.
  private static func endsTheTrouble(
    _ verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let tag = sentence.tags[verb]
    guard tag.upos == .verb, tag.xpos != "VBG" else { return false }
    var object = verb + 1
    if tag.lemma == "get", object + 1 < clause.upperBound,
      sentence.words[object].folded == "rid", sentence.words[object + 1].folded == "of"
    {
      object += 2
    } else if !endingVerbs.contains(tag.lemma) {
      return false
    }
    // "The thing that stopped my calves going", "it stopped my knee locking up": what the
    // poster's own body, or one in their care, kept doing is the trouble, though no word
    // names it.
    if object + 2 < clause.upperBound, sentence.tags[object].xpos == "PRP$",
      let doing = (object + 2..<min(clause.upperBound, object + 4)).first(where: {
        sentence.tags[$0].xpos == "VBG"
      }),
      (object + 1..<doing).allSatisfy({ sentence.tags[$0].upos == .noun })
    {
      return true
    }
    guard
      let symptom = (object..<min(clause.upperBound, object + 3)).first(where: {
        symptomWords.contains(sentence.tags[$0].lemma)
          || troubleEpisodes.contains(sentence.tags[$0].lemma)
          || Cues.isConditionTerm(sentence.words[$0].folded)
      })
    else { return false }
    return symptom + 1 >= clause.upperBound
      || sentence.tags[symptom + 1].upos != .noun
        && !["med", "meds", "medication", "killer", "killers", "relief", "reliever", "pill"]
          .contains(sentence.words[symptom + 1].folded)
  }
  private static let endingVerbs: Set<String> = ["stop", "end", "eliminate", "kill", "banish"]
  /// What a body feels or does when something is wrong.
  private static let symptomWords: Set<String> = [
    "pain", "ache", "aching", "cramp", "cramping", "soreness", "itch", "itching", "itchiness",
    "swelling", "stiffness", "numbness", "tingling", "headache", "migraine", "nausea",
    "heartburn", "reflux", "insomnia", "snoring", "bloating", "spasm", "twinge", "niggle",
    "inflammation", "irritation", "rash", "hive", "congestion", "cough", "coughing",
    "chafing", "blister", "nosebleed", "dizziness", "symptom", "burning", "clicking",
  ]

  /// Whether the modal at `modal` predicts what a thing will do ("that will help", "it can
  /// help", "which should help"), not what a person is asked to ("can anyone help").
  private static func predictsEffect(_ modal: Int, in sentence: SentenceAnalysis) -> Bool {
    guard
      ["will", "would", "should", "might", "may", "can", "could"]
        .contains(sentence.words[modal].folded)
    else { return false }
    let subject = sentence.tags[modal - 1]
    // An adjective never stands before a modal but as a noun the tagger misread ("yogurt
    // cultures with acidophilous may ...") or one used as a noun ("the elderly may").
    return ["it", "this", "that", "which", "these", "they"].contains(subject.text)
      || [.noun, .adjective].contains(subject.upos)
        && !["anyone", "someone", "somebody", "anybody"]
          .contains(subject.text)
      // A capitalised first word the tagger takes for a name: "Yogurt can prevent it".
      || subject.upos == .properNoun
        && sentence.tags[..<modal].allSatisfy {
          [.properNoun, .noun, .adjective].contains($0.upos)
        }
  }

  /// "It worked", "works for me", "works wonders", not "I work out" or "work on your core".
  private static func worksAlone(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
    let next = sentence.words.indices.contains(index + 1) ? sentence.words[index + 1].folded : ""
    return ["for", "wonder", "great", "well", "perfectly", "", "like", "really", "a", "too"]
      .contains(next) && !isFirstPerson(index > 0 ? sentence.words[index - 1].folded : "")
  }

  // MARK: - Means and conditions

  /// Verbs of getting the better of a trouble, whose "by doing X" names what did it.
  private static let overcomingVerbs: Set<String> = [
    "cope", "deal", "handle", "control", "beat", "overcome", "fight", "combat",
    "treat", "tackle", "rid", "reduce", "minimize", "lessen", "counteract", "avoid",
  ]

  /// "You learn to cope with it by ignoring it", "I got rid of it by drinking more water",
  /// "you can prevent this by warming up": the gerund after "by" that a verb of overcoming
  /// or relief takes is the remedy. Its index, or nil.
  static func meansOfRelief(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    let words = sentence.words
    let tags = sentence.tags
    for by in clause where words[by].folded == "by" {
      // "... had the sound changed by walking on it": a passive's agent, not a means.
      guard by + 1 < clause.upperBound, tags[by + 1].xpos == "VBG",
        by == 0 || tags[by - 1].xpos != "VBN"
      else { continue }
      // "You learn to cope with it (like I said) by ignoring it": a "by" that opens its
      // clause goes on with the words before.
      let reach = by == clause.lowerBound ? max(0, by - 12)..<by : clause.lowerBound..<by
      let overcome = reach.last { i in
        overcomingVerbs.contains(tags[i].lemma) || words[i].folded == "rid"
          || benefitVerbs.contains(tags[i].lemma) && tags[i].upos == .verb
      }
      // "Inhibitors may help by decreasing leukotriene formation": how a thing works is no
      // remedy; what a person did to get over it is.
      guard let verb = overcome, !isNegated(before: verb, in: reach, of: sentence),
        words[reach.lowerBound..<verb].contains(where: { personalSubjects.contains($0.folded) })
      else { continue }
      return by + 1
    }
    return nil
  }

  private static let personalSubjects: Set<String> = [
    "i", "you", "we", "one", "he", "she", "u", "i've", "i'd", "we've", "you'll", "you've",
  ]

  /// Words before a condition that tell what the poster learned: "I then found that if".
  private static let learningWords: Set<String> = [
    "i", "we", "then", "found", "noticed", "discovered", "realized", "realised", "learned",
    "learnt", "that", "have", "had", "also", "soon",
  ]

  /// Nouns of a trouble that a consequence may deny: "it wasn't a problem".
  private static let troubleNouns: Set<String> = ["problem", "issue", "trouble", "bother"]

  /// Word pairs (lemmas) that report a trouble easing: "the symptoms go away", "it clears up",
  /// "you'll feel better".
  private static let easingPhrases: [[String]] = [
    ["go", "away"], ["clear", "up"], ["get", "better"], ["feel", "better"], ["settle", "down"],
    ["calm", "down"], ["ease", "off"], ["ease", "up"], ["disappear"], ["subside"], ["fade"],
    ["improve"], ["heal"], ["resolve"], ["vanish"], ["abate"],
  ]

  /// Who a condition is about when it names a remedy: the reader, anyone, or the poster.
  private static let conditionSubjects: Set<String> = ["you", "one", "u", "i", "we"]

  /// "If you keep taking it, the symptoms go away", "if I ice it right after, it settles
  /// down": a condition whose consequence is the trouble easing names a remedy. The index of
  /// the condition's verb, or nil; the verb's subject decides advice ("you") or report ("I").
  static func conditionalRemedy(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    let words = sentence.words
    let tags = sentence.tags
    var start = afterLeadIns(clause, of: sentence)
    while start < clause.upperBound, connectives.contains(words[start].folded) { start += 1 }
    // "I then found that if I scrub my face ...": what the poster learned is the condition.
    var learned = start
    while learned < clause.upperBound, learned - start < 6,
      learningWords.contains(words[learned].folded)
    {
      learned += 1
    }
    if learned > start, learned < clause.upperBound, words[learned].folded == "if" {
      start = learned
    }
    guard start + 2 < clause.upperBound, words[start].folded == "if",
      conditionSubjects.contains(words[start + 1].folded)
    else { return nil }
    var verb = start + 2
    while verb < clause.upperBound, tags[verb].upos == .adverb || words[verb].folded == "do" {
      verb += 1
    }
    guard verb < clause.upperBound, tags[verb].upos == .verb,
      !stativeVerbs.contains(tags[verb].lemma) || tags[verb].lemma == "keep"
    else { return nil }
    // The easing comes after the condition, in this sentence, and is not denied.
    let after = (verb + 1)..<words.count
    for i in after {
      // "... it wasn't as much of a problem", "it's no longer an issue".
      if troubleNouns.contains(tags[i].lemma), tags[i].upos == .noun,
        // The trouble is the consequence's own: "it" and "was" of a clause after the
        // condition stand between.
        (verb + 2..<i).contains(where: {
          tags[$0].lemma == "be" && [.pronoun, .noun].contains(tags[$0 - 1].upos)
        }),
        words[max(verb + 1, i - 6)..<i].contains(where: {
          ["not", "no"].contains($0.folded) || $0.folded.hasSuffix("n't")
        })
      {
        return verb
      }
      for phrase in easingPhrases {
        guard i + phrase.count <= words.count,
          zip(phrase, (i..<(i + phrase.count))).allSatisfy({ tags[$1].lemma == $0 }),
          tags[i].upos == .verb
        else { continue }
        let consequence = clauseRange(containing: i, in: sentence)
        if isNegated(before: i, in: consequence, of: sentence) { continue }
        return verb
      }
    }
    return nil
  }

  private static func clauseRange(containing index: Int, in sentence: SentenceAnalysis)
    -> Range<Int>
  {
    sentence.clauses.first { $0.contains(index) } ?? (index..<(index + 1))
  }

  // MARK: - Experience

  /// Verbs that say nothing done: being, having, feeling, knowing, getting hurt.
  static let stativeVerbs: Set<String> = [
    "be", "have", "feel", "think", "know", "hope", "guess", "want", "need", "seem", "look",
    "sound", "mean", "say", "tell", "ask", "wonder", "hurt", "ache", "notice", "suffer",
    "believe", "understand", "remember", "forget", "like", "love", "hate", "wish", "read",
    "hear", "see", "get", "come", "happen", "start", "keep", "let", "make", "do",
    "experience", "develop", "injure", "pull", "strain", "tear", "break", "twist", "sprain",
    "wake", "find", "realize", "agree", "guess", "call", "post", "reply", "write", "thank",
    "seem", "appear", "become", "diagnose", "tend", "manage", "live", "die", "fall",
    "lose", "miss", "worry", "care", "deal", "complain", "bleed", "swell", "can", "will",
    "recall", "bet", "wager", "reckon", "suspect",
    "would", "should", "could", "may", "might", "must",
  ]

  /// Verbs of a thought or a plan: "I thought I would push through" tells what the poster
  /// meant to do, in the past; it advises nothing.
  private static let thoughtVerbs: Set<String> = [
    "think", "figure", "assume", "hope", "know", "expect", "decide", "guess", "plan",
    "believe", "imagine", "promise", "tell", "say", "swear",
  ]

  /// Whether a past verb of thought stands just before the subject at `subject` ("I thought
  /// (that) I would ...", "I figured I'd ...").
  static func isPastThought(
    before subject: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  )
    -> Bool
  {
    (max(clause.lowerBound, subject - 2)..<subject).contains { k in
      // "I thought", "I was hoping".
      let past =
        sentence.tags[k].xpos == "VBD"
        || sentence.tags[k].xpos == "VBG" && k > clause.lowerBound
          && ["was", "were"].contains(sentence.words[k - 1].folded)
      return past && thoughtVerbs.contains(sentence.tags[k].lemma)
    }
  }

  /// The verb of a first-person report of something done ("I lowered my saddle", "we ice
  /// it after runs", "I've been taking magnesium").
  static func experienceVerb(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    let words = sentence.words
    let tags = sentence.tags
    for i in clause where isFirstPerson(words[i].folded) {
      // "turns out I grind my teeth": what the poster found out about themselves is the
      // trouble's cause, not what they did about it.
      if (max(clause.lowerBound, i - 3)..<i).contains(where: { k in
        tags[k].lemma == "turn" && k + 1 < i && words[k + 1].folded == "out"
      }) {
        continue
      }
      // "I felt like I was running slower", "it seemed as if I ...": how it felt, not what
      // the poster did.
      if i >= 2, ["like", "if", "though"].contains(words[i - 1].folded),
        ["feel", "seem", "look", "sound"].contains(tags[i - 2].lemma) || words[i - 2].folded == "as"
      {
        continue
      }
      var j = i + 1
      while j < clause.upperBound, j - i <= 4,
        tags[j].upos == .adverb || tags[j].upos == .auxiliary
          || ["'ve", "ve", "been", "have", "had", "also", "always", "then", "just"]
            .contains(words[j].folded),
        // A remedy's name is no adverb ("I did yoga/RB").
        !sentence.mentions.contains(where: { $0.position == words[j].range.lowerBound })
      {
        if [
          "will", "'ll", "ll", "going", "gonna", "would", "'d", "could", "might", "should", "may",
        ]
        .contains(words[j].folded) {
          return nil
        }
        if let verb = avoidedHabit(after: j, in: clause, of: sentence) { return verb }
        if ["not", "n't", "never"].contains(words[j].folded) || words[j].folded.hasSuffix("n't") {
          return nil
        }
        j += 1
      }
      if j > i + 1, doesNamed(j - 1, in: clause, of: sentence) { return j - 1 }
      // "I have been struck down this past week by a stomach bug": what befell the poster,
      // by what, is no thing they did.
      if j > i + 1, j < clause.upperBound, tags[j].xpos == "VBN",
        ["been", "was", "were", "got"].contains(words[j - 1].folded),
        (j + 1..<min(j + 7, clause.upperBound)).contains(where: { words[$0].folded == "by" })
      {
        return nil
      }
      // "I was on propranolol for a while": being on a thing is taking it.
      if j > i + 1, sentence.tags[j - 1].lemma == "be",
        OpenRemedy.taken(in: (j - 1)..<clause.upperBound, of: sentence) != nil
      {
        return j - 1
      }
      if let verb = reportedVerb(at: j, in: clause, of: sentence) { return verb }
    }
    // "Got a memory foam pillow and ...", "Switched to Maurten", "Had the cortisone
    // injection": forum English drops the "I" of a report, so a sentence that opens with a
    // past tense tells what the poster did, and so does one joined on to it with "and"
    // ("... and stopped eating after 8pm").
    guard clause.lowerBound == 0 || sentence.words[clause.lowerBound].folded == "and"
    else { return nil }
    let opening = afterLeadIns(clause, of: sentence)
    // "Been on metformin for a year".
    if opening < clause.upperBound, words[opening].folded == "been",
      OpenRemedy.taken(in: opening..<clause.upperBound, of: sentence) != nil
    {
      return opening
    }
    // A participle before its noun describes it ("Added bonus: ...", "Smoked cured meat
    // contains ..."), so only the verbs a report of care opens with count.
    guard opening < clause.upperBound, ["VBD", "VBN"].contains(tags[opening].xpos),
      droppedSubjectVerbs.contains(tags[opening].lemma)
    else { return nil }
    // "Took about 8 weeks", "took a while": how long, not what was taken.
    if tags[opening].lemma == "take",
      let head = (opening + 1..<min(opening + 5, clause.upperBound)).first(where: {
        tags[$0].upos == .noun
      }),
      ["second", "minute", "hour", "day", "week", "month", "year", "while", "age", "time"]
        .contains(tags[head].lemma)
    {
      return nil
    }
    return reportedVerb(at: opening, in: clause, of: sentence)
  }

  /// "I never eat burnt food", "I never take aspirin": a present habit of keeping from a
  /// thing is the poster's practice, which `OpenRemedy` names "avoid" for the denial. The
  /// verb after "never" at `never`; nil for other words, for a past ("I never tried it"),
  /// and for verbs whose denial is no practice ("I never know").
  private static func avoidedHabit(
    after never: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Int? {
    let verb = never + 1
    guard sentence.words[never].folded == "never", verb < clause.upperBound,
      ["VBP", "VB"].contains(sentence.tags[verb].xpos),
      habitVerbs.contains(sentence.tags[verb].lemma)
    else { return nil }
    return verb
  }
  private static let habitVerbs: Set<String> = ["eat", "drink", "take", "use", "smoke"]

  /// Whether the word at `named` is what the poster habitually keeps from ("I never take
  /// aspirin").
  static func isAvoidedHabitually(_ named: Int, in sentence: SentenceAnalysis) -> Bool {
    guard let clause = sentence.clauses.first(where: { $0.contains(named) }),
      let verb = experienceVerb(in: clause, of: sentence), verb <= named, verb > clause.lowerBound
    else { return false }
    return avoidedHabit(after: verb - 1, in: clause, of: sentence) == verb
  }

  /// The verbs a report with its "I" dropped opens with: getting, changing, using, giving up.
  private static let droppedSubjectVerbs: Set<String> = [
    "get", "switch", "try", "start", "begin", "stop", "quit", "have", "do", "use", "take", "go",
    "buy", "change", "move", "drop", "cut", "wear", "put", "ditch", "see", "visit", "book",
    "raise", "lower", "increase", "reduce", "replace", "swap", "trade", "substitute",
  ]

  /// "I did yoga every morning", "had the cortisone injection": "do" and "have" are the verbs
  /// of a remedy named with them or right after them, whatever the tagger made of the two.
  private static func doesNamed(
    _ verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    let words = sentence.words
    guard let named = objectStart(after: verb, in: clause, of: sentence),
      ["do", "have"].contains(sentence.tags[verb].lemma)
    else { return false }
    return sentence.mentions.contains {
      $0.position == words[verb].range.lowerBound
        || $0.position == words[named].range.lowerBound
    }
  }

  /// Where the object of the verb at `verb` starts: the next word, or the one after an
  /// article ("had the cortisone injection", "you should have the endoscopy"); nil at the
  /// clause's end.
  private static func objectStart(
    after verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Int? {
    guard verb + 1 < clause.upperBound else { return nil }
    return sentence.tags[verb + 1].upos == .determiner && verb + 2 < clause.upperBound
      ? verb + 2 : verb + 1
  }

  /// The verb at `j`, right after the subject of a first-person clause, where it reports a
  /// doing: not a state ("I feel", "I have pain"), nor a plan ("I am going to see ...").
  private static func reportedVerb(
    at j: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Int? {
    let words = sentence.words
    let tags = sentence.tags
    if doesNamed(j, in: clause, of: sentence) { return j }
    guard j < clause.upperBound, tags[j].upos == .verb else { return nil }
    // "I am going to see my allergist": a plan, not a report; "I have been going to physical
    // therapy" goes somewhere, and is one.
    if tags[j].lemma == "go", tags[j].xpos == "VBG", j + 2 < clause.upperBound,
      words[j + 1].folded == "to", tags[j + 2].upos == .verb || tags[j + 2].upos == .auxiliary
    {
      return nil
    }
    // "I started/began/tried doing X": the doing is the experience.
    if ["start", "begin", "try", "switch", "keep", "continue", "stop"].contains(tags[j].lemma)
      || !stativeVerbs.contains(tags[j].lemma) || acquires(j, in: clause, of: sentence)
    {
      return j
    }
    return nil
  }

  /// "I got a foam roller", "I get a free TENS unit from the VA": getting a thing is doing
  /// something, where the clause names no trouble ("I get pain when I run", "I got hurt").
  private static func acquires(
    _ verb: Int, in clause: Range<Int>, of sentence: SentenceAnalysis
  ) -> Bool {
    guard sentence.tags[verb].lemma == "get", verb + 1 < clause.upperBound,
      [.determiner, .adjective, .noun, .properNoun].contains(sentence.tags[verb + 1].upos),
      !["better", "worse", "sick", "ill", "tired", "used"].contains(
        sentence.words[verb + 1].folded)
    else { return false }
    // What is got runs to the next conjunction or verb: "Got a memory foam pillow and the
    // neck pain went" got a pillow.
    let got =
      (verb + 1..<clause.upperBound).first(where: {
        [.coordinatingConjunction, .verb, .auxiliary].contains(sentence.tags[$0].upos)
      }) ?? clause.upperBound
    return !(verb + 1..<got).contains { Cues.isHealthWord(sentence.words[$0].folded) }
  }

  private static func folded(_ words: [String]) -> Set<String> {
    Set(words.map(WordFolding.fold))
  }

  /// Where "all you need", "all you have to do" or "all your friend really has to do" ends
  /// (the word after "need" or "do"), for "all" at `all`; nil when "all" starts no such phrase.
  static func allItTakes(after all: Int, in clause: Range<Int>, of sentence: SentenceAnalysis)
    -> Int?
  {
    let words = sentence.words
    var j = all + 1
    while j < clause.upperBound, j - all <= 5 {
      if sentence.tags[j].lemma == "need" { return j + 1 }
      if sentence.tags[j].lemma == "have", j + 2 < clause.upperBound, words[j + 1].folded == "to",
        words[j + 2].folded == "do"
      {
        return j + 3
      }
      j += 1
    }
    return nil
  }

  /// Words for people at large, whose habits a reply reports as advice (folded, so
  /// singular).
  private static let peopleWords: Set<String> = [
    "people", "folk", "patient", "sufferer", "user", "athlete", "runner", "rider", "cyclist",
    "lifter", "swimmer", "doctor", "physician",
  ]
  private static let othersVerbs: Set<String> = ["use", "take", "wear", "swear", "rely"]
  private static let peopleQuantifiers: Set<String> = [
    "some", "many", "most", "lot", "plenty", "several", "other",
  ]

  /// "Some people with chronic tinnitus use noise blocking", "many people find it helpful to
  /// create extra mucus": what others do, told to the asker, is advice. The verb whose object
  /// (or, after "find it helpful to", whose own verb) is the remedy.
  static func othersUse(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Int? {
    let words = sentence.words
    let tags = sentence.tags
    for i in clause where peopleWords.contains(words[i].folded) {
      guard i > clause.lowerBound,
        words[max(clause.lowerBound, i - 2)..<i].contains(where: {
          peopleQuantifiers.contains($0.folded)
        })
      else { continue }
      // The tagger may read the verb as a noun after a long subject ("tinnitus use").
      for j in (i + 1)..<min(clause.upperBound, i + 7)
      where tags[j].upos == .verb || othersVerbs.contains(words[j].folded) {
        let lemma = tags[j].lemma
        if lemma == "find", j + 4 < clause.upperBound, words[j + 1].folded == "it",
          ["helpful", "useful", "effective", "beneficial"].contains(words[j + 2].folded),
          words[j + 3].folded == "to"
        {
          return j + 4
        }
        return othersVerbs.contains(lemma) || othersVerbs.contains(words[j].folded) ? j : nil
      }
    }
    return nil
  }
}
