import TipsCore
import TipsLanguage

/// What one sentence of a post says, in lexicon terms: the remedies it names, the tools,
/// muscles and conditions beside them, and what it does with them.
struct SentenceAnalysis {
  var range: Range<String.Index>
  /// Which paragraph of the post (blank-line separated) the sentence is in.
  var paragraph: Int
  var words: [WordSpan]
  /// The tagged token each word starts in, one per word: its part of speech and lemma. A
  /// word of several tokens ("don't" is "do" + "n't") takes its first token's.
  var tags: [Token] = []
  /// Word ranges of the sentence's clauses (see `Clauses`) and what each does.
  var clauses: [Range<Int>] = []
  /// Words inside short brackets, given in passing (see `Clauses.asides`).
  var asides: Set<Int> = []
  /// For each clause, whether it stands inside brackets (see `Clauses.bracketed`).
  var bracketed: [Bool] = []
  /// Whether the sentence is a line of a record rather than prose: a row of a table laid
  /// out in plain text, a mail header, a contact field (see `TipExtractor.isRecord`). It
  /// does nothing, and what it names is advised by no one.
  var isRecord = false
  /// Words that begin a part able to stand as a sentence of its own: after a list marker, a
  /// colon or a dash ("the answer is obvious - eat smaller meals").
  var standaloneStarts: Set<Int> = []
  var acts: [SpeechAct] = []
  var cues = CueHits(hits: [])
  var mentions: [RemedyMention] = []
  var tools: [String] = []
  var muscles: [String] = []
  /// How many body words the sentence names that mean only the body (see
  /// `Cues.everydayBodyWords`).
  var bodyWords = 0
  var conditions: [String] = []
  var isQuestion = false
  var hasSuccessCue = false
  /// Clauses that warn, limit or set a condition; verbatim ranges of the post's text.
  var caveatClauses: [Range<String.Index>] = []

  var clauseCount: Int { clauses.count }

  /// The act of the clause holding word `index`.
  func act(ofWord index: Int) -> SpeechAct {
    guard let clause = clauses.firstIndex(where: { $0.contains(index) }) else { return .other }
    return acts[clause]
  }

  /// The index of the word where `mention` starts.
  func wordIndex(of mention: RemedyMention) -> Int? {
    words.firstIndex { $0.range.lowerBound == mention.position }
  }

  /// The word where `mention` starts and the clause that holds it.
  func clause(naming mention: RemedyMention) -> (word: Int, clause: Range<Int>)? {
    guard let word = wordIndex(of: mention),
      let clause = clauses.first(where: { $0.contains(word) })
    else { return nil }
    return (word, clause)
  }

  /// Whether the sentence names the thing without reporting or advising it: only as the
  /// measure of a comparison ("Zoloft (another serotonin reuptake inhibitor like Prozac)"),
  /// or as what someone reads or interprets ("doctors are qualified to read x-rays",
  /// "knowing how to read x-rays can help a chiropractor"), where a book or a site, which is
  /// read, is not meant; or as part of the proper name of an institution ("the American
  /// Academy of Neurology annual meeting").
  func isOnlyReferredTo(_ mention: RemedyMention) -> Bool {
    guard let named = wordIndex(of: mention), named > 0 else { return false }
    if isOccasion(of: mention, at: named) || isWhatTheReaderTakes(at: named) { return true }
    if named >= 2, words[named - 1].folded == "of",
      tags[named].xpos == "NNP", tags[named - 2].xpos == "NNP"
    {
      return true
    }
    if mention.kind != .appOrMedia,
      (max(0, named - 2)..<named).contains(where: {
        ["read", "interpret"].contains(tags[$0].lemma) && tags[$0].upos == .verb
      })
    {
      return true
    }
    guard words[named - 1].folded == "like" else { return false }
    for k in stride(from: named - 2, through: max(0, named - 7), by: -1) {
      if ["another", "other", "similar"].contains(words[k].folded) { return true }
      if [.verb, .auxiliary, .punctuation].contains(tags[k].upos) { return false }
    }
    return false
  }

  /// Whether the mention at word `named` says when something else named before it in its
  /// clause is done or happens: "cut out fibre the day before long runs", "ice baths
  /// straight after strength sessions can blunt gains". A benefit's "after" names what
  /// helped ("my knee felt better after physio"), so it is left alone.
  private func isOccasion(of mention: RemedyMention, at named: Int) -> Bool {
    guard mention.act != .benefit,
      let clause = clauses.first(where: { $0.contains(named) })
    else { return false }
    var k = named - 1
    if k > clause.lowerBound, ["the", "a", "your", "my", "each", "every"].contains(words[k].folded)
    {
      k -= 1
    }
    guard k > clause.lowerBound, ["before", "after", "during"].contains(words[k].folded)
    else { return false }
    return (clause.lowerBound..<k).contains { i in
      tags[i].upos == .verb || mentions.contains { $0.position == words[i].range.lowerBound }
    }
  }

  /// Whether word `named` names what a warning says a remedy meets in the reader: "can
  /// interact with blood thinners", "if you're on warfarin or similar, check with a
  /// pharmacist". That is the reader's case, not a remedy.
  private func isWhatTheReaderTakes(at named: Int) -> Bool {
    let before = words[..<named].suffix(4).map(\.folded)
    if before.last == "with", named >= 2, tags[named - 2].lemma == "interact" { return true }
    guard ["on", "taking"].contains(before.last), let condition = before.lastIndex(of: "if")
    else { return false }
    return before[condition...].contains { ["you", "you're", "youre"].contains($0) }
  }

  /// Whether any clause reports a benefit: "It really helped", "no pain since".
  var reportsBenefit: Bool { acts.contains(.benefit) }

  /// Remedies the sentence speaks for or against: those named outside every caveat clause,
  /// a failure the clause reports ("feverfew didn't seem to do anything for me"), and advice
  /// whose limit comes only after it ("take some pain medication initially"), not before
  /// ("you have to go back", "don't try to jog with it").
  /// "needs to be rushed to a hospital": an obligation to have a thing done is the advice,
  /// where "needs to be careful" warns.
  private func obligesDoing(_ hit: Range<Int>) -> Bool {
    tags[hit.lowerBound].lemma == "need" && hit.upperBound < tags.count
      && tags[hit.upperBound].xpos == "VBN"
  }

  var recommendedRemedies: [RemedyMention] {
    mentions.filter { mention in
      // A thing whose absence brings the trouble is credited however its clause reads.
      if troubleComesWithout(mention) { return true }
      guard !mention.isProblem, !isOnlyReferredTo(mention) else { return false }
      guard caveatClauses.contains(where: { $0.contains(mention.position) }) else { return true }
      if mention.act == .failedAttempt { return true }
      // "Pregnant women should not change the litter box" warns and advises at once: the
      // advice is to avoid it.
      if mention.act == .advice, mention.isDiscovered, mention.name.hasPrefix("avoid ") {
        return true
      }
      guard [.advice, .benefit, .experience].contains(mention.act),
        let (named, clause) = clause(naming: mention)
      else { return false }
      // A report in a caveat clause is one only where the poster made sure of it.
      if mention.act == .experience,
        !cues.hits.contains(where: { hit in
          clause.contains(hit.words.lowerBound)
            && hit.words.allSatisfy { Cues.assuranceWords.contains(tags[$0].lemma) }
        })
      {
        return false
      }
      // "Gentle stretching helps": how gently to do it qualifies the remedy, not the advice;
      // "make sure you warm up" is the advice itself, "I made sure to drink enough" the
      // report.
      return !cues.hits.contains { hit in
        hit.kinds.contains(.caveat) && clause.contains(hit.words.lowerBound)
          && hit.words.lowerBound <= named
          // "... a pregnant woman should avoid X and you should both wash hands": a warning
          // of the conjunct before a new subject is not this one's.
          && !(hit.words.upperBound..<max(named, hit.words.upperBound)).contains { k in
            ["and", "but"].contains(words[k].folded) && k + 1 < named
              && ["you", "we", "they", "i", "he", "she"].contains(words[k + 1].folded)
          }
          && !hit.words.allSatisfy { Cues.mannerWords.contains(words[$0].folded) }
          && !Cues.measurePhrases.contains(words[hit.words].map(\.folded).joined(separator: " "))
          && !hit.words.allSatisfy { Cues.assuranceWords.contains(tags[$0].lemma) }
          && !obligesDoing(hit.words)
      }
    }
  }

  /// "If I run without compression knee sleeves I have terrible pain after", "without my
  /// orthotics my feet ache": a thing whose absence brings the trouble, in words of health
  /// after it in the sentence, is credited.
  func troubleComesWithout(_ mention: RemedyMention) -> Bool {
    guard let named = wordIndex(of: mention), !isQuestion else { return false }
    var k = named - 1
    while k >= 0, named - k <= 3,
      [.determiner, .adjective, .noun].contains(tags[k].upos) || tags[k].xpos == "PRP$"
    {
      k -= 1
    }
    guard k >= 0, words[k].folded == "without" else { return false }
    return words[(named + 1)...].contains { Self.feltTroubles.contains($0.folded) }
  }

  /// "When I took analgesics regularly, I seemed to get a lot of migraines", "whenever I
  /// drink coffee I get headaches": a thing whose taking the poster tells as the time the
  /// trouble came is its cause, not a remedy. The mention stands in a clause opened by
  /// "when", "whenever" or "every/each time" (after "that" or a lead-in), and a later clause
  /// has the poster get, have, develop, suffer or start to feel a trouble, with no word in
  /// the sentence that it got better. So is one the poster tells of having had a trouble
  /// from, after naming it: "I tried Prozac and had some insomnia from it".
  func troubleComesWith(_ mention: RemedyMention) -> Bool {
    guard !isQuestion, !hasSuccessCue, let (named, clause) = clause(naming: mention) else {
      return false
    }
    if hadTroubleFrom(after: named) { return true }
    // "when I took analgesics regularly (motrin at the time)": an aside without a verb
    // belongs to the clause before it.
    var start = clause.lowerBound
    if !clause.contains(where: { tags[$0].upos == .verb }),
      let before = clauses.last(where: { $0.upperBound <= clause.lowerBound })
    {
      start = before.lowerBound
    }
    guard
      let opener = (start..<named).first(where: {
        ["when", "whenever"].contains(words[$0].folded)
          || words[$0].folded == "time" && $0 > 0
            && ["every", "each"].contains(words[$0 - 1].folded)
      }),
      opener + 1 < named,
      (opener + 1..<named).contains(where: { SpeechActReader.isFirstPerson(words[$0].folded) })
    else { return false }
    for later in clauses where later.lowerBound >= clause.upperBound {
      for k in later where SpeechActReader.isFirstPerson(words[k].folded) {
        let verbs = (k + 1..<min(later.upperBound, k + 4)).filter {
          ["get", "have", "develop", "start", "begin", "suffer", "feel"].contains(tags[$0].lemma)
        }
        guard let verb = verbs.first else { continue }
        if words[(verb + 1)..<later.upperBound].contains(where: {
          Self.feltTroubles.contains($0.folded) || Cues.isHealthWord($0.folded)
        }) {
          return true
        }
      }
    }
    return false
  }

  /// Whether, after the word at `named`, the poster had, got or developed a trouble "from
  /// it" (or "them", "that"), unnegated: "... and had some insomnia from it".
  private func hadTroubleFrom(after named: Int) -> Bool {
    for from in (named + 1)..<words.count where words[from].folded == "from" {
      guard from + 1 < words.count, ["it", "them", "that"].contains(words[from + 1].folded),
        let verb = (max(named + 1, from - 6)..<from).last(where: {
          ["have", "get", "develop"].contains(tags[$0].lemma)
        }),
        (verb + 1..<from).contains(where: {
          Self.feltTroubles.contains(words[$0].folded) || Cues.isHealthWord(words[$0].folded)
        }),
        !words[max(named + 1, verb - 2)..<from].contains(where: {
          ["no", "not", "never", "without"].contains($0.folded) || $0.folded.hasSuffix("n't")
        })
      else { continue }
      return true
    }
    return false
  }

  /// A trouble as one feels it, folded: what going without a remedy brings.
  private static let feltTroubles: Set<String> = Set(
    [
      "pain", "painful", "hurt", "hurts", "hurting", "ache", "aches", "aching", "sore",
      "soreness", "swelling", "swollen", "numb", "numbness", "cramp", "cramps", "cramping",
      "itch", "itchy", "itching", "blister", "blisters", "bleed", "bleeding", "throb",
      "throbbing", "stiff", "stiffness",
    ].map { WordFolding.fold($0) })

  /// Whether the sentence names no remedy of its own: what it names, if anything, is words
  /// of its warning ("This remedy helps, but don't try to jog with it"), so "it" and "this"
  /// in it stand for a remedy named before.
  var namesNoRemedy: Bool {
    mentions.allSatisfy { mention in
      mention.isDiscovered && caveatClauses.contains { $0.contains(mention.position) }
    }
  }

  /// Remedies named only inside caveat clauses ("Rolling could be quite painful").
  var cautionedRemedies: [RemedyMention] {
    mentions.filter { mention in
      caveatClauses.contains { $0.contains(mention.position) } && !isOnlyReferredTo(mention)
    }
  }
}

/// A remedy named in a sentence, with the tags its lexicon entry brings.
struct RemedyMention: Hashable {
  var name: String
  var kind: RemedyKind
  var muscles: [String]
  var tools: [String]
  /// Where in the post's text the naming words start.
  var position: String.Index
  /// Where the lexicon's naming words end ("ear, nose and throat doctor" is one name, its
  /// "and" joins nothing); nil for names found otherwise.
  var end: String.Index? = nil
  /// Muscles and tools named in the same clause: what this mention is about.
  var clauseMuscles: [String] = []
  var clauseTools: [String] = []
  /// Named as the problem ("lack of core strength"), not as advice.
  var isProblem = false
  /// Named from the text's own words, not the lexicon (see `OpenRemedy`).
  var isDiscovered = false
  /// Named as the means one trains or is treated by: a plan, a program, a group.
  var isMeans = false
  /// The naming words modify the noun after them ("the walk animation", "a warm up problem").
  var modifiesNoun = false
  /// What the clause naming it does.
  var act: SpeechAct = .other
}
