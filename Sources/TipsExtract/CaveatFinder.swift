import TipsCore

/// Finds the clauses of a sentence that warn about, limit or set a condition on a remedy,
/// as verbatim ranges of the post's text.
///
/// A sentence is cut into clauses at commas, semicolons, colons, dashes and brackets, and
/// before "but", "although" and "however". A clause is a caveat when it holds a caveat cue
/// ("could be quite painful", "consistency is key", "you have to ...", "not widely
/// available"). An "if"/"unless" clause is a caveat unless it only sets a scene ("if you
/// want a cheaper version"); so is a sentence's first clause, or one after "but", that
/// "since" or "once" and a subject open ("since you are near 40", "once you have it
/// confirmed").
enum CaveatFinder {
  private static let conditionWords: Set<String> = ["if", "unless"]
  /// Words that open a condition only where a subject follows them: "since you are near
  /// 40", not "since then" or "once a day".
  private static let openingConditionWords: Set<String> = ["since", "once"]
  private static let conditionSubjects: Set<String> = [
    "you", "you're", "you've", "your", "i", "i'm", "i've", "he", "she", "they", "it", "it's",
    "we", "the", "this", "that", "these", "those",
  ]
  /// Words that make a condition a warning.
  private static let troubleWords: Set<String> = [
    "not", "no", "won't", "doesn't", "don't", "can't", "isn't", "still", "persist", "persists",
    "better", "worse", "pain", "painful", "hurt", "hurts", "sharp", "numb", "numbness", "day",
    "week", "swelling", "swollen", "injured", "injury",
  ]
  /// Words of a condition that only sets a scene ("if you want a cheaper version", "if
  /// anyone is interested"); any other condition on advice limits it ("if you can get it",
  /// "if it is tinnitus").
  private static let sceneWords: Set<String> = [
    "want", "like", "interested", "anyone", "curious", "wonder", "so", "mean", "ask",
  ]
  /// Words after which "if" means "whether".
  private static let whetherVerbs: Set<String> = [
    "ask", "asked", "asking", "asks", "wonder", "wondered", "wondering", "see", "sure",
    "unsure", "know", "knew", "tell", "check", "checked", "decide", "doubt", "matter",
  ]
  private static let subjects: Set<String> = ["i", "you", "we", "i'd", "you'd", "i'll", "you'll"]
  private static let modals: Set<String> = [
    "would", "should", "will", "can", "could", "might", "must", "need", "have", "go", "do",
  ]

  /// Cue words that send the reader to a practitioner: beside other advice they limit it
  /// ("consult your doctor first"), alone they are the advice ("Have you seen a physio?").
  private static let consultingWords: Set<String> = ["see", "seen", "saw", "consult", "check"]

  /// Conjunctions a condition may come after ("But since you are near 40, ...").
  private static let leadingConjunctions: Set<String> = ["but", "and", "so"]

  /// The caveat clauses among `clauses` (word ranges of one sentence, see `Clauses`).
  /// `mentions` are the word indexes where the sentence names remedies; `reports` the
  /// clauses that report what the poster did ("... and saw a doctor about it": having gone
  /// is no warning to go); `advice` the clauses that advise.
  /// `brackets` are the word ranges the sentence puts in round brackets, `lemmas` its
  /// words' lemmas; `isVerb` tells the words tagged as verbs, `isPast` those tagged as past
  /// tenses (both nil when it was not tagged).
  static func caveats(
    in clauses: [Range<Int>], words: [WordSpan], cues: CueHits, mentions: [Int] = [],
    reports: Set<Int> = [], advice: Set<Int> = [], brackets: [Range<Int>] = [],
    lemmas: [String] = [], isVerb: ((Int) -> Bool)? = nil, isPast: ((Int) -> Bool)? = nil
  ) -> [Range<String.Index>] {
    guard !words.isEmpty else { return [] }
    let remarks = remarks(
      in: brackets, words: words, lemmas: lemmas, cues: cues, mentions: mentions)
    var result: [Range<String.Index>] = []
    for (c, clause) in clauses.enumerated() {
      let folded = words[clause].map(\.folded)
      // "But since you are near 40, ...": a conjunction may come first, where a comma may
      // not ("..., since you're forming methanol from food all the time" gives a reason).
      let lead = leadingConjunctions.contains(folded[0]) ? 1 : 0
      let afterConjunction =
        lead == 1
        || clause.lowerBound > 0
          && leadingConjunctions.contains(words[clause.lowerBound - 1].folded)
      // "Any infant with a fever who becomes stiff or lethargic needs to be rushed to a
      // hospital": advice whose subject says whom it is for, by a "who" clause, is limited
      // to them; the subject is the caveat.
      if advice.contains(c), let who = folded.firstIndex(of: "who"), who > 0,
        who + 2 < folded.count,
        let verb = folded[(who + 2)...].firstIndex(where: obligingWords.contains),
        !clause[..<(clause.lowerBound + who)].contains(where: mentions.contains)
      {
        // What the advice says after the subject may limit it too ("... where a spinal tap
        // will show if they have meningitis").
        result.append(range(of: clause.lowerBound..<(clause.lowerBound + verb), in: words))
      }
      let opensCondition =
        (c == 0 || afterConjunction) && folded.count > lead + 2
        && openingConditionWords.contains(folded[lead])
        && conditionSubjects.contains(folded[lead + 1])
      // "asked if it could be dangerous", "not sure if it helped": "if" as "whether" sets
      // no condition.
      let conditionIndex = folded.indices.first { k in
        conditionWords.contains(folded[k])
          && (k == 0 || !whetherVerbs.contains(folded[k - 1]))
      }
      if let k = opensCondition ? lead : conditionIndex {
        let conditionStart = clause.lowerBound + k
        let conditionEnd = endOfCondition(words: words, from: conditionStart, within: clause)
        let condition = conditionStart..<conditionEnd
        let conditionWordsFolded = words[condition].map(\.folded)
        if conditionWordsFolded.contains(where: troubleWords.contains)
          || cues.contains(.caveat, within: condition)
          || !conditionWordsFolded.contains(where: sceneWords.contains)
        {
          // "They lose their sedative effect if they're used on a nightly basis": after a
          // statement that names no remedy, the condition alone says nothing; the two
          // together are the caveat. After advice ("take it if it hurts") the condition is.
          let statement = clause.lowerBound..<conditionStart
          var caveat =
            statement.count >= 3 && !statement.contains(where: mentions.contains)
              && !reports.contains(c) && !advice.contains(c)
            ? clause.lowerBound..<conditionEnd : condition
          // "..., or if he reuses needles, sterilizing them between use": a condition that
          // a comma ends, after the remedy, says what then follows; what follows is the
          // rest of the caveat, where it names no remedy of its own.
          if conditionEnd == clause.upperBound, c + 1 < clauses.count,
            case let next = clauses[c + 1], next.count >= 3,
            mentions.contains(where: { $0 < conditionStart }),
            !next.contains(where: mentions.contains), !cues.contains(.success, within: next),
            !["and", "but", "or", "so", "then"].contains(words[next.lowerBound].folded),
            !brackets.contains(where: { $0.overlaps(clause) || $0.overlaps(next) })
          {
            caveat = caveat.lowerBound..<next.upperBound
          }
          // "If a patient complains of dizziness, faintness, sweating, ... several hours
          // after a big meal, eat smaller meals": a condition that opens the sentence runs
          // on over the commas of a list, to the first clause with a verb or a remedy.
          if conditionEnd == clause.upperBound, conditionStart == clause.lowerBound + lead,
            let isVerb
          {
            var last = c
            while last + 1 < clauses.count, case let next = clauses[last + 1], next.count <= 8,
              !next.contains(where: { isVerb($0) || mentions.contains($0) }),
              !cues.contains(.success, within: next),
              !brackets.contains(where: { $0.overlaps(next) })
            {
              last += 1
            }
            if last > c, last + 1 < clauses.count {
              caveat = caveat.lowerBound..<clauses[last].upperBound
            }
          }
          result.append(range(of: caveat, in: words))
          continue
        }
      }
      // "..., especially food", "at least for vaginal thrush", "except when someone else
      // has cooked": a clause that narrows what it follows.
      if c > 0, folded.count > 1, let first = folded.first,
        scopeWords.contains(first) || folded.starts(with: ["at", "least", "for"])
      {
        result.append(range(of: clause, in: words))
        continue
      }
      // "For skin cancer, apply aloe vera gel ...", "For treating pneumonia in young
      // non-smokers, erythromycin is ...": an opening "for" that says whom or what the
      // advice after it is for limits it to them.
      if c == 0, c + 1 < clauses.count, opensScope(folded),
        !clause.contains(where: mentions.contains),
        mentions.contains(where: clauses[c + 1].contains)
      {
        result.append(range(of: clause, in: words))
        continue
      }
      // "Yogurt may reduce recurrences at least for vaginal thrush", "ice helps especially
      // after long rides": the same narrowing inside the clause that names the remedy, from
      // its first word to the end of the clause ("particularly helpful" only praises more).
      if let mention = mentions.first(where: clause.contains),
        let narrowing = ((mention - clause.lowerBound + 1)..<folded.count).first(where: {
          folded[$0] == "except" || folded[$0...].starts(with: ["at", "least", "for"])
            || ["especially", "particularly"].contains(folded[$0]) && $0 + 1 < folded.count
              && narrowedScopes.contains(folded[$0 + 1])
        })
      {
        result.append(range(of: (clause.lowerBound + narrowing)..<clause.upperBound, in: words))
        continue
      }
      // "Reduce dietary fat to no more than 20% of calories": a limit on an amount, to the
      // end of its clause.
      if let limit = amountLimit(in: folded) {
        result.append(range(of: (clause.lowerBound + limit)..<clause.upperBound, in: words))
        continue
      }
      // "Try tanking up before playing rather than after", "use ice instead of heat": what
      // the advice is not, to the end of its clause.
      if clause.contains(where: mentions.contains), let contrast = contrastStart(in: folded) {
        result.append(range(of: (clause.lowerBound + contrast)..<clause.upperBound, in: words))
        continue
      }
      // "It would be wiser to adjust to your body form, rather than play around with DNP":
      // a clause that opens with what the advice before it is instead of.
      if c > 0, contrastStart(in: folded) == 0,
        advice.contains(c - 1) && clauses[c - 1].contains(where: mentions.contains)
      {
        result.append(range(of: clause, in: words))
        continue
      }
      // "Find a physician who recognizes the role diet plays", "visit a doctor who is
      // familiar with sleep disturbances": in advice, the kind of one to see, right after
      // the name, in the present ("the neurosurgeon who saved their life", "a psychiatrist
      // who has put me on Zoloft" tell a story).
      if advice.contains(c), !reports.contains(c),
        let who = folded.indices.first(where: { k in
          folded[k] == "who" && k > 0
            && mentions.contains { (max(0, k - 3)..<k).contains($0 - clause.lowerBound) }
        }), who + 2 < folded.count, isPast?(clause.lowerBound + who + 1) == false,
        lemmas.indices.contains(clause.lowerBound + who + 1),
        lemmas[clause.lowerBound + who + 1] != "have"
      {
        result.append(
          range(of: (clause.lowerBound + who)..<clause.upperBound, in: words))
        continue
      }
      // "You should not take rutin by itself, but take the whole complex instead": advice
      // against, before advice introduced by "but", says what the advice replaces.
      if c + 1 < clauses.count, advice.contains(c + 1),
        !clause.contains(where: mentions.contains),
        words[clauses[c + 1]].first?.folded == "but"
          || clauses[c + 1].lowerBound > 0
            && words[clauses[c + 1].lowerBound - 1].folded == "but",
        advisesAgainst(folded)
      {
        result.append(range(of: clause, in: words))
        continue
      }
      // "I don't remember any connection being made with seizures, but it couldn't hurt to
      // try an all-natural diet", "It was helpful for a while, but I found it very
      // unproductive": what a sentence denies across "but" from the remedy it advises or
      // praises limits it (not across from what the poster only tells of doing: "I'd been
      // linking back pain to tight hamstrings, but hadn't considered hip flexors").
      if !mentions.isEmpty, !clause.contains(where: mentions.contains),
        !reports.contains(c), !advice.contains(c), denies(folded),
        let other = clauseAcrossBut(c, in: clauses, words: words),
        advice.contains(other), !reports.contains(other),
        clauses[other].contains(where: mentions.contains)
      {
        result.append(range(of: clause, in: words))
        continue
      }
      // "Ice works well, though it is hard to keep on": what a clause concedes after the
      // clause that advises or praises a remedy limits it, warning word or not (not more
      // advice or praise, another remedy, or what the poster did besides).
      if c > 0, !mentions.isEmpty, folded.count >= lead + 3,
        Clauses.contrastWords.contains(folded[0])
          || Clauses.contrastWords.contains(words[clause.lowerBound - 1].folded),
        !clause.contains(where: mentions.contains), !reports.contains(c), !advice.contains(c),
        !cues.contains(.success, within: clause),
        advice.contains(c - 1), !reports.contains(c - 1),
        clauses[c - 1].contains(where: mentions.contains)
      {
        result.append(range(of: clause, in: words))
        continue
      }
      // "Apply it for 30 days", "hold it for two minutes per side": how long or how often
      // to do what the sentence points back to (not a report that so little worked).
      if !clause.contains(where: mentions.contains), !cues.contains(.success, within: clause),
        saysHowLongOrOften(folded)
      {
        result.append(range(of: clause, in: words))
        continue
      }
      // "Chelated Chromium 400-600mcg/day", "magnesium 400 mg at night": the dose written
      // right after a remedy's name, to the end of the clause.
      if !reports.contains(c), !cues.contains(.success, within: clause),
        let dose = doseAfterName(in: clause, folded: folded, mentions: mentions)
      {
        result.append(range(of: dose..<clause.upperBound, in: words))
        continue
      }
      let hits =
        cues.hits.filter {
          !$0.kinds.isDisjoint(with: [.caveat, .hedge]) && clause.contains($0.words.lowerBound)
            && $0.words.upperBound <= clause.upperBound && !saysItIsEasy(words, before: $0.words)
        } + casesNamed(in: clause, words: words).map { CueHits.Hit(words: $0, kinds: .hedge) }
      let onlyConsults = hits.allSatisfy {
        consultingWords.contains(words[$0.words.lowerBound].folded)
      }
      if let first = hits.map(\.words.lowerBound).min(),
        !onlyConsults || mentions.contains(where: { !clause.contains($0) }) && !reports.contains(c)
      {
        // "... are potent sedatives which are useful occasionally": a relative clause that
        // holds the cue, after the remedy it qualifies, is the caveat on its own.
        var caveat = withTrailingAdverb(clause, in: clauses, words)
        if let which = (clause.lowerBound..<first).last(where: { words[$0].folded == "which" }),
          mentions.contains(where: { $0 >= clause.lowerBound && $0 < which })
        {
          caveat = which..<caveat.upperBound
        }
        result.append(range(of: caveat, in: words))
      }
    }
    // A remark's own warning words are within it: the bracket is the caveat, once.
    let outside = result.filter { clause in
      !remarks.contains { $0.lowerBound <= clause.lowerBound && clause.upperBound <= $0.upperBound }
    }
    return (remarks + outside).sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Words after "especially" that open the case it narrows to: "especially after long
  /// rides", "particularly in the winter", "especially the older ones" (closed words only).
  private static let narrowedScopes: Set<String> = [
    "after", "before", "during", "when", "while", "if", "where", "for", "in", "on", "at",
    "with", "without", "from", "among", "around", "since", "as", "the", "a", "an", "your",
    "those", "these",
  ]

  /// Brackets after a remedy's name that limit it: "select a spot on the upper, outer thigh
  /// (no major nerves or blood vessels there)", "I just diet more (with varying degrees of
  /// success)", "(assuming you do not get lung cancer in the interim)". Most brackets are
  /// no limit: a bracket that names a remedy lists it; a word or two gives a name in passing
  /// ("(Atrovent)"); an expansion, a source or an example ("(Better Business Bureau)",
  /// "(or autopsy data)") says nothing against it, nor does the poster's own story ("(I have
  /// diabetes)"), a pointer ("(see below)"), a success or what the remedy does ("(relieves
  /// the itch)").
  private static func remarks(
    in brackets: [Range<Int>], words: [WordSpan], lemmas: [String], cues: CueHits,
    mentions: [Int]
  ) -> [Range<String.Index>] {
    brackets.compactMap { span in
      let folded = words[span].map(\.folded)
      guard span.count > Clauses.asideWords, lemmas.count == words.count,
        !lemmas[span].contains(where: effectVerbs.contains),
        mentions.contains(where: { $0 < span.lowerBound }),
        !mentions.contains(where: span.contains),
        !folded.contains(where: firstPersonWords.contains),
        !pointerWords.contains(folded[0]),
        !cues.contains(.success, within: span),
        // What limits: a denial, a warning or hedge word, or a word that opens a limit.
        limitOpeners.contains(folded[0]) || denies(folded)
          || cues.contains(.caveat, within: span) || cues.contains(.hedge, within: span)
      else { return nil }
      return range(of: span, in: words)
    }
  }

  /// Words that open a bracket limiting what it follows.
  private static let limitOpeners: Set<String> = [
    "with", "without", "assuming", "unless", "if", "probably", "usually", "only", "except",
    "depending", "provided", "but", "although", "though", "preferably", "ideally",
    "unfortunately", "careful", "caution", "beware", "warning", "note",
  ]

  /// Verbs that say what a remedy does for the trouble: "(relieves the itch)".
  private static let effectVerbs = SpeechActReader.benefitVerbs.union(OpenRemedy.troubleVerbs)

  private static let firstPersonWords: Set<String> = [
    "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "we", "we're", "we've", "us", "our",
  ]

  /// Words that open a bracket pointing elsewhere: "(see the FAQ)", "(e.g. ...)".
  private static let pointerWords: Set<String> = [
    "see", "cf", "e.g", "eg", "i.e", "ie", "source", "sources", "ref", "via", "thanks",
  ]

  /// Whether a clause is an opening "for" and two words or more that say whom or what for
  /// ("for skin cancer", "for those who can't tolerate it"); not the poster ("for me"), a
  /// turn of phrase ("for example", "for the most part", "for what it's worth") or a span of
  /// the poster's past ("for years").
  private static func opensScope(_ folded: [String]) -> Bool {
    guard folded.first == "for", folded.count >= 3 else { return false }
    let named = folded.dropFirst().filter { !determinerWords.contains($0) }
    return named.count >= 2
      && !folded.contains(where: { firstPersonWords.contains($0) || phraseScopeWords.contains($0) })
  }

  private static let determinerWords: Set<String> = [
    "a", "an", "the", "this", "that", "these", "some", "any", "your", "his", "her", "their",
  ]
  /// Words of "for" phrases that are turns of phrase or time, not a scope.
  private static let phraseScopeWords: Set<String> = [
    "example", "instance", "reference", "record", "context", "starter", "sure", "what",
    "whatever", "now", "once", "year", "month", "week", "day", "age", "while", "most", "time",
    "reason", "sake", "long", "ever", "good", "real", "all",
  ]

  /// Words that open a clause narrowing the one before: "especially food".
  private static let scopeWords: Set<String> = [
    "especially", "particularly", "except", "excepting", "only",
  ]

  /// Where a limit on an amount starts among the folded words of a clause: "no more than
  /// 20%", "not more than 2 cups", "at most 3" ("up to" is as often a verb's: "ramped up to
  /// 10k").
  private static func amountLimit(in folded: [String]) -> Int? {
    let limits: [[String]] = [
      ["no", "more", "than"], ["not", "more", "than"], ["at", "most"], ["never", "more", "than"],
    ]
    for start in folded.indices {
      for limit in limits where folded[start...].starts(with: limit) {
        let after = start + limit.count
        if after < folded.count, startsWithNumber(folded[after]) { return start }
      }
    }
    return nil
  }

  /// The cases a piece of advice is for: "in severe cases, ...", "for uncomplicated cases
  /// of pneumonia", "in extreme cases he puts the patient on medication" (not "in case it
  /// helps", "in this case", "in reported AIDS case registries").
  private static func casesNamed(in clause: Range<Int>, words: [WordSpan]) -> [Range<Int>] {
    clause.compactMap { end in
      guard end >= clause.lowerBound + 2, words[end].folded == "case",
        end + 1 == clause.upperBound || casesFollowers.contains(words[end + 1].folded),
        let start = (max(clause.lowerBound, end - 3)..<(end - 1)).last(where: {
          ["in", "for"].contains(words[$0].folded)
        }),
        words[(start + 1)..<end].allSatisfy({ !pointingWords.contains($0.folded) })
      else { return nil }
      return start..<(end + 1)
    }
  }

  /// Words that point to one case, not a kind of cases.
  private static let pointingWords: Set<String> = [
    "this", "that", "these", "those", "any", "each", "which", "either", "the", "your", "my",
    "his", "her", "their", "our", "no", "every", "such", "both", "a", "an",
  ]

  /// Words that may follow "cases" where the cases are a condition on what the clause says.
  private static let casesFollowers: Set<String> = [
    "of", "where", "when", "with", "involving", "like", "you", "it", "i", "we", "they", "he",
    "she", "a", "an", "the", "this", "your", "one",
  ]

  /// Whether folded words advise against something: "don't ...", "never ...", "you should
  /// not ...", "you mustn't ..." (not "I don't remember", "it not only gets").
  private static func advisesAgainst(_ folded: [String]) -> Bool {
    let denials: Set<String> = ["not", "never", "don't", "shouldn't", "mustn't"]
    if let first = folded.first, ["don't", "never"].contains(first) { return true }
    return folded.indices.dropLast().contains { i in
      ["should", "must"].contains(folded[i])
        && folded[(i + 1)..<min(folded.count, i + 3)].contains(where: denials.contains)
        || ["shouldn't", "mustn't"].contains(folded[i])
    }
  }

  /// Whether a clause denies something: "not", "never", "no" or a word in "n't" ("not only"
  /// and "nothing but" deny nothing).
  private static func denies(_ folded: [String]) -> Bool {
    folded.indices.contains { i in
      let word = folded[i]
      guard Cues.denies(word) else { return false }
      return i + 1 == folded.count || !["only", "just", "merely", "doubt"].contains(folded[i + 1])
    }
  }

  /// The clause on the other side of the "but" that opens clause `c` or the one after it.
  private static func clauseAcrossBut(
    _ c: Int, in clauses: [Range<Int>], words: [WordSpan]
  ) -> Int? {
    func opensWithBut(_ k: Int) -> Bool {
      words[clauses[k]].first?.folded == "but"
        || clauses[k].lowerBound > 0 && words[clauses[k].lowerBound - 1].folded == "but"
    }
    if c > 0, opensWithBut(c) { return c - 1 }
    if c + 1 < clauses.count, opensWithBut(c + 1) { return c + 1 }
    return nil
  }

  /// Words after a subject that say what it must do: "... needs to be rushed", "should".
  private static let obligingWords: Set<String> = [
    "should", "must", "need", "needs", "ought",
  ]

  /// Where "rather than" or "instead of" starts among the folded words of a clause, with
  /// something after it.
  private static func contrastStart(in folded: [String]) -> Int? {
    folded.indices.dropLast(2).first { i in
      folded[i] == "rather" && folded[i + 1] == "than"
        || folded[i] == "instead" && folded[i + 1] == "of"
    }
  }

  /// Whether a caveat is a condition: "if it persists", "once you have it confirmed".
  static func isCondition(_ caveat: Substring) -> Bool {
    guard let first = WordFolding.words(in: caveat).first?.folded else { return false }
    return conditionWords.contains(first) || openingConditionWords.contains(first)
  }

  private static let timeUnits: Set<String> = [
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "day", "days",
    "night", "nights", "week", "weeks", "month", "months", "morning", "evening", "side",
    "rep", "reps", "set", "sets",
  ]
  private static let frequencyWords: Set<String> = [
    "daily", "nightly", "weekly", "monthly", "hourly", "twice", "once",
  ]

  /// Whether the words give a dose of time: "for 30 days", "every month", "twice a day", "a
  /// monthly injection", "3 sets of 10"; not a point in the past ("took me off it 2 weeks
  /// ago").
  static func saysHowLongOrOften(_ folded: [String]) -> Bool {
    for (i, word) in folded.enumerated() {
      if frequencyWords.contains(word) { return true }
      guard durationOpeners.contains(word) || startsWithNumber(word) else { continue }
      // "for 30 days", "for a few weeks", "every other day", "per side", "3 sets".
      let window = folded[(i + 1)..<min(folded.count, i + 4)]
      if let unit = window.firstIndex(where: timeUnits.contains),
        word != "a" || unit == i + 1, folded.dropFirst(unit + 1).first != "ago",
        folded[(i + 1)..<unit].allSatisfy({ startsWithNumber($0) || quantityWords.contains($0) })
      {
        return true
      }
    }
    return false
  }

  /// Words that open how long or how often: "for 30 days", "every other day", "per side".
  private static let durationOpeners: Set<String> = ["for", "every", "each", "per", "a"]

  /// Whether a word's first character is a number ("3", "½"); most words start with an
  /// ASCII letter, which says so without reading a character.
  private static func startsWithNumber(_ word: String) -> Bool {
    guard let byte = word.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x30 && byte <= 0x39 }
    return word.first?.isNumber == true
  }

  /// Words for small quantities between "for" and a unit ("for a few weeks", "for about 3
  /// days").
  private static let quantityWords: Set<String> = [
    "a", "an", "one", "two", "three", "four", "five", "six", "ten", "few", "couple", "of",
    "several", "other", "more", "least", "at", "about", "around", "approximately", "roughly",
  ]

  /// Units of a dose.
  static let doseUnits: Set<String> = [
    "mg", "mcg", "g", "gram", "grams", "milligram", "milligrams", "microgram", "micrograms",
    "iu", "ml", "cc", "unit", "units", "tablet", "tablets", "pill", "pills", "capsule",
    "capsules", "drop", "drops", "teaspoon", "teaspoons", "tsp", "tablespoon", "tablespoons",
    "tbsp", "cup", "cups", "glass", "glasses", "ounce", "ounces", "oz", "puff", "puffs",
  ]

  /// Where a dose starts that stands within three words after a remedy's name in the
  /// clause: a number that gives how much or how often.
  private static func doseAfterName(in clause: Range<Int>, folded: [String], mentions: [Int])
    -> Int?
  {
    guard let named = mentions.last(where: clause.contains) else { return nil }
    let start = named - clause.lowerBound
    guard
      let number = folded.indices.first(where: {
        $0 > start && $0 <= start + 3 && startsWithNumber(folded[$0])
      })
    else { return nil }
    let rest = Array(folded[number...])
    return saysHowMuch(rest) || saysHowLongOrOften(rest) ? clause.lowerBound + number : nil
  }

  /// Whether the words give a dose: "400 mg", "25-50mg/day", "2 tablets", "a teaspoon".
  static func saysHowMuch(_ folded: [String]) -> Bool {
    for (i, word) in folded.enumerated() where startsWithNumber(word) || word == "a" {
      if i + 1 < folded.count, doseUnits.contains(folded[i + 1]) { return true }
      // "400mg", "25-50mg/day": the unit written onto the number.
      let letters = word.drop(while: { !$0.isLetter }).prefix(while: \.isLetter)
      if word != "a", doseUnits.contains(String(letters)) { return true }
    }
    return false
  }

  /// "All you have to do is ...": a requirement that says how little it takes, not a limit.
  /// Discourse adverbs a comma cuts off the end of a clause: "still have to be careful,
  /// however".
  private static let trailingAdverbs: Set<String> = [
    "however", "though", "too", "anyway", "either", "obviously", "unfortunately",
  ]

  /// The clause with the adverb after it, where that adverb belongs to no clause (a
  /// contrast word such as "however" opens the next clause and is left out of it, so one
  /// that ends a sentence or bracket is in none).
  private static func withTrailingAdverb(
    _ clause: Range<Int>, in clauses: [Range<Int>], _ words: [WordSpan]
  ) -> Range<Int> {
    let next = clause.upperBound
    // "..., however." ends the sentence; "(..., however) so ..." a bracket before a
    // conjunction. "..., however it costs" opens the next clause.
    guard next < words.count, trailingAdverbs.contains(words[next].folded),
      !clauses.contains(where: { $0.contains(next) }),
      next + 1 == words.count || ["so", "and", "but", "or"].contains(words[next + 1].folded)
    else { return clause }
    return clause.lowerBound..<next + 1
  }

  private static func saysItIsEasy(_ words: [WordSpan], before cue: Range<Int>) -> Bool {
    words[max(0, cue.lowerBound - 5)..<cue.lowerBound].contains { $0.folded == "all" }
  }

  /// Where an "if" clause ends inside its clause: before the main clause's subject and verb
  /// ("... in some days | I would go to a chiropractor") or at the clause's end.
  private static func endOfCondition(words: [WordSpan], from start: Int, within clause: Range<Int>)
    -> Int
  {
    var i = start + 2
    while i < clause.upperBound - 1 {
      if subjects.contains(words[i].folded), modals.contains(words[i + 1].folded) { return i }
      if words[i].folded == "then" { return i }
      i += 1
    }
    return clause.upperBound
  }

  private static func range(of span: Range<Int>, in words: [WordSpan]) -> Range<String.Index> {
    words[span.lowerBound].range.lowerBound..<words[span.upperBound - 1].range.upperBound
  }
}
