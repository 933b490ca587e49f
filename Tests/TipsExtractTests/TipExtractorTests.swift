import Testing
import TipsCore
import TipsLanguage

@testable import TipsExtract

@Suite("Extracting tips from posts")
struct TipExtractorTests {
  let extractor: TipExtractor

  init() throws {
    extractor = TipExtractor(lexicon: try TestLexicon.lexicon(), language: try .shipped())
  }

  func tips(_ thread: Thread) -> [Tip] { extractor.tips(in: thread) }

  @Test("A recommendation becomes a tip with its verbatim sentence, kind and tags")
  func recommendation() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "The couch stretch is my go-to. Hold it for two minutes each side."),
    ])
    let tip = try #require(tips(thread).first)
    #expect(tip.remedy == "couch stretch")
    #expect(tip.kind == .stretch)
    #expect(tip.muscles == ["hip flexors", "quads"])
    #expect(tip.quote == "The couch stretch is my go-to.")
    #expect(tip.post == 2 && tip.author == "ann" && tip.stance == .recommends)
    #expect(tip.conditions == ["lower back pain"])
    #expect(thread.posts[1].text.contains(tip.quote))
  }

  @Test("A tip that names no muscle is for the one the asker says is in trouble")
  func tipTakesTheAskersMuscle() throws {
    let thread = makeThread(
      [
        ("asker", "Three weeks before my race I strained my quads. What should I do?"),
        ("ann", "Yoga helped me a lot. The couch stretch too."),
        ("bob", "Foam rolling helped my glutes."),
      ], title: "Race in three weeks")
    let byRemedy = Dictionary(tips(thread).map { ($0.remedy, $0.muscles) }) { first, _ in first }
    #expect(byRemedy["yoga"] == ["quads"])
    #expect(byRemedy["couch stretch"] == ["hip flexors", "quads"])
    #expect(byRemedy["foam rolling"] == ["glutes"])
  }

  @Test("A muscle the opener names without its writer's trouble tags no tip")
  func musclesNamedInPassingTagNothing() throws {
    let thread = makeThread(
      [
        ("asker", "Strong quads matter for cyclists. How do I recover between races?"),
        ("ann", "Yoga helped me a lot."),
      ], title: "Recovery")
    #expect(try #require(tips(thread).first).muscles == [])
  }

  @Test("A question that names a remedy is not a tip")
  func questionIsNotTip() {
    let thread = makeThread([
      ("asker", "Lower back pain, what helps?"),
      ("bob", "Does yoga help with that? Is there a chiro near you?"),
    ])
    #expect(tips(thread).isEmpty)
  }

  @Test("A reply that asks whether the asker has tried a remedy suggests it")
  func suggestingQuestionIsAdvice() {
    let thread = makeThread([
      ("asker", "Lower back pain, what helps?"),
      ("bob", "Have you tried yoga?"),
    ])
    #expect(tips(thread).map { "\($0.remedy):\($0.stance.rawValue)" } == ["yoga:recommends"])
  }

  @Test("The opener's own musings are not tips, but a later success report is")
  func openerMusingsAreNotTips() {
    let thread = makeThread([
      ("asker", "I know I should do more yoga. What else?"),
      ("bob", "Foam rolling every evening."),
      ("asker", "I rolled last night and it helped a lot."),
    ])
    let found = tips(thread).map { "\($0.post):\($0.remedy)" }
    #expect(found == ["2:foam rolling", "3:foam rolling"])
  }

  @Test("A negative report counts against the remedy")
  func negativeReport() throws {
    let thread = makeThread([
      ("asker", "Back pain. Ideas?"),
      ("bob", "Yoga fixed it for me."),
      ("cat", "Yoga didn't help me at all."),
    ])
    let stances = tips(thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" }
    #expect(stances == ["2:yoga:recommends", "3:yoga:against"])
  }

  @Test(
    "Agreement forms endorse the remedies of the post agreed with",
    arguments: [
      "+1 for rolling.", "+1", "What Ann said!", "I agree with Ann, it works.", "Same here.",
      ":+1: great advice", "This.",
    ])
  func agreementForms(reply: String) throws {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("ann", "Foam rolling every evening, it helps."),
      ("bob", reply),
    ])
    let agreeing = tips(thread).filter { $0.post == 3 }
    #expect(agreeing.map(\.remedy) == ["foam rolling"])
    #expect(agreeing.map(\.stance) == [.agrees])
    #expect(agreeing.map(\.agreesWith) == [2])
  }

  @Test("An agreement naming someone finds that person's post, not the nearest one")
  func agreementByName() {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("chad", "The couch stretch, every day."),
      ("dan", "Buy a lacrosse ball."),
      ("eve", "What Coach Chad said! It fixed my back."),
    ])
    let eve = tips(thread).filter { $0.post == 4 }
    #expect(eve.map(\.remedy) == ["couch stretch"])
    #expect(eve.map(\.agreesWith) == [2])
  }

  @Test(
    "An agreement that names a word of an earlier remedy agrees with that post, and advice after it is the poster's own"
  )
  func agreementByWord() {
    var thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("ann", "The couch stretch, every day."),
      ("bob", "Get a foam roller."),
      ("cat", "+1 on the stretch, and see a chiro too."),
    ])
    thread.posts[3].replyTo = 1
    #expect(
      tips(thread).filter { $0.post == 4 }.map { "\($0.remedy):\($0.stance.rawValue)" } == [
        "chiropractor:recommends", "couch stretch:agrees",
      ])
    #expect(tips(thread).first { $0.post == 4 && $0.stance == .agrees }?.agreesWith == 2)
  }

  @Test("Words of agreement inside a reply to the question leave the reply's own advice to it")
  func agreementWordsInAReplyToTheQuestion() {
    var thread = makeThread([
      ("asker", "Wheezy after hard efforts on cold rides. Exercise-induced asthma?"),
      ("ann", "Go see your doctor and get tested, there are inhalers for exactly this."),
    ])
    thread.posts[1].replyTo = 1
    #expect(
      tips(thread).map { "\($0.remedy):\($0.stance.rawValue)" } == ["see a doctor:recommends"])
  }

  @Test("Tips of an accepted answer are marked as such; others are not")
  func acceptedAnswer() {
    var thread = makeThread([
      ("asker", "Back pain after rides?"), ("ann", "Try yoga."), ("bob", "Get a foam roller."),
    ])
    thread.posts[2].isAccepted = true
    #expect(
      tips(thread).map { "\($0.remedy):\($0.isAccepted)" } == [
        "yoga:false", "foam rolling:true",
      ])
  }

  @Test("A caveat attaches to the remedy it qualifies when a post names two")
  func caveatAttachesToItsRemedy() {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      (
        "ann",
        "Get a foam roller for your quads. The couch stretch helps too, but don't overdo it at first."
      ),
    ])
    let caveats = Dictionary(uniqueKeysWithValues: tips(thread).map { ($0.remedy, $0.caveats) })
    #expect(caveats["foam rolling"] == [])
    #expect(caveats["couch stretch"] == ["don't overdo it at first"])
  }

  @Test("A post that only warns about a remedy gives its caveat and no evidence")
  func warningOnly() {
    let thread = makeThread([
      ("asker", "Back pain after rides?"), ("ann", "Get a foam roller."),
      ("bob", "Careful, foam rolling can be quite painful at first."),
      ("cat", "Foam rolling could be painful at first. Still, try foam rolling."),
    ])
    let found = tips(thread)
    #expect(
      found.map { "\($0.post):\($0.stance.rawValue)" } == [
        "2:recommends", "3:cautions", "4:recommends",
      ])
    #expect(found[1].caveats == ["Careful", "foam rolling can be quite painful at first"])
    #expect(found[2].caveats == ["Foam rolling could be painful at first"])
  }

  @Test("A condition in an 'if' clause is the remedy's caveat")
  func conditionalCaveat() throws {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("ann", "If it won't get better in some days I would go to a chiropractor."),
    ])
    let tip = try #require(tips(thread).first)
    #expect(tip.remedy == "chiropractor")
    #expect(tip.caveats == ["If it won't get better in some days"])
  }

  @Test("An opening condition runs on over the commas of a list, to the advice")
  func conditionOverAList() throws {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      (
        "ann",
        "If you get numbness, tingling, weakness in the legs, see your doctor before you ride again."
      ),
    ])
    let tip = try #require(tips(thread).first)
    #expect(tip.remedy == "see a doctor")
    #expect(tip.caveats.first == "If you get numbness, tingling, weakness in the legs")
  }

  @Test(
    "A verb joined to another shares its object, and its denial",
    arguments: [
      ("You should not scoop or change the cat's litter box.", "avoid changing cat litter box"),
      ("Wash and dry your feet after every ride.", "dry foot"),
    ])
  func joinedVerbsShareTheObject(reply: String, remedy: String) {
    let thread = makeThread([
      ("asker", "My back hurts after long rides and I am pregnant. What helps?"), ("ann", reply),
    ])
    #expect(tips(thread).map(\.remedy) == [remedy])
  }

  @Test("A long remedy name misspelled by one letter is the lexicon's remedy, and one tip")
  func misspelledRemedy() {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "My chiropracter fixed it in two visits. A good chiropractor is worth it."),
      ("bob", "A chiropracter did nothing for me."),
    ])
    #expect(
      tips(thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:chiropractor:recommends", "3:chiropractor:against",
      ])
    #expect(tips(thread).first?.kind == .practitioner)
  }

  @Test("A word the lexicon writes anywhere, or a short one, is never read as a misspelling")
  func spellingVariantsKeepRealWords() throws {
    let lexicon = try Lexicon(
      parsing: """
        [remedies]
        meditation | activity | - | - | meditation, mindfulness
        pain medication | other | - | - | pain medication
        walking | activity | - | - | walking
        """, source: "test.txt")
    let variants = SpellingVariants(lexicon: lexicon)
    #expect(variants.remedy(misspelledAs: "meditaton") == "meditation")
    #expect(variants.remedy(misspelledAs: "mindfulnes") == "meditation")
    #expect(variants.remedy(misspelledAs: "medication") == nil)
    #expect(variants.remedy(misspelledAs: "talking") == nil)
  }

  @Test(
    "A condition, a cost or a limit beside advice is its caveat",
    arguments: [
      ("Try Secaris, if you can get it.", "if you can get it"),
      ("Try lanolin. It is not widely available yet.", "It is not widely available yet"),
      ("Try lanolin. It stings like the devil at first.", "It stings like the devil at first"),
      ("Try lanolin. Apply it for 30 days.", "Apply it for 30 days"),
      ("Try lanolin, applied twice a day.", "applied twice a day"),
      ("Do yoga 20 minutes a day.", "20 minutes a day"),
      ("Glute bridges 3x10 daily.", "3x10 daily"),
      ("Yoga is a fine stretch which is useful occasionally.", "which is useful occasionally"),
      ("Try lanolin rather than the thick creams.", "rather than the thick creams"),
      ("Try lanolin. It takes several days to kick in.", "It takes several days to kick in"),
      ("In stubborn cases, try lanolin.", "In stubborn cases"),
      ("Try lanolin. The cause is not cured by it.", "The cause is not cured by it"),
      ("You should not scratch at all, but try lanolin instead.", "You should not scratch at all"),
      ("Try lanolin (with varying degrees of success).", "with varying degrees of success"),
      ("Try lanolin (not the scented kind).", "not the scented kind"),
      ("Lanolin works well, though it is hard to keep on.", "it is hard to keep on"),
      (
        "Try lanolin, or if you are allergic to wool, leaving it off entirely.",
        "if you are allergic to wool, leaving it off entirely"
      ),
      ("Try lanolin, rather than the thick creams.", "rather than the thick creams"),
      (
        "Anyone with eczema who itches at night should try lanolin.",
        "Anyone with eczema who itches at night"
      ),
      ("Find a dermatologist who treats runners.", "who treats runners"),
      (
        "Try lanolin. It is not as good as the thick creams.",
        "It is not as good as the thick creams"
      ),
      ("Try lanolin. There are few studies of it.", "There are few studies of it"),
    ])
  func limitsAreCaveats(reply: String, caveat: String) {
    let thread = makeThread([("asker", "Dry skin on my legs, what helps?"), ("ann", reply)])
    #expect(tips(thread).first?.caveats == [caveat])
  }

  @Test("A warning's \"it\" after a sentence that credits an earlier \"it\" is that earlier one")
  func itCreditedBeforeNewNames() {
    let thread = makeThread([
      ("asker", "Dry skin on my legs, what helps?"),
      (
        "ann",
        "Try lanolin. Most people for whom it worked also kept up yoga. It is expensive, though."
      ),
    ])
    let found = tips(thread)
    #expect(found.map(\.remedy) == ["lanolin", "yoga"])
    #expect(found.first?.caveats == ["It is expensive, though"])
    #expect(found.last?.caveats == [])
  }

  @Test("Whom a practitioner treated, told in the past, is a story, not a caveat")
  func practitionerStoryIsNoCaveat() {
    let thread = makeThread([
      ("asker", "Dry skin on my legs, what helps?"),
      ("ann", "See the dermatologist who treated my wife."),
    ])
    #expect(tips(thread).first?.caveats == [])
  }

  @Test("'This remedy eases it, but don't jog with it' credits and qualifies the remedy before")
  func warningAboutThisRemedy() {
    let thread = makeThread([
      ("asker", "Dizzy at altitude, what helps?"),
      ("ann", "Try lanolin. This remedy eases the dizziness, but don't try to jog with it."),
    ])
    let found = tips(thread)
    #expect(found.map(\.remedy) == ["lanolin"])
    #expect(
      found.first?.caveats == ["This remedy eases the dizziness, but don't try to jog with it"])
  }

  @Test("A warning, then 'but works' with the subject left out: the remedy, with its caveat")
  func warningThenWorks() {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("ann", "A lacrosse ball takes getting used to but works."),
      ("bob", "Foam rolling helps. You might be sore the next day."),
    ])
    #expect(
      tips(thread).map { "\($0.remedy):\($0.stance.rawValue):\($0.caveats)" } == [
        "ball massage:recommends:[\"A lacrosse ball takes getting used to\"]",
        "foam rolling:recommends:[\"You might be sore the next day\"]",
      ])
  }

  @Test("A trouble back when the poster stopped a remedy credits it, and says it must be kept up")
  func relapseIsACaveat() {
    let thread = makeThread([
      ("asker", "Dry skin on my legs, what helps?"),
      ("ann", "When I quit using lanolin, the dryness came back."),
    ])
    #expect(
      tips(thread).map { "\($0.remedy):\($0.stance.rawValue):\($0.caveats)" } == [
        "lanolin:recommends:[\"When I quit using lanolin, the dryness came back\"]"
      ])
  }

  @Test(
    "A case that is no kind of case sets no condition", arguments: ["this case", "case it helps"])
  func singleCaseIsNoCaveat(phrase: String) {
    let thread = makeThread([
      ("asker", "Dry skin on my legs, what helps?"), ("ann", "Try lanolin in \(phrase)."),
    ])
    #expect(tips(thread).first?.caveats == [])
  }

  @Test(
    "A bracket that names, expands, tells a story or says what a remedy does limits nothing",
    arguments: [
      "Try lanolin (Lansinoh).", "Try lanolin (the Purelan brand).",
      "Try lanolin (relieves the itch).", "Try lanolin (I have eczema too).",
      "Try lanolin (see the FAQ).",
    ])
  func bracketsThatLimitNothing(reply: String) {
    let thread = makeThread([("asker", "Dry skin on my legs, what helps?"), ("ann", reply)])
    #expect(tips(thread).first?.caveats == [])
  }

  @Test("How long a remedy took to work is no caveat of it")
  func doseThatWorkedIsNoCaveat() {
    let thread = makeThread([
      ("asker", "Dry skin on my legs, what helps?"),
      ("ann", "Try lanolin. Using it for 5 minutes a day changed everything."),
    ])
    #expect(tips(thread).first?.caveats == [])
  }

  @Test("When something happened is no dose of the remedy before it")
  func pointInThePastIsNoCaveat() {
    let thread = makeThread([
      ("asker", "Dry skin on my legs, what helps?"),
      ("ann", "Try lanolin. My doctor took me off the steroid cream about 2 weeks ago."),
    ])
    #expect(tips(thread).first?.caveats == [])
  }

  @Test("A warning that names no remedy qualifies every remedy of its post")
  func generalCaveat() {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("ann", "Yoga twice a week. Glute bridge holds too. Consistency is key."),
    ])
    #expect(tips(thread).map(\.caveats) == [["Consistency is key"], ["Consistency is key"]])
  }

  @Test("A warning that names nothing limits advice near it, not advice a long story before")
  func generalCaveatStaysNear() {
    let story = (1...16).map { "On day \($0) we drove on to the next town." }.joined(separator: " ")
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Yoga twice a week. " + story + " The roads there can be dangerous."),
    ])
    #expect(tips(thread).map(\.remedy) == ["yoga"])
    #expect(tips(thread).map(\.caveats) == [[]])
  }

  @Test("A disclaimer limits all a post advises, however far from it and whatever it names")
  func disclaimerQualifiesTheWholePost() {
    let story = (1...16).map { "On day \($0) we drove on to the next town." }.joined(separator: " ")
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Yoga twice a week. " + story + " Disclaimer: I'm not a doctor; my chiro told me."),
    ])
    let caveats = Dictionary(uniqueKeysWithValues: tips(thread).map { ($0.remedy, $0.caveats) })
    #expect(caveats["yoga"] == ["I'm not a doctor"])
  }

  @Test("A sentence set against the one before with 'however' limits what that one advised")
  func contrastingSentenceQualifiesTheOneBefore() {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Yoga twice a week is what I'd do. A bad bike fit won't go away, however."),
    ])
    #expect(tips(thread).map(\.caveats) == [["A bad bike fit won't go away, however"]])
  }

  @Test("What a sentence denies across 'but' from the remedy it names limits that remedy")
  func denialAcrossButQualifies() {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "I haven't seen any studies on it, but I'd try yoga twice a week."),
      ("bob", "Yoga is the answer, but it won't fix a bad bike fit."),
      ("cat", "It's not only cheap, but yoga helped me a lot."),
      // What the poster only tells of doing limits nothing across "but".
      ("dan", "I've been doing yoga for years, but hadn't considered hip flexors."),
    ])
    #expect(
      tips(thread).map { "\($0.remedy): \($0.caveats.joined(separator: "|"))" } == [
        "yoga: I haven't seen any studies on it", "yoga: it won't fix a bad bike fit",
        "yoga: ", "yoga: ",
      ])
  }

  @Test(
    "The warning of a sentence naming only what the post advises nowhere limits the advice before")
  func warningBesideOtherThingsQualifiesAdviceBefore() {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      (
        "ann",
        "Yoga twice a week is what I'd do. In the US most insurers have yet to cover the classes, but they pay for walking programs."
      ),
    ])
    #expect(
      tips(thread).map { "\($0.remedy): \($0.caveats.joined(separator: "|"))" } == [
        "yoga: In the US most insurers have yet to cover the classes"
      ])
  }

  @Test("'It can't hurt to try' still advises, and says how little the evidence is")
  func harmDeniedIsAHedge() {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "It couldn't hurt to try yoga twice a week."),
    ])
    #expect(
      tips(thread).map { "\($0.remedy) \($0.stance.rawValue): \($0.caveats.joined())" } == [
        "yoga recommends: It couldn't hurt to try yoga twice a week"
      ])
  }

  @Test("Anatomy synonyms: releasing the psoas is a hip flexor stretch")
  func anatomySynonyms() throws {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("ann", "Above all, I suggest releasing your iliopsoas."),
    ])
    let tip = try #require(tips(thread).first)
    #expect(tip.remedy == "hip flexor stretch")
    #expect(tip.muscles == ["hip flexors"])
    #expect(tip.kind == .stretch)
  }

  @Test("A tool without a remedy of its own joins the remedy named just before it")
  func toolJoinsPreviousRemedy() throws {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("ann", "Smash your psoas with a lacrosse ball. Pair it with a heavy kettlebell."),
    ])
    let ball = try #require(tips(thread).first { $0.remedy == "ball massage" })
    #expect(ball.tools == ["lacrosse ball", "kettlebell"])
    #expect(ball.muscles == ["hip flexors"])
  }

  @Test("A post that names a remedy three times is one tip")
  func oneTipPerPost() {
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("ann", "Yoga. Yoga every day. I love yoga."),
    ])
    #expect(tips(thread).count == 1)
  }

  @Test("A user lexicon entry adds a remedy without rebuilding")
  func userLexicon() throws {
    var lexicon = try TestLexicon.lexicon()
    try lexicon.merge(
      text: "[remedies]\nmckenzie press-up | strength | - | - | mckenzie press-ups, press ups",
      source: "user.txt")
    let thread = makeThread([
      ("asker", "Back pain after rides?"),
      ("ann", "McKenzie press-ups saved my back."),
    ])
    let withUserEntry = TipExtractor(lexicon: lexicon, language: extractor.language)
    #expect(withUserEntry.tips(in: thread).map(\.remedy) == ["mckenzie press-up"])
    // Without the entry the remedy is still found, named in the poster's own words.
    #expect(extractor.tips(in: thread).map(\.remedy) == ["mckenzie press ups"])
  }

  @Test("Off the topic of health, a remedy word is advice only where the sentence advises")
  func offTopicNeedsAdvice() {
    let thread = Thread(
      id: "engine", title: "Animating a walking character", format: .discourseJSON,
      posts: [
        Post(number: 1, author: "dev", text: "How do I blend animations?"),
        Post(
          number: 2, author: "amy", text: "The creature learns to walk by itself. The rest did not."
        ),
        Post(number: 3, author: "bo", text: "Yoga helped me cope with crunch time."),
      ])
    #expect(tips(thread).map { "\($0.post):\($0.remedy)" } == ["3:yoga"])
  }

  @Test(
    "Remedies the lexicon lacks are found from how people recommend them",
    arguments: zip(
      [
        "You can try adding a few drops of olive oil into the ear.",
        "Try a Canadian over-the-counter product called Secaris.",
        "Feverfew really helped me.",
        "I swear by magnesium glycinate before bed.",
        "Give them a try and see what happens.",
        "It helped a lot.",
        "Something like that might work.",
        "I cured mine with Bag Balm from the farm store.",
        "Soak in a lukewarm tub for ten minutes.",
        "It is a good idea to eat lightly.",
        "Go three days early.",
        "A remedy you might try is chewing coca leaves.",
        "All you need is a jar of lanolin.",
        "Some doctors will tape the patient (put tape around the chest), or prescribe a binder.",
        "I switched to Hokas and the pain went away.",
        "My doctor recommended a drop of rubbing alcohol.",
        "Isometrics were what turned it round for me.",
        "The rings were a game changer.",
        "Our copy is at the help page.",
        "It would be best not to drink coffee.",
        "Don't go to the gym for a week.",
      ],
      [
        ["olive oil"], ["secaris"], ["feverfew"], ["magnesium glycinate"], [], [], [],
        ["bag balm"], ["soak"], ["eat lightly"], ["go early"], ["chew coca leaf"], ["lanolin"], [],
        ["hoka"], ["rubbing alcohol"], ["isometrics"], ["ring"], [], ["avoid coffee"],
        ["avoid gym"],
      ]))
  func discovery(reply: String, expected: [String]) {
    let thread = makeThread([("asker", "Ear wax, what helps?"), ("ann", reply)])
    #expect(tips(thread).map(\.remedy) == expected)
  }

  @Test(
    "An action kept from is named by its gerund, whether advised or reported",
    arguments: zip(
      [
        "Don't cross your legs when you sit.",
        "I quit drinking coffee and it went away.",
        "Not crossing my legs helped a lot.",
        "What helped was not crossing my legs.",
        "Not crossing my legs didn't help.",
      ],
      [
        ["avoid crossing leg"], ["avoid drinking coffee"], ["avoid crossing leg"],
        ["avoid crossing leg"], [],
      ]))
  func keptFromByGerund(reply: String, expected: [String]) {
    let thread = makeThread([("asker", "Outer hip pain at night, what helps?"), ("ann", reply)])
    #expect(tips(thread).filter { $0.stance.supports }.map(\.remedy) == expected)
  }

  @Test(
    "A remedy found in the post's own words keeps how it is written beside its name",
    arguments: zip(
      [
        "Relax your shoulders and unlock your elbows.",
        "Lowering the saddle fixed it for me.",
        "Don't cross your legs when you sit.",
        "Whoever empties the litterbox should wash his/her hands after.",
        "Lower saddle, that's all.",
        "Skipping the eyelet over the top of my foot fixed it.",
      ],
      [
        [
          Named(remedy: "relax shoulder", wording: "relax your shoulders"),
          Named(remedy: "unlock elbow", wording: "unlock your elbows"),
        ],
        [Named(remedy: "lower saddle", wording: "lower the saddle")],
        [Named(remedy: "avoid crossing leg", wording: "avoid crossing your legs")],
        [Named(remedy: "wash hand", wording: "wash your hands")],
        [Named(remedy: "lower saddle", wording: nil)],
        [Named(remedy: "avoid eyelet", wording: "skip the eyelet")],
      ]))
  func wording(reply: String, expected: [Named]) {
    let thread = makeThread([("asker", "Neck pain on long rides, what helps?"), ("ann", reply)])
    #expect(supported(extractor.tips(in: thread)) == expected)
  }
  @Test(
    "A lexicon remedy is shown as the post names it: a noun phrase, or a verb and one as advice",
    arguments: zip(
      [
        "Try glute bridges, they fixed it for me.",
        "Try hip bridges, they fixed it for me.",
        "Do the couch stretch every evening.",
        "Honestly, you should see your doctor.",
        "Take more rest days.",
        "I'd visit a chiro, it sorted mine.",
        "Honestly, try losing weight.",
      ],
      [
        [Named(remedy: "glute bridge", wording: "glute bridges")],
        [Named(remedy: "glute bridge", wording: "hip bridges")],
        [Named(remedy: "couch stretch", wording: nil)],
        [Named(remedy: "see a doctor", wording: "see your doctor")],
        [Named(remedy: "rest", wording: "rest days")],
        [Named(remedy: "chiropractor", wording: "visit a chiro")],
        [Named(remedy: "weight loss", wording: "lose weight")],
      ]))
  func lexiconWording(reply: String, expected: [Named]) {
    let thread = makeThread([("asker", "Lower back pain after rides, what helps?"), ("ann", reply)])
    #expect(supported(extractor.tips(in: thread)) == expected)
  }

  @Test("An agreement with a known remedy stands for its name, not for how the post wrote it")
  func agreementWritesNoName() {
    let thread = makeThread([
      ("asker", "Lower back pain after rides, what helps?"),
      ("ann", "Try hip bridges, they fixed it for me."), ("bob", "What Ann said!"),
    ])
    #expect(
      tips(thread).map { Named(remedy: $0.remedy, wording: $0.wording) } == [
        Named(remedy: "glute bridge", wording: "hip bridges"),
        Named(remedy: "glute bridge", wording: nil),
      ])
  }

  @Test(
    "A participle before a noun is part of a lexicon name; a verb before one is advice",
    arguments: zip(
      [
        "Get padded gloves, they sorted mine.", "Try stretching your calves every night.",
        "Chelated chromium helped me a lot.",
      ],
      [
        Named(remedy: "cycling gloves", wording: "padded gloves"),
        Named(remedy: "calf stretch", wording: "stretch your calves"),
        Named(remedy: "chromium picolinate", wording: "chelated chromium"),
      ]))
  func participleOrAdvice(reply: String, expected: Named) throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([("asker", "Numb hands on long rides, what helps?"), ("ann", reply)])
    #expect(supported(shipped.tips(in: thread)) == [expected])
  }

  @Test("Only a name's last noun is shown in the number a post writes")
  func wordingKeepsTheNamesNumber() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "Numb hands and headaches, what helps?"),
      ("ann", "Vitamins D and K2 together helped me a lot."),
    ])
    let named = shipped.tips(in: thread).filter { $0.remedy == "vitamin d" }
    #expect(!named.isEmpty)
    #expect(named.allSatisfy { $0.wording == nil })
  }

  /// The remedies and wordings of the tips that support a remedy.
  func supported(_ tips: [Tip]) -> [Named] {
    tips.filter { $0.stance.supports }.map { Named(remedy: $0.remedy, wording: $0.wording) }
  }

  struct Named: Equatable, CustomTestStringConvertible {
    var remedy: String
    var wording: String?
    var testDescription: String { "\(remedy) (\(wording ?? "as named"))" }
  }

  @Test(
    "The ground one runs on names a remedy; what was put aside for it names none",
    arguments: zip(
      [
        "Also started running on the gravel path beside the road instead of concrete, that "
          + "helped more than I expected.",
        "Don't run on concrete.",
      ],
      [["run on gravel path"], ["avoid running on concrete"]]))
  func groundRunOn(reply: String, expected: [String]) {
    let thread = makeThread([
      ("asker", "Shin splints every time I go above 25 mpw."), ("ann", reply),
    ])
    #expect(tips(thread).filter { $0.stance.supports }.map(\.remedy) == expected)
  }

  @Test("A sentence that names a known remedy discovers nothing beside it")
  func discoveryDefersToLexicon() {
    let thread = makeThread([
      ("asker", "Back pain after rides?"), ("ann", "Try yoga with a good teacher."),
    ])
    #expect(tips(thread).map(\.remedy) == ["yoga"])
  }
}

extension TipExtractorTests {
  @Test(
    "A long sentence sending the reader to a doctor about 'the above' limits the advice before it")
  func consultingAboutTheAbove() {
    let thread = makeThread([
      ("asker", "Lower back pain after long rides, what helps?"),
      (
        "ann",
        "Try yoga. Ask your doctor about all of the above before you start anything new with a bad back."
      ),
    ])
    let yoga = tips(thread).first { $0.remedy == "yoga" }
    #expect(
      yoga?.caveats == [
        "Ask your doctor about all of the above before you start anything new with a bad back"
      ])
  }
}
