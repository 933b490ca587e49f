import TipsCore
import TipsLanguage

/// Names a remedy the lexicon lacks from the words of the act that recommends it: the verb
/// phrase of advice ("lowering the saddle a bit" is "lower saddle") or the subject of a
/// benefit report ("Magnesium helped" is "magnesium").
///
/// A name is lemmas without determiners, possessives or quantities, so "lower your saddle"
/// and "lowering the saddle" vote as one remedy in every thread. Verbs that only carry their
/// object ("get insoles", "take ibuprofen", "try an ice bath") leave the object as the name;
/// seeing, asking or calling a practitioner is "see <practitioner>". Pronouns and vague words
/// never name a remedy: "try it" recommends whatever came before, which the caller knows.
enum OpenRemedy {
  struct Found: Sendable, Hashable {
    var name: String
    var kind: RemedyKind
    /// Index of the first word of the named phrase in the sentence.
    var start: Int
    /// Named as the means one trains or is treated by ("followed the Hansons plan").
    var isMeans = false
    /// Whom to see instead, where what a practitioner is asked about proves to be the body
    /// or a trouble ("ask your doctor about your knee"); at most one.
    var practitioner: [Found] = []
  }

  /// Verbs whose object is the remedy: using, taking or getting a thing is recommending it.
  private static let carrierVerbs: Set<String> = [
    "get", "use", "take", "try", "buy", "wear", "have", "do", "put", "add", "grab", "invest",
    "pick", "find", "give", "include", "incorporate", "switch", "apply", "consider", "purchase",
    "order", "start", "begin", "keep", "continue", "recommend", "suggest", "advocate", "advise",
    "swear", "go", "invest", "splurge",
    "stick", "look", "check", "need", "want", "make", "rely", "opt", "prescribe",
    // Preparing a thing is using it: "dilute the rubbing alcohol", "mix in some honey".
    "dilute", "mix", "dissolve",
    // Taking up a practice: "learning bilateral breathing fixed it", "adopt a low-fat diet".
    "learn", "practice", "practise", "adopt",
    // Going through a course: "I completed a 2 week juice fast", "underwent surgery".
    "complete", "finish", "undergo",
  ]
  /// Verbs whose adjective complement is a state to keep: "keep cool", "stay hydrated".
  static let stateVerbs: Set<String> = ["keep", "stay", "dress", "remain"]

  /// Words after "leave it" that say where the thing stays or to whom it goes.
  private static let placingParticles: Set<String> = [
    "on", "in", "out", "off", "up", "open", "to", "with", "there", "inside",
  ]
  /// States a post signs off with, wishing rather than advising: "stay tuned", "stay safe".
  private static let signOffStates: Set<String> = ["tuned", "safe", "posted", "strong"]
  /// Nouns of taking or applying a thing: "the application of hot packs" names hot packs.
  private static let applyingNouns: Set<String> = [
    "application", "use", "addition", "help", "aid", "administration",
  ]
  /// Verbs that turn their object into "avoid <object>", and advise against a named remedy
  /// ("avoid stretching while it is acute").
  static let avoidingVerbs: Set<String> = [
    "avoid", "stop", "quit", "skip", "cut", "limit", "reduce", "minimize", "minimise", "ditch",
    "eliminate",
  ]
  /// Amounts of training or intake that cutting lessens rather than ends: "cut volume by
  /// half" reduces volume.
  private static let amountNouns: Set<String> = [
    "volume", "mileage", "mile", "distance", "intensity", "load", "frequency", "duration",
    "dose", "dosage", "intake", "rep", "set", "hour", "time", "kilometre", "kilometer", "km",
    "workload", "training", "amount", "portion",
  ]

  /// "Went up half a size", "go half a size up", "go down a full size": the direction a
  /// change of size after a verb of going takes ("up" or "down"), where the words after the
  /// verb say only that.
  private static func sizeChange(after verb: Int, in sentence: SentenceAnalysis) -> String? {
    let measureWords: Set<String> = ["half", "a", "one", "full", "whole", "size", "sizes"]
    var direction: String?
    var sized = false
    for word in sentence.words[(verb + 1)...].prefix(5).map(\.folded) {
      if ["up", "down"].contains(word), direction == nil {
        direction = word
      } else if measureWords.contains(word) || word.allSatisfy({ $0.isNumber || $0 == "/" }) {
        sized = sized || word.hasPrefix("size")
      } else {
        break
      }
    }
    return sized ? direction : nil
  }

  /// The name of a thing an avoiding verb takes: "avoid caffeine", but "reduce volume" where
  /// the thing is an amount and the verb can lessen it.
  private static func avoided(
    _ name: String, by lemma: String, object: Range<Int>, in sentence: SentenceAnalysis
  ) -> String {
    let lessens = ["cut", "reduce", "limit", "minimize", "minimise"].contains(lemma)
    guard lessens, let head = object.last, amountNouns.contains(sentence.tags[head].lemma) else {
      return "avoid " + name
    }
    return "reduce " + name
  }

  /// A name headed by the verb at `verb` with the verb as its gerund, the form a verb of
  /// keeping from takes: "avoid crossing legs", not "avoid cross leg". Any other name is
  /// returned as it is ("stop taking ibuprofen" is "avoid ibuprofen").
  private static func doing(_ name: String, by verb: Int, in sentence: SentenceAnalysis)
    -> String
  {
    let tag = sentence.tags[verb]
    let lemma = tag.upos == .verb ? tag.lemma : sentence.words[verb].folded
    guard name == lemma || name.hasPrefix(lemma + " ") else { return name }
    return Lemmatizer.gerund(of: lemma) + name.dropFirst(lemma.count)
  }

  /// The time a meal is put at, from `start` just after the verb of eating to the clause's
  /// end or a conjunction, six words from the time word at most: "after 8pm", "something
  /// within 2 hours of a run", "late at night"; nil where what is eaten comes first ("eat
  /// porridge before a run" names the porridge).
  private static func mealTiming(
    after start: Int, in sentence: SentenceAnalysis, within clause: Range<Int>
  ) -> String? {
    var first = start
    // "anything", "something": no food named; "right before bed", "just after".
    while first < clause.upperBound,
      ["anything", "something", "right", "just", "straight"].contains(sentence.words[first].folded)
    {
      first += 1
    }
    guard first < clause.upperBound, mealTimes.contains(sentence.words[first].folded) else {
      return nil
    }
    var words: [String] = []
    var k = start
    while k < clause.upperBound, k - first < 6,
      sentence.tags[k].upos != .coordinatingConjunction, sentence.tags[k].upos != .punctuation
    {
      // "of a run", "before your ride": no determiners or possessives in a name.
      if !["DT", "PRP$"].contains(sentence.tags[k].xpos) {
        words.append(sentence.tags[k].text.lowercased())
      }
      k += 1
    }
    return k - first > 1 || sentence.words[first].folded == "late"
      ? words.joined(separator: " ") : nil
  }

  /// Words that put a meal in time: "before", "after 8pm", "within 2 hours", "late".
  private static let mealTimes: Set<String> = ["before", "after", "within", "late", "until"]

  /// Phrasal verbs of keeping from a thing, by the words after the verb: "stay off the
  /// downhills", "steer clear of gluten", "give up dairy". Those of doing less of it ("cut
  /// back on caffeine", "ease off the hill sprints") name it reduced.
  private static let avoidingParticles: [String: [[String]]] = [
    "stay": [["off"], ["away", "from"], ["clear", "of"]],
    "keep": [["off"], ["away", "from"], ["clear", "of"]],
    "steer": [["clear", "of"]], "lay": [["off"]], "give": [["up"]], "cut": [["out"]],
  ]
  private static let reducingParticles: [String: [[String]]] = [
    "cut": [["back", "on"], ["down", "on"], ["back"], ["down"]],
    "ease": [["off"], ["off", "on"], ["up", "on"]], "back": [["off"], ["off", "on"]],
    "scale": [["back"], ["back", "on"]],
  ]

  /// The phrasal verb of keeping from or doing less of a thing at `verb`: "avoid" or
  /// "reduce", and where its object starts; nil when there is none.
  static func keepingFrom(at verb: Int, in sentence: SentenceAnalysis, within clause: Range<Int>)
    -> (name: String, object: Int)?
  {
    let lemma =
      sentence.tags[verb].upos == .verb ? sentence.tags[verb].lemma : sentence.words[verb].folded
    for (name, table) in [("reduce", reducingParticles), ("avoid", avoidingParticles)] {
      // The longest particle first: "cut back on" before "cut back".
      for particle in (table[lemma] ?? []).sorted(by: { $0.count > $1.count }) {
        let end = verb + 1 + particle.count
        guard end < clause.upperBound,
          zip(particle, sentence.words[(verb + 1)..<end]).allSatisfy({ $0 == $1.folded })
        else { continue }
        return (name, end)
      }
    }
    // "I'd steer clear tbh", "stay away": keeping from what the thread is about, with
    // nothing after but an aside. The object is the clause's end: nothing is named.
    let after = verb + 1
    if let particle = bareAvoidingParticles[lemma], after < clause.upperBound,
      particle == sentence.words[after].folded,
      sentence.words[(after + 1)..<clause.upperBound].allSatisfy({
        SpeechActReader.leadIns.contains($0.folded) || $0.folded == "mate"
      })
    {
      return ("avoid", clause.upperBound)
    }
    return nil
  }
  private static let bareAvoidingParticles: [String: String] = [
    "steer": "clear", "stay": "away", "keep": "away",
  ]
  /// Verbs for reaching a practitioner: "see a podiatrist", "ask your doctor", "having a
  /// doctor who knows antidepressants makes a big difference".
  private static let consultingVerbs: Set<String> = [
    "see", "visit", "ask", "consult", "call", "talk", "speak", "check", "go", "get", "have",
  ]
  /// Pronouns of the doer as the one done for: "get yourself a physio".
  private static let reflexives: Set<String> = [
    "myself", "yourself", "yourselves", "himself", "herself", "themselves", "ourselves",
  ]
  /// Verbs of bringing someone to do something ("get your company to pay").
  private static let causativeVerbs: Set<String> = [
    "get", "encourage", "persuade", "convince", "force", "urge",
  ]
  /// Verbs of going over a matter with someone: with a practitioner, it is seeing one.
  private static let discussingVerbs: Set<String> = [
    "discuss", "talk", "speak", "check", "consult", "raise", "review", "share", "go",
  ]
  /// Verbs that never name a remedy themselves.
  private static let emptyVerbs: Set<String> = SpeechActReader.stativeVerbs.union([
    "help", "work", "fix", "cure", "relieve", "solve", "suggest", "recommend", "advise", "try",
    "let", "give", "say", "sound", "check", "post", "google", "search", "read", "watch",
    "listen", "wait", "worry", "figure", "note", "consider", "use", "put", "add", "set",
    "bring", "play", "ride", "run", "race", "train", "cause", "trigger", "contact", "email",
    "inquire", "reach", "write", "mention", "report", "forward", "allow", "fill", "point",
    "insert", "input", "send", "share", "explain", "describe", "discuss", "learn", "study",
    "research", "test", "measure", "monitor", "track", "expect", "panic", "bother", "stay",
    "remain", "turn", "move", "leave", "hold", "pay", "spend", "save", "buy", "sell", "order",
    "worth",
  ])
  /// Verbs that name a remedy without an object: "rest", "sleep more", "walk".
  static let remedyVerbs: Set<String> = [
    "rest", "walk", "sleep", "stretch", "swim", "relax", "meditate", "hydrate", "nap", "ice",
    "elevate", "breathe", "hike", "cycle", "bike", "jog", "fast", "massage", "exercise", "gargle",
    "rinse", "soak", "floss", "tape", "brace", "splint",
  ]
  /// Words that make a phrase name nothing in particular.
  /// Adverbs that do not end in "-ly": a word tagged as an adverb that is none of them and
  /// has no "-ly" is most likely a name the tagger never saw ("itraconazole").
  private static let plainAdverbs: Set<String> = [
    "again", "instead", "anyway", "anyways", "though", "together", "forever", "already",
    "sometimes", "otherwise", "tomorrow", "tonight", "today", "yesterday", "afterward",
    "afterwards", "somewhere", "anywhere", "everywhere", "elsewhere", "outside", "inside",
    "upstairs", "downstairs", "overnight", "ahead", "around", "abroad", "indoors", "outdoors",
    "sideways", "backwards", "forward", "forwards", "meanwhile", "nonetheless", "nevertheless",
    "however", "therefore", "perhaps", "maybe", "almost", "enough", "rather", "quite", "often",
    "seldom", "always", "never", "still", "also", "else", "once", "twice", "soon", "later",
    "first", "last", "next", "long", "hard", "fast", "right", "straight", "well", "much",
    "more", "most", "less", "least", "little", "very", "even", "just", "only", "away", "back",
    "down", "here", "there", "then", "now", "too", "yet", "so", "not", "ever", "far", "near",
  ]

  static func isUnknownAdverb(_ word: String) -> Bool {
    word.count >= 5 && !word.hasSuffix("ly") && !plainAdverbs.contains(word)
      && word.allSatisfy(\.isLetter)
  }

  /// Spans of time, which an amount or "every" makes a measure of how often or how long.
  private static let timeNouns: Set<String> = [
    "day", "night", "week", "month", "year", "morning", "evening", "hour", "minute", "time",
    "weekend", "afternoon",
  ]
  private static let frequencyWords: Set<String> = [
    "every", "each", "twice", "once", "a", "an", "all", "per", "one", "two", "three", "few",
    "several", "other",
  ]

  /// Verbs of placing a thing, and where to.
  private static let placingVerbs: Set<String> = [
    "move", "put", "set", "turn", "shift", "tilt", "slide", "angle", "point",
  ]
  private static let directions: Set<String> = [
    "back", "forward", "forwards", "up", "down", "earlier", "later", "in", "out", "inward",
    "inwards", "outward", "outwards", "lower", "higher", "closer", "further", "apart",
    "around",
  ]

  /// Verbs of taking a thing into or onto the body.
  private static let consumingVerbs: Set<String> = [
    "eat", "drink", "chew", "swallow", "sip", "apply", "rub",
  ]

  /// Written sources a reply may send the reader to.
  private static let readingSources: Set<String> = [
    "faq", "article", "book", "paper", "review", "website", "page", "leaflet", "pamphlet",
  ]

  /// Works a title written after them names: "the book Sinus Survival".
  private static let titledWorks: Set<String> = [
    "book", "article", "video", "website", "podcast", "program", "programme", "app", "paper",
  ]

  /// Vague means that a proper name before them names ("the Hansons method").
  private static let namedMeans: Set<String> = ["method", "approach", "book"]

  private static let vagueWords: Set<String> = [
    "it", "this", "that", "them", "these", "those", "something", "anything", "everything",
    "nothing", "stuff", "thing", "one", "way", "lot", "bit", "what", "which", "he", "she", "they",
    "i", "you", "we", "all", "other", "same", "time", "idea", "approach", "method", "option",
    "alternative", "solution", "advice", "suggestion", "information", "info", "help", "care",
    "people", "someone", "somebody", "everyone", "anyone", "product", "brand", "problem",
    "issue", "question", "answer", "post", "thread", "link", "site", "forum", "article",
    "book", "video", "here", "there", "luck", "sense", "point", "place", "day", "week",
    "month", "year", "minute", "hour", "kind", "sort", "type", "lots", "deal", "part", "side",
    "end", "case", "reason", "result", "change", "difference", "wonder", "him", "her", "me",
    "us", "yourself", "myself", "itself", "themselves", "thanks", "chance", "look", "try",
    "go", "attention", "note", "mind", "track", "abreast", "author", "association", "system",
    "library", "input", "doctor's", "office", "store", "drugstore", "pharmacy", "number",
    "name", "word", "words", "term", "list", "stuff", "matter", "fact", "thought", "view",
    "opinion", "experience", "story", "risk", "condition", "symptom", "pain", "daylight",
    "bed", "work", "school", "home", "town", "itching", "itch", "measure", "relief", "etc",
    "action", "resulting", "remedy", "treatment", "cure", "fix", "trick", "technique", "eye",
    "experimenting", "experiment", "trying", "going", "control", "charge", "responsibility",
    "advantage", "step", "tip", "guide", "example", "piece", "set", "success", "failure",
  ]
  /// Determiners, possessives and quantities left out of a name.
  static let droppedWords: Set<String> = [
    "a", "an", "the", "my", "your", "his", "her", "their", "our", "its", "some", "any", "more",
    "less", "few", "little", "bit", "lot", "lots", "plenty", "couple", "enough", "extra",
    "several", "many", "much", "of", "good", "decent", "proper", "nice", "great", "quality",
    "regular", "regularly", "daily", "every", "each", "own", "whole", "this", "that", "these",
    "those", "such", "certain", "other", "another", "very", "really", "just", "also",
    "especially", "particularly", "maybe", "at", "least", "even", "still", "right", "correct",
    "few", "small", "big", "large", "huge", "lil", "tiny", "cheap", "simple", "basic", "new",
    "actual", "usual", "same", "round", "course",
  ]
  /// Nouns that stand for a relation to the thing named after their preposition.
  private static let relationNouns: [String: Set<String>] = [
    "membership": ["in", "of", "with"], "subscription": ["to"], "prescription": ["for", "of"],
    "course": ["of"], "round": ["of"], "trial": ["of"], "supply": ["of"], "regimen": ["of"],
    "session": ["of", "with"], "appointment": ["with"], "referral": ["to"],
    "consumption": ["of"], "intake": ["of"], "ingestion": ["of"],
  ]
  /// Containers and measures: "a bottle of X" is X, but "hot packs" and "ear drops" are
  /// named by them.
  private static let measureWords: Set<String> = [
    "dose", "bottle", "tube", "pack", "cup", "glass", "spoonful", "teaspoon", "tablespoon",
    "pinch", "dab", "drop", "jar", "packet", "box", "sachet", "amount", "portion", "serving",
    "pair", "ounce", "gallon", "pound", "gram", "liter", "litre", "quart", "pint", "handful",
    "scoop",
  ]
  /// Adverbs kept after an intransitive verb: "sleep more", "walk it off".
  private static let keptComplements: Set<String> = [
    "more", "less", "longer", "earlier", "off", "out", "down", "back", "up", "slowly", "early",
  ]
  /// Verbs that take a thing or a person somewhere: "report them to the BBB".
  private static let referringVerbs: Set<String> = [
    "report", "complain", "send", "show", "mention", "refer", "submit", "forward", "bring",
  ]
  /// Practitioner words: after a consulting verb they make "see <practitioner>".
  static let practitioners: Set<String> = [
    "doctor", "doc", "physician", "gp", "physio", "physiotherapist", "therapist", "podiatrist",
    "chiropractor", "chiro", "osteopath", "dermatologist", "ent", "specialist", "orthopedist",
    "orthopaedist", "surgeon", "dentist", "neurologist", "allergist", "optometrist",
    "ophthalmologist", "pharmacist", "nurse", "md", "pt", "professional", "expert", "coach",
    "fitter", "masseuse", "masseur", "rheumatologist", "cardiologist", "urologist",
    "gynecologist", "psychologist", "psychiatrist", "counselor", "counsellor", "nutritionist",
    "dietitian", "dietician", "acupuncturist", "practitioner", "clinic", "hospital", "er",
    "emergency", "urologist", "endocrinologist", "gastroenterologist", "vet", "veterinarian",
    "geriatrician", "pediatrician", "paediatrician", "obstetrician", "internist", "midwife",
    "naturopath", "homeopath", "herbalist",
  ]

  /// Whether a folded word names a practitioner: one of `practitioners`, or a specialist
  /// by the ending of medicine's specialties ("gerontologist", "hematologist").
  static func isPractitioner(_ folded: String) -> Bool {
    practitioners.contains(folded) || folded == "doc"
      || folded.count > 9 && folded.hasSuffix("ologist")
  }

  // MARK: - Naming

  /// The remedy an act of advice names from its verb at `verb`, or nil.
  /// Verbs of training by a means ("train with", "stick to", "follow", "join a group").
  private static let meansVerbs: Set<String> = [
    "train", "follow", "stick", "use", "start", "join",
  ]

  static func fromVerb(at verb: Int, in sentence: SentenceAnalysis, within clause: Range<Int>)
    -> Found?
  {
    let tags = sentence.tags
    // An imperative the tagger misread ("Lower/JJR your saddle") is still a verb.
    let lemma =
      tags[verb].upos == .verb || tags[verb].upos == .auxiliary
      ? tags[verb].lemma : sentence.words[verb].folded
    if lemma == "be", verb + 1 < clause.upperBound, sentence.words[verb + 1].folded == "on",
      let found = taken(in: verb..<clause.upperBound, of: sentence)
    {
      return found
    }
    var next = verb + 1
    while next < clause.upperBound, tags[next].upos == .adverb,
      !keptComplements.contains(sentence.words[next].folded)
    {
      next += 1
    }
    // "Don't scoop or change the litterbox", "wash and dry your feet": a verb with no object
    // of its own shares the one of the verb it is joined to, where that one opens with a
    // determiner or a possessive ("go ahead and have the fudge" is one errand, "sweat and
    // talk mile after mile" has no object).
    if next + 2 < clause.upperBound, ["and", "or"].contains(sentence.words[next].folded),
      tags[next + 1].xpos == tags[verb].xpos, tags[verb].upos == .verb,
      tags[next + 1].upos == .verb, !["go", "come", "get"].contains(lemma),
      tags[next + 2].upos == .determiner || tags[next + 2].xpos == "PRP$",
      var found = fromVerb(at: next + 1, in: sentence, within: clause)
    {
      // The denial before the first verb denies both.
      if SpeechActReader.isDenied(verb, within: clause, of: sentence),
        !found.name.hasPrefix("avoid ")
      {
        found.name = "avoid " + doing(found.name, by: next + 1, in: sentence)
      }
      return found
    }
    if ["go", "move"].contains(lemma), let direction = sizeChange(after: verb, in: sentence) {
      return Found(name: "size " + direction, kind: .equipment, start: verb)
    }
    // "a new anticonvulsant called felbamate": the name given.
    if ["VBN", "VBD"].contains(tags[verb].xpos), ["call", "name"].contains(lemma),
      verb > clause.lowerBound,
      [.noun, .adjective].contains(tags[verb - 1].upos) || tags[verb - 1].xpos == "VBN"
    {
      let named = nounPhrase(from: verb + 1, in: sentence, within: clause)
      guard let name = name(of: named, in: sentence) else { return nil }
      return Found(name: name, kind: kind(verb: nil, object: named, in: sentence), start: verb + 1)
    }
    // "I trained with a Peloton audio program", "we trained according to Hal Higdon's
    // plan", "I followed the Hansons method": the means one trains by is the remedy.
    if meansVerbs.contains(lemma), next < clause.upperBound {
      var start = next
      // Words are folded: "according" is read as "accord".
      if sentence.words[start].folded == "accord", start + 1 < clause.upperBound,
        sentence.words[start + 1].folded == "to"
      {
        start += 2
      } else if ["with", "to", "on", "by", "using"].contains(sentence.words[start].folded) {
        start += 1
      }
      let target = nounPhrase(from: start, in: sentence, within: clause)
      if let head = target.last, SpeechActReader.meansNouns.contains(tags[head].lemma),
        target.count > 1, let name = name(of: target, in: sentence)
      {
        return Found(
          name: name, kind: kind(verb: nil, object: target, in: sentence), start: start,
          isMeans: true)
      }
    }
    // "leave it", "leave it alone", "ignore it", "get used to it": letting a thing be is a
    // remedy of its own, whatever "it" is.
    // "Don't ignore it" says the opposite; "leave it on for 5 mins", "leave them in
    // overnight", "leave it to the experts" keep a thing where it is, or hand it on.
    if ["leave", "ignore"].contains(lemma), verb + 1 < clause.upperBound,
      ["it", "them"].contains(sentence.words[verb + 1].folded),
      verb + 2 == clause.upperBound
        || !Self.placingParticles.contains(sentence.words[verb + 2].folded)
    {
      guard
        verb == clause.lowerBound
          || !SpeechActReader.isNegation(verb - 1, in: sentence)
            && sentence.words[verb - 1].folded != "not"
      else { return nil }
      return Found(
        name: lemma == "leave" ? "leave it alone" : "ignore it", kind: .lifestyle, start: verb)
    }
    if ["get", "become"].contains(lemma), verb + 3 < clause.upperBound,
      sentence.words[verb + 1].folded == "use",
      sentence.words[verb + 2].folded == "to"
        || sentence.words[verb + 1].folded == "used" && sentence.words[verb + 2].folded == "to"
    {
      return Found(name: "get used to it", kind: .lifestyle, start: verb)
    }
    // "keep cool", "stay warm", "dress warmly": a state to keep is the remedy.
    if stateVerbs.contains(lemma), verb + 1 < clause.upperBound,
      tags[verb + 1].upos == .adjective || ["VBN", "VBD"].contains(tags[verb + 1].xpos),
      sentence.words[verb + 1].folded.count > 2,
      !vagueWords.contains(sentence.words[verb + 1].folded),
      !signOffStates.contains(sentence.tags[verb + 1].text.lowercased())
    {
      return Found(
        name: lemma + " " + sentence.tags[verb + 1].text, kind: .lifestyle, start: verb)
    }
    // "keep taking it", "continue doing them": going on with what the thread is about is a
    // remedy of its own, whatever "it" is.
    if ["keep", "continue"].contains(lemma), next + 1 < clause.upperBound,
      tags[next].xpos == "VBG", ["it", "them"].contains(sentence.words[next + 1].folded)
    {
      let doing = sentence.tags[next].text.lowercased()
      return Found(
        name: "keep \(doing) \(sentence.words[next + 1].folded)", kind: .lifestyle, start: verb)
    }
    // "stay off the downhills", "cut back on running downhill".
    if let (keeping, start) = keepingFrom(at: verb, in: sentence, within: clause) {
      guard start < clause.upperBound else { return nil }
      if tags[start].xpos == "VBG" {
        guard var found = fromVerb(at: start, in: sentence, within: clause) else { return nil }
        found.name = keeping + " " + doing(found.name, by: start, in: sentence)
        found.start = verb
        return found
      }
      let object = nounPhrase(from: start, in: sentence, within: clause)
      guard let name = name(of: object, in: sentence) else { return nil }
      return Found(name: keeping + " " + name, kind: .lifestyle, start: verb)
    }
    // "try stretching your calves", "start doing yoga", "avoid running downhill".
    if next < clause.upperBound, tags[next].xpos == "VBG",
      carrierVerbs.contains(lemma) || avoidingVerbs.contains(lemma)
    {
      guard
        var found = fromVerb(at: next, in: sentence, within: clause)
          ?? posture(at: next, in: sentence, within: clause)
      else { return nil }
      // "Avoid eating burnt food": the gerund reads "avoid" as its denial already.
      if avoidingVerbs.contains(lemma), !found.name.hasPrefix("avoid "),
        !SpeechActReader.isDenied(verb, within: clause, of: sentence)
      {
        found.name = "avoid " + doing(found.name, by: next, in: sentence)
      }
      found.start = verb
      return found
    }
    // "Swap soap for an emollient", "trade the bar for rings": what takes the place.
    if ["swap", "switch", "trade", "exchange", "replace", "substitute"].contains(lemma),
      case let old = nounPhrase(from: next, in: sentence, within: clause), !old.isEmpty,
      old.upperBound + 1 < clause.upperBound,
      sentence.words[old.upperBound].folded == (lemma == "replace" ? "with" : "for")
    {
      let target = namedPhrase(
        nounPhrase(from: old.upperBound + 1, in: sentence, within: clause), in: sentence,
        within: clause)
      guard let name = name(of: target, in: sentence) else { return nil }
      return Found(name: name, kind: kind(verb: nil, object: target, in: sentence), start: verb)
    }
    // "switched to Hokas", "changed to a shorter stem", "switched from my Hokas back to a
    // lower stack shoe": what the poster moved to.
    var to = next
    if to < clause.upperBound, sentence.words[to].folded == "from" {
      let left = nounPhrase(from: to + 1, in: sentence, within: clause)
      to = left.isEmpty ? clause.upperBound : left.upperBound
      while to < clause.upperBound, ["back", "over"].contains(sentence.words[to].folded) {
        to += 1
      }
    }
    if ["switch", "change", "move", "upgrade", "downgrade", "swap"].contains(lemma),
      to + 1 < clause.upperBound, sentence.words[to].folded == "to",
      tags[to + 1].xpos != "VB"
    {
      let target = namedPhrase(
        nounPhrase(from: to + 1, in: sentence, within: clause), in: sentence, within: clause)
      guard let name = name(of: target, in: sentence) else { return nil }
      return Found(name: name, kind: .equipment, start: verb)
    }
    // "I used to get nosebleeds": a past habit, not a thing used.
    if sentence.words[verb].folded == "used", next < clause.upperBound,
      sentence.words[next].folded == "to"
    {
      return nil
    }
    // "get your company to pay up", "encourage your kids to eat more vegetables": what
    // someone is brought to do is the advice, not the one brought to it. A practitioner
    // brought to act is consulted ("get your doctor to check your thyroid").
    if causativeVerbs.contains(lemma),
      case let other = nounPhrase(from: next, in: sentence, within: clause), !other.isEmpty,
      kind(verb: nil, object: other, in: sentence) != .practitioner,
      other.upperBound + 1 < clause.upperBound, sentence.words[other.upperBound].folded == "to",
      tags[other.upperBound + 1].xpos == "VB"
    {
      return fromVerb(at: other.upperBound + 1, in: sentence, within: clause)
    }
    // "try to relax", "need to rest", "ask to speak to the clinic director".
    if next + 1 < clause.upperBound, sentence.words[next].folded == "to",
      tags[next + 1].xpos == "VB", carrierVerbs.contains(lemma) || lemma == "ask"
    {
      return fromVerb(at: next + 1, in: sentence, within: clause)
    }
    // "Try not to use antibiotics": keeping from a thing is avoiding it.
    if next + 2 < clause.upperBound, sentence.words[next].folded == "not",
      sentence.words[next + 1].folded == "to", tags[next + 2].xpos == "VB",
      carrierVerbs.contains(lemma),
      var found = fromVerb(at: next + 2, in: sentence, within: clause)
    {
      if !found.name.hasPrefix("avoid ") {
        found.name = "avoid " + doing(found.name, by: next + 2, in: sentence)
      }
      found.start = verb
      return found
    }
    // "needs to be seen by a doctor": the agent of a passive is whom it names.
    let namesAgent =
      tags[verb].xpos == "VBN" && next + 1 < clause.upperBound
      && sentence.words[next].folded == "by"
    if namesAgent { next += 1 }
    let negated = SpeechActReader.isDenied(verb, within: clause, of: sentence)
    // "eat before you exercise", "don't eat anything within 2 hrs of a run", "stopped eating
    // late at night": when one eats or drinks is the remedy.
    if ["eat", "drink", "snack"].contains(lemma),
      let timing = mealTiming(after: verb + 1, in: sentence, within: clause)
    {
      let done = lemma + " " + timing
      return Found(
        name: negated ? "avoid " + doing(done, by: verb, in: sentence) : done, kind: .lifestyle,
        start: verb)
    }
    // "bump up your cadence", "cut out sugar": a particle before the object stays with the
    // verb.
    var particle: String?
    if next + 1 < clause.upperBound, tags[next].xpos == "RP",
      !nounPhrase(from: next + 1, in: sentence, within: clause).isEmpty
    {
      particle = sentence.words[next].folded
      next += 1
    }
    // "Spend the money on a professional fit": what the money goes to.
    if lemma == "spend",
      let on = (next..<min(clause.upperBound, next + 4)).first(where: {
        sentence.words[$0].folded == "on"
      }),
      case let target = nounPhrase(from: on + 1, in: sentence, within: clause),
      let name = name(of: target, in: sentence)
    {
      return Found(name: name, kind: kind(verb: nil, object: target, in: sentence), start: verb)
    }
    // "invest in a good pair of shoes": what one spends on is what one gets.
    if particle == nil, ["invest", "splurge"].contains(lemma), next + 1 < clause.upperBound,
      ["in", "on"].contains(sentence.words[next].folded)
    {
      next += 1
    }
    // "get yourself a good physio": for whom is no object.
    if ["get", "find"].contains(lemma), next + 1 < clause.upperBound,
      reflexives.contains(sentence.words[next].folded)
    {
      next += 1
    }
    // "went on a low-fat diet", "taking on more fluids": what one goes on is what one takes.
    if particle == nil, ["go", "take", "get", "start", "put", "stay"].contains(lemma),
      next + 1 < clause.upperBound, sentence.words[next].folded == "on",
      !nounPhrase(from: next + 1, in: sentence, within: clause).isEmpty
    {
      next += 1
    }
    var object = namedPhrase(
      nounPhrase(from: next, in: sentence, within: clause), in: sentence,
      within: clause)
    // "Wash every night with a cleanser", "walk an hour a day": how often or how long is
    // no object.
    if let head = object.last, timeNouns.contains(tags[head].lemma),
      frequencyWords.contains(sentence.words[next].folded)
    {
      object = object.upperBound..<object.upperBound
    }
    // "best handled by an ENT", "better treated with ice": who or what is to deal with it.
    if let (done, preposition) = SpeechActReader.bestDoneBy(in: clause, of: sentence),
      done == verb
    {
      let target = nounPhrase(from: preposition + 1, in: sentence, within: clause)
      guard let name = name(of: target, in: sentence) else { return nil }
      let start = target.first { tags[$0].upos != .determiner } ?? preposition + 1
      return Found(
        name: name, kind: kind(verb: nil, object: target, in: sentence), start: start)
    }
    // "The best thing is X", "all you need is X": what follows "is". "Don't be a hero",
    // "be a good patient": an imperative "be" asks for a role, which is no remedy.
    if lemma == "be" {
      let opening = clause.first {
        ![.coordinatingConjunction, .adverb].contains(tags[$0].upos)
          && !["don't", "dont", "never", "not"].contains(sentence.words[$0].folded)
      }
      guard opening != verb, next < clause.upperBound, tags[next].xpos != "VBN",
        let name = name(of: object, in: sentence)
      else { return nil }
      return Found(name: name, kind: kind(verb: nil, object: object, in: sentence), start: next)
    }
    // "inquire about taking Lupron", "look into orthotics": what is asked about.
    // "look at raising your pads": what to look at doing.
    if ["ask", "inquire", "enquire", "look", "read"].contains(lemma), next + 1 < clause.upperBound,
      ["about", "into"].contains(sentence.words[next].folded)
        || lemma == "look" && sentence.words[next].folded == "at"
          && tags[next + 1].xpos == "VBG"
    {
      if tags[next + 1].xpos == "VBG" {
        guard var found = fromVerb(at: next + 1, in: sentence, within: clause) else { return nil }
        found.start = verb
        return found
      }
      let target = nounPhrase(from: next + 1, in: sentence, within: clause)
      guard let name = name(of: target, in: sentence) else { return nil }
      return Found(name: name, kind: kind(verb: nil, object: target, in: sentence), start: verb)
    }
    // "Ask for a referral to a physio", "ask for refereed papers": what is asked for.
    if lemma == "ask", next + 1 < clause.upperBound, sentence.words[next].folded == "for" {
      let target = nounPhrase(from: next + 1, in: sentence, within: clause)
      if let head = practitioner(in: target, of: sentence) {
        return Found(name: "see " + head, kind: .practitioner, start: verb)
      }
      guard let name = name(of: target, in: sentence) else { return nil }
      return Found(name: name, kind: kind(verb: nil, object: target, in: sentence), start: verb)
    }
    // "Ask your doctor (or his nurse) about Lupron", "talk to your GP about CBT-I": what the
    // practitioner is asked about.
    let spokenTo =
      ["talk", "speak", "chat"].contains(lemma) && next + 1 < clause.upperBound
        && sentence.words[next].folded == "to"
      ? nounPhrase(from: next + 1, in: sentence, within: clause) : nil
    let consulted = spokenTo ?? object
    var asked = consulted.upperBound
    if lemma == "ask", asked + 1 < clause.upperBound,
      ["or", "and"].contains(sentence.words[asked].folded),
      case let other = nounPhrase(from: asked + 1, in: sentence, within: clause),
      practitioner(in: other, of: sentence) != nil
    {
      asked = other.upperBound
    }
    if lemma == "ask" || spokenTo != nil, practitioner(in: consulted, of: sentence) != nil,
      asked + 1 < clause.upperBound,
      sentence.words[asked].folded == "about"
    {
      // The name starts at what is asked about; "ask your doctor about your knee" asks
      // about the body, which is no remedy, and so advises seeing the doctor.
      let target = nounPhrase(from: asked + 1, in: sentence, within: clause)
      if let name = name(of: target, in: sentence),
        let head = practitioner(in: consulted, of: sentence)
      {
        let start =
          target.first { tags[$0].upos != .determiner && tags[$0].xpos != "PRP$" }
          ?? target.lowerBound
        return Found(
          name: name, kind: kind(verb: nil, object: target, in: sentence), start: start,
          practitioner: [Found(name: "see " + head, kind: .practitioner, start: verb)])
      }
    }
    // "Talk to your coach": whom to see, where nothing is asked about.
    if let spokenTo, let head = practitioner(in: spokenTo, of: sentence) {
      return Found(name: "see " + head, kind: .practitioner, start: verb)
    }
    // "Ask the practitioner whether he uses disposable needles": what to make sure the
    // practitioner does.
    if lemma == "ask", practitioner(in: object, of: sentence) != nil,
      asked + 3 < clause.upperBound, ["whether", "if"].contains(sentence.words[asked].folded),
      sentence.tags[asked + 1].upos == .pronoun,
      practiceVerbs.contains(sentence.tags[asked + 2].lemma)
    {
      let target = nounPhrase(from: asked + 3, in: sentence, within: clause)
      if let name = name(of: target, in: sentence) {
        return Found(
          name: name, kind: kind(verb: nil, object: target, in: sentence), start: asked + 3)
      }
    }
    // "Look for an allergist who uses sublingual drops", "find a physio who does dry
    // needling": what the practitioner sought does, else seeing one.
    let sought =
      lemma == "look" && next + 1 < clause.upperBound && sentence.words[next].folded == "for"
      ? nounPhrase(from: next + 1, in: sentence, within: clause)
      : lemma == "find" ? object : nil
    if let sought, let head = practitioner(in: sought, of: sentence) {
      if let practice = practice(after: sought, in: sentence, within: clause) { return practice }
      return Found(name: "see " + head, kind: .practitioner, start: verb)
    }
    // "Get yourself to a doctor", "get your butt into the doctor's office", "take him to a
    // pediatrician": bringing someone to a practitioner is seeing one.
    if ["get", "take", "bring", "drag"].contains(lemma),
      let to = (next..<min(clause.upperBound, next + 4)).first(where: {
        ["to", "into"].contains(sentence.words[$0].folded)
      }),
      case let place = nounPhrase(from: to + 1, in: sentence, within: clause),
      // "the doctor's office": the practitioner's place is seeing them.
      let head = practitioner(in: place, of: sentence)
        ?? (place.count > 1 && ["office", "clinic"].contains(tags[place.upperBound - 1].lemma)
          ? practitioner(in: place.dropLast(), of: sentence) : nil)
    {
      return Found(name: "see " + head, kind: .practitioner, start: verb)
    }
    // "see a podiatrist"; "(she should be) examined by another doctor": a practitioner as
    // the agent of any passive.
    if consultingVerbs.contains(lemma) || namesAgent,
      let head = practitioner(in: object, of: sentence)
    {
      return Found(name: "see " + head, kind: .practitioner, start: verb)
    }
    // "See the sci.skeptic FAQ", "read the Mayo Clinic article": a written source, named
    // by what stands before it, is where to look.
    if ["see", "read", "check"].contains(lemma), let head = object.last,
      readingSources.contains(tags[head].lemma), let name = name(of: object, in: sentence),
      name.contains(" ")
    {
      return Found(name: name, kind: .appOrMedia, start: verb)
    }
    // "Post your question to alt.med.cfs": the place to ask is the remedy.
    if lemma == "post", let place = placeToAsk(after: verb, in: sentence),
      let name = name(of: place, in: sentence)
    {
      return Found(name: name, kind: .appOrMedia, start: place.lowerBound)
    }
    // "Switch doctors", "change GPs": seeing another one. So is letting one go: "fire your
    // doctor", "ditch your GP".
    if ["change", "switch"].contains(lemma) && object.last.map({ tags[$0].xpos == "NNS" }) == true
      || ["fire", "dump", "ditch", "drop", "leave"].contains(lemma) && !negated,
      let head = practitioner(in: object, of: sentence)
    {
      let name = head.hasPrefix("another ") ? head : "another " + head
      return Found(name: "see " + name, kind: .practitioner, start: verb)
    }
    // "discuss it with an independent doc", "go over the list with your pharmacist".
    if discussingVerbs.contains(lemma),
      let with = (next..<min(clause.upperBound, next + 5)).first(where: {
        sentence.words[$0].folded == "with"
      }),
      let head = practitioner(
        in: nounPhrase(from: with + 1, in: sentence, within: clause), of: sentence)
    {
      return Found(name: "see " + head, kind: .practitioner, start: verb)
    }
    // "get checked by a doc", "be seen by a physio": whom to be seen by.
    if ["get", "be"].contains(lemma), next + 2 < clause.upperBound, tags[next].xpos == "VBN",
      sentence.words[next + 1].folded == "by",
      let head = practitioner(
        in: nounPhrase(from: next + 2, in: sentence, within: clause), of: sentence)
    {
      return Found(name: "see " + head, kind: .practitioner, start: verb)
    }
    // "get her to a doctor", "take him to a vet": bringing someone to a practitioner.
    if ["get", "take", "bring", "send"].contains(lemma), next + 2 < clause.upperBound,
      sentence.tags[next].upos == .pronoun, sentence.words[next + 1].folded == "to",
      let head = practitioner(
        in: nounPhrase(from: next + 2, in: sentence, within: clause), of: sentence)
    {
      return Found(name: "see " + head, kind: .practitioner, start: verb)
    }
    // "Report them to your local BBB", "show it to a pharmacist": where the thing is taken
    // is the remedy.
    if referringVerbs.contains(lemma), next + 2 < clause.upperBound,
      ["it", "them", "him", "her", "this"].contains(sentence.words[next].folded),
      sentence.words[next + 1].folded == "to"
    {
      let target = nounPhrase(from: next + 2, in: sentence, within: clause)
      if let head = practitioner(in: target, of: sentence) {
        return Found(name: "see " + head, kind: .practitioner, start: verb)
      }
      guard let name = name(of: target, in: sentence) else { return nil }
      return Found(name: lemma + " to " + name, kind: .other, start: verb)
    }
    // "needs to be rushed to a hospital", "head to the ER".
    if ["rush", "head", "hurry", "race"].contains(lemma), next + 1 < clause.upperBound,
      sentence.words[next].folded == "to",
      let head = practitioner(
        in: nounPhrase(from: next + 1, in: sentence, within: clause), of: sentence)
    {
      return Found(name: "see " + head, kind: .practitioner, start: verb)
    }
    if lemma == "go", next < clause.upperBound,
      ["to", "for"].contains(sentence.words[next].folded)
    {
      // "Don't go to the gym", "it would be best not to go to bottle feedings": where one is
      // told not to go is avoided.
      let target = nounPhrase(from: next + 1, in: sentence, within: clause)
      if !negated, let head = practitioner(in: target, of: sentence) {
        return Found(name: "see " + head, kind: .practitioner, start: verb)
      }
      guard let name = name(of: target, in: sentence) else { return nil }
      return Found(
        name: negated ? "avoid " + name : name,
        kind: kind(verb: nil, object: target, in: sentence), start: verb)
    }
    // "put me on amitriptyline": what someone was put on.
    if ["put", "start"].contains(lemma), next + 2 < clause.upperBound,
      sentence.tags[next].upos == .pronoun, sentence.words[next + 1].folded == "on"
    {
      let target = nounPhrase(from: next + 2, in: sentence, within: clause)
      guard let name = name(of: target, in: sentence) else { return nil }
      return Found(name: name, kind: kind(verb: nil, object: target, in: sentence), start: verb)
    }
    // "have your thyroid checked", "get your gait analysed": what is to be done to the thing.
    if ["have", "get"].contains(lemma), object.upperBound < clause.upperBound,
      sentence.tags[object.upperBound].xpos == "VBN",
      let thing = name(of: object, in: sentence)
    {
      return Found(
        name: sentence.tags[object.upperBound].lemma + " " + thing, kind: .practitioner,
        start: verb)
    }
    // "Do not attempt anything with Q-tips": a denied action on nothing in particular is
    // about what it would be done with.
    if negated, next + 2 < clause.upperBound,
      ["anything", "something"].contains(sentence.words[next].folded),
      sentence.words[next + 1].folded == "with"
    {
      let target = nounPhrase(from: next + 2, in: sentence, within: clause)
      guard let name = name(of: target, in: sentence) else { return nil }
      return Found(
        name: "avoid " + name, kind: kind(verb: nil, object: target, in: sentence), start: verb)
    }
    if carrierVerbs.contains(lemma) || negated && lemma == "use" {
      // "keep your weight down": the object and where it is kept. "put the bars up", "get
      // your head through": where a thing is put is the advice, not the thing.
      if let name = name(of: object, in: sentence), object.upperBound < clause.upperBound,
        case let place = sentence.words[object.upperBound].folded,
        lemma == "keep"
          && ["down", "up", "off", "low", "warm", "dry", "clean", "elevated"].contains(place)
          || ["put", "get"].contains(lemma)
            && (directions.contains(place) && place != "around" || place == "through")
      {
        return Found(
          name: "\(lemma) \(name) \(place)",
          kind: lemma == "keep" ? .lifestyle : kind(verb: nil, object: object, in: sentence),
          start: verb)
      }
      // "taking acidophilous on a daily basis": a word the tagger guessed to be an adjective
      // from its ending names the thing taken when nothing follows it in the phrase.
      // "Try itraconazole/RB": a word it took for an adverb, though it is none of the few
      // that do not end in "-ly", likewise.
      // "Try lanolin/VBP 5 ml": a word it took for a verb, right before a dose or the end,
      // likewise.
      var object = object
      if ["take", "use", "try"].contains(lemma), verb + 1 < clause.upperBound,
        sentence.tags[verb + 1].xpos == "RB" && isUnknownAdverb(sentence.words[verb + 1].folded)
          || ["VB", "VBP"].contains(sentence.tags[verb + 1].xpos)
            && isUnknownAdverb(sentence.words[verb + 1].folded)
            && (verb + 2 == clause.upperBound || sentence.tags[verb + 2].upos == .numeral)
      {
        object = (verb + 1)..<(verb + 2)
      }
      let taken =
        ["take", "use", "try"].contains(lemma) && object.count == 1
        && [.adjective, .adverb].contains(sentence.tags[object.lowerBound].upos)
        && (object.upperBound == clause.upperBound
          || sentence.tags[object.upperBound].upos == .adposition)
      if let name = name(of: object, in: sentence, loneAdjective: taken) {
        let full =
          negated
          ? "avoid " + name
          : avoidingVerbs.contains(lemma)
            ? avoided(name, by: lemma, object: object, in: sentence)
            : name
        return Found(name: full, kind: kind(verb: nil, object: object, in: sentence), start: verb)
      }
      // "Go three days early": a carrier with no object names only its complement; going
      // back is no remedy.
      guard !emptyVerbs.contains(lemma),
        !(lemma == "go" && sentence.words[min(next, clause.upperBound - 1)].folded == "back"),
        let complement = complement(of: verb, after: object, in: sentence, within: clause)
      else { return nil }
      return Found(
        name: lemma + " " + complement, kind: kind(verb: lemma, object: object, in: sentence),
        start: verb)
    }
    // "Be sure not to skip meals": a denied avoiding is doing the thing.
    if avoidingVerbs.contains(lemma) {
      guard let name = name(of: object, in: sentence) else { return nil }
      return Found(
        name: negated ? name : avoided(name, by: lemma, object: object, in: sentence),
        kind: .lifestyle, start: verb)
    }
    // "Ride less", "run less for a while": doing less of what hurts is a remedy, though the
    // activity alone is none.
    if emptyVerbs.contains(lemma), verb + 1 < clause.upperBound,
      sentence.words[verb + 1].folded == "less"
    {
      return Found(name: lemma + " less", kind: .lifestyle, start: verb)
    }
    // "Move the cleats back", "move the sessions earlier", "put your feet up": a verb of
    // placing, empty alone, names a remedy with what it places and where.
    if placingVerbs.contains(lemma), let thing = name(of: object, in: sentence),
      object.upperBound < clause.upperBound,
      case let direction = sentence.words[object.upperBound].folded,
      directions.contains(direction),
      // "move your hands around more", not "move your keyboard around among machines".
      direction != "around" || object.upperBound + 1 == clause.upperBound
        || sentence.tags[object.upperBound + 1].upos != .adposition
    {
      return Found(name: "\(lemma) \(thing) \(direction)", kind: .equipment, start: verb)
    }
    // "Move your hand position every 10 minutes", "shift your position": a position is a
    // place already.
    if placingVerbs.contains(lemma), let head = object.last,
      ["position", "positions", "posture"].contains(sentence.words[head].folded),
      let thing = name(of: object, in: sentence)
    {
      return Found(name: "\(lemma) \(thing)", kind: .other, start: verb)
    }
    // "started running on the gravel path", "walk on grass": the ground one moves on names
    // the activity's remedy, though running alone names none.
    if movingVerbs.contains(lemma), particle == nil, next + 1 < clause.upperBound,
      sentence.words[next].folded == "on",
      case let ground = nounPhrase(from: next + 1, in: sentence, within: clause),
      let head = ground.last, grounds.contains(sentence.tags[head].lemma),
      let name = name(of: ground, in: sentence)
    {
      let done = "\(lemma) on \(name)"
      return Found(
        name: negated ? "avoid " + doing(done, by: verb, in: sentence) : done, kind: .activity,
        start: verb)
    }
    guard !emptyVerbs.contains(lemma), lemma.count > 2, lemma.allSatisfy(\.isLetter),
      // "say your piece and walk away": leaving, not a walk.
      !(["walk", "run"].contains(lemma) && verb + 1 < clause.upperBound
        && sentence.words[verb + 1].folded == "away")
    else {
      return nil
    }
    // "Seek out a better one": the object stands for a thing named elsewhere, and the verb
    // with its particle alone is no remedy.
    guard !endsWithProForm(object, in: sentence) else { return nil }
    var words = [lemma] + (particle.map { [$0] } ?? [])
    // "Eat yogurt/RB every day", "Eat oatmeal/JJ every day": a word the tagger guessed to be
    // an adverb or adjective is what is eaten or drunk when nothing of a phrase follows it.
    var consumedObject = object
    if consumingVerbs.contains(lemma), verb + 1 < clause.upperBound,
      sentence.tags[verb + 1].xpos == "RB", isUnknownAdverb(sentence.words[verb + 1].folded)
    {
      consumedObject = (verb + 1)..<(verb + 2)
    }
    let consumed =
      consumingVerbs.contains(lemma) && consumedObject.count == 1
      && [.adjective, .adverb].contains(sentence.tags[consumedObject.lowerBound].upos)
      && (consumedObject.upperBound == clause.upperBound
        || [.adposition, .determiner].contains(sentence.tags[consumedObject.upperBound].upos))
    if let objectName = name(of: consumedObject, in: sentence, loneAdjective: consumed) {
      // "Don't eat burnt food", "never drink coffee": what is kept from is the thing eaten.
      if negated, particle == nil, consumingVerbs.contains(lemma) {
        return Found(
          name: "avoid " + objectName, kind: kind(verb: lemma, object: object, in: sentence),
          start: verb)
      }
      if troubleVerbs.contains(lemma), let head = object.last,
        let (means, lone) = meansPhrase(after: head, in: sentence, within: clause),
        let name = name(of: means, in: sentence, loneAdjective: lone)
      {
        return Found(name: name, kind: kind(verb: nil, object: means, in: sentence), start: verb)
      }
      words.append(objectName)
      // "Clean the area with antiseptic", "cover the wound with a bandage": where what is
      // cared for is only a place on the body, what it is done with is the remedy's substance.
      if careVerbs.contains(lemma), let head = object.last,
        treatedPlaces.contains(sentence.tags[head].lemma),
        let means = means(after: head, in: sentence, within: clause)
      {
        words += ["with", means]
      } else if let head = object.last, treatedPlaces.contains(sentence.tags[head].lemma),
        let location = location(after: head, in: sentence, within: clause)
      {
        // "Select a spot on the upper, outer thigh": where the place is, is the advice.
        words += location
      }
    } else if adjustingVerbs.contains(lemma), object.isEmpty, next < clause.upperBound,
      ["it", "them"].contains(sentence.words[next].folded),
      let thing = antecedent(before: verb, in: sentence)
    {
      words.append(thing)
    } else if let complement = complement(of: verb, after: object, in: sentence, within: clause),
      complement != particle
    {
      words.append(complement)
    } else if object.isEmpty, !remedyVerbs.contains(lemma), next + 1 < clause.upperBound,
      sentence.words[next].folded == "to",
      case let phrase = nounPhrase(from: next + 1, in: sentence, within: clause),
      practitioner(in: phrase, of: sentence) == nil,
      let target = name(of: phrase, in: sentence)
    {
      // "adjust to your present body form": what one turns to.
      words += ["to", target]
    } else if object.isEmpty, remedyVerbs.contains(lemma) || careVerbs.contains(lemma),
      let means = means(after: verb, in: sentence, within: clause)
    {
      // "Wash twice a day with a mild soap", "gargle with salt water": what it is done with.
      words += ["with", means]
    }
    // "I bike to work, 22 miles a day", "walk to school": an activity made a way of getting
    // somewhere every day is named with where it goes.
    if object.isEmpty, words.count == 1, activityVerbs.contains(lemma),
      next + 1 < clause.upperBound, sentence.words[next].folded == "to",
      commuteDestinations.contains(sentence.words[next + 1].folded)
    {
      words += ["to", sentence.words[next + 1].folded]
    }
    // A verb alone names a remedy only when it is one by itself ("rest", "walk"): most
    // verbs without their object ("fill", "reach", "insert") say nothing a reader could do.
    guard words.count > 1 || remedyVerbs.contains(lemma) else { return nil }
    let name = negated ? ["avoid", Lemmatizer.gerund(of: lemma)] + words.dropFirst() : words
    return Found(
      name: name.joined(separator: " "), kind: kind(verb: lemma, object: object, in: sentence),
      start: verb)
  }

  /// Where people go every day, which an activity verb may take them.
  private static let commuteDestinations: Set<String> = ["work", "school", "class", "office"]

  /// Verbs of holding the body in a place or a position.
  private static let postureVerbs: Set<String> = [
    "lie", "lay", "sit", "kneel", "stand", "sleep", "stay", "recline",
  ]
  /// Where the body rests, which name nothing alone.
  private static let restingPlaces: Set<String> = [
    "bed", "side", "back", "stomach", "belly", "front", "tummy",
  ]
  /// Places of idioms that put nothing anywhere: "stay in touch", "stand in line".
  private static let idiomaticPlaces: Set<String> = [
    "touch", "contact", "line", "mind", "charge", "control", "place", "way", "time",
  ]
  /// Prepositions of where the body is put.
  private static let placePrepositions: Set<String> = ["on", "in", "against"]

  /// The remedy advice names by where it puts the body: "lie on your side", "stay in bed",
  /// "kneel on a cushion"; "lay" without an object is the "lie" it is often written for
  /// ("try laying on your back"). Nil for a verb with an object, or a place that is a
  /// pronoun or vague.
  static func posture(at verb: Int, in sentence: SentenceAnalysis, within clause: Range<Int>)
    -> Found?
  {
    let lemma = sentence.tags[verb].lemma
    guard postureVerbs.contains(lemma), verb + 2 < clause.upperBound else { return nil }
    var preposition = verb + 1
    // "lie flat on your back", "sit quietly in a chair".
    if sentence.tags[preposition].upos == .adverb, preposition + 2 < clause.upperBound {
      preposition += 1
    }
    let folded = sentence.words[preposition].folded
    let place = nounPhrase(from: preposition + 1, in: sentence, within: clause)
    guard placePrepositions.contains(folded), let head = place.last else { return nil }
    let headLemma = sentence.tags[head].lemma
    // "Stay in bed", "lie on your side": where the body rests names the posture, though
    // "bed" or "side" alone names nothing.
    guard !idiomaticPlaces.contains(headLemma),
      let name = name(of: place, in: sentence)
        ?? (restingPlaces.contains(headLemma) ? headLemma : nil)
    else { return nil }
    let posture = lemma == "lay" ? "lie" : lemma
    return Found(name: "\(posture) \(folded) \(name)", kind: .lifestyle, start: verb)
  }

  /// The thing named after "with" at `with`: "(great results) with Zofran".
  static func thing(with: Int, in sentence: SentenceAnalysis, within clause: Range<Int>)
    -> Found?
  {
    guard with < clause.upperBound, sentence.words[with].folded == "with" else { return nil }
    return thing(after: with, in: sentence, within: clause)
  }

  /// The thing named right after the word at `word`, never a pronoun.
  static func thing(after word: Int, in sentence: SentenceAnalysis, within clause: Range<Int>)
    -> Found?
  {
    guard word + 1 < clause.upperBound,
      case let phrase = nounPhrase(from: word + 1, in: sentence, within: clause),
      !phrase.isEmpty, sentence.tags[phrase.lowerBound].upos != .pronoun,
      let name = name(of: phrase, in: sentence)
    else { return nil }
    return Found(
      name: name, kind: kind(verb: nil, object: phrase, in: sentence), start: phrase.lowerBound)
  }

  /// Verbs of tending the body that name a remedy by what they are done with: "wash with a
  /// mild soap", "treat with antibiotics".
  private static let careVerbs: Set<String> = [
    "wash", "clean", "cleanse", "treat", "bathe", "scrub", "wipe", "flush", "irrigate", "spray",
    "wrap", "cover", "brush", "moisturize", "moisturise", "shampoo", "exfoliate", "rub", "dab",
    "swab", "supplement", "compress",
  ]

  /// Places on the body a care verb works on, which say nothing of the care alone.
  private static let treatedPlaces: Set<String> = [
    "area", "spot", "site", "place", "part", "skin", "wound", "cut", "sore", "patch",
  ]

  /// "on the upper, outer thigh" after a place: the preposition and the named phrase after
  /// it; nil for a pronoun, a vague word or a practitioner.
  private static func location(
    after place: Int, in sentence: SentenceAnalysis, within clause: Range<Int>
  ) -> [String]? {
    let preposition = place + 1
    guard preposition + 1 < clause.upperBound,
      ["on", "in", "at"].contains(sentence.words[preposition].folded),
      case let phrase = nounPhrase(from: preposition + 1, in: sentence, within: clause),
      !phrase.isEmpty, sentence.tags[phrase.lowerBound].upos != .pronoun,
      practitioner(in: phrase, of: sentence) == nil,
      let name = name(of: phrase, in: sentence)
    else { return nil }
    return [sentence.words[preposition].folded, name]
  }

  /// The thing after "with" that a verb without an object is done with, past a few words of
  /// how often or how long ("twice a day", "every night"); nil for a person ("with your
  /// doctor"), a pronoun or a vague word.
  private static func means(
    after verb: Int, in sentence: SentenceAnalysis, within clause: Range<Int>
  ) -> String? {
    guard let (phrase, lone) = meansPhrase(after: verb, in: sentence, within: clause) else {
      return nil
    }
    return name(of: phrase, in: sentence, loneAdjective: lone)
  }

  /// The words of `means(after:in:within:)`, and whether they are an adjective alone that
  /// names the thing ("with antiseptic/JJ before ...").
  private static func meansPhrase(
    after verb: Int, in sentence: SentenceAnalysis, within clause: Range<Int>
  ) -> (phrase: Range<Int>, loneAdjective: Bool)? {
    let limit = min(clause.upperBound, verb + 6)
    guard
      let with = (verb + 1..<limit).first(where: { sentence.words[$0].folded == "with" }),
      (verb + 1..<with).allSatisfy({
        [.adverb, .numeral, .determiner, .noun, .particle].contains(sentence.tags[$0].upos)
          // "leakage of oil with cotton": what the trouble is of.
          || sentence.words[$0].folded == "of"
      }),
      case let phrase = nounPhrase(from: with + 1, in: sentence, within: clause),
      !phrase.isEmpty, sentence.tags[phrase.lowerBound].upos != .pronoun,
      practitioner(in: phrase, of: sentence) == nil
    else { return nil }
    let lone =
      phrase.count == 1
      && (phrase.upperBound == clause.upperBound
        || sentence.tags[phrase.upperBound].upos == .adposition)
    return (phrase, lone)
  }

  /// Verbs of acting on a trouble, which name no remedy of their own: what they are done
  /// with is the remedy ("treat the swelling with ice", "prevent leakage of oil with cotton").
  static let troubleVerbs: Set<String> = [
    "treat", "prevent", "stop", "relieve", "ease", "soothe", "reduce", "fight", "combat",
    "control", "calm",
  ]

  /// Verbs of setting a thing differently, whose "it" is the thing just named: "my saddle
  /// was too high and lowering it fixed it" lowered the saddle.
  static let adjustingVerbs: Set<String> = [
    "lower", "raise", "drop", "move", "adjust", "replace", "shorten", "lengthen", "tilt",
    "swap", "tighten", "loosen", "rotate", "level", "angle", "slide", "widen", "narrow",
  ]

  /// The thing "it" stands for after an adjusting verb: the nearest noun before the verb in
  /// the sentence that is neither the body, the trouble nor a vague word.
  static func antecedent(before verb: Int, in sentence: SentenceAnalysis) -> String? {
    for k in stride(from: verb - 1, through: 0, by: -1) where sentence.tags[k].upos == .noun {
      let lemma = sentence.tags[k].lemma
      guard !Cues.isHealthWord(sentence.words[k].folded), !vagueWords.contains(lemma),
        !Cues.everydayBodyWords.contains([sentence.words[k].folded]), lemma.count > 2
      else { continue }
      return lemma
    }
    return nil
  }

  /// Whether `phrase` ends in the pro-form "one" ("a better one", "the blue ones").
  private static func endsWithProForm(_ phrase: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
    guard let last = phrase.last else { return false }
    return ["one", "ones"].contains(sentence.words[last].folded)
  }

  /// What an intransitive verb keeps after it or its pronoun or quantity: a particle or
  /// comparative ("walk it off", "sleep more", "go three days early") or a manner adverb
  /// ("eat lightly").
  private static func complement(
    of verb: Int, after object: Range<Int>, in sentence: SentenceAnalysis,
    within clause: Range<Int>
  ) -> String? {
    var k = object.upperBound
    if k < clause.upperBound, sentence.tags[k].upos == .pronoun {
      // "Walk it off" names a remedy; "carry it out", "hook it up" do a thing named
      // elsewhere.
      guard remedyVerbs.contains(sentence.tags[verb].lemma) else { return nil }
      k += 1
    }
    for k in [verb + 1, k] where k < clause.upperBound {
      let word = sentence.words[k].folded
      // "cook the daylights out of them": "out of" is a preposition, not a particle.
      if k + 1 < clause.upperBound, sentence.words[k + 1].folded == "of" { continue }
      if keptComplements.contains(word) { return word }
      if sentence.tags[k].upos == .adverb, word.hasSuffix("ly"), word.count > 4,
        !["really", "actually", "usually", "probably", "finally", "only", "early", "daily"]
          .contains(word)
      {
        return word
      }
    }
    return nil
  }

  /// "I was on propranolol for a while", "been on CeraVe cream twice a day": what someone
  /// is on, said of the poster or no one, is what they take. Where one is ("on the bike",
  /// "on holiday", "on my feet") is no such thing.
  static func taken(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Found? {
    let tags = sentence.tags
    let words = sentence.words
    guard
      let be = clause.first(where: { i in
        guard tags[i].lemma == "be", i + 1 < clause.upperBound, words[i + 1].folded == "on"
        else { return false }
        // The poster's or no one's: "I was on", "I've also been on", "Been on".
        var k = i - 1
        while k >= clause.lowerBound,
          tags[k].upos == .adverb || tags[k].upos == .auxiliary
            || ["'ve", "ve", "have", "had", "'d"].contains(words[k].folded)
        {
          k -= 1
        }
        return k < clause.lowerBound || ["i", "we"].contains(words[k].folded)
      })
    else { return nil }
    let object = nounPhrase(from: be + 2, in: sentence, within: clause)
    guard let head = object.last, [.noun, .properNoun].contains(tags[head].upos),
      !placesOneIsOn.contains(tags[head].lemma), !timeNouns.contains(tags[head].lemma),
      // "be on another drug ..., like asulfidine" names it later.
      !["drug", "medication", "medicine", "med", "pill", "tablet"].contains(tags[head].lemma),
      let name = name(of: object, in: sentence)
    else { return nil }
    return Found(name: name, kind: kind(verb: nil, object: object, in: sentence), start: be + 2)
  }
  /// What one is on that is a place, an outing or a state: "on the bike", "on holiday".
  static let placesOneIsOn: Set<String> = [
    "bike", "road", "trail", "track", "treadmill", "holiday", "vacation", "call", "phone",
    "way", "foot", "feet", "top", "board", "team", "list", "line", "edge", "verge", "side",
    "floor", "ground", "computer", "couch", "sofa", "bed", "run", "ride", "walk", "trip",
    "break", "leave", "shift", "duty", "hill", "course", "field", "court", "mend", "fence",
    "page", "forum", "thread", "site", "internet", "plane", "train", "bus", "boat", "stage",
    "air", "tv", "radio", "point", "cusp", "brink", "rise", "increase", "wane",
  ]

  /// The remedy a benefit report credits: the subject before its verb ("Magnesium really
  /// helped", "Lowering my saddle fixed it"), or what follows "what helped was".
  /// `verb` may be the clause's end: a clause cut off before its verb by a bracket.
  static func subject(before verb: Int, in sentence: SentenceAnalysis, within clause: Range<Int>)
    -> Found?
  {
    let tags = sentence.tags
    let words = sentence.words
    // "What helped me (most) was X", "the thing that worked was X", "What finally fixed it
    // was X".
    var relative = verb - 1
    while relative > clause.lowerBound, tags[relative].upos == .adverb { relative -= 1 }
    if let be = (min(verb + 1, clause.upperBound)..<clause.upperBound).first(where: {
      tags[$0].lemma == "be"
    }),
      relative >= clause.lowerBound,
      ["what", "that", "which"].contains(words[relative].folded)
    {
      let after = be + 1
      if let found = gerund(at: after, in: sentence, within: clause) { return found }
      let object = nounPhrase(from: after, in: sentence, within: clause)
      guard let name = name(of: object, in: sentence) else { return nil }
      return Found(name: name, kind: kind(verb: nil, object: object, in: sentence), start: after)
    }
    var start = verb
    while start > clause.lowerBound,
      tags[start - 1].upos != .punctuation, tags[start - 1].upos != .subordinatingConjunction,
      tags[start - 1].upos != .coordinatingConjunction, verb - start < 6
    {
      start -= 1
    }
    // "Acyclovir started in the first 1-2 days probably speeds recovery": a name and the
    // participle of how it is taken may stand further back than a subject usually does.
    if start > clause.lowerBound, clause.lowerBound + 1 < verb,
      [.noun, .properNoun].contains(tags[clause.lowerBound].upos),
      ["VBN", "VBD"].contains(tags[clause.lowerBound + 1].xpos),
      !(clause.lowerBound + 2..<verb).contains(where: {
        [.verb, .auxiliary, .pronoun].contains(tags[$0].upos)
      })
    {
      start = clause.lowerBound
    }
    // "Warm soaks or cloths on the face to soften the oil will help": a subject that opens
    // the clause may carry a place and a purpose longer than the words counted back; no
    // finite verb or pronoun stands between it and the verb.
    if start > clause.lowerBound, opensWithNounPhrase(clause, before: verb, in: sentence) {
      start = clause.lowerBound
    }
    var first = start
    while first < verb, SpeechActReader.leadIns.contains(words[first].folded) { first += 1 }
    guard first < verb else { return nil }
    // "... DHE nasal spray, which works more quickly": the relative pronoun stands for the
    // phrase just before it.
    if ["which", "that"].contains(words[first].folded), first == verb - 1 || first == start,
      // Not "that's why they can be recommended": a relative pronoun is its clause's subject.
      !(first + 1..<verb).contains(where: {
        [.pronoun, .noun, .properNoun].contains(tags[$0].upos) || words[$0].folded == "why"
      })
    {
      var end = first
      while end > 0, tags[end - 1].upos == .punctuation { end -= 1 }
      var phraseStart = end
      while phraseStart > 0, end - phraseStart < 4,
        [.noun, .properNoun, .adjective].contains(tags[phraseStart - 1].upos)
          || tags[phraseStart - 1].xpos == "GW"
      {
        phraseStart -= 1
      }
      let object = phraseStart..<end
      // "... on the gravel path instead of concrete, which helped": what was put aside did
      // not help.
      let putAside =
        phraseStart >= 2
        && [["instead", "of"], ["rather", "than"]].contains(
          sentence.words[(phraseStart - 2)..<phraseStart].map(\.folded))
      guard !putAside, let name = name(of: object, in: sentence) else { return nil }
      return Found(
        name: name, kind: kind(verb: nil, object: object, in: sentence), start: phraseStart)
    }
    if let found = gerund(at: first, in: sentence, within: first..<verb) { return found }
    var end = verb
    while end > first, tags[end - 1].upos == .adverb || tags[end - 1].upos == .auxiliary {
      end -= 1
    }
    // "Manuka honey seems to help", "zinc appears to cut it short": the subject of the verb
    // a raising verb carries.
    if end - 2 > first, words[end - 1].folded == "to",
      ["seem", "appear", "tend"].contains(tags[end - 2].lemma)
    {
      end -= 2
      while end > first, tags[end - 1].upos == .adverb || tags[end - 1].upos == .auxiliary {
        end -= 1
      }
    }
    let object = nounPhrase(from: first, in: sentence, within: first..<end)
    // "A round of Nizoral for him cleared it": the phrase may carry a prepositional tail, or
    // a participle of how it is taken ("ipratropium inhaled nasally", "taken with food").
    guard
      object.upperBound == end || tags[object.upperBound].upos == .adposition
        // The first of coordinated subjects ("soaks or cloths").
        || tags[object.upperBound].upos == .coordinatingConjunction
        || tags[object.upperBound].xpos == "VBN"
        // ... a participle the tagger read as a past tense ("Acyclovir started/VBD in").
        || tags[object.upperBound].xpos == "VBD" && object.upperBound + 1 < end
          && tags[object.upperBound + 1].upos == .adposition,
      // "My dad ended up with a burst blood vessel": people and days are no remedies.
      let head = object.last, !SpeechActReader.unpraisableSubjects.contains(words[head].folded),
      let name = name(of: object, in: sentence)
    else { return nil }
    return Found(name: name, kind: kind(verb: nil, object: object, in: sentence), start: first)
  }

  /// The remedy a gerund at `start` names as a subject or after "was": "Skipping the eyelet
  /// fixed it", and denied, what is kept from: "Not crossing my legs helped", "what helped
  /// was not snacking after dinner". Nil where no gerund stands there.
  private static func gerund(
    at start: Int, in sentence: SentenceAnalysis, within clause: Range<Int>
  )
    -> Found?
  {
    guard start < clause.upperBound else { return nil }
    if sentence.tags[start].xpos == "VBG" {
      return fromVerb(at: start, in: sentence, within: clause)
    }
    let denied = start + 1
    guard sentence.words[start].folded == "not", denied < clause.upperBound,
      sentence.tags[denied].xpos == "VBG",
      var found = fromVerb(at: denied, in: sentence, within: clause)
    else { return nil }
    // The verb may have read the "not" as its own denial already.
    if !found.name.hasPrefix("avoid ") {
      found.name = "avoid " + doing(found.name, by: denied, in: sentence)
    }
    return found
  }

  /// Whether the clause opens with a noun phrase that can only be the subject of the verb at
  /// `verb`: a noun or adjective first, and before the verb's own adverbs and auxiliaries no
  /// finite verb, auxiliary, pronoun or punctuation (which would start a clause of its own).
  private static func opensWithNounPhrase(
    _ clause: Range<Int>, before verb: Int, in sentence: SentenceAnalysis
  ) -> Bool {
    let tags = sentence.tags
    // "Skipping the eyelet over the top of my foot fixed it": a gerund opens one too.
    guard verb - clause.lowerBound <= 20,
      [.noun, .adjective].contains(tags[clause.lowerBound].upos)
        || tags[clause.lowerBound].xpos == "VBG"
    else { return false }
    var end = verb
    while end > clause.lowerBound, [.adverb, .auxiliary].contains(tags[end - 1].upos) {
      end -= 1
    }
    // A possessive ("the top of my foot") belongs to the phrase.
    return !(clause.lowerBound..<end).contains {
      ["VBZ", "VBP", "VBD", "MD"].contains(tags[$0].xpos)
        || tags[$0].upos == .pronoun && tags[$0].xpos != "PRP$"
        || tags[$0].upos == .auxiliary || tags[$0].upos == .punctuation
    }
  }

  /// What a benefit report names after its verb when the poster is its subject: "I cured
  /// mine with Bag Balm", "we fixed it by lowering the saddle", "I get relief from measures
  /// such as a saline spray".
  /// Where a passive verb's agent is introduced: "relieved by X", "cleared up with X" (a
  /// particle may come between); nil when the verb at `verb` is no such passive.
  static func passiveAgent(of verb: Int, in sentence: SentenceAnalysis, within clause: Range<Int>)
    -> Int?
  {
    guard sentence.tags[verb].xpos == "VBN" else { return nil }
    var next = verb + 1
    if next < clause.upperBound, sentence.tags[next].xpos == "RP" { next += 1 }
    // The lemma reads "w/" as "with".
    guard next < clause.upperBound, ["by", "with"].contains(sentence.tags[next].lemma) else {
      return nil
    }
    return next
  }

  /// "The laser printer is gone, I'm 100% better": where a thing that is no trouble is
  /// reported gone and the sentence says things got better, removing it is what helped. Nil
  /// when the clause says no such thing, what is gone is the trouble itself ("the pain is
  /// gone"), or nothing improved ("AngelScript is gone").
  static func removal(in clause: Range<Int>, of sentence: SentenceAnalysis) -> Found? {
    let words = sentence.words
    guard
      words.indices.contains(where: {
        !clause.contains($0)
          && ["better", "improved", "cured", "healed"].contains(words[$0].folded)
      }),
      let gone = clause.first(where: {
        ["gone", "removed"].contains(words[$0].folded) && $0 > clause.lowerBound
          && sentence.tags[$0 - 1].lemma == "be"
      })
    else { return nil }
    let subject = nounPhrase(from: clause.lowerBound, in: sentence, within: clause)
    guard subject.upperBound == gone - 1, subject.count > 0,
      !subject.contains(where: { Cues.isHealthWord(words[$0].folded) }),
      let name = name(of: subject, in: sentence)
    else { return nil }
    return Found(name: "remove " + name, kind: .lifestyle, start: subject.lowerBound)
  }

  static func instrument(after verb: Int, in sentence: SentenceAnalysis, within clause: Range<Int>)
    -> Found?
  {
    let words = sentence.words
    let tags = sentence.tags
    // "The itching can be relieved by the application of hot packs": a passive names it
    // after "by", whoever the subject is.
    guard
      passiveAgent(of: verb, in: sentence, within: clause) != nil
        || (clause.lowerBound..<verb).contains(where: {
          SpeechActReader.isFirstPerson(words[$0].folded)
        })
    else { return nil }
    guard
      let by = (verb + 1..<clause.upperBound).prefix(5).first(where: {
        ["with", "by", "using", "from"].contains(tags[$0].lemma)
      })
    else { return nil }
    var start = by + 1
    while start < clause.upperBound, tags[start].upos == .adverb { start += 1 }
    // "the application of X", "the use of X".
    let applying = nounPhrase(from: start, in: sentence, within: clause)
    if !applying.isEmpty, applying.upperBound + 1 < clause.upperBound,
      applyingNouns.contains(tags[applying.upperBound - 1].lemma),
      words[applying.upperBound].folded == "of"
    {
      start = applying.upperBound + 1
    }
    guard start < clause.upperBound else { return nil }
    if tags[start].xpos == "VBG" { return fromVerb(at: start, in: sentence, within: clause) }
    let object = nounPhrase(from: start, in: sentence, within: clause)
    if let name = name(of: object, in: sentence) {
      return Found(name: name, kind: kind(verb: nil, object: object, in: sentence), start: start)
    }
    // "measures such as X", "things like X": the examples name it.
    var example = object.upperBound
    if example + 1 < clause.upperBound, words[example].folded == "such",
      words[example + 1].folded == "as"
    {
      example += 2
    } else if example < clause.upperBound, words[example].folded == "like" {
      example += 1
    } else {
      return nil
    }
    let named = nounPhrase(from: example, in: sentence, within: clause)
    guard let name = name(of: named, in: sentence) else { return nil }
    return Found(name: name, kind: kind(verb: nil, object: named, in: sentence), start: example)
  }

  // MARK: - Phrases

  /// The noun phrase starting at `start`: determiners, possessives and quantities, then
  /// adjectives and nouns, as word indexes; empty when none starts there.
  static func nounPhrase(from start: Int, in sentence: SentenceAnalysis, within clause: Range<Int>)
    -> Range<Int>
  {
    let tags = sentence.tags
    var i = start
    while i < clause.upperBound,
      droppedWords.contains(sentence.words[i].folded) || tags[i].upos == .determiner
        // "a slightly wider grip": an adverb of degree before the adjective.
        || tags[i].upos == .adverb && i + 1 < clause.upperBound && tags[i + 1].upos == .adjective
        || tags[i].upos == .numeral || tags[i].xpos == "PRP$"
        // "2 or 3 cups of water", "two to three tablets": a range of amounts.
        || ["or", "to"].contains(sentence.words[i].folded) && i > start && i + 1 < clause.upperBound
          && tags[i - 1].upos == .numeral && tags[i + 1].upos == .numeral
        // "a few drops of iodine", "a cup of tea", "loads of fluids": the measure is not the
        // thing.
        || (measureWords.contains(tags[i].lemma)
          || ["load", "ton", "heap", "bunch"].contains(tags[i].lemma))
          && i + 1 < clause.upperBound && sentence.words[i + 1].folded == "of"
        // "some sort of cancer screening": the kind is the thing.
        || ["sort", "kind", "type", "form"].contains(sentence.words[i].folded)
          && i + 1 < clause.upperBound && sentence.words[i + 1].folded == "of"
        || sentence.words[i].folded == "of" && i > start
          && ["sort", "kind", "type", "form"].contains(sentence.words[i - 1].folded)
    {
      i += 1
    }
    // "membership in the foundation", "a prescription for Nizoral", "a course of
    // antibiotics": the thing is what the relation is to.
    if i + 1 < clause.upperBound, let prepositions = relationNouns[tags[i].lemma],
      prepositions.contains(sentence.words[i + 1].folded)
    {
      return nounPhrase(from: i + 2, in: sentence, within: clause)
    }
    var end = i
    while end < clause.upperBound, end - i < 8,
      [.noun, .properNoun, .adjective].contains(tags[end].upos)
        || tags[end].xpos == "VBG" && end > i || tags[end].xpos == "VBN" && end == i
        // "pre-sterilized": the words of one hyphened token stay together.
        || end > i && sentence.words[end].followsHyphen
        // "rubbing alcohol", "sleeping pills": a gerund before a noun is part of the name.
        || tags[end].xpos == "VBG" && end == i && end + 1 < clause.upperBound
          && tags[end + 1].upos == .noun
        // "Hal Higdon's Novice 2 plan": a number between nouns is part of the name.
        || tags[end].upos == .numeral && end > i
          && [.noun, .properNoun].contains(tags[end - 1].upos)
          && end + 1 < clause.upperBound && [.noun, .properNoun].contains(tags[end + 1].upos)
    {
      end += 1
    }
    // A proper name goes on through "and" and "of" ("Crohn's and Colitis Foundation of
    // America") and is kept whole.
    func isProper(_ k: Int) -> Bool { tags[k].upos == .properNoun || tags[k].xpos == "NNP" }
    let joiners: Set<String> = ["and", "of", "&"]
    if end > i, isProper(end - 1) {
      var nameEnd = end
      while nameEnd + 1 < clause.upperBound, nameEnd - i < 8,
        joiners.contains(sentence.words[nameEnd].folded), isProper(nameEnd + 1)
      {
        nameEnd += 2
        while nameEnd < clause.upperBound, nameEnd - i < 8, isProper(nameEnd) { nameEnd += 1 }
      }
      if nameEnd > end,
        (i..<nameEnd).allSatisfy({ isProper($0) || joiners.contains(sentence.words[$0].folded) })
      {
        return i..<nameEnd
      }
    }
    // A phrase ends on its head noun: "a cold compress applied" stops at "compress".
    while end > i, tags[end - 1].upos == .adjective, end - 1 > i { end -= 1 }
    // A name is at most four words, the head and what stands nearest it: "oral thyroid
    // replacement hormone therapy" is "thyroid replacement hormone therapy".
    return max(i, end - 4)..<end
  }

  /// The name a phrase gives its thing, where it gives one: "a product called Secaris" is
  /// "Secaris".
  static func namedPhrase(
    _ phrase: Range<Int>, in sentence: SentenceAnalysis, within clause: Range<Int>
  ) -> Range<Int> {
    var next = phrase.upperBound
    // The phrase may go on past the words a name keeps: "an over-the-counter product called".
    while next < clause.upperBound, next - phrase.upperBound < 3,
      [.noun, .properNoun, .adjective].contains(sentence.tags[next].upos)
    {
      next += 1
    }
    guard next < clause.upperBound,
      ["call", "name", "known"].contains(sentence.words[next].folded)
    else { return phrase }
    next += 1
    if next < clause.upperBound, sentence.words[next].folded == "as" { next += 1 }
    let named = nounPhrase(from: next, in: sentence, within: clause)
    return named.isEmpty ? phrase : named
  }

  /// The phrase's name: lemmas of its nouns, its other words lower-cased, nothing vague.
  static func name(
    of phrase: Range<Int>, in sentence: SentenceAnalysis, loneAdjective: Bool = false
  ) -> String? {
    // A participle alone ("teas/RB made/VBN from ...") describes; it names nothing.
    guard !phrase.isEmpty, phrase.count > 1 || sentence.tags[phrase.lowerBound].xpos != "VBN"
    else { return nil }
    var parts: [String] = []
    for i in phrase {
      let word = sentence.words[i].folded
      if droppedWords.contains(word) || sentence.asides.contains(i) || isMeasurement(word) {
        continue
      }
      if i + 1 < phrase.upperBound, measureWords.contains(sentence.tags[i].lemma) { continue }
      // "a 2 week juice fast": a span of time before the name says how long.
      // (The number may stand before the phrase, which leaves amounts out.)
      if i > 0, i + 1 < phrase.upperBound, sentence.tags[i - 1].upos == .numeral,
        ["day", "week", "month", "year", "hour", "minute"].contains(sentence.tags[i].lemma)
      {
        continue
      }
      // "the book Sinus Survival", "the video Couch to 5K": the title names the work.
      if titledWorks.contains(word), parts.isEmpty, i + 1 < phrase.upperBound,
        sentence.tags[i + 1].xpos.hasPrefix("NNP")
      {
        continue
      }
      // A possessive ("my wife's pancreas") belongs to whom, not to what.
      if i + 1 < phrase.upperBound,
        sentence.tags[i + 1].xpos == "POS"
          || sentence.tags[i].range != sentence.words[i].range && sentence.tags[i].xpos == "POS"
      {
        parts.removeAll()
        continue
      }
      let tag = sentence.tags[i]
      // A word of a longer token ("over-the-counter" is three words) is taken as written.
      // A gerund or participle inside a name keeps its ending ("rubbing alcohol", "sleeping
      // pill", "heated blanket").
      // Folding takes "-ed" off any word ("hundred" is "hundr"): a word that is no verb
      // keeps it.
      let part =
        tag.range != sentence.words[i].range
        ? sentence.words[i].isInflected ? writtenPart(i, in: sentence) ?? word : word
        : tag.upos == .noun
          ? tag.lemma
          : ["VBG", "VBN"].contains(tag.xpos)
            || sentence.words[i].isInflected && tag.upos != .verb
            ? tag.text.lowercased() : word
      // "The Hansons method", "Daniels' book": a vague means a proper name makes definite.
      let named =
        namedMeans.contains(part) && i == phrase.upperBound - 1 && !parts.isEmpty
        && sentence.tags[i - 1].xpos.hasPrefix("NNP")
      // "an all-natural diet": a vague word joined by a hyphen is only part of a modifier.
      let hyphened =
        sentence.words[i].followsHyphen
        || i + 1 < sentence.words.count && sentence.words[i + 1].followsHyphen
      guard !vagueWords.contains(part) || named || hyphened,
        !part.hasSuffix("n't")
      else { return nil }
      parts.append(part)
    }
    // "vitamin C", "hepatitis B": a letter after a word completes its name.
    guard let head = parts.last,
      head.count > 2 || parts.count > 1 && parts[parts.count - 2].count > 2 && head.count == 1,
      head.contains(where: \.isLetter),
      sentence.tags[phrase.upperBound - 1].upos != .adjective || parts.count > 1
        || loneAdjective,
      // A germ is what a treatment covers, never the treatment ("strep pneumoniae").
      !Cues.namesAGerm(head)
    else { return nil }
    return parts.joined(separator: " ")
  }

  /// The word at `index` as its token writes it, where the token holds more words than
  /// one: "sterilized" of "pre-sterilized", which folding writes "sterilize".
  private static func writtenPart(_ index: Int, in sentence: SentenceAnalysis) -> String? {
    let token = sentence.tags[index]
    let place = (0..<index).count { sentence.tags[$0].range == token.range }
    let pieces = token.text.split { !$0.isLetter && !$0.isNumber }
    return place < pieces.count ? pieces[place].lowercased() : nil
  }

  /// Units a number is written against in one word: "1cm", "5mm", "3x", "20min".
  private static let measurementUnits: Set<String> = [
    "mm", "cm", "m", "km", "mi", "in", "ft", "mg", "mcg", "g", "kg", "lb", "lbs", "oz", "ml",
    "x", "min", "mins", "h", "hr", "hrs", "s", "sec", "secs", "k", "w", "bpm", "rpm", "mph",
  ]

  /// Whether a word is an amount with its unit, which says how much, not what: "1cm",
  /// "2.5mm", "3x15", "300mg" ("5-HTP" and "B12" are names).
  private static func isMeasurement(_ word: String) -> Bool {
    guard let first = word.first, first.isNumber else { return false }
    let unit = word.drop { $0.isNumber || $0 == "." }
    return !unit.isEmpty && measurementUnits.contains(String(unit))
      || unit.first == "x" && unit.dropFirst().allSatisfy(\.isNumber)
  }

  /// What a relative clause says a practitioner does: "(a doctor in your area) who uses
  /// sublingual drops" names "sublingual drops".
  private static func practice(
    after phrase: Range<Int>, in sentence: SentenceAnalysis, within clause: Range<Int>
  ) -> Found? {
    var k = phrase.upperBound
    // Past a place: "in your area", "near you".
    if k < clause.upperBound, ["in", "near", "around"].contains(sentence.words[k].folded) {
      k = nounPhrase(from: k + 1, in: sentence, within: clause).upperBound
    }
    guard k + 2 < clause.upperBound, ["who", "that"].contains(sentence.words[k].folded),
      practiceVerbs.contains(sentence.tags[k + 1].lemma)
    else { return nil }
    var target = nounPhrase(from: k + 2, in: sentence, within: clause)
    // "who uses cupping": a gerund alone is the practice.
    if target.isEmpty, sentence.tags[k + 2].xpos == "VBG" { target = (k + 2)..<(k + 3) }
    guard let name = name(of: target, in: sentence) else { return nil }
    return Found(name: name, kind: kind(verb: nil, object: target, in: sentence), start: k + 2)
  }

  /// Verbs of what a practitioner does for patients.
  private static let practiceVerbs: Set<String> = [
    "use", "do", "offer", "prescribe", "practice", "practise", "perform", "give", "recommend",
  ]

  private static func practitioner(in phrase: Range<Int>, of sentence: SentenceAnalysis)
    -> String?
  {
    guard !phrase.isEmpty else { return nil }
    let words = phrase.map { sentence.words[$0].folded }
    guard let head = words.last, isPractitioner(head) else { return nil }
    // "Get another doctor", "find a new GP": a practitioner other than the one the
    // asker has, whatever word says so.
    let kept = words.filter {
      !droppedWords.contains($0) && !otherWords.contains($0) && !presentWords.contains($0)
    }
    let determiner = phrase.lowerBound > 0 ? sentence.words[phrase.lowerBound - 1].folded : ""
    let other =
      words.contains(where: otherWords.contains) || otherWords.contains(determiner)
      ? ["another"] : []
    return (other + kept).joined(separator: " ")
  }

  /// Where "post your question to/in/on X" sends a question: the words of X; nil when the
  /// verb at `verb` posts no question somewhere.
  static func placeToAsk(after verb: Int, in sentence: SentenceAnalysis) -> Range<Int>? {
    let words = sentence.words.map(\.folded)
    var k = verb + 1
    if k < words.count, ["your", "the", "this", "a", "that"].contains(words[k]) { k += 1 }
    guard k + 2 < words.count, ["q", "question", "query"].contains(sentence.tags[k].lemma),
      ["to", "in", "on"].contains(words[k + 1])
    else { return nil }
    let clause = sentence.clauses.first { $0.contains(k + 2) } ?? (k + 2)..<words.count
    let place = nounPhrase(from: k + 2, in: sentence, within: clause)
    // A newsgroup's name is no English the tagger knows ("alt/VB med/VBD cfs"): the words
    // to the clause's end, a few at most.
    return place.isEmpty ? (k + 2)..<min(clause.upperBound, k + 6) : place
  }

  /// Words that ask for a practitioner other than the one seen so far, and words for that
  /// one ("fire his current physician").
  private static let otherWords: Set<String> = ["another", "new", "different", "other", "second"]
  private static let presentWords: Set<String> = ["current", "present", "existing"]

  // MARK: - Kinds

  private static let stretchVerbs: Set<String> = [
    "stretch", "loosen", "lengthen", "release", "mobilize", "mobilise", "open",
  ]
  private static let strengthVerbs: Set<String> = [
    "strengthen", "lift", "squat", "deadlift", "press", "curl", "raise", "build", "tone",
  ]
  private static let massageVerbs: Set<String> = ["massage", "roll", "rub", "knead"]
  /// Verbs of moving on foot or wheels over ground.
  private static let movingVerbs: Set<String> = [
    "run", "jog", "walk", "hike", "ride", "cycle", "bike", "skate",
  ]
  /// The ground people run, walk or ride on: "run on grass", "ride on the trainer".
  private static let grounds: Set<String> = [
    "grass", "trail", "track", "treadmill", "gravel", "sand", "dirt", "path", "turf", "beach",
    "road", "pavement", "sidewalk", "concrete", "asphalt", "tarmac", "surface", "trainer",
    "roller", "field", "woodchip", "towpath", "footpath",
  ]
  private static let activityVerbs: Set<String> = [
    "walk", "swim", "hike", "jog", "cycle", "bike", "row", "dance", "climb", "paddle", "skate",
  ]
  private static let lifestyleVerbs: Set<String> = [
    "sleep", "eat", "drink", "hydrate", "rest", "relax", "breathe", "meditate", "nap", "fast",
    "diet", "lose", "cut", "avoid", "stop", "quit", "reduce", "limit",
  ]
  private static let equipmentVerbs: Set<String> = [
    "lower", "raise", "adjust", "move", "tilt", "replace", "change", "wear", "buy", "swap",
    "shorten", "lengthen", "fit",
  ]

  /// The kind of an open remedy, from its verb's class, else its object's.
  private static func kind(verb: String?, object: Range<Int>, in sentence: SentenceAnalysis)
    -> RemedyKind
  {
    if let verb {
      if stretchVerbs.contains(verb) { return .stretch }
      if strengthVerbs.contains(verb) { return .strength }
      if massageVerbs.contains(verb) { return .selfMassage }
      if activityVerbs.contains(verb) { return .activity }
      if lifestyleVerbs.contains(verb) { return .lifestyle }
      if equipmentVerbs.contains(verb) { return .equipment }
    }
    if practitioner(in: object, of: sentence) != nil { return .practitioner }
    return .other
  }
}
