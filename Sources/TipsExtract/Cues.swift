import TipsCore

/// The phrases that tell what a sentence does with a remedy: recommends it, reports against
/// it, warns about it, or agrees with someone else. Matched on folded words (see
/// `WordFolding`), so "Didn’t help" and "didn't help" are one cue.
///
/// These are vocabularies of English forum language, not of any one thread: a cue earns its
/// place when it means the same thing in a running, lifting or cycling thread alike.
enum Cues {
  /// Reports against a remedy: the sentence counts against it, not for it.
  static let againstPhrases =
    ([
      "didn't help", "did not help", "doesn't help", "does not help", "don't help", "never helped",
      "didn't work", "did not work", "doesn't work", "does not work", "never worked",
      "made it worse", "make it worse", "makes it worse", "making it worse", "stay away from",
      "wouldn't recommend", "would not recommend", "don't recommend", "do not recommend",
      "not recommend", "waste of", "not worth", "did nothing", "does nothing", "useless",
      "did absolutely nothing", "does absolutely nothing", "did literally nothing",
      "overrated", "no help", "didn't do anything", "didn't do much", "don't bother",
      // "I am on flexeril now, but no discernable help with the spasms".
      "no discernable help", "no discernible help", "no noticeable help", "no real help",
      "no noticeable improvement", "no real improvement", "no discernible improvement",
      "no noticeable difference", "no real difference", "no discernible difference",
      // "Bananas don't do anything", "the strap doesn't do much" (not an order: see
      // `ordersRest`).
      "don't do anything", "do not do anything", "doesn't do anything", "does not do anything",
      "don't do much", "doesn't do much", "didn't do a thing", "doesn't do a thing",
      "did basically nothing", "did pretty much nothing", "does basically nothing",
      "didn't cut it", "did not cut it", "doesn't cut it", "was a waste", "were a waste",
      "didn't change anything", "did not change anything", "doesn't change anything",
      "hasn't changed anything", "didn't change a thing", "changed nothing",
      "aggravated it", "aggravates it", "flared up", "not a fan of", "stopped doing",
      "didn't seem to help", "didn't seem to work", "didn't seem to do", "did not seem to help",
      "doesn't seem to help", "doesn't seem to work", "doesn't seem to do",
      "hasn't helped", "has not helped", "haven't helped", "have not helped", "hasn't worked",
      "haven't worked", "hasn't done anything", "haven't noticed a difference",
      "pointless", "gimmick", "gimmicky", "snake oil", "no point in",
      "made no difference", "makes no difference", "made zero difference", "zero difference",
      "zero improvement", "couldn't tell the difference", "made mine worse",
      "made mine way worse", "made it way worse", "made it much worse", "made things worse",
      "back to square one",
      // Worse in the words people use for a sore part: "Stretching it just made it angrier".
      "made it angrier", "makes it angrier", "made it angry", "made it sorer", "makes it sorer",
      "made it more sore", "made it more painful", "makes it more painful", "made the pain worse",
      "makes the pain worse", "made my pain worse",
      // The trouble back once the thing wore off: "lasted 6 weeks, then it came back worse".
      "came back worse", "came right back", "came straight back", "came back just as bad",
      // The trouble back, told of "it" ("tonsillitis that kept coming back" is no report).
      "it kept coming back", "it keeps coming back", "it just kept coming back",
      "they kept coming back", "they keep coming back", "it kept recurring",
      // Relief too short to count: "the cortisone shot only lasted 3 weeks".
      "only lasted", "only ever lasted", "only helped for", "only ever helped for",
      "only worked for", "only ever worked for",
      // What it did to the poster instead: "Melatonin gave me horrible nightmares", "Kwells
      // made me feel like a zombie".
      "made me sleepy", "made me drowsy", "made me dizzy", "made me nauseous", "made me sick",
      "made me jittery", "made me groggy", "made me feel like a zombie", "made my heart race",
      "gave me nightmares", "gave me horrible", "gave me terrible", "gave me awful",
      "gave me a headache", "gave me headaches", "gave me heartburn", "gave me a rash",
      "gave me the runs", "gave me diarrhea", "gave me diarrhoea",
      // How the poster felt on it: "Went keto for a season. Worst I've ever felt."
      "worst i've ever felt", "worst i have ever felt", "felt awful", "felt terrible",
      "felt horrible", "felt like crap", "felt like garbage", "felt like rubbish",
      "wouldn't bother", "would not bother",
      // What the poster would not do themselves: "I wouldn't do them routinely".
      "wouldn't touch", "would never touch", "i wouldn't do",
      "i would not do", "i wouldn't use", "i would not use", "i wouldn't take",
      "i would not take",
      // The worst of the choices: "bed rest is the worst thing for it", "stretching is the
      // last thing you want to do", "they're a bad idea with high blood pressure".
      "the worst thing", "worst thing you can do", "the last thing you want",
      "the last thing you need", "a bad idea", "a terrible idea", "a horrible idea",
      "the worst idea",
      // Everything tried, to no end: "tried rolling, yoga, bridges, nothing worked".
      "nothing worked", "nothing helped", "nothing has worked", "nothing has helped",
      "nothing seemed to help", "nothing seemed to work", "nothing seems to help",
      "none of it helped", "none of it worked", "none of them helped", "none of them worked",
      "none of that helped", "none of those helped", "none of these helped",
    ]) + givingUpPhrases

  /// A thing given up for what it did: "dried me out so I ditched it", "technically worked
  /// but gave me cramps so not going back to that". What worked and was given up still
  /// failed the poster.
  static let givingUpPhrases = [
    "ditched it", "ditched them", "binned it", "binned them", "gave up on it",
    "not going back to that", "not going back to it", "never going back to that",
    "never going back to it", "won't be going back",
  ]

  /// Success and recommendation cues; the asker's own posts count only with one of these.
  static let successPhrases =
    ([
      "helped", "helps", "did wonders", "does wonders", "worked wonders", "works wonders",
      "worked", "works well", "good experience", "good results", "no pain since", "until i started",
      "since i started", "ever since", "relief",
      "made a difference", "made a big difference", "fixed it", "cured", "feels better",
      // A difference made, in the ways people size it.
      "made a huge difference", "made a massive difference", "made a real difference",
      "made a noticeable difference", "made all the difference", "make a difference",
      "make a big difference", "make a huge difference", "makes a difference",
      "makes a big difference", "makes a huge difference", "makes all the difference",
      // The trouble dealt with.
      "did the trick", "does the trick", "do the trick", "sorted me out", "sorted it out",
      "sort you out", "sort it out", "sorts it out",
      "sorted it", "sorted my", "sorted out my", "sorts my", "cured my", "cures my",
      "fixed me", "fixed my", "fixes it", "solved it", "solved my", "cleared it up",
      "took care of it", "takes care of it", "worked for me", "works for me",
      "never looked back", "haven't looked back", "not looked back", "no problems since",
      "no issues since",
      "haven't had a problem since", "haven't had any problems since", "a lot better",
      "haven't had one since", "haven't had one in", "haven't had it since", "turned it round",
      "turned it around", "turned things around", "back to normal", "felt normal again",
      "had good luck with", "had great luck with", "had success with", "had good success with",
      "had great success with", "had good results with", "had great results with",
      "changed everything", "changed my life", "changes everything",
      "felt better", "got better", "gotten better", "much better", "go-to", "swear by",
      "life saver", "lifesaver", "game changer",
      "world of difference", "worked a treat", "works a treat", "nothing beats", "way to go",
      "big fan of", "huge fan of", "massive fan of", "can't go wrong with",
      "cannot go wrong with", "can not go wrong with",
      // A comparison won: "it lights faster and easier than lighter fluid".
      "better than", "easier than", "safer than", "gentler than", "more effective than",
      "good evidence for", "strong evidence for", "evidence supports",
      // Results seen: "I saw remarkable results after a week on Sporanox".
      "saw results", "seen results", "see results", "great results", "remarkable results",
      "excellent results", "amazing results", "saw improvement", "saw an improvement",
      "noticed an improvement", "noticed improvement", "saw a difference",
      "noticed a difference", "seen a difference",
      // The problem reported gone: "and the pain went away", "it cleared up in a week".
      "went away", "gone away", "disappeared", "vanished", "cleared up", "is gone", "was gone",
      "were gone",
      "it stopped", "they stopped", "it just stopped", "they just stopped", "ceased",
      "pain free", "stopped hurting", "no longer hurts", "better now", "under control", "at bay",
      "calmed down", "calmed right down", "settled down", "died down", "subsided",
      "mostly stopped", "got me back",
      // "... and the neck pain went in about a week" (not "went up", see `scan`).
      "pain went", "ache went", "aches went", "soreness went", "stiffness went",
      "numbness went", "symptoms went", "pain was gone", "pain is gone",
    ])

  /// Words that make a thread about health even when the lexicon names no condition in it:
  /// symptoms, care, and body parts that software and hobby forums rarely speak of. One of
  /// them in a thread's title or opening post is enough.
  static let healthWords: Set<String> = Set(
    [
      "pain", "painful", "ache", "aching", "sore", "soreness",
      "injury", "injured", "symptom", "doctor", "physician", "treatment", "cure", "remedy",
      "relief", "bleed", "bleeding", "infection", "swelling", "swollen", "inflammation",
      "inflamed", "itch", "itchy", "rash", "disease", "illness", "medication", "medicine",
      "clinic", "therapist", "ear", "nose", "throat", "stomach", "tooth", "teeth", "allergy",
      "fever", "cough", "headache", "nausea", "insomnia", "sinus", "migraine",
      "wound", "bruise", "blister", "cramp", "fatigue", "hurt", "stiff", "stiffness", "numb",
      "numbness", "tingling", "sprain", "strain", "dizzy", "dizziness", "rehab",
      "asthma", "pill", "tinnitus", "eczema", "acne", "arthritis", "tendinitis", "tendonitis",
      "fracture", "fractured", "surgery", "agony", "lightheaded", "lightheadedness", "nosebleed",
      "backache", "toothache", "stomachache", "earache", "heartburn", "bellyache",
      // "-ches" folds to "-ch", so the plurals of the aches are words of their own.
      "headaches", "backaches", "toothaches", "stomachaches", "earaches", "bellyaches",
      "sick", "ill", "sickness", "syndrome", "deficiency", "sneezing", "congestion", "congested",
      "diarrhea", "constipation", "constipated", "vomiting", "wheezing", "flu", "influenza",
      // Sickness of travel, and skin rubbed raw: troubles wherever they are named.
      "seasick", "seasickness", "carsick", "airsick", "chafing", "chafe", "chafed",
      // Conditions, care and organs that name health wherever they stand.
      "seizure", "seizures", "epilepsy", "pregnancy", "pregnant", "fetus", "diabetes",
      "diabetic", "cancer", "tumor", "tumour", "cholesterol", "vaccine",
      "bacterial", "antibiotic", "antibiotics", "prescription", "prescribed",
      "hospital", "nurse", "surgeon",
      "liver", "kidney", "lungs", "bowel", "intestine", "esophagus", "bladder", "prostate",
      "obese", "obesity", "overweight", "calories", "dieting", "elderly", "dementia",
      "psychiatric", "depression", "anxiety", "hives", "chickenpox", "pox", "ulcer", "immune",
      "immunity", "treating", "hernia", "carcinogen", "carcinogenic", "toxicity", "circumcision",
      "foreskin", "genital", "genitals", "penis", "vagina", "vaginal", "urinary", "hiv",
      "herpes", "copd", "adhd", "gerd", "ptsd", "spasm", "diagnosed",
      // Training, the care of the body this tool serves: words no other field uses so
      // ("race" and "training" are a programmer's and a data scientist's words too).
      "marathon", "marathons", "ultramarathon", "triathlon", "runner", "runners", "jogging",
      "jogger", "workout", "workouts", "cyclist", "cyclists", "weightlifting", "powerlifting",
      "gym", "cardio",
      // Medical practitioners by name.
      "urologist", "dermatologist", "neurologist", "cardiologist", "gynecologist",
      "gynaecologist", "oncologist", "rheumatologist", "allergist", "podiatrist",
      "psychiatrist", "pediatrician", "paediatrician", "physiotherapist", "chiropractor",
      "osteopath", "ophthalmologist", "optometrist", "endocrinologist", "gastroenterologist",
      "orthopedist", "dentist", "gp",
    ].map(WordFolding.fold))

  /// Parts of the body no muscle group of the lexicon names, which say a trouble beside a
  /// word of how they feel ("legs feel dead", "fingertips keep splitting").
  static let partsOfTheBody: Set<String> = Set(
    [
      "leg", "legs", "hand", "hands", "finger", "fingers", "fingertip", "fingertips", "thumb",
      "thumbs", "toe", "toes", "skin", "palm", "palms", "knuckle", "knuckles", "lip", "lips",
      "eye", "eyes", "bum", "backside", "crotch", "undercarriage", "sinus", "sinuses", "nose",
      "throat", "stomach", "scalp", "toenail", "toenails", "muscle", "muscles",
    ].map(WordFolding.fold))

  /// How a part of the body feels or fails, a trouble only beside the body's name ("my lower
  /// back is tight", not "a tight deadline"): "tight", "tweaked", "niggle". Compared as
  /// written: folded, "pulled" would be any "pulling" ("the finger pulling the trigger").
  private static let bodyStateWords: Set<String> = Set(
    [
      "tight", "tired", "tightness", "twinge", "tweak", "tweaked", "niggle", "niggles", "pulled",
      "weak",
      "weakness", "cramping", "clicking", "popping", "locked", "burning", "burns", "pinch",
      "pinches", "pinching", "pinched", "burn", "gritty", "itching", "swell",
      // Worn by the sport: "hands feel battered", "fingertips keep splitting".
      "battered", "beaten", "wrecked", "trashed", "shredded", "splitting", "cracked", "cracking",
      "peeling", "torn", "bruised", "blistered", "tingly", "freezing", "ripped", "ripping",
      // "IT band flared up", "calf seizes up", "sinuses completely blocked".
      "flared", "flaring", "seizes", "seized", "blocked",
    ])

  /// Whether the word says how a part of the body feels (see `bodyStateWords`), or with
  /// "me" after it, how it makes one feel: "my neck is killing me", "kills me".
  static func isBodyState(_ span: WordSpan, in text: String) -> Bool {
    let word = text[span.range].lowercased()
    if bodyStateWords.contains(word) { return true }
    guard ["killing", "kills", "kill"].contains(word) else { return false }
    let next = text[span.range.upperBound...].drop(while: \.isWhitespace)
    return next.prefix(2).lowercased() == "me" && !(next.dropFirst(2).first?.isLetter ?? false)
  }

  /// Endings of disorders: "rhinitis", "endometriosis", "anemia", "neuralgia", "neuropathy".
  private static let conditionEndings: [WordEnding] = [
    "itis", "osis", "emia", "aemia", "algia", "opathy",
  ]
  /// Endings of medical terms: the disorders', "appendectomy", "pneumonia", and the stems of
  /// drug names.
  private static let medicalEndings: [WordEnding] =
    conditionEndings + [
      "ectomy", "monia",
      // Stems of drug names: "erythromycin", "amoxicillin", "ketoconazole", "sumatriptan".
      "mycin", "cillin", "cycline", "floxacin", "azole", "statin", "triptan", "prazole",
    ]
  /// Words of those endings that are not medical.
  private static let nonMedicalTerms: Set<String> = [
    "diagnosis", "prognosis", "hypnosis",
    "thesis", "analysis", "basis", "emphasis", "synthesis", "nostalgia", "academia",
    "minutiae",
  ]

  static func isMedicalTerm(_ folded: String) -> Bool {
    isLong(folded) && endsWithOne(of: medicalEndings, folded)
      && !nonMedicalTerms.contains(folded)
  }

  /// Whether a word is longer than six letters, as a term known by its ending must be; its
  /// bytes are counted first, as they are no fewer than its letters and cost nothing to count.
  private static func isLong(_ word: String) -> Bool {
    word.utf8.count > 6 && word.count > 6
  }

  /// Whether `word` ends in one of `endings`, compared on bytes (as `hasSuffix` would, but
  /// without reading characters: these run over every word of a post).
  private static func endsWithOne(of endings: [WordEnding], _ word: String) -> Bool {
    let tail = WordEnding(word)
    return endings.contains { tail.ends(with: $0) }
  }

  /// Whether a word names a disorder by its ending: "myocarditis", "fibromyalgia".
  static func isConditionTerm(_ folded: String) -> Bool {
    isLong(folded) && endsWithOne(of: conditionEndings, folded)
      && !nonMedicalTerms.contains(folded)
  }

  static func isHealthWord(_ folded: String) -> Bool {
    healthWordForms.contains(folded) || isMedicalTerm(folded) || namesAGerm(folded)
  }

  /// The health words and every word `singulars(of:)` takes back to one ("symptoms",
  /// "injuries"), so that one lookup answers for both.
  private static let healthWordForms: Set<String> = {
    var forms = healthWords
    for word in healthWords {
      var plurals: [String] = [word + "s", word + "es"]
      if word.hasSuffix("y") { plurals.append(String(word.dropLast()) + "ies") }
      for plural in plurals where singulars(of: plural).contains(where: healthWords.contains) {
        forms.insert(plural)
      }
    }
    return forms
  }()

  /// Whether the word `span` of `text` is a health word, or a disorder's acronym as it is
  /// written ("AIDS", "STDs"): folded, those read as everyday words ("aid", "std::").
  static func isHealthWord(_ span: WordSpan, in text: String) -> Bool {
    if isHealthWord(span.folded) { return true }
    let written = text.utf8[span.range]
    guard written.count <= longestHealthAcronym,
      let first = written.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z")
    else { return false }
    return healthAcronyms.contains(String(text[span.range]))
  }

  /// Disorders known by acronyms that fold to other words, in the capitals that tell them.
  private static let healthAcronyms: Set<String> = [
    "AIDS", "STD", "STDs", "STI", "STIs", "UTI", "UTIs", "IBS", "ALS", "CFS",
  ]
  private static let longestHealthAcronym = healthAcronyms.map(\.utf8.count).max() ?? 0

  /// Whether a word names a germ, which a list may give as what a treatment covers, never
  /// as what to take: "strep", "staph", "bacteria", "streptococcus", "pneumoniae".
  static func namesAGerm(_ folded: String) -> Bool {
    germWords.contains(folded)
      || isLong(folded) && endsWithOne(of: germEndings, folded)
        && !nonMedicalTerms.contains(folded)
  }

  private static let germEndings: [WordEnding] = ["coccus", "cocci", "bacter", "bacillus", "iae"]

  private static let germWords: Set<String> = [
    "strep", "staph", "germ", "germs", "pathogen", "pathogens", "bacteria", "bacterium",
    "virus", "viruses", "microbe", "microbes", "fungus", "fungi", "parasite", "parasites",
  ]

  /// A word without a plain plural "-s" ("shots" → "shot"; "glass" and words of three
  /// letters or fewer as they are): enough to compare two names of one thread.
  static func withoutPluralS<Word: StringProtocol>(_ word: Word) -> String {
    word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
      ? String(word.dropLast()) : String(word)
  }

  /// What a plural may be the plural of ("symptoms", "rashes", "injuries"): the list holds
  /// each word once.
  private static func singulars(of folded: String) -> [String] {
    guard folded.count > 3, folded.hasSuffix("s"), !folded.hasSuffix("ss") else { return [] }
    var forms = [String(folded.dropLast())]
    if folded.hasSuffix("es") { forms.append(String(folded.dropLast(2))) }
    if folded.hasSuffix("ies") { forms.append(String(folded.dropLast(3)) + "y") }
    return forms
  }

  /// Muscle-group words with an everyday sense ("the core team", "a treasure chest", "5000
  /// feet"): they do not by themselves make a thread about health.
  static let everydayBodyWords: Set<[String]> = Set(
    ["core", "arm", "chest", "foot", "feet", "trunk", "back", "quad", "joint", "bone"]
      .map { [WordFolding.fold($0)] })

  /// The poster's plans and wishes: what they will do is not yet advice to anyone.
  static let intentionPhrases =
    ([
      "i'll", "i will", "i'm going to", "i am going to", "going to try", "will try", "i plan",
      "i might", "i may", "i should", "i need to", "i want to",
      "i wish", "i'd like to", "i hope to",
    ])

  /// Words that make a clause a warning, a condition or a limit on a remedy.
  static let caveatPhrases =
    ([
      "painful", "hurt", "hurts", "careful", "be careful", "caution", "overdo", "overdoing",
      "too much", "too hard", "too far", "consistency", "consistent", "key is",
      "make sure", "be sure", "have to", "need to be", "unless", "only if",
      "see a doctor", "see a physio", "see a physical therapist", "consult", "check with",
      "gentle", "gently", "slowly",
      "ease into", "start slow", "start light", "listen to your body", "don't push", "warning",
      "risk", "could be", "may aggravate", "aggravate", "worse", "takes time", "patience",
      // Harm done to what the reader is after: "ice baths blunt strength gains", "can ruin
      // your knees", "may worsen it".
      "blunt the", "blunt your", "blunt strength", "ruin", "worsen",
      "sabotage", "set you back", "sets you back",
      // Patience asked of the reader, not the patients a post speaks of.
      "be patient", "stay patient", "remain patient", "patient with", "not for everyone", "depends",
      "numbness", "numb", "tingling", "sharp pain",
      "stop if", "don't force", "do not force", "never force", "sore the next day",
      "sore afterwards", "sore at first", "takes getting used to", "take getting used to",
      // Costs and side effects: what a reader weighs before trying it.
      "side effect", "expensive", "costs", "greasy", "sting", "awkward", "hangover", "tolerance",
      "drowsy", "drowsiness", "dizzy", "nausea", "addictive", "habit forming", "overuse",
      "overused", "dependence", "allergic to",
      // What it takes: "the high mileage weeks were exhausting", "especially difficult".
      "exhausting", "difficult", "grueling", "gruelling", "brutal", "tedious",
      // "Tiring" folds as "tire" does ("my tire pressure"): only the adjective after a verb or
      // a degree word.
      "is tiring", "was tiring", "are tiring", "so tiring", "very tiring", "really tiring",
      "pretty tiring", "quite tiring", "bit tiring", "too tiring", "gets tiring",
      "annoying", "aggravating", "uncomfortable", "inconvenient", "time consuming",
      // Limits of the evidence or of the remedy.
      "not available", "not widely available", "not commercially available", "no advantage",
      "not a cure", "may not", "might not", "won't work", "doesn't work for everyone",
      "didn't seem to", "wouldn't expect", "evidence was mixed", "no consensus",
      "as long as", "don't buy", "don't try", "don't take", "never use", "except",
      // A limit the remedy has: "the underlying cause is NOT cured by this kind of surgery",
      // "chromium by itself isn't likely to make a fat person thin".
      "not cured", "isn't cured", "doesn't cure", "does not cure", "won't cure",
      "will not cure", "isn't likely", "aren't likely", "is not likely",
      // Hearsay, rarity, requirements and what is not there yet.
      "supposed to be", "rarely", "seldom", "require", "be a problem", "yet to",
      "not yet", "cost", "pricey", "mail order", "mail ordered", "prescription only",
      "can cause", "may cause", "could cause", "may produce", "can lead to", "may lead to",
      // Who should not, and what wears off.
      "those with", "pregnant", "interact with", "interaction",
      "contraindicated", "should not be used", "shouldn't be used", "should be avoided",
      "associated with", "linked to", "lose their effect", "lose its effect", "wear off",
      "wears off", "stop working", "stops working", "less effective",
      // Harm and how to take a thing to avoid it.
      "upset stomach", "stomach upset", "upset your stomach", "upset the stomach", "with food",
      "empty stomach", "irritate", "irritation", "can damage", "may damage", "toxic",
      "dangerous", "harmful", "unsafe", "overdose", "withdrawal", "rebound", "addiction",
      "blood pressure", "in the first", "within the first",
      "doctor first", "physician first",
      // Doubts about the evidence, and the poster's own hedges on it.
      "placebo", "controversial", "anecdotal", "not proven", "unproven", "no evidence",
      "little evidence", "does not imply causation", "doesn't imply causation", "no data",
      "no solid evidence", "not based on", "unlikely", "not likely", "few studies",
      "few reliable studies", "no studies", "no reliable studies", "little research",
      "no research", "not well studied", "poorly studied",
      // Comparisons that go against it, and whom it is for no one.
      "not as good", "not as effective", "not as safe", "no one should", "nobody should",
      "association with", "associations with",
    ]) + measurePhrases + timeToEffectPhrases

  /// Whether a folded word denies what follows it: "not", "never", "no" or a word in "n't".
  static func denies(_ word: String) -> Bool {
    ["not", "never", "no"].contains(word) || word.hasSuffix("n't")
  }

  /// Disclaimers and how much the result differs between people: caveats that qualify all
  /// the advice of the post that gives them, however far from it they stand ("Disclaimer:
  /// I'm not a doctor" at the foot of a long reply).
  static let disclaimerPhrases = [
    "not a doctor", "not a physician", "not a medical professional", "not medical advice",
    "mileage may vary", "mileage varies", "ymmv",
    "everyone is different", "everybody is different", "everyone's different",
    "everybody's different", "differs between people", "variation between people",
    "vary from person to person", "varies from person to person",
  ]

  /// How long a remedy takes to work, read in lemmas: "it takes several hours to reduce the
  /// pain", "takes weeks", "it took a few days to kick in".
  static let timeToEffectPhrases: [String] =
    ["take a while", "to kick in"]
    + ["hour", "day", "week", "month", "year"].flatMap { unit in
      ["", "a few ", "several ", "a couple of ", "a couple ", "many ", "some "].map {
        "take \($0)\(unit)"
      }
    }

  /// Words that hedge or bound advice without warning against it: a clause holding one is
  /// the caveat of the remedy it goes with ("I *believe* there is a known synergism", "in
  /// complicated cases, a urologist"), but it still advises or reports what it names.
  static let hedgePhrases = [
    "hopefully", "i believe", "may make sense", "might make sense", "possible remedy",
    "reserve it for", "reserve them for", "monitor", "closely",
    // Harm denied as the reason to try: "it couldn't hurt to try an all-natural diet" says
    // more about the evidence than praise does.
    "can't hurt", "cant hurt", "cannot hurt", "couldn't hurt", "wouldn't hurt", "won't hurt",
  ]

  /// Caveat words that say how much or how long: "initially best handled by an ENT" and
  /// "use it sparingly" still advise, with the measure as their caveat.
  static let measurePhrases = [
    "at least", "initially", "intermittently", "only occasionally", "sparingly",
    // "potent sedatives which are useful occasionally": how seldom it is fit to use (not
    // how often the poster does something: "I occasionally get strange looks").
    "useful occasionally", "helpful occasionally", "fine occasionally", "ok occasionally",
    "okay occasionally", "use occasionally", "used occasionally", "taken occasionally",
    "in moderation", "short term", "for the first few", "for the first couple",
    "for the first day", "for the first week", "for the first month",
  ]

  /// Caveat words that frame advice when a verb follows: "make sure you warm up" advises
  /// warming up, while "be sure the dietitian is up to date" stays a caveat.
  static let assuranceWords: Set<String> = ["make", "be", "sure"]

  /// Caveat words that say how to do a thing, not whether: "gentle stretching" still
  /// recommends stretching, with "gentle" as its caveat.
  static let mannerWords: Set<String> = ["gentle", "gently", "slowly", "light", "easy"]

  /// Words just before a remedy that make it the problem, not the advice: "blamed on lack of
  /// core strength" recommends nothing.
  static let problemMarkersPhrases =
    ([
      "lack of", "lacking", "blamed on", "caused by", "due to", "because of", "result of",
      "without", "no", "poor", "weak", "bad", "good luck with", "good luck with your",
      "good luck with the", "luck with your", "recovering from", "recovery from", "after my",
      "after your", "since my", "since your", "before my", "before your",
      // What the poster was doing when it happened: "when hiking", "while running".
      "when", "while", "whilst",
      // What the advice is instead of: "staying active rather than bed rest".
      "rather than", "instead of",
      // What a remedy spares one: "the dieting that helps them avoid surgery", "it reduces
      // the need for surgery".
      "help avoid", "help them avoid", "help you avoid", "help to avoid", "help prevent",
      "help to prevent", "need for",
    ])

  /// Verbs that, next to a muscle group, make a stretch of it ("releasing your iliopsoas",
  /// "stretching my hip flexors", "get your hip flexors to release").
  static let stretchVerbs: Set<String> = Set(
    [
      "stretch", "stretching", "stretched", "release", "releasing", "released", "loosen",
      "loosening", "loosened", "lengthen", "lengthening", "open", "opening", "mobilize",
      "mobilizing", "mobilise", "mobilising",
    ].map(WordFolding.fold))

  /// Words allowed between a stretch verb and its muscle ("stretching *my* hip flexors").
  static let muscleDeterminers: Set<String> = Set(
    [
      "my", "your", "the", "his", "her", "their", "our", "those", "these", "tight", "tired",
      "short", "both", "up", "out", "to", "of", "a", "bit",
    ].map(WordFolding.fold))
}

/// The kinds of cue a phrase can be; one phrase may be several.
struct CueKinds: OptionSet, Sendable {
  let rawValue: UInt8
  static let against = CueKinds(rawValue: 1 << 0)
  static let success = CueKinds(rawValue: 1 << 1)
  static let problem = CueKinds(rawValue: 1 << 2)
  static let intention = CueKinds(rawValue: 1 << 3)
  /// A caveat on all of the post's advice (see `Cues.disclaimerPhrases`).
  static let disclaimer = CueKinds(rawValue: 1 << 4)
  static let caveat = CueKinds(rawValue: 1 << 5)
  /// Qualifies the advice it stands with (a caveat clause), never makes its clause a warning.
  static let hedge = CueKinds(rawValue: 1 << 6)
}

extension Cues {
  /// Every cue phrase in one trie, so a sentence is scanned once for all of them.
  static let trie: PhraseTrie<CueKinds> = {
    var trie = PhraseTrie<CueKinds>()
    let lists: [(CueKinds, [String])] = [
      (.against, againstPhrases), (.success, successPhrases), (.problem, problemMarkersPhrases),
      (.intention, intentionPhrases), (.caveat, caveatPhrases), (.hedge, hedgePhrases),
      ([.caveat, .disclaimer], disclaimerPhrases),
    ]
    for (kind, phrases) in lists {
      for phrase in phrases {
        let words = phrase.split(separator: " ").map { WordFolding.fold(String($0)) }
        trie.update(words) { $0 = ($0 ?? []).union(kind) }
      }
    }
    return trie
  }()

  /// The cues in a sentence's folded words. Caveats and hedges are also read in the words'
  /// lemmas, so "it stings" and "I had to return" warn as "sting" and "have to" do; the other
  /// cues are phrases whose inflection matters ("helped" reports, "help" advises).
  static func scan(_ words: [String], lemmas: [String]) -> CueHits {
    var hits: [CueHits.Hit] = []
    for start in words.indices {
      trie.forEachMatch(in: words, from: start) { length, kinds in
        hits.append(CueHits.Hit(words: start..<(start + length), kinds: kinds))
      }
    }
    // "didn't really help", "doesn't actually work": a word of degree after a denial leaves
    // the report against as it is.
    var kept: [Int] = []
    for (i, word) in words.enumerated() {
      if i > 0, softeningWords.contains(word), deniesBefore(words[i - 1]) { continue }
      kept.append(i)
    }
    if kept.count < words.count {
      let compact = kept.map { words[$0] }
      for start in compact.indices {
        trie.forEachMatch(in: compact, from: start) { length, kinds in
          let span = kept[start]..<(kept[start + length - 1] + 1)
          guard kinds.contains(.against), span.count > length else { return }
          hits.append(CueHits.Hit(words: span, kinds: .against))
        }
      }
    }
    if lemmas != words {
      for start in lemmas.indices {
        trie.forEachMatch(in: lemmas, from: start) { length, kinds in
          let qualifying = kinds.intersection([.caveat, .hedge, .disclaimer])
          if !qualifying.isEmpty {
            hits.append(CueHits.Hit(words: start..<(start + length), kinds: qualifying))
          }
        }
      }
    }
    hits.removeAll {
      deniesHarm($0.words, in: words) || isOutweighed($0.words, in: words)
        || isComparisonLost($0, in: words) || nothingButOne($0, in: words)
        || ordersRest($0, in: words)
        || wentElsewhere($0, in: words) || namesAThing($0, in: words)
    }
    hits += troubleStopped(in: words) + troubleEnded(in: words) + stateImproved(in: words)
    // "My knee stopped hurting", "no longer hurts": a trouble inside the words that say it
    // ended warns of nothing.
    let successes = hits.filter { $0.kinds.contains(.success) }.map(\.words)
    hits.removeAll { hit in
      hit.kinds.isSubset(of: [.caveat, .hedge, .disclaimer])
        && successes.contains {
          $0 != hit.words && $0.lowerBound <= hit.words.lowerBound
            && hit.words.upperBound <= $0.upperBound
        }
    }
    return CueHits(hits: hits)
  }

  /// Words of degree that may stand between a denial and what it denies.
  private static let softeningWords: Set<String> = [
    "really", "actually", "honestly", "truly", "even", "particularly", "exactly", "necessarily",
  ]

  /// A denial a word of degree may follow: `denies` without "no", since "no, really" and
  /// "no actually" answer rather than deny what follows.
  private static func deniesBefore(_ word: String) -> Bool {
    word.hasSuffix("n't") || word == "not" || word == "never"
  }

  /// "The thing that stopped my back hurting", "stops my calves cramping": a trouble made to
  /// stop, with the part it was in between, says what worked (and, denied, what failed).
  private static func troubleStopped(in words: [String]) -> [CueHits.Hit] {
    words.indices.compactMap { start in
      guard stoppingWords.contains(words[start]) else { return nil }
      let reach = min(start + 5, words.count)
      guard start + 2 < reach,
        let end = ((start + 2)..<reach).first(where: { troubleGerunds.contains(words[$0]) })
      else { return nil }
      // "Yoga didn't stop my back hurting" failed.
      let denied = words[max(0, start - 2)..<start].contains {
        ["not", "never"].contains($0) || $0.hasSuffix("n't")
      }
      return CueHits.Hit(words: start..<(end + 1), kinds: denied ? .against : .success)
    }
  }
  private static let stoppingWords = Set(["stop", "stops", "stopped"].map(WordFolding.fold))
  private static let troubleGerunds = Set(
    [
      "hurting", "aching", "cramping", "flaring", "burning", "throbbing", "clicking",
      "tingling", "bothering", "swelling", "itching",
    ].map(WordFolding.fold))

  /// "... and the pain stopped", "the cramps eased within a week": a trouble that stopped
  /// or eased says what was done worked; denied ("the pain never stopped") it failed. Not a
  /// trouble that stopped someone ("the pain stopped me running").
  private static func troubleEnded(in words: [String]) -> [CueHits.Hit] {
    words.indices.dropLast().compactMap { k in
      guard endedTroubles.contains(words[k]) else { return nil }
      var verb = k + 1
      var denied = false
      while verb < words.count,
        ["never", "has", "have", "had", "finally", "just", "did", "does", "not"].contains(
          words[verb]) || words[verb].hasSuffix("n't")
      {
        denied = denied || ["never", "not"].contains(words[verb]) || words[verb].hasSuffix("n't")
        verb += 1
      }
      guard verb < words.count else { return nil }
      // "the pain didn't go away".
      if ["go", "went", "gone"].contains(words[verb]), verb + 1 < words.count,
        words[verb + 1] == "away"
      {
        return CueHits.Hit(words: k..<(verb + 2), kinds: denied ? .against : .success)
      }
      // "but the rash came right back", "the pain kept coming back": it failed.
      if let back = (verb + 1..<min(verb + 4, words.count)).first(where: { words[$0] == "back" }),
        recurringVerbs.contains(words[verb]), !denied
      {
        return CueHits.Hit(words: k..<(back + 1), kinds: .against)
      }
      guard endingVerbs.contains(words[verb]),
        verb + 1 == words.count || !objectPronouns.contains(words[verb + 1])
      else { return nil }
      return CueHits.Hit(words: k..<(verb + 1), kinds: denied ? .against : .success)
    }
  }
  /// "My health has vastly improved", "the symptoms improved within a week": the poster's
  /// state or trouble improving says what was done worked; denied ("my skin hasn't
  /// improved") it failed. Only past forms: "to improve my sleep" is a purpose.
  private static func stateImproved(in words: [String]) -> [CueHits.Hit] {
    words.indices.dropLast().compactMap { k in
      guard endedTroubles.contains(words[k]) || improvingStates.contains(words[k]) else {
        return nil
      }
      var verb = k + 1
      var denied = false
      while verb < words.count, verb - k <= 4,
        degreeWords.contains(words[verb]) || words[verb].hasSuffix("n't")
      {
        denied = denied || ["never", "not"].contains(words[verb]) || words[verb].hasSuffix("n't")
        verb += 1
      }
      guard verb < words.count, words[verb] == improved else { return nil }
      return CueHits.Hit(words: k..<(verb + 1), kinds: denied ? .against : .success)
    }
  }
  private static let improved = WordFolding.fold("improved")
  /// Words that may stand between a state and "improved": "has vastly", "had not".
  private static let degreeWords = Set(
    [
      "has", "have", "had", "not", "never", "really", "greatly", "vastly", "much", "finally",
      "significantly", "dramatically", "markedly", "gradually", "slowly", "steadily",
      "already", "also", "since", "definitely", "noticeably", "considerably",
    ].map(WordFolding.fold))
  /// What a poster says improved besides a trouble: "my health", "my sleep".
  private static let improvingStates = Set(
    [
      "health", "condition", "skin", "complexion", "hearing", "vision", "eyesight", "sleep",
      "breathing", "digestion", "energy", "mood", "circulation", "mobility", "things",
    ].map(WordFolding.fold))

  /// Troubles a report may say stopped or went on: "the pain stopped", "the cramps never eased".
  static let endedTroubles = Set(
    [
      "pain", "ache", "aches", "cramp", "cramps", "cramping", "chafing", "itch", "itching",
      "swelling", "soreness", "numbness", "tingling", "headaches", "symptoms", "bleeding",
      "burning", "stiffness", "irritation", "flare-ups", "flareups", "nosebleeds", "rash",
    ].map(WordFolding.fold))
  /// Verbs of a trouble's return, before "back": "came (right) back", "kept coming back".
  private static let recurringVerbs = Set(
    ["came", "comes", "coming", "kept", "keeps"].map(WordFolding.fold))
  private static let endingVerbs = Set(
    ["stopped", "stop", "eased", "subsided", "settled", "faded", "ceased", "stopping"].map(
      WordFolding.fold))
  private static let objectPronouns: Set<String> = [
    "me", "us", "him", "her", "them", "you", "my", "it", "from",
  ]

  /// "Raising my monitor to eye level", "a heart rate monitor": a cue that is a verb
  /// ("monitor it closely") names a thing after a determiner, a possessive or a noun.
  private static func namesAThing(_ hit: CueHits.Hit, in words: [String]) -> Bool {
    hit.words.count == 1 && verbsThatNameThings.contains(words[hit.words.lowerBound])
      && hit.words.lowerBound > 0
      && [
        "the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "rate",
        "new", "second",
      ].contains(words[hit.words.lowerBound - 1])
  }
  private static let verbsThatNameThings: Set<String> = ["monitor"]

  /// "No better than a placebo", "not any easier than before", "unlikely to be better than
  /// a trained finger": a comparison denied or doubted is no praise.
  private static func isComparisonLost(_ hit: CueHits.Hit, in words: [String]) -> Bool {
    guard hit.words.count == 2, words[hit.words.upperBound - 1] == "than" else { return false }
    return words[max(0, hit.words.lowerBound - 3)..<hit.words.lowerBound].contains {
      ["no", "not", "never", "hardly", "any", "unlikely", "rarely", "seldom"].contains($0)
        || $0.hasSuffix("n't")
    }
  }

  /// "The pain went up", "the ache went on for weeks": a trouble that went somewhere other
  /// than away is no success.
  private static func wentElsewhere(_ hit: CueHits.Hit, in words: [String]) -> Bool {
    hit.kinds.contains(.success) && words[hit.words.upperBound - 1] == "went"
      && hit.words.upperBound < words.count
      && [
        "up", "on", "back", "through", "from", "to", "into", "beyond", "higher", "worse",
        "all", "straight", "right",
      ].contains(words[hit.words.upperBound])
  }

  /// "Nothing helped until I tried yoga", "nothing worked better than ice": everything else
  /// failing singles out the one thing that did not.
  private static func nothingButOne(_ hit: CueHits.Hit, in words: [String]) -> Bool {
    hit.kinds.contains(.against) && ["nothing", "none"].contains(words[hit.words.lowerBound])
      && hit.words.upperBound < words.count
      && ["until", "till", "til", "better", "more", "as", "like", "but", "except", "besides"]
        .contains(words[hit.words.upperBound])
  }

  /// "Don't do anything strenuous for a week": doing nothing, ordered at the start of a
  /// sentence, is advice to rest, not a report that something did nothing.
  private static func ordersRest(_ hit: CueHits.Hit, in words: [String]) -> Bool {
    hit.kinds.contains(.against) && hit.words.lowerBound == 0
      && restOrders.contains(words[hit.words.upperBound - 1])
  }
  private static let restOrders = Set(["anything", "much"].map { WordFolding.fold($0[...]) })

  /// "The complications of leaving it far outweigh the risks of surgery": risks outweighed
  /// are no warning.
  private static func isOutweighed(_ hit: Range<Int>, in words: [String]) -> Bool {
    SpeechActReader.outweighsRisks(at: hit.lowerBound, in: words)
  }

  /// "It can't hurt to try", "never hurts to ask": harm denied before advice encourages it.
  private static func deniesHarm(_ hit: Range<Int>, in words: [String]) -> Bool {
    hit.count == 1 && ["hurt", "hurts"].contains(words[hit.lowerBound])
      && hit.upperBound < words.count && words[hit.upperBound] == "to"
      && words[max(0, hit.lowerBound - 3)..<hit.lowerBound].contains(where: {
        SpeechActReader.harmlessNegations.contains($0)
      })
  }
}

/// Where the cues of a sentence are, by word range.
struct CueHits: Sendable {
  struct Hit: Sendable {
    var words: Range<Int>
    var kinds: CueKinds
  }

  var hits: [Hit]

  func contains(_ kind: CueKinds) -> Bool {
    hits.contains { $0.kinds.contains(kind) }
  }

  /// Whether a cue of `kind` lies wholly inside `words`.
  func contains(_ kind: CueKinds, within words: Range<Int>) -> Bool {
    hits.contains {
      $0.kinds.contains(kind) && $0.words.lowerBound >= words.lowerBound
        && $0.words.upperBound <= words.upperBound
    }
  }

  /// Whether a cue of `kind` ends right where word `index` begins.
  func contains(_ kind: CueKinds, endingAt index: Int) -> Bool {
    hits.contains { $0.kinds.contains(kind) && $0.words.upperBound == index }
  }
}

/// The last eight bytes of a word packed into an integer, so that an ending of up to eight
/// ASCII letters is one masked comparison.
struct WordEnding: ExpressibleByStringLiteral {
  private let bits: UInt64
  private let length: Int

  init(_ word: String) {
    var bits: UInt64 = 0
    var length = 0
    for byte in word.utf8 {
      bits = bits << 8 | UInt64(byte)
      length += 1
    }
    self.bits = bits
    self.length = length
  }

  init(stringLiteral ending: String) {
    precondition(ending.utf8.count <= 8, "an ending longer than eight bytes")
    self.init(ending)
  }

  /// Whether this word ends with `ending`.
  func ends(with ending: WordEnding) -> Bool {
    guard length >= ending.length else { return false }
    let mask: UInt64 = ending.length == 8 ? .max : (1 << (8 * UInt64(ending.length))) - 1
    return bits & mask == ending.bits
  }
}
