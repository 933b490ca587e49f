import Testing

@testable import TipsCore

/// What the lexicon names in a sentence, in order, as the extractor would see it.
private func terms(in text: String, lexicon: Lexicon) -> [Lexicon.Term] {
  lexicon.matches(in: WordFolding.words(in: text[...])).flatMap(\.terms)
}

private func remedies(in text: String, lexicon: Lexicon) -> [String] {
  terms(in: text, lexicon: lexicon).compactMap {
    if case .remedy(let name) = $0 { name } else { nil }
  }
}

/// The muscle groups a sentence names, itself or through a remedy it names ("stretch those
/// hammies" is the hamstring stretch).
private func muscles(in text: String, lexicon: Lexicon) -> [String] {
  terms(in: text, lexicon: lexicon).flatMap { term -> [String] in
    switch term {
    case .muscle(let name): [name]
    case .remedy(let name): lexicon.remedies[name]?.muscles ?? []
    case .tool, .condition: []
    }
  }
}

@Test("The shipped lexicon loads with its entries intact")
func shippedLexiconLoads() throws {
  let lexicon = try Lexicon.shipped()
  let couch = try #require(lexicon.remedies["couch stretch"])
  #expect(couch.kind == .stretch)
  #expect(couch.muscles == ["hip flexors", "quads"])
  #expect(lexicon.tools["lacrosse ball"]?.impliedRemedy == "ball massage")
  #expect(lexicon.tools["kettlebell"]?.impliedRemedy == nil)
  #expect(lexicon.muscles["hip flexors"]?.singular == "hip flexor")
}

@Test(
  "Anatomy words and slang name the canonical muscle group",
  arguments: zip(
    [
      "my psoas is tight", "ITB is angry again", "stretch those hammies", "my QL hurts",
      "tight pecs from the desk", "t-spine is stiff", "glute med is weak",
      "pain in the gastrocnemius",
    ],
    [
      "hip flexors", "it band", "hamstrings", "lower back", "chest", "upper back", "glutes",
      "calves",
    ]))
func anatomySynonyms(sentence: String, muscle: String) throws {
  let lexicon = try Lexicon.shipped()
  #expect(muscles(in: sentence, lexicon: lexicon) == [muscle])
}

@Test(
  "A drug or supplement named by brand or generic name is that one; the class's own words name the class",
  arguments: [
    ("Advil before the ride", "ibuprofen"), ("a couple of Tylenol", "acetaminophen"),
    ("Benadryl at night", "diphenhydramine"), ("an NSAID for a few days", "nsaids"),
    ("allergy pills", "antihistamines"), ("a spoon of turmeric", "turmeric"),
    ("omega 3 capsules", "fish oil"), ("curcumin", "turmeric"),
    ("dietary supplements", "supplements"), ("Anti-histamines worked", "antihistamines"),
    ("Sporanox for a month", "itraconazole"), ("a systemic antifungal", "antifungals"),
  ])
func drugsApartFromTheirClass(sentence: String, remedy: String) throws {
  let lexicon = try Lexicon.shipped()
  #expect(remedies(in: sentence, lexicon: lexicon) == [remedy])
}

@Test(
  "Being told to get medical attention is being told to see a doctor",
  arguments: ["You need medical attention before lifting again", "Seek medical help"])
func medicalAttention(sentence: String) throws {
  #expect(remedies(in: sentence, lexicon: try Lexicon.shipped()) == ["see a doctor"])
}

@Test(
  "Runners' ways of saying a remedy name it",
  arguments: [
    ("Drop your mileage by half for two weeks", "reduce mileage"),
    ("Get fitted for proper running shoes", "new shoes"),
    ("Ice after every run", "icing"),
    ("a lifting belt", "lifting belt"), ("Brace harder", "core bracing"),
    ("I took a gel every 45 minutes", "energy gels"), ("Stick with the pacer", "pace group"),
  ])
func runnersWords(sentence: String, remedy: String) throws {
  let lexicon = try Lexicon.shipped()
  #expect(remedies(in: sentence, lexicon: lexicon) == [remedy])
}

@Test("Idioms that share a word with a remedy name no remedy")
func idiomsNameNoRemedy() throws {
  let lexicon = try Lexicon.shipped()
  #expect(
    remedies(in: "After the race we let the good times roll.", lexicon: lexicon)
      .isEmpty)
  #expect(remedies(in: "bridge of foot on top of your saddle", lexicon: lexicon).isEmpty)
  #expect(remedies(in: "I had a big climbing event", lexicon: lexicon).isEmpty)
  #expect(remedies(in: "it took ten minutes", lexicon: lexicon).isEmpty)
}

@Test(
  "The ways people write foam rolling all name foam rolling",
  arguments: ["foam rolling", "I rolled and stretched", "+1 for rolling", "roll out your quads"])
func foamRollingInflections(sentence: String) throws {
  let lexicon = try Lexicon.shipped()
  #expect(remedies(in: sentence, lexicon: lexicon).first == "foam rolling")
}

@Test("Rolling an ankle is a sprain, not foam rolling")
func rolledAnkleIsSprain() throws {
  let lexicon = try Lexicon.shipped()
  #expect(
    terms(in: "I rolled my ankle on a trail", lexicon: lexicon) == [.condition("ankle sprain")])
}

@Test(
  "Training complaints besides aches are conditions",
  arguments: zip(
    [
      "my legs feel dead on every ride", "I keep getting sick in a big block",
      "stuck at the same weight for weeks", "I can't fall asleep after evening sessions",
      "my ankle keeps rolling on trails",
    ],
    ["training fatigue", "frequent illness", "weight loss plateau", "insomnia", "ankle sprain"]))
func trainingComplaints(sentence: String, condition: String) throws {
  let lexicon = try Lexicon.shipped()
  #expect(terms(in: sentence, lexicon: lexicon).contains(.condition(condition)))
}

@Test(
  "Everyday complaints by their lay names are conditions",
  arguments: zip(
    [
      "hayfever is brutal this spring", "my restless legs keep me up", "dandruff all over my shirt",
      "panic attacks before every race", "tired all the time since I upped my mileage",
      "woke at 4 and can't get back to sleep", "I got a stitch in my side at mile 3",
      "two toenails going black after the marathon", "forearm pump on every descent",
      "sleeping badly since the new job", "I keep rolling the same ankle",
      "tweaked a pulley on the board", "should I stop cycling with this cold",
    ],
    [
      "allergies", "restless legs", "dandruff", "panic attacks", "training fatigue", "insomnia",
      "side stitch", "black toenail", "arm pump", "insomnia", "ankle sprain", "pulley injury",
      "common cold",
    ]))
func everydayComplaints(sentence: String, condition: String) throws {
  let lexicon = try Lexicon.shipped()
  #expect(terms(in: sentence, lexicon: lexicon).contains(.condition(condition)))
}

@Test(
  "Sleep and fluids advised in everyday words name the remedies",
  arguments: zip(
    ["sleep as much as you can", "an early night", "loads of fluids", "drink plenty"],
    ["more sleep", "more sleep", "hydration", "hydration"]))
func sleepAndFluids(sentence: String, remedy: String) throws {
  let lexicon = try Lexicon.shipped()
  #expect(remedies(in: sentence, lexicon: lexicon) == [remedy])
}

@Test(
  "A week of less training is a recovery week, not rest",
  arguments: ["take a proper rest week", "add a down week every 4th week", "deload every month"])
func recoveryWeek(sentence: String) throws {
  let lexicon = try Lexicon.shipped()
  #expect(remedies(in: sentence, lexicon: lexicon) == ["recovery week"])
}

@Test("A tool names both itself and, through it, the remedy it amounts to")
func toolImpliesRemedy() throws {
  let lexicon = try Lexicon.shipped()
  #expect(
    terms(in: "I get a free TENS unit from the VA", lexicon: lexicon) == [
      .tool("tens unit"), .remedy("tens therapy"),
    ])
  let tool = try #require(lexicon.tools["massage gun"])
  #expect(tool.impliedRemedy == "massage gun")
  #expect(terms(in: "my theragun", lexicon: lexicon) == [.tool("massage gun")])
}

@Test("No phrase names two remedies or two muscle groups")
func phrasesAreUnambiguous() throws {
  let lexicon = try Lexicon.shipped()
  var names: [String] = lexicon.remedies.values.flatMap { [$0.name] + $0.aliases }
  names += lexicon.muscles.values.flatMap { [$0.name, $0.singular] + $0.synonyms }
  names += lexicon.tools.values.flatMap { [$0.name] + $0.synonyms }
  names += lexicon.conditions.values.flatMap { [$0.name] + $0.synonyms }
  for name in names {
    let phrase = WordFolding.words(in: name[...]).map(\.folded)
    let named = try #require(lexicon.terms(named: phrase), "\(name) is not indexed")
    let remedyCount = named.filter { if case .remedy = $0 { true } else { false } }.count
    let muscleCount = named.filter { if case .muscle = $0 { true } else { false } }.count
    #expect(remedyCount <= 1 && muscleCount <= 1, "\(phrase.joined(separator: " ")): \(named)")
  }
}

@Test(
  "A malformed user line gives one line naming the file, the line and the way out",
  arguments: zip(
    [
      "[remedies]\n# mine\nsuitcase stretch | stretch | lats\n",
      "[remedies]\nsuitcase stretch | stretchy | lats | - | -\n",
      "suitcase stretch | stretch | lats | - | -\n",
      "[remedies]\nsuitcase stretch | stretch | wings | - | -\n",
    ],
    [
      "my-lexicon.txt:3: a remedy is 'name | kind | muscles | tools | aliases'",
      "my-lexicon.txt:2: unknown kind 'stretchy'",
      "my-lexicon.txt:1: entry outside a [muscles], [tools], [conditions], [remedies],"
        + " [classes], [synonyms] or [ignore] section",
      "my-lexicon.txt: 'suitcase stretch' names 'wings', which the lexicon does not define",
    ]))
func malformedUserLine(text: String, message: String) throws {
  var lexicon = try Lexicon.shipped()
  #expect {
    try lexicon.merge(text: text, source: "my-lexicon.txt")
  } throws: { error in
    (error as? LexiconError)?.description == message
  }
}

@Test("A user lexicon merged over the shipped one adds a remedy and keeps the rest")
func userLexiconAddsRemedy() throws {
  var lexicon = try Lexicon.shipped()
  try lexicon.merge(
    text: """
      [remedies]
      suitcase stretch | stretch | lats | - | suitcase stretches, suitcase stretching
      """,
    source: "my-lexicon.txt")
  #expect(lexicon.remedies["suitcase stretch"]?.muscles == ["lats"])
  #expect(
    remedies(in: "Suitcase stretching fixed my lats", lexicon: lexicon) == ["suitcase stretch"])
  #expect(remedies(in: "the couch stretch", lexicon: lexicon) == ["couch stretch"])
}

@Test(
  "An irregular verb's past names the phrase its base does",
  arguments: [
    ("I drank water during the run", "hydration"),
    ("I wore compression socks", "compression socks"),
    ("I ran slower than usual", "run easy"),
  ])
func irregularPasts(sentence: String, remedy: String) throws {
  let lexicon = try Lexicon.shipped()
  #expect(remedies(in: sentence, lexicon: lexicon) == [remedy])
}

@Test(
  "An amount between a phrase's words leaves what it names",
  arguments: ["Drink plenty of water", "drink lots of water", "drink a glass of water"])
func amountsInside(sentence: String) throws {
  #expect(remedies(in: sentence, lexicon: try Lexicon.shipped()) == ["hydration"])
}

@Test("A class line may name members from a file read after its own, and a typo still fails")
func classMembersFromLaterFiles() throws {
  let core = Lexicon.Source(
    text: "[remedies]\nsupplements | other | - | - | -\n[classes]\nsupplements | beetroot juice\n",
    name: "core.txt")
  let later = Lexicon.Source(
    text: "[remedies]\nbeetroot juice | lifestyle | - | - | beet juice\n", name: "later.txt")
  let lexicon = try Lexicon(parsing: [core, later])
  #expect(lexicon.classes["supplements"] == ["beetroot juice"])
  #expect(
    throws: LexiconError.unknownReference(
      path: "core.txt", entry: "supplements", name: "beetroot juice")
  ) {
    try Lexicon(parsing: [core])
  }
}

@Test(
  "Training forums' gear, plans and protocols are named",
  arguments: [
    ("Get a pull buoy and work on your catch", "pull buoy"),
    ("I did the Rathleff protocol for eight weeks", "rathleff protocol"),
    ("Zwift got me through the winter", "zwift"),
  ])
func trainingWords(sentence: String, remedy: String) throws {
  #expect(remedies(in: sentence, lexicon: try Lexicon.shipped()).contains(remedy))
}
