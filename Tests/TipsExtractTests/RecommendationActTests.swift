import Testing
import TipsCore
import TipsLanguage

@testable import TipsExtract

/// What a reader of the thread would call advice: tips come from what a sentence does
/// (advise, report a benefit, report a failed attempt), not from which words it mentions.
@Suite("Tips are recommendation acts, not mentions")
struct RecommendationActTests {
  let extractor: TipExtractor

  init() throws {
    extractor = TipExtractor(lexicon: try TestLexicon.lexicon(), language: try .shipped())
  }

  /// "post:remedy:stance" for each tip of a thread of (author, text) posts.
  func found(_ posts: [(String?, String)]) -> [String] {
    extractor.tips(in: makeThread(posts)).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" }
  }

  /// The tips of one reply to a question about back pain.
  func found(_ reply: String) -> [String] {
    found([("asker", "My back hurts after long rides. What helps?"), ("ann", reply)])
  }

  /// The remedies of one reply to `question`, read with the shipped lexicon.
  func shippedRemedies(asking question: String, reply: String) throws -> [String] {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    return shipped.tips(in: makeThread([("asker", question), ("ann", reply)])).map(\.remedy)
  }

  @Test(
    "A plain imperative reply is a tip",
    arguments: ["Try foam rolling.", "Do the couch stretch every evening.", "Get a foam roller."])
  func imperative(reply: String) {
    #expect(found(reply).count == 1)
    #expect(found(reply).allSatisfy { $0.hasPrefix("2:") && $0.hasSuffix(":recommends") })
  }

  @Test("The items of a lettered list are sentences of their own: their imperatives advise")
  func letteredList() {
    #expect(
      found("A. Reduce dietary fat.\nB. Take chromium picolinate daily.\nC. Use a foam roller.")
        == [
          "2:avoid dietary fat:recommends", "2:chromium picolinate:recommends",
          "2:foam rolling:recommends",
        ])
  }

  @Test("A drug or procedure the poster only says they had is their story, unless it worked")
  func undergoneIsNoTip() throws {
    let question = "Can I wear contacts after eye surgery?"
    #expect(try shippedRemedies(asking: question, reply: "I've had PRK.").isEmpty)
    #expect(
      try shippedRemedies(
        asking: question, reply: "I had been on amoxicillin for a sinus infection."
      ).isEmpty)
    #expect(
      try shippedRemedies(asking: question, reply: "I had PRK and my eyes have been great since.")
        == ["lasik"])
    #expect(
      try shippedRemedies(
        asking: "What helps you sleep?", reply: "I have chamomile tea before bed.")
        == ["chamomile tea"])
  }

  @Test("Telling the reader they should have a known remedy done advises it")
  func shouldHaveARemedy() throws {
    #expect(
      try shippedRemedies(
        asking: "My doctor found a Schatzki ring. What now?",
        reply: "You should have the endoscopy to see if it is due to the heartburn.")
        == ["endoscopy"])
    #expect(
      try shippedRemedies(
        asking: "Is the diet worth it?", reply: "You must have the same teacher I had."
      )
      .isEmpty)
  }

  @Test("A sentence that opens with 'do' before no subject and asks nothing advises")
  func imperativeDo() {
    #expect(found("Do banded hip flexor marches.") == ["2:banded hip flexor march:recommends"])
    #expect(found("Do you stretch after rides?").isEmpty)
  }

  @Test(
    "A name no one taught the tagger, opening a report of what worked, is what worked",
    arguments: ["Canesten worked for me.", "Canesten helped a lot."])
  func unknownNameOpensABenefit(reply: String) {
    #expect(found(reply) == ["2:canesten:recommends"])
  }

  @Test("A remedy the lexicon names is one remedy where the sentence's own words name it too")
  func lexiconNameInOwnWords() throws {
    #expect(
      try shippedRemedies(
        asking: "Yeast infections keep coming back. What helps?",
        reply:
          "Getting Lactobacillus acidophilus to colonize the vaginal tract (where it is "
          + "normally found) would have a much better effect.")
        == ["acidophilus"])
  }

  @Test("A numbered name with advice after it heads the advice; an unnumbered one heads a section")
  func headedItems() {
    #expect(
      found("Two things to try.\n(1) THE WHEAT BAG. Heat it for two minutes and lie on it.")
        .first == "2:wheat bag:recommends")
    #expect(
      found("Two things to try.\nWheat bag. Heat it for two minutes and lie on it.").first
        != "2:wheat bag:recommends")
  }

  @Test("A diagnosis or a spasm makes a thread one about health: a reply's own words count")
  func diagnosedThread() {
    let thread = makeThread(
      [
        ("asker", "My baby was diagnosed with infantile spasms. What helps?"),
        ("ann", "Try prednisone."),
      ], title: "Infantile spasms")
    #expect(extractor.tips(in: thread).map(\.remedy) == ["prednisone"])
  }

  @Test("The immune system is health: a reply's report of what the poster did counts")
  func immuneSystemThread() {
    let thread = makeThread(
      [
        (
          "asker",
          "A book says a sauna a week boosts the immune system, and that preventive medicine starts there. Any experience?"
        ),
        ("ann", "Last winter I did yoga every morning."),
      ], title: "Saunas and purification?")
    #expect(extractor.tips(in: thread).map(\.remedy) == ["yoga"])
  }

  @Test("An asker who asks the readers for help reports no help: their visit is no tip")
  func askingForHelp() {
    #expect(
      found([
        (
          "asker",
          "I just got back from my chiropractor and I have a few questions that maybe y'all can help me with."
        ),
        ("ann", "Try yoga."),
      ]) == ["2:yoga:recommends"])
  }

  @Test("An asker's thanks for the readers' help is no report that the thread's remedy helped")
  func thanksForHelp() throws {
    let thread = makeThread(
      [
        (
          "asker",
          """
          Does anyone know of any studies done on the long-term health effects of a man's \
          vasectomy on his female partner?

          I've seen plenty of study results about vasectomy's effects on men's health, but \
          what about women?

          For example, might the wife of a vasectomized man become more at risk for, say, \
          cervical cancer?  Adverse effects from sperm antibodies?  Changes in the vagina's pH?  \
          Yeast or bacterial infections?

          Outside of study results, how about informed speculation?

          Thanks in advance for your help!
          """
        ),
        ("ann", "Try yoga."),
      ], title: "Vasectomy: Health Effects on Women?")
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    #expect(shipped.tips(in: thread).map(\.remedy) == ["yoga"])
  }

  @Test(
    "A sentence opening with 'need' or 'want' tells the poster's own need, not advice",
    arguments: ["Need info on yoga, pros and cons", "Want to try yoga but not sure."])
  func ownNeed(reply: String) {
    #expect(found(reply).isEmpty)
  }

  @Test("Gladness is no advice, even where the tagger reads 'glad' as a verb")
  func gladness() {
    #expect(found("glad the walk was nice! hows the knee?").isEmpty)
  }

  @Test(
    "What the poster did when or since a trouble began dates it; the trouble gone since reports",
    arguments: [
      ("following, same issue on my right foot since i started walking.", []),
      ("Same pain in my back since I started walking.", []),
      ("Haven't had a problem since I started walking.", ["2:walking:recommends"]),
      ("Weirdly mine started while I was doing the couch stretch.", []),
      ("The pain stopped when I started doing the couch stretch.", ["2:couch stretch:recommends"]),
    ])
  func sinceATrouble(reply: String, tips: [String]) {
    #expect(found(reply) == tips)
  }

  @Test(
    "A remedy's word used to describe a thing names no remedy: 'a rolled towel'",
    arguments: [
      "Glute bridges with a rolled towel between the knees fixed it.",
      "Glute bridges with a towel rolled under the knees fixed it.",
    ])
  func describingParticiple(reply: String) {
    #expect(found(reply) == ["2:glute bridge:recommends"])
  }

  @Test("A name the tagger cuts off inside the lexicon's name is that remedy, once")
  func nameCutOffInsideTheLexiconsName() throws {
    #expect(
      try shippedRemedies(
        asking: "Lost my period during marathon training, what helps?",
        reply: "please talk to a sports dietitian.") == ["see a dietitian"])
  }

  @Test(
    "What kind of thing another remedy is names no remedy; 'some form of' still advises it",
    arguments: [
      ("Yoga, a gentle form of walking, fixed it for me.", ["2:yoga:recommends"]),
      ("Try some form of yoga.", ["2:yoga:recommends"]),
    ])
  func kindOfAnother(reply: String, tips: [String]) {
    #expect(found(reply) == tips)
  }

  @Test("What a practitioner thinks the trouble is gives no advice: 'Physio thinks it's ...'")
  func practitionerOpinion() {
    #expect(
      found(
        "Weirdly mine started while I was doing the couch stretch. Physio thinks it's a facet joint thing."
      ).isEmpty)
  }

  @Test("What a remedy comes from is no second remedy: 'the couch stretch from my chiropractor'")
  func remedySource() {
    #expect(
      found("The couch stretch from my chiropractor fixed it.") == ["2:couch stretch:recommends"])
  }

  @Test(
    "A comparison recommends what wins it, not what it is won against",
    arguments: [
      ("Yoga is better than walking for this.", ["2:yoga:recommends"]),
      ("I'd choose yoga over walking.", ["2:yoga:recommends"]),
      ("I'd go with yoga over walking.", ["2:yoga:recommends"]),
      ("I would opt for yoga over walking.", ["2:yoga:recommends"]),
      ("Udder cream is far more effective than most creams.", ["2:udder cream:recommends"]),
    ])
  func comparison(reply: String, tips: [String]) {
    #expect(found(reply) == tips)
  }

  @Test(
    "A subject that is the poster's advice gives what it 'is' as advice; a habit does not",
    arguments: [
      (
        "My advice would be to switch to a hypoallergenic formula.",
        ["2:hypoallergenic formula:recommends"]
      ),
      ("The thing to do is keep a food diary.", ["2:food diary:recommends"]),
      ("My thing is cycling.", []),
    ])
  func ownAdvice(reply: String, tips: [String]) {
    #expect(found(reply) == tips)
  }

  @Test(
    "Advice against eating or drinking a thing names the thing avoided, once",
    arguments: [
      ("Avoid eating burnt food.", "2:avoid burnt food:recommends"),
      ("Don't eat burnt food.", "2:avoid burnt food:recommends"),
      ("Never drink coffee after noon.", "2:avoid coffee:recommends"),
    ])
  func avoidedFood(reply: String, tip: String) {
    #expect(found(reply) == [tip])
  }

  @Test(
    "Advice that puts the body somewhere names the posture; an idiom of place or a leave does not"
  )
  func posture() {
    #expect(
      found("Try laying on your sides. Stay in bed for a day. Kneel on a cushion.")
        == [
          "2:lie on side:recommends", "2:stay in bed:recommends", "2:kneel on cushion:recommends",
        ])
    #expect(found("Stay in touch with the people who love you.").isEmpty)
    #expect(found("It should be OK to sit in a tub of water.").isEmpty)
  }

  @Test("A subject that carries a place and a purpose before 'will help' is what helps")
  func subjectWithItsPurpose() {
    #expect(
      found("Warm water soaks on the face to soften the oil in the pores will help prevent acne.")
        == ["2:warm water soak:recommends"])
  }

  @Test(
    "What was not done, and a preposition after the object, name no remedy",
    arguments: [
      "One thing I haven't seen in this thread is a discussion of posture.",
      "Cook the daylights out of them.",
    ])
  func notAdvice(reply: String) {
    #expect(found(reply).isEmpty)
  }

  @Test(
    "A denied action advises avoiding what it would be done with, past lead-ins like 'in any case'",
    arguments: [
      ("Do not attempt anything with Q-tips.", ["2:avoid q tip:recommends"]),
      ("In any case DO NOT ATTEMPT ANYTHING WITH Q-TIPS!!!", ["2:avoid q tip:recommends"]),
      ("In any case, do not use cotton swabs.", ["2:avoid cotton swab:recommends"]),
      ("Never do anything with a knife near it.", ["2:avoid knife:recommends"]),
      ("I would not do anything with it yet.", []),
    ])
  func deniedAction(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("A first post that answers a question the export lacks is no asker's: its advice counts")
  func openerThatReplies() {
    var thread = makeThread(
      [
        (
          "lost boy",
          "I get them from time to time. The best thing I can do to keep it under control is "
            + "keep my weight down and keep cool down there."
        ),
        ("texx", "Try a blow dryer after bathing."),
      ], title: "Can men get yeast infections?")
    thread.posts[0].quotes = [QuotedPost(post: nil, author: "jon")]
    let named = extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" }
    #expect(named.contains("1:keep weight down"))
    // "keep cool down there" keeps a state; it is not the cool-down of a workout.
    #expect(named.contains("1:keep cool"))
    #expect(!named.contains { $0.hasSuffix("cool down") })
    // So is one a mail archive kept without the question it answers ("Re: ...").
    thread.posts[0].quotes = []
    thread.posts[0].answersMissingPost = true
    #expect(extractor.tips(in: thread).contains { $0.post == 1 && $0.remedy == "keep cool" })
    // The same post opening the thread is the asker's, whose own plan is no advice.
    thread.posts[0].answersMissingPost = false
    #expect(!extractor.tips(in: thread).contains { $0.post == 1 && $0.stance == .recommends })
  }

  @Test(
    "A thing reported gone where the poster got better is what helped: removing it",
    arguments: [
      ("The laser printer is gone, I'm 100% better!!!", ["2:remove laser printer:recommends"]),
      ("The pain is gone, I'm much better now.", []),
      ("The old printer is gone, but nothing else changed.", []),
    ])
  func removalThatHelped(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("A passive benefit names its agent after 'with' as after 'by', past a particle")
  func passiveBenefitWith() {
    #expect(
      found("My flare-ups were cleared up w/oatmeal baths within a week.")
        .contains("2:oatmeal bath:recommends"))
    #expect(
      found("The soreness was relieved by oatmeal baths.").contains("2:oatmeal bath:recommends"))
  }

  @Test(
    "Getting a thing reports using it, where the clause names no trouble",
    arguments: [
      ("I got a foam roller from the shop down the road.", ["2:foam rolling:recommends"]),
      ("I get a sharp pain whenever I do yoga.", ["2:yoga:cautions"]),
      ("I wasn't getting any rest.", []),
    ])
  func gettingAThing(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "Advice reported from a practitioner is the advice, not the practitioner",
    arguments: [
      "My chiro recommended yoga.", "My chiro advocated yoga for the stiffness.",
      "My chiro had me doing yoga twice a week.",
      "My chiro gave me a yoga plan and it stopped.",
    ])
  func reportedAdvice(reply: String) {
    #expect(found(reply) == ["2:yoga:recommends"])
  }

  @Test(
    "Praise of a remedy recommends it; praise of the body names no remedy",
    arguments: [
      ("Yoga is the cornerstone of treatment.", ["2:yoga:recommends"]),
      (
        "Oral thyroid replacement hormone therapy is the cornerstone of treatment.",
        ["2:thyroid replacement hormone therapy:recommends"]
      ),
      (
        "Look for a chiro who does yoga with patients.",
        ["2:chiropractor:recommends", "2:yoga:recommends"]
      ),
      ("My quads are great now.", []),
      ("My back is better now.", []),
      ("Foam rollers are cheap tools which are useful for this.", ["2:foam rolling:recommends"]),
      ("Rub some arnica cream on it.", ["2:rub arnica cream:recommends"]),
    ])
  func praiseAndBody(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "Cyclists' and runners' ways of advising",
    arguments: [
      ("Foam roll the IT band every night.", ["2:foam rolling:recommends"]),
      ("A good chiro will sort this out quickly.", ["2:chiropractor:recommends"]),
      ("A chiro, worth every penny.", ["2:chiropractor:recommends"]),
      ("Don't ignore it.", []),
    ])
  func ridersWays(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("What the asker tried before a doctor's prediction is no advice")
  func askerTriedList() {
    #expect(
      found([
        (
          "asker",
          "My back hurts after long rides. Tried yoga for months. My GP says it will go away."
        ),
        ("ann", "Rest for a few days."),
      ]) == ["2:rest:recommends"])
  }

  @Test("'Roll your foot on a ball' names a remedy, though its object is the body")
  func verbOnTheBody() {
    #expect(
      found("Roll your foot on a lacrosse ball for ten minutes.") == ["2:ball massage:recommends"])
    #expect(found("Stretch your hamstrings twice a day.").count == 1)
  }

  @Test(
    "A negated success, a plan and the occasion of advice recommend nothing",
    arguments: [
      ("I had no relief from yoga at all.", []),
      ("None of the stretches work, nor does yoga work.", []),
      ("I am going to see a chiro next week.", []),
      ("Do the couch stretch after walking.", ["2:couch stretch:recommends"]),
    ] as [(String, [String])])
  func notRecommending(reply: String, expected: [String]) {
    #expect(found(reply).filter { $0.hasSuffix(":recommends") } == expected)
  }

  @Test(
    "What a practitioner is asked about or sought for is advised with them",
    arguments: [
      (
        "Ask your chiro about inversion tables.",
        ["2:chiropractor:recommends", "2:inversion table:recommends"]
      ),
      (
        "Look for a chiro in your area who uses cupping.",
        ["2:chiropractor:recommends", "2:cupping:recommends"]
      ),
      ("See a chiro.", ["2:chiropractor:recommends"]),
    ])
  func soughtPractice(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("A report that a remedy did nothing counts against it")
  func failedAttempt() {
    #expect(found("Yoga didn't help me at all.") == ["2:yoga:against"])
    #expect(found("I've been doing yoga for months and it hasn't helped.") == ["2:yoga:against"])
    #expect(found("Foam rollers are a gimmick.") == ["2:foam rolling:against"])
    #expect(found("Yoga just made it angrier, so I'd skip that.") == ["2:yoga:against"])
    #expect(found("Yoga didn't stop my back hurting.") == ["2:yoga:against"])
    // A word of degree after the denial changes nothing.
    #expect(found("Yoga didn't really help.") == ["2:yoga:against"])
    #expect(found("Yoga didn't really change anything for me.") == ["2:yoga:against"])
  }

  @Test(
    "A trouble made to stop says what worked",
    arguments: ["The thing that stopped my back hurting was yoga.", "Yoga stopped it aching."])
  func troubleStopped(reply: String) {
    #expect(found(reply) == ["2:yoga:recommends"])
  }

  @Test("A reply opening with a remedy's name answers with it, whatever clause says when")
  func nameWithAClauseOfWhen() {
    #expect(found("Yoga, every time, before I even get on the bike.") == ["2:yoga:recommends"])
  }

  @Test(
    "A difference made, a trouble sorted, a conditional 'I'd' and 'your friend' recommend",
    arguments: [
      ("Yoga made a huge difference.", "2:yoga:recommends"),
      ("A chiro sorted me out.", "2:chiropractor:recommends"),
      ("I'd get a chiro to look at it before anything else.", "2:chiropractor:recommends"),
      ("The foam roller is your best friend here.", "2:foam rolling:recommends"),
      (
        "My saddle was too high and lowering it by 5 mm made a huge difference.",
        "2:lower saddle:recommends"
      ),
    ])
  func howPeopleSayItWorked(reply: String, expected: String) {
    #expect(found(reply) == [expected])
  }

  @Test(
    "Seeing someone, looking into a thing, a gold standard, good luck had with it, and a gentle remedy advise",
    arguments: [
      ("Definitely see a chiro if it doesn't improve.", "2:chiropractor:recommends"),
      ("Look into a yoga class near you.", "2:yoga:recommends"),
      ("Glute bridges are the gold standard here.", "2:glute bridge:recommends"),
      ("I've had good luck with yoga.", "2:yoga:recommends"),
      ("Gentle yoga helps.", "2:yoga:recommends"),
      ("Rest for a few days, then gentle yoga.", "2:rest:recommends"),
      ("Bump up your cadence a bit.", "2:bump up cadence:recommends"),
    ])
  func moreWaysToAdvise(reply: String, expected: String) {
    #expect(found(reply).first == expected)
  }

  @Test(
    "'Make sure you V', 'be sure to V' and 'your wife should V' advise V",
    arguments: [
      ("Make sure you do yoga twice a week.", "2:yoga:recommends"),
      ("Be sure to try foam rolling after every ride.", "2:foam rolling:recommends"),
      ("Your wife should see a chiro.", "2:chiropractor:recommends"),
    ])
  func assuredAdvice(reply: String, expected: String) {
    #expect(found(reply) == [expected])
  }

  @Test("'Be sure' before a statement, not a verb, is a caveat and advises nothing")
  func assuranceWithoutVerb() {
    #expect(found("Be sure the yoga teacher knows about your back.") == ["2:yoga:cautions"])
  }

  @Test(
    "Advice not to do a remedy counts against it; advice never to skip it counts for it",
    arguments: [
      ("Don't do yoga while it's acute.", "2:yoga:against"),
      ("Avoid foam rolling while it is acute.", "2:foam rolling:against"),
      ("I'd stop foam rolling for now.", "2:foam rolling:against"),
      ("Stop worrying and try yoga.", "2:yoga:recommends"),
      ("Never skip the yoga class.", "2:yoga:recommends"),
    ])
  func adviceAgainst(reply: String, expected: String) {
    #expect(found(reply) == [expected])
  }

  @Test(
    "The biggest thing, the way to go, nothing beats it, a world of difference",
    arguments: [
      ("The biggest thing for me was getting a proper chiro.", "2:chiropractor:recommends"),
      ("Foam rolling is the way to go.", "2:foam rolling:recommends"),
      ("Nothing beats yoga.", "2:yoga:recommends"),
      ("Yoga makes a world of difference.", "2:yoga:recommends"),
    ])
  func morePraise(reply: String, expected: String) {
    #expect(found(reply) == [expected])
  }

  @Test("'Another vote for X' and 'second the recommendation for X' agree with X alone")
  func voteFor() {
    let tips = found([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Try yoga. The couch stretch helps too."), ("bob", "Another vote for yoga."),
      ("cy", "Second the recommendation for the couch stretch."),
    ])
    #expect(
      tips == [
        "2:yoga:recommends", "2:couch stretch:recommends", "3:yoga:agrees",
        "4:couch stretch:agrees",
      ])
  }

  @Test("'No problems since' credits what the sentence before says the poster did")
  func troubleGoneSince() {
    #expect(found("I started doing yoga. No problems since then.") == ["2:yoga:recommends"])
    #expect(found("I started doing yoga. Haven't had back pain since.") == ["2:yoga:recommends"])
    #expect(found("I lowered my saddle. No problems since then.") == ["2:lower saddle:recommends"])
    #expect(found("I lowered my saddle. I have not been able to ride since.").isEmpty)
  }

  @Test(
    "Advice without a subject after lead-ins, a thing you need, and a practitioner who will sort you out",
    arguments: [
      ("Highly recommend yoga.", "2:yoga:recommends"),
      ("Definitely recommend a chiro.", "2:chiropractor:recommends"),
      ("Sounds like you need a chiro.", "2:chiropractor:recommends"),
      ("A good chiro will sort you out.", "2:chiropractor:recommends"),
      ("Honestly just ride less for a while.", "2:ride less:recommends"),
      ("Swap to a firmer saddle.", "2:firmer saddle:recommends"),
    ])
  func subjectlessAdvice(reply: String, expected: String) {
    #expect(found(reply) == [expected])
  }

  @Test("A remedy right after 'I'd' is advice, whatever the tagger made of its first word")
  func remedyAfterConditional() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "Knee pain before a race. What helps?"), ("ann", "I'd KT tape it for the race."),
    ])
    #expect(shipped.tips(in: thread).map(\.remedy) == ["kinesio tape"])
  }

  @Test("A remedy's word a hyphen joins to a particle is another word: 'walk-in' is no walk")
  func hyphenatedParticle() {
    #expect(
      found("I went to a walk-in clinic last year. Try yoga.") == ["2:yoga:recommends"])
  }

  @Test("A class named right after a remedy is the remedy's kind, not one more remedy")
  func classAfterRemedy() throws {
    #expect(
      try shippedRemedies(
        asking: "Crohn's flares every spring. What helps?",
        reply: "EPA supplements have helped me a lot.") == ["fish oil"])
  }

  @Test(
    "A common approach, one option, another thing to try, the usual advice, good evidence for",
    arguments: [
      ("A common approach is to do yoga twice a week.", "2:yoga:recommends"),
      ("One good option is a chiro.", "2:chiropractor:recommends"),
      ("Another thing to try is the couch stretch.", "2:couch stretch:recommends"),
      ("The usual advice is to try foam rolling.", "2:foam rolling:recommends"),
      ("There is good evidence for yoga.", "2:yoga:recommends"),
      ("A good idea would be to see a chiro.", "2:chiropractor:recommends"),
    ])
  func framedAdvice(reply: String, expected: String) {
    #expect(found(reply) == [expected])
  }

  @Test("'The other thing is ...' frames no advice")
  func framesWithoutAdvice() {
    #expect(found("The other thing is my yoga class got cancelled.").isEmpty)
  }

  @Test(
    "Suggesting that you V, a worthwhile thing to have done, a gerund after 'I found that', doing absolutely nothing",
    arguments: [
      ("I would suggest that you try yoga.", "2:yoga:recommends"),
      ("It might be worthwhile to have your thyroid checked.", "2:check thyroid:recommends"),
      ("I found that cutting out dairy made a big difference.", "2:avoid dairy:recommends"),
      ("Yoga did absolutely nothing for me.", "2:yoga:against"),
      ("My doctor put me on amitriptyline and it worked wonders.", "2:amitriptyline:recommends"),
    ])
  func olderPhrasings(reply: String, expected: String) {
    #expect(found(reply) == [expected])
  }

  @Test(
    "Recommended with an adverb, by guidelines, and instead of something else",
    arguments: [
      ("Yoga is generally recommended as a first step.", ["2:yoga:recommends"]),
      ("Yoga is not generally recommended here.", []),
      ("Most guidelines recommend yoga rather than foam rolling.", ["2:yoga:recommends"]),
      ("Try yoga instead of daily rest days.", ["2:yoga:recommends"]),
    ])
  func recommendedInTheAbstract(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("'That's why they can be recommended' names no remedy from the clause before")
  func thatsWhy() {
    #expect(
      found("They are cheap in high amounts, that's why they can be safely recommended.").isEmpty)
  }

  @Test("A verbless list of remedies puts forward every one it names")
  func verblessList() {
    #expect(
      found("There are several options: yoga, foam rolling and the couch stretch.") == [
        "2:yoga:recommends", "2:foam rolling:recommends", "2:couch stretch:recommends",
      ])
    #expect(
      found("Yoga and the couch stretch.") == ["2:yoga:recommends", "2:couch stretch:recommends"])
  }

  @Test("A past habit, what the poster was doing when it hurt, and going back name no remedy")
  func noRemedyNamed() {
    #expect(found("Before that, I used to get bloody noses every winter.").isEmpty)
    #expect(found("I've tried this when walking in Peru.").isEmpty)
    #expect(found("I've tried this when travelling and doing yoga in Peru.").isEmpty)
    #expect(found("It didn't last, so I went back to the old routine.").isEmpty)
  }

  @Test("Seeing, looking and bumping alone advise nothing")
  func bareVerbs() {
    #expect(found("See, yoga is the thing nobody tries.").isEmpty)
    #expect(found("Look, I'm no expert on yoga.").isEmpty)
    #expect(found("Good luck with the yoga class!").isEmpty)
  }

  @Test(
    "What a poster tried counts against it when the same sentence says it did not help",
    arguments: [
      "I have tried yoga but it didn't help.", "I did yoga for a month, but it didn't help at all.",
    ])
  func triedButFailed(reply: String) {
    #expect(found(reply) == ["2:yoga:against"])
    #expect(found("I started doing yoga and it fixed my back.") == ["2:yoga:recommends"])
  }

  @Test(
    "A remedy named inside a question is not a tip",
    arguments: [
      "Is there a chiro near you?", "Does foam rolling help?",
      "Did your doctor mention the couch stretch?",
    ])
  func question(reply: String) {
    #expect(found(reply).isEmpty)
  }

  @Test(
    "A question that suggests a remedy advises it",
    arguments: ["Have you tried yoga?", "What about yoga?", "Did you try yoga?"])
  func suggestingQuestion(reply: String) {
    #expect(found(reply) == ["2:yoga:recommends"])
  }

  @Test("A diagnosis a practitioner gave is not advice to see that practitioner")
  func diagnosis() throws {
    #expect(found("My chiro said it was sciatica.").isEmpty)
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "Knee pain after long runs. What helps?"),
      ("ann", "My physio said it was tendinitis."),
    ])
    #expect(shipped.tips(in: thread).isEmpty)
  }

  @Test("Advice and a success story about a remedy the lexicon lacks name it the same")
  func openRemedyGroups() {
    let advice = found("Lower your saddle a bit.")
    let story = found("I lowered my saddle and the pain went away.")
    #expect(advice.count == 1)
    #expect(advice == story)
  }

  @Test(
    "A reply about 'it', or naming it however tagged, speaks of the remedy the title asks about",
    arguments: [
      ("Feverfew for migraines?", "I took it for a year and it worked.", "2:feverfew:recommends"),
      ("Feverfew for migraines?", "It didn't help me at all.", "2:feverfew:against"),
      (
        "Feverfew for migraines?", "I keep a log; feverfew didn't seem to do anything for me.",
        "2:feverfew:against"
      ),
      ("Opinions on allergy shots?", "So yes, the shots do work.", "2:allergy shot:recommends"),
      ("Has anyone tried Secaris?", "It's worth a try.", "2:secaris:recommends"),
      (
        "Anyone tried Secaris?", "It didn't seem to work for me, but it's worth a try.",
        "2:secaris:recommends"
      ),
      // A past with no subject speaks of the topic.
      (
        "Feverfew for migraines?", "Did absolutely nothing for me, even at 50mg.",
        "2:feverfew:against"
      ),
    ])
  func threadTopic(title: String, reply: String, expected: String) {
    let thread = makeThread(
      [("asker", "My nose keeps bleeding. Any experience with it?"), ("ann", reply)], title: title)
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" }
        == [expected])
  }

  @Test("A reply's name for the lexicon remedy the title asks about is it, in either number")
  func topicNamedInEitherNumber() throws {
    let thread = makeThread(
      [
        ("asker", "My nose runs all spring. Any experience with them?"),
        ("ann", "I had allergy shots for four years. So yes, the shots do work."),
      ], title: "Opinions on Allergy (Hay Fever) shots?")
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    #expect(
      shipped.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" }
        == ["2:allergy shots:recommends"])
  }

  @Test("A sentence that announces a list is no caveat, though it says 'painful'")
  func announcementIsNoCaveat() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Some observations from painful experience:\n\nTry yoga twice a week."),
    ])
    let tip = try #require(extractor.tips(in: thread).first)
    #expect(tip.remedy == "yoga")
    #expect(tip.caveats.isEmpty)
  }

  @Test(
    "A warning that names the topic by its head word, or points back to it before a reply names anything, is the topic's caveat",
    arguments: [
      (
        "My nose keeps bleeding. Any experience with it?",
        "Careful, shots can cause a bad reaction.", "Careful, shots can cause a bad reaction"
      ),
      (
        "My nose keeps bleeding. Any experience with them?",
        "They are ridiculously expensive, and can cause a bad reaction.",
        "They are ridiculously expensive, and can cause a bad reaction"
      ),
    ])
  func topicCaveat(question: String, warning: String, caveat: String) throws {
    let thread = makeThread(
      [("asker", question), ("ann", "So yes, the shots do work."), ("bob", warning)],
      title: "Opinions on allergy shots?")
    let tips = extractor.tips(in: thread)
    #expect(
      tips.map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:allergy shot:recommends", "3:allergy shot:cautions",
      ])
    #expect(tips.last?.caveats == [caveat])
  }

  @Test("Without a remedy in the title, 'it works' names nothing")
  func noThreadTopic() {
    #expect(found("It worked for me.").isEmpty)
  }

  @Test("The asker's question is not a tip; the asker's later report of what worked is")
  func askerReportsWhatWorked() {
    let tips = found([
      ("asker", "Should I try the couch stretch for my back?"),
      ("ann", "Try foam rolling."),
      ("asker", "Thanks all. What finally worked was the couch stretch."),
    ])
    #expect(tips == ["2:foam rolling:recommends", "3:couch stretch:recommends"])
  }

  @Test("Remedies joined by 'and', 'plus' or '+' to a recommended one are recommended too")
  func coordinatedRemedies() throws {
    let found = found("It is a good idea to sleep early and stay hydrated.")
    #expect(found.contains("2:sleep early:recommends"))
    #expect(found.contains("2:stay hydrated:recommends"))
    // "plus" and "+" join as "and" does.
    #expect(
      self.found("My physio put me on yoga plus fish oil.")
        == ["2:yoga:recommends", "2:fish oil:recommends"])
    #expect(self.found("Try yoga + fish oil.") == ["2:yoga:recommends", "2:fish oil:recommends"])
    // The tagger reads "steroid" as a past tense here; it is a name's first word.
    #expect(
      try shippedRemedies(
        asking: "Stuffy nose all year. What helps?",
        reply: "Decongestants and steroid sprays work for vasomotor rhinitis.") == [
          "decongestants", "steroid spray",
        ])
  }

  @Test(
    "A question whether a thing is safe or worth it, answered yes, recommends the thing",
    arguments: [
      ("Is yoga safe and worth it? Yes, it is a gentle and safe practice.", ["2:yoga:recommends"]),
      (
        "Question: are cold showers worth it? They sound awful. Yes, they're a cheap habit.",
        ["2:cold shower:recommends"]
      ),
      // Asked whether it harms, "yes" warns.
      ("Is yoga safe or dangerous? Yes, for some people.", []),
      ("Is yoga safe? Not really.", []),
    ])
  func affirmedQuestion(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("Advice before a question put after a dash is still advice")
  func adviceBeforeADashedQuestion() {
    #expect(
      found("You need more glute bridges, and sleep matters too - are you getting 8 hours?")
        == ["2:glute bridge:recommends"])
  }

  @Test(
    "What 'plus' or 'that and' adds to a remedy that worked worked with it",
    arguments: [
      (
        "Yoga has been a game changer for me, plus no phone in the bedroom.",
        "2:no phone in bedroom:recommends"
      ),
      ("Yoga cut it to 2-3 days. That and doing the couch stretch.", "2:couch stretch:recommends"),
    ])
  func additionsToASuccess(reply: String, tip: String) {
    #expect(found(reply).contains(tip))
  }

  @Test(
    "A gerund's phrase joined to the gerund of a remedy is a remedy of its own",
    arguments: [
      (
        "Started having a glass of tonic water before bed and foam rolling my quads, haven't had a cramp since.",
        ["2:tonic water:recommends", "2:foam rolling:recommends"]
      ),
      (
        "Wearing compression socks and doing the couch stretch every night sorted it.",
        ["2:compression sock:recommends", "2:couch stretch:recommends"]
      ),
    ])
  func gerundBesideARemedy(reply: String, tips: [String]) {
    #expect(found(reply) == tips)
  }

  @Test(
    "'... and it fixed my back': what the poster did before the 'it' worked",
    arguments: [
      ("I stopped crossing my legs and it fixed my back.", "2:avoid crossing leg:recommends"),
      ("I quit sugar and that sorted it.", "2:avoid sugar:recommends"),
    ])
  func itAfterAndIsWhatWasDone(reply: String, tip: String) {
    #expect(found(reply) == [tip])
  }

  @Test(
    "Stopping the poster's body doing something is ending a trouble no word names",
    arguments: [
      "The thing that stopped my calves going was glute bridges.",
      "Glute bridges stopped my knee locking up.",
    ])
  func stoppingTheBodyDoingSomething(reply: String) {
    #expect(found(reply) == ["2:glute bridge:recommends"])
  }

  @Test(
    "A sentence that lists without a verb, opening with an advised remedy, advises the rest",
    arguments: [
      (
        "Glute bridges and external rotations with a light band, 3 sets every day.",
        ["2:glute bridge:recommends", "2:external rotation:recommends"]
      ),
      // A list in a sentence with a verb of its own is what that verb makes of it: hearsay.
      ("I hear glute bridges and external rotations are popular in the clinic.", []),
    ])
  func verblessListOpeningWithRemedy(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "A plain name joined by 'and' before a remedy is one too, where it opens the phrase",
    arguments: [
      (
        "Heat packs and foam rolling may help.",
        ["2:heat pack:recommends", "2:foam rolling:recommends"]
      ),
      // The name ends a phrase of its own, of a thing the body has.
      (
        "Sciatica is a disease of the nerve roots and foam rolling may help.",
        ["2:foam rolling:recommends"]
      ),
    ])
  func nameBeforeRemedy(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("What people at large use, told to the asker, is advice")
  func othersUse() {
    #expect(
      found("Many riders with sore knees wear compression sleeves.") == [
        "2:compression sleeve:recommends"
      ])
  }

  @Test(
    "What a person got over the trouble by doing is the remedy; how a thing works is not",
    arguments: [
      ("You just learn to cope with it (like I said) by ignoring it.", ["2:ignore it:recommends"]),
      ("I beat it by lowering my saddle.", ["2:lower saddle:recommends"]),
      ("You can prevent it by warming up properly.", ["2:warm up:recommends"]),
      // The thing that helps is the remedy, not how it works.
      ("Ointments may help by decreasing the inflammation.", ["2:ointment:recommends"]),
      ("I hurt it by lifting too much.", []),
    ])
  func meansOfRelief(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "Leaving a thing be is a remedy; leaving it on or in says how to use something else",
    arguments: [
      ("Just leave it.", ["2:leave it alone:recommends"]),
      ("Leave it on for five minutes before you rinse.", []),
      ("Leave them in overnight.", []),
      ("Leave it to the experts.", []),
    ])
  func leavingItBe(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "When to eat or drink is a remedy of its own; what to eat, where named, is the remedy",
    arguments: [
      (
        "Don't eat anything within 2 hrs of a run.",
        ["2:avoid eating anything within 2 hrs of run:recommends"]
      ),
      ("Never eat right before bed.", ["2:avoid eating right before bed:recommends"]),
      (
        "Eat something within 30 mins of finishing.",
        ["2:eat something within 30 mins of finishing:recommends"]
      ),
      (
        "I stopped eating after 8pm and the pain went away.",
        ["2:avoid eating after 8pm:recommends"]
      ),
      ("Eat porridge before a ride.", ["2:eat porridge:recommends"]),
    ])
  func mealTiming(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "A condition whose outcome is the trouble easing names a remedy",
    arguments: [
      (
        "But if you keep taking it, after a few weeks these symptoms go away.",
        ["2:keep taking it:recommends"]
      ),
      ("If you lower your saddle the pain usually goes away.", ["2:lower saddle:recommends"]),
      ("If I ice it right after the ride, it settles down.", ["2:ice:recommends"]),
      ("If you stretch too hard, it won't get better.", []),
      ("If you ride every day, your legs get stronger.", []),
    ])
  func conditionalRemedy(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("A tentative question offers what it says")
  func tentativeQuestion() {
    #expect(found("Maybe a foam roller would do the trick?") == ["2:foam rolling:recommends"])
    #expect(found("Would a foam roller do the trick?").isEmpty)
  }

  @Test("A relation's noun gives way to the thing it relates to")
  func relationNoun() {
    #expect(
      found("You should look into membership in the Arthritis Foundation.") == [
        "2:arthritis foundation:recommends"
      ])
    #expect(found("Get a prescription for naproxen.") == ["2:naproxen:recommends"])
    // A proper name goes on through "and" and "of".
    #expect(
      found("You should look into membership in the Crohn's and Colitis Foundation of America.")
        == ["2:crohn and colitis foundation america:recommends"])
  }

  @Test("Bringing someone to a practitioner is seeing one")
  func bringToPractitioner() {
    #expect(
      found("Get her to a legitimate doctor who will make a proper diagnosis.") == [
        "2:see legitimate doctor:recommends"
      ])
    #expect(found("Take him to a vet.") == ["2:see vet:recommends"])
  }

  @Test("What the case calls for is recommended")
  func calledFor() {
    #expect(found("I was told that a heating pad is called for.") == ["2:heating pad:recommends"])
  }

  @Test("A gerund subject a comma cut off is what did the trick")
  func gerundBeforeComma() {
    #expect(
      found("Perhaps soaking it in warm water, until it feels better will do the trick?") == [
        "2:soak:recommends"
      ])
    #expect(found("Regarding the saddle, I have to set it lower to make it work better.").isEmpty)
  }

  @Test("A passive report of relief names what relieved it")
  func passiveRelief() {
    #expect(
      found("The soreness is often relieved by the use of a heating pad.") == [
        "2:heating pad:recommends"
      ])
  }

  @Test(
    "A condition after a statement is a caveat with its statement; one after advice, or a subject's 'since' or 'once', alone",
    arguments: [
      (
        "Try diphenhydramine now and then; they lose their sedative effect if they're used on a nightly basis.",
        "diphenhydramine", "they lose their sedative effect if they're used on a nightly basis"
      ),
      (
        "Try a heating pad if it hurts at night.", "heating pad", "if it hurts at night"
      ),
      (
        "The risk is low, but since you are near 40, you should try yoga.", "yoga",
        "since you are near 40"
      ),
    ])
  func conditionCaveat(reply: String, remedy: String, caveat: String) throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"), ("ann", reply),
    ])
    let tip = try #require(extractor.tips(in: thread).first { $0.remedy == remedy })
    #expect(tip.caveats.contains(caveat))
  }

  @Test("A short sentence sending the reader to a doctor limits the advice before it")
  func consultingLimitsAdvice() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Try yoga twice a week. As with anything else, ask your doctor first."),
    ])
    let tips = extractor.tips(in: thread)
    let yoga = try #require(tips.first { $0.remedy == "yoga" })
    #expect(yoga.caveats == ["As with anything else, ask your doctor first"])
    #expect(tips.contains { $0.remedy == "see a doctor" })
  }

  @Test("'If' after a verb of asking or knowing means 'whether' and sets no condition")
  func whetherIsNoCondition() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Try yoga twice a week. I'm not sure if it works for everyone."),
    ])
    let tip = try #require(extractor.tips(in: thread).first { $0.remedy == "yoga" })
    #expect(tip.caveats.isEmpty)
  }

  @Test("A caveat keeps the adverb a comma cuts off its end")
  func trailingAdverb() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Yoga is relatively safe (you have to be careful, however) so try it."),
    ])
    let tip = try #require(extractor.tips(in: thread).first { $0.remedy == "yoga" })
    #expect(tip.caveats == ["you have to be careful, however"])
  }

  @Test(
    "A clause that narrows the one before, and a limit on an amount, are caveats",
    arguments: [
      ("Try yoga, especially in winter.", "yoga", "especially in winter"),
      (
        "Walk no more than 2 miles a day at first.", "walking",
        "no more than 2 miles a day at first"
      ),
    ])
  func narrowingCaveat(reply: String, remedy: String, caveat: String) throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"), ("ann", reply),
    ])
    let tip = try #require(extractor.tips(in: thread).first { $0.remedy == remedy })
    #expect(tip.caveats == [caveat])
  }

  @Test(
    "An opening 'for' that says whom or what the advice is for limits it; 'for me' does not",
    arguments: [
      ("For hilly routes, try yoga on rest days.", "yoga", ["For hilly routes"]),
      ("For people over fifty, yoga is a safer bet.", "yoga", ["For people over fifty"]),
      ("For me, yoga worked best.", "yoga", []),
      ("For example, try yoga.", "yoga", []),
    ])
  func openingScopeCaveat(reply: String, remedy: String, caveats: [String]) throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"), ("ann", reply),
    ])
    let tip = try #require(extractor.tips(in: thread).first { $0.remedy == remedy })
    #expect(tip.caveats == caveats)
  }

  @Test("A condition in the sentence that announces a list holds for its items")
  func announcedCondition() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      (
        "ann",
        "Once you have it confirmed by a doctor, you might consider the following:\n\n"
          + "1) Try yoga twice a week.\n2) Do the couch stretch daily."
      ),
    ])
    let tips = extractor.tips(in: thread)
    #expect(tips.map(\.remedy) == ["yoga", "couch stretch"])
    for tip in tips {
      #expect(tip.caveats.contains("Once you have it confirmed by a doctor"))
    }
  }

  @Test("A sentence that points back to a remedy and denies something of it is its caveat")
  func caveatPointingBack() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Try a heating pad. Most shops don't stock it in summer."),
    ])
    let tip = try #require(extractor.tips(in: thread).first { $0.remedy == "heating pad" })
    #expect(tip.caveats == ["Most shops don't stock it in summer"])
  }

  @Test("A brand in brackets stays inside the phrase it names")
  func bracketedBrand() {
    #expect(
      found("Naproxen sodium (Aleve) taken with food is an effective treatment for this.") == [
        "2:naproxen sodium:recommends"
      ])
  }

  @Test("Leaving it alone is a remedy of its own")
  func leaveItAlone() {
    #expect(
      found("The best thing to do is leave it, it will settle down.") == [
        "2:leave it alone:recommends"
      ])
  }

  @Test("A clause that is only a remedy's name puts it forward")
  func listedRemedy() {
    #expect(
      found("Boring as they are, glute bridges, since they wake up the hips.") == [
        "2:glute bridge:recommends"
      ])
  }

  @Test("Asking whether the asker has seen a practitioner suggests seeing one")
  func consultingQuestion() throws {
    #expect(
      try shippedRemedies(
        asking: "My back hurts after long rides. What helps?",
        reply: "Have you seen a physical therapist?") == ["physio"])
  }

  @Test("A report that a remedy failed is its caveat too")
  func failureIsCaveat() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Yoga didn't seem to do anything for me."),
    ])
    let tip = try #require(extractor.tips(in: thread).first)
    #expect(tip.stance == .against)
    #expect(tip.caveats == ["Yoga didn't seem to do anything for me"])
  }

  @Test("What comes with advice ('besides taking X') is advised, its limit a caveat")
  func besidesAdvice() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "It is best to rest, besides taking a hot bath initially."),
    ])
    let tip = try #require(extractor.tips(in: thread).first { $0.remedy == "hot bath" })
    #expect(tip.stance == .recommends)
    #expect(tip.caveats.contains { $0.contains("initially") })
  }

  @Test("'And' with a gerund goes on with the list a remedy opened; a monitor warns of nothing")
  func listGoesOnWithAGerund() throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Foam rolling every evening, 2 min a side, and raising my monitor to eye level."),
    ])
    let tips = extractor.tips(in: thread)
    #expect(
      tips.map { "\($0.remedy):\($0.stance.rawValue)" }.sorted() == [
        "foam rolling:recommends", "raise monitor:recommends",
      ])
    #expect(tips.allSatisfy { !$0.caveats.contains { $0.contains("monitor") } })
  }

  @Test("Verb phrases joined by 'and' are things done, each named; a change of size by its way")
  func coordinatedThingsDone() {
    #expect(
      found("Went up half a size and started doing the couch stretch. No more back pain since.")
        .sorted() == ["2:couch stretch:recommends", "2:size up:recommends"])
    #expect(
      found("Lowered my saddle a bit and started foam rolling. No more back pain since.")
        .sorted() == ["2:foam rolling:recommends", "2:lower saddle:recommends"])
    #expect(found("Go half a size up.") == ["2:size up:recommends"])
  }

  @Test("'+1 for X' agrees where a post before advised X, and recommends X where none did")
  func plusOneWithNothingBefore() {
    let alone = makeThread(
      [
        ("asker", "My back hurts after long rides. What helps?"),
        ("ann", "+1 for the couch stretch."),
      ],
      replies: [2: 1])
    #expect(
      extractor.tips(in: alone).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:couch stretch:recommends"
      ])
    #expect(
      found([
        ("asker", "My back hurts after long rides. What helps?"),
        ("ann", "Do the couch stretch every evening."),
        ("bob", "+1 for the couch stretch."),
      ]) == ["2:couch stretch:recommends", "3:couch stretch:agrees"])
  }

  @Test("The worst thing or the last thing to do is against it; a person is no remedy")
  func worstThing() {
    #expect(found("Stretching is the last thing you want to do.") == ["2:stretching:against"])
    #expect(
      found("Foam rolling is the worst thing you can do for it.") == ["2:foam rolling:against"])
    #expect(found("My dad ended up in a cast and they're a bad idea anyway.").isEmpty)
  }

  @Test("What a remedy does more than is no recommendation, a few words after the comparative")
  func doesMoreThan() throws {
    #expect(
      try shippedRemedies(
        asking: "Bulging disc, what helps?",
        reply: "Core work will do more for your back than an inversion table.") == ["core work"])
  }

  @Test("A test that would tell what the trouble is advises it; a finding argued from one does not")
  func testThatWouldTell() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    func remedies(_ reply: String) -> [String] {
      shipped.tips(
        in: makeThread([
          ("asker", "Always tired and my knee aches. What should I do?"), ("ann", reply),
        ])
      ).map { "\($0.remedy):\($0.stance.rawValue)" }
    }
    #expect(
      remedies("A blood test would tell you if it's your thyroid.") == ["blood test:recommends"])
    #expect(remedies("An MRI would show whether it's torn.") == ["mri:recommends"])
    #expect(remedies("If that theory were true, a biopsy would show atrophy.").isEmpty)
  }

  @Test("What a poster does so a trouble stays off, or so they can sleep, is done for its good")
  func doneForAPurpose() {
    #expect(
      found("I foam roll before long rides so my back doesn't flare up.") == [
        "2:foam rolling:recommends"
      ])
    #expect(found("I do yoga at night so I can sleep.") == ["2:yoga:recommends"])
    #expect(found("Yoga did nothing, so I can't sleep.") == ["2:yoga:against"])
    // A sentence that stops at the purpose's subject.
    #expect(found("I do yoga every night so my").allSatisfy { !$0.hasSuffix(":against") })
  }

  @Test("A thing given up for what it did failed, though it worked")
  func givenUp() {
    #expect(
      found("Yoga technically worked but gave me horrible cramps so not going back to that.")
        == ["2:yoga:against"])
    #expect(
      found("The foam roller bruised me all over so I ditched it.") == ["2:foam rolling:against"])
    #expect(found("Yoga worked, and I still do it.") == ["2:yoga:recommends"])
  }

  @Test("One health word in passing does not make a question about health")
  func figureOfSpeech() {
    let thread = makeThread(
      [
        ("asker", "Setting up the shader pipeline is a pain. Any ideas?"),
        ("ann", "Try a cleaner build script."),
      ], title: "Shader pipeline setup")
    #expect(extractor.tips(in: thread).isEmpty)
  }

  @Test(
    "Health words count in the plural too",
    arguments: [
      ("symptoms", true), ("rashes", true), ("injuries", true), ("aches", true),
      ("class", false), ("buses", false), ("pains", true), ("painters", false),
    ])
  func pluralHealthWords(word: String, isHealthWord: Bool) {
    #expect(Cues.isHealthWord(word) == isHealthWord)
  }

  @Test(
    "The body's name beside how it feels ('my hip flexors are tight') makes a question about health"
  )
  func bodyState() {
    let thread = makeThread(
      [
        ("asker", "My hip flexors are tight for days after every ride."),
        ("ann", "Try a heated blanket at night."),
      ],
      title: "Hip flexors after long rides")
    #expect(extractor.tips(in: thread).map(\.remedy) == ["heated blanket"])
  }

  @Test(
    "A remedy the title names after 'after' or 'from' brought the trouble on; it is not the topic")
  func occasionIsNoTopic() {
    let thread = makeThread(
      [
        ("asker", "My lower back hurts for days after yoga."),
        ("ann", "It worked for me once I slowed down."),
      ], title: "Back pain after yoga")
    #expect(extractor.tips(in: thread).isEmpty)
  }

  @Test(
    "What the title's thing is for is no remedy there; doubt of the proof cautions the thing")
  func titleAimIsNoRemedy() throws {
    let thread = makeThread(
      [
        ("asker", "My doctor says I must lose weight for my diabetes. Does chromium help?"),
        ("ann", "There is no data to show chromium is effective in promoting weight loss."),
        ("bob", "Losing weight takes time. Walk every day."),
      ], title: "Chromium for weight loss")
    let tips = extractor.tips(in: thread)
    #expect(
      tips.map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:chromium:cautions", "3:walking:recommends",
      ])
    #expect(
      tips.first?.caveats == [
        "There is no data to show chromium is effective in promoting weight loss"
      ])
  }

  @Test(
    "A topic named by a clause with a verb takes that clause's act, and a modifier names no topic",
    arguments: [
      "Good results come with yeast, but when chromium itself is used the results are negative.",
      "You could find out with the RBC chromium test, which works well.",
    ])
  func topicInItsOwnClause(reply: String) {
    let thread = makeThread(
      [
        ("asker", "My doctor says I must lose weight for my diabetes. Does chromium help?"),
        ("ann", reply),
      ],
      title: "Chromium for weight loss")
    #expect(!extractor.tips(in: thread).contains { $0.remedy == "chromium" })
  }

  @Test(
    "A verbless comparative and a thing asks for more or less of it; of pain or the body it reports",
    arguments: [
      ("Smaller meals but more of them.", ["2:smaller meal:recommends"]),
      ("More fluids. Less sugar.", ["2:more fluid:recommends", "2:less sugar:recommends"]),
      ("Less pain now.", []),
      ("Better luck next time.", []),
      ("More screenshots:", []),
    ])
  func comparativeFragment(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("A medical term makes a question about health")
  func medicalTerm() {
    let thread = makeThread(
      [("asker", "Any advice for rhinitis?"), ("ann", "Try a saline rinse.")],
      title: "All winter long")
    #expect(extractor.tips(in: thread).map(\.remedy) == ["saline rinse"])
  }

  @Test("An opening verb without a subject advises, and adjectives in a row stay one phrase")
  func openingVerbAndAdjectives() {
    #expect(
      found("Include small amounts of hot, spicy foods with your meals.") == [
        "2:hot spicy food:recommends"
      ])
  }

  @Test("A title that is only a name is the topic when the opener calls it a drug")
  func namedTopic() {
    let thread = makeThread(
      [
        ("asker", "My doctor mentioned a new allergy drug called Zinfex. Does anyone know it?"),
        ("ann", "It works. My wife has taken it for a year."),
      ], title: "Zinfex (spelling?)")
    #expect(
      extractor.tips(in: thread).map { "\($0.remedy):\($0.stance.rawValue)" } == [
        "zinfex:recommends"
      ])
  }

  @Test(
    "A remedy the opener's yes-or-no questions ask about and call back as 'it' is the topic; two are none",
    arguments: [
      (
        "My back aches after long rides. Is anyone here doing yoga for that? Does it help?",
        ["2:yoga:recommends"]
      ),
      (
        "My back aches after long rides. Is anyone doing yoga or foam rolling? Does it help?",
        []
      ),
      (
        "My back aches after long rides. My friend calls yoga a cure, can you believe it? Does it help?",
        []
      ),
    ])
  func topicTheOpenerAsksAbout(opener: String, expected: [String]) {
    let thread = makeThread(
      [("asker", opener), ("ann", "It seems to help a little, for a few hours at a time.")],
      title: "Stiff after long rides")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" }
        == expected)
  }

  @Test(
    "The body a carrier verb uses is no remedy; a verb done to the body is",
    arguments: [
      ("You need to use your shoulder muscles to push the mower.", []),
      ("Try peeling the skin back at the base of the nail.", ["2:peel skin:recommends"]),
    ])
  func bodyAsTheThingUsed(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "Advice no reason is found for is advice against; a thing compared with 'than is' loses",
    arguments: [
      ("I can't think of any good reason why anyone should do yoga for this.", ["2:yoga:against"]),
      (
        "Walking is a much better way to loosen up than is foam rolling.",
        ["2:walking:recommends"]
      ),
    ])
  func noReasonToDoIt(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "What the poster makes sure to do is a report of it; what they only have to do is not",
    arguments: [
      ("I make sure to foam roll after every ride.", ["2:foam rolling:recommends"]),
      ("I made sure to do the couch stretch and it helped.", ["2:couch stretch:recommends"]),
      ("I have to foam roll after every ride.", ["2:foam rolling:cautions"]),
    ])
  func whatThePosterMadeSureOf(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "A name that labels a web address points to a page; a name alone still answers",
    arguments: [
      ("Here is my week.\n\nFoam rolling: https://www.example.com/my-routine", []),
      ("Here is my week.\n\nFoam rolling, every evening.", ["2:foam rolling:recommends"]),
    ])
  func nameLabellingALink(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "The one thing that brings the trouble on is its cause; the one thing that helped is advice",
    arguments: [
      ("One thing that would trigger the pain was foam rolling.", []),
      ("The one thing that helped was foam rolling.", ["2:foam rolling:recommends"]),
    ])
  func oneThingThatCausedIt(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("An object that ends in the lexicon's name of whom to see is that one remedy")
  func objectEndingInAPractitioner() throws {
    let question = "My son has epilepsy. How do other parents cope?"
    #expect(
      try Set(
        shippedRemedies(
          asking: question, reply: "Ask your doctor or his nurse about a local support group."))
        == ["see a doctor", "support group"])
  }

  @Test("What a test found of the body is a finding, not a thing that worked")
  func testFindsTheBodyWorking() throws {
    let question = "My legs go numb on long rides. Any ideas?"
    #expect(
      try shippedRemedies(
        asking: question,
        reply: "I had an EMG last year. Then I had another test, which showed that the nerves "
          + "are working fine."
      ).isEmpty)
    #expect(
      try shippedRemedies(
        asking: question, reply: "I started physio in May. Now my legs are working fine.")
        == ["physio"])
  }

  @Test("A name whose noun phrase opens with a lexicon remedy is that remedy's")
  func nounPhraseOfALexiconRemedy() throws {
    #expect(
      try shippedRemedies(
        asking: "Training for my first half marathon. Which plan should I follow?",
        reply: "We trained according to Hal Higdon's Novice 1 program, which was recommended "
          + "to us here.") == ["hal higdon"])
  }

  @Test(
    "Having done it, then finding it did nothing, reports a failure",
    arguments: [
      (
        "I bought a foam roller last month. The foam roller did nothing.",
        ["2:foam rolling:against"]
      ),
      ("Try foam rolling. It did nothing for me, though.", ["2:foam rolling:recommends"]),
    ])
  func doneThenFailed(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("\"The drops\" after \"ear drops\" points back to them: one remedy, not two")
  func definiteNamePointsBack() throws {
    #expect(
      try shippedRemedies(
        asking: "How do I get earwax out? My ears feel blocked.",
        reply: "I bought some ear drops from the drug store. The drops did nothing.")
        == ["ear drops"])
  }

  @Test(
    "Talking to a practitioner the lexicon does not name advises seeing them",
    arguments: ["Talk to your coach.", "Talk to your coach about it."])
  func talkToAPractitioner(reply: String) {
    #expect(found(reply) == ["2:see coach:recommends"])
  }

  @Test(
    "A report the poster then says they cannot vouch for here recommends nothing",
    arguments: [
      ("My wife swears by foam rolling for her neck but no idea about backs.", []),
      ("My wife swears by foam rolling for her neck but idk for a back.", []),
      ("My wife swears by foam rolling for her neck.", ["2:foam rolling:recommends"]),
    ])
  func reportNotVouchedFor(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("What the reader is doing \"while\" they follow the advice is when, not a remedy")
  func whileYouDoSomethingElse() throws {
    let question = "I keep rolling my ankle. What helps?"
    #expect(
      try shippedRemedies(asking: question, reply: "Do calf raises while you brush your teeth.")
        == ["calf raises"])
    #expect(
      try shippedRemedies(asking: question, reply: "While you rest, ice the ankle.")
        == ["ice ankle"])
  }

  @Test(
    "A title that names the trouble before \"for\" asks about no remedy: \"it\" is the trouble",
    arguments: [
      ("Plantar fasciitis for 6 months", "Took about 8 weeks but it went away completely.", []),
      ("Feverfew for migraines", "It worked for me.", ["feverfew"]),
    ])
  func troubleBeforeFor(title: String, reply: String, expected: [String]) throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread(
      [("asker", "Nothing is changing. What helps?"), ("ann", reply)], title: title)
    #expect(shipped.tips(in: thread).map(\.remedy) == expected)
  }

  @Test("\"Ask to\" a verb advises what the verb says")
  func askToDoIt() {
    #expect(
      found("Ask to speak to the clinic director, and complain.")
        == ["2:speak to clinic director:recommends"])
  }

  @Test("A remedy's name before a word for too little or too much of it names the trouble")
  func imbalanceIsTheTrouble() throws {
    let question = "I get cramps on long runs. What helps?"
    #expect(
      try shippedRemedies(asking: question, reply: "Get tested for magnesium deficiency.")
        .isEmpty)
    #expect(
      try shippedRemedies(asking: question, reply: "Try to correct the electrolyte imbalance.")
        .isEmpty)
    #expect(
      try shippedRemedies(asking: question, reply: "Take magnesium before bed.") == ["magnesium"])
  }

  @Test(
    "What follows a dash, a colon or a list marker is read as a sentence of its own",
    arguments: [
      ("The recommendations are obvious - eat smaller meals.", "2:eat smaller meal:recommends"),
      ("My advice is simple: eat smaller meals.", "2:eat smaller meal:recommends"),
      ("Here is what I do:\n\n1) Eat smaller meals.", "2:eat smaller meal:recommends"),
    ])
  func standaloneParts(reply: String, tip: String) {
    #expect(found(reply) == [tip])
  }

  @Test("A noun before a noun in a list of causes is no imperative, nor a capitalised name")
  func listOfCauses() {
    #expect(found("The triggers I found:\n\n1) Heavy exercise 2) Sleep deprivation").isEmpty)
    #expect(found("Sent from RoseMail 2.10 : Usenet: Rose Media - Hamilton").isEmpty)
  }

  @Test("A thing said to speed recovery or lessen a trouble is reported to help")
  func speedsRecovery() {
    let thread = makeThread([
      ("asker", "I have chicken pox. Is there any medication which can speed up healing?"),
      ("ann", "Acyclovir started in the first 1-2 days probably speeds recovery."),
      ("bob", "Calamine lotion reduces the itching."),
    ])
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:acyclovir:recommends", "3:calamine lotion:recommends",
      ])
  }

  @Test(
    "A thing first in its sentence, capitalised, is predicted to help as any noun is",
    arguments: [
      ("Yogurt can prevent it.", "2:yogurt:recommends"),
      ("Garlic may help with the stiffness.", "2:garlic:recommends"),
    ])
  func capitalisedSubjectPredicts(reply: String, tip: String) {
    #expect(found(reply) == [tip])
  }

  @Test(
    "A capitalised verb of advice opening a sentence is an imperative though the tagger reads a noun",
    arguments: [
      ("Avoid processed foods.", ["2:avoid processed food:recommends"]),
      ("Chew gum on the plane.", ["2:chew gum:recommends"]),
      // A word that names a remedy as a noun too, before a noun, names a thing.
      ("Sleep deprivation, mostly.", []),
    ])
  func capitalisedImperative(reply: String, tips: [String]) {
    #expect(found(reply) == tips)
  }

  @Test("A person at work is no thing that worked, and an activity to wait for is no remedy")
  func workingPersonAndOccasion() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "My arm went numb. The weight I used for squats wasn't heavy, I was working hard."),
      ("ann", "You need medical attention before doing any more weight lifting."),
    ])
    #expect(
      shipped.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:see a doctor:recommends"
      ])
  }

  @Test(
    "A thing whose absence brings the trouble is credited",
    arguments: [
      ("If I go a week without yoga I have terrible pain after.", "2:yoga:recommends"),
      ("Without my foam roller my back aches.", "2:foam rolling:recommends"),
    ])
  func troubleWithout(reply: String, tip: String) {
    #expect(found(reply) == [tip])
  }

  @Test("After a condition, a verb of advice the tagger misread opens the advice")
  func imperativeAfterCondition() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "My knee aches after long runs. What helps?"),
      ("ann", "if you need something take paracetamol/tylenol."),
    ])
    #expect(
      shipped.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:acetaminophen:recommends"
      ])
  }

  @Test("A doc whom advice sends the reader to is a doctor", arguments: ["Get checked by a doc."])
  func docIsADoctor(reply: String) {
    #expect(found(reply) == ["2:see a doctor:recommends"])
  }

  @Test("A thing the poster had a trouble from is cautioned; relief from it still credits it")
  func troubleFromIt() {
    #expect(found("I tried yoga for a month and got a sore back from it.") == ["2:yoga:cautions"])
    #expect(found("I tried yoga and got a lot of relief from it.") == ["2:yoga:recommends"])
  }

  @Test("A thing named only as what another is like is no remedy of the sentence")
  func onlyCompared() {
    #expect(
      found("I started walking (another gentle activity like yoga) and it helped a lot.")
        == ["2:walking:recommends"])
    #expect(
      found("I started walking (another gentle activity like yoga). You should try it.")
        == ["2:walking:recommends"])
  }

  @Test("An activity that takes the poster to work is named with where it goes")
  func commuteByActivity() {
    #expect(
      found("I bike to work every day and the pain went away.") == ["2:bike to work:recommends"])
  }

  @Test("Acting on a trouble with a thing names the thing: 'treat the soreness with a heat pack'")
  func troubleTreatedWith() {
    #expect(found("Treat the soreness with a heat pack.") == ["2:heat pack:recommends"])
    #expect(found("Prevent stiffness of the back with a heat pack.") == ["2:heat pack:recommends"])
  }

  @Test("What a thing helps do, listed after 'and', is no imperative")
  func helpsListIsNoAdvice() {
    #expect(
      found("Walking helps build muscle, prevent stiffness, and improve your posture.")
        == ["2:walking:recommends"])
    #expect(
      found("Rest helps, and do yoga twice a week.") == ["2:rest:recommends", "2:yoga:recommends"])
  }

  @Test("'You could' after an unreal condition imagines; 'if I were you' still advises")
  func counterfactualIsNoAdvice() {
    #expect(found("If it were that easy, you could just go for a walk.").isEmpty)
    #expect(found("If I were you, I would try yoga.") == ["2:yoga:recommends"])
    #expect(found("If it were me, I would try yoga.") == ["2:yoga:recommends"])
  }

  @Test("A test someone reads or interprets is not advised; getting one is")
  func readingIsNotGetting() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    func tips(_ reply: String) -> [String] {
      let thread = makeThread([
        ("asker", "My wrist still hurts a month after a fall. What should I do?"), ("ann", reply),
      ])
      return shipped.tips(in: thread).map { "\($0.remedy):\($0.stance.rawValue)" }
    }
    #expect(tips("Knowing how to read x-rays can really help a doctor.").isEmpty)
    #expect(tips("Get an x-ray.") == ["x ray:recommends"])
  }

  @Test("Having a practitioner who knows the trouble is seeing one, named as the lexicon names it")
  func havingAPractitioner() {
    #expect(
      found("Having a doctor who knows something about backs can make a big difference.")
        == ["2:see a doctor:recommends"])
  }

  @Test("A capitalised word before another capitalised word is a name, not an imperative")
  func capitalisedName() {
    #expect(found("Colonel Custer...Surrounded by Indians, just when I fancied a Chinese!").isEmpty)
  }

  @Test(
    "Off the topic of health, what remains, moving somewhere, a modifier and code are no advice",
    arguments: [
      "Grade the quizzes yourself and save the rest for homework.",
      "You should walk around the room and keep an eye on them.",
      "Try the walk animation instead of the idle one.",
      "const auto cooldown_ = rest(timer);",
      "You should take a break and get some rest.",
    ])
  func offTopicWords(reply: String) {
    let thread = makeThread(
      [("asker", "How do I keep my students engaged in class?"), ("ann", reply)],
      title: "Keeping students engaged")
    let tips = extractor.tips(in: thread).map {
      "\($0.post):\($0.remedy):\($0.stance.rawValue)"
    }
    #expect(tips == (reply.hasPrefix("You should take") ? ["2:rest:recommends"] : []))
  }

  @Test(
    "A disorder named by its acronym makes the thread one about health",
    arguments: ["Dental work and AIDS", "Dental work and STDs"])
  func acronymOfADisorder(title: String) {
    let thread = makeThread(
      [
        ("asker", "My son needs a filling. Could he catch anything from the instruments?"),
        ("ann", "Ask the dentist whether he uses pre-sterilized disposable needles."),
      ],
      title: title)
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" } == [
        "2:pre sterilized disposable needle"
      ])
  }

  @Test(
    "Going on a thing, taking on more of it and an unknown word taken name what helped",
    arguments: [
      ("Then I went on a low-fat diet, and they just stopped.", "2:low fat diet:recommends"),
      ("Taking on more fluids seems to help.", "2:fluid:recommends"),
      (
        "After I began taking acidophilous on a daily basis, the outbreaks ceased.",
        "2:acidophilous:recommends"
      ),
    ])
  func goingOnAThing(reply: String, tip: String) {
    #expect(found(reply) == [tip])
  }

  @Test("The impersonal 'one should' advises; 'you would' imagines")
  func impersonalAdvice() {
    #expect(found("One should see a GP.") == ["2:see gp:recommends"])
    #expect(found("That you would go to one doctor, get a diagnosis and move on?").isEmpty)
  }

  @Test(
    "A practitioner who speaks or is helped is not put forward",
    arguments: [
      "My chiropractor says most people get some relief after a few weeks.",
      "Knowing how to read x-rays can really help a chiropractor stay out of trouble.",
    ])
  func speakerOrHelped(reply: String) {
    #expect(!found(reply).contains { $0.contains("chiropractor") })
  }

  @Test("Code and ordinary prose are told apart")
  func codeLines() {
    #expect(TipExtractor.looksLikeCode("const auto dist = Max(diffX, diffY);"))
    #expect(TipExtractor.looksLikeCode("cooldown_ = 0.0"))
    #expect(TipExtractor.looksLikeCode("if (loadState == LS_LOADED || dist > persist)"))
    #expect(!TipExtractor.looksLikeCode("Ice it for 20 minutes - then rest."))
    #expect(!TipExtractor.looksLikeCode("Take 400 mg; it helps."))
    #expect(TipExtractor.looksLikeCode("node->Remove();"))
    #expect(TipExtractor.looksLikeCode("let handler: (Event) -> Void"))
    #expect(!TipExtractor.looksLikeCode("I went from Rapha -> Castelli bibs."))
    #expect(!TipExtractor.looksLikeCode("Built up 5k -> 10k over two months."))
    #expect(!TipExtractor.looksLikeCode("-I ran slower than usual (it took me 2h40 mins);"))
  }

  @Test("The items of a list announced as advice or as a success are remedies, not an address")
  func listItems() {
    #expect(
      found("You might consider the following:\n\n1) Chelated Manganese 25-50mg/day.\n2) Heat.")
        == ["2:chelated manganese:recommends", "2:heat:recommends"])
    #expect(
      found("I attribute my success to several factors:\n\nVery low fat.\n\nVery little salt.")
        == ["2:low fat:recommends", "2:less salt:recommends"])
    #expect(
      found("What I did differently:\n-I foam rolled my calves every night;\n\n-I rested more.")
        == ["2:foam rolling:recommends", "2:rest:recommends"])
    #expect(
      found("Write to this society:\n\n2140 11th Ave South\n\nSuite 200").allSatisfy {
        !$0.contains("suite") && !$0.contains("ave")
      })
    #expect(found("Four factors make a difference:\n\n1) Heavy exercise 2) Fasting").isEmpty)
  }

  @Test(
    "Advice to the people a sentence names: pregnant women should not change the litter, those with asthma have to avoid dander"
  )
  func adviceToPeople() {
    let thread = makeThread(
      [
        ("asker", "Is it a problem to have a cat during pregnancy?"),
        ("ann", "Pregnant women should not change the litter box."),
        ("bob", "Whoever empties the litter box should wash their hands."),
        ("cy", "Those with asthma have to avoid cat dander."),
        ("dee", "A woman would have to take in a lot of cat dander to notice."),
      ], title: "Cats and pregnancy")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" } == [
        "2:avoid changing litter box", "3:wash hand", "4:avoid cat dander",
      ])
  }

  @Test(
    "Advice worded as a warning, then advice to a new subject after 'and you should': both stand"
  )
  func warningOfAnotherConjunct() {
    let thread = makeThread(
      [
        ("asker", "Can toxoplasmosis from our cats harm the fetus?"),
        (
          "ann",
          "It is transmitted through the fecal matter, so a pregnant woman should avoid "
            + "cleaning the cat tray and you should both wash hands before eating meals."
        ),
      ], title: "Cats and pregnancy")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" } == [
        "2:avoid cleaning cat tray", "2:wash hand",
      ])
  }

  @Test("The drug of choice, and what it would be sensible to do, are advice")
  func drugOfChoice() {
    let thread = makeThread(
      [
        ("asker", "Is erythromycin effective in treating pneumonia?"),
        ("ann", "Erythromycin is usually considered the antibiotic of choice."),
        ("bob", "It would be sensible to have a flu shot."),
        ("cy", "It is important to distinguish recurrence from recurrent symptoms."),
      ], title: "erythromycin")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" } == [
        "2:erythromycin", "3:flu shot",
      ])
  }

  @Test(
    "'It' that is the drug of choice is what was asked about; a list of germs or side effects names no remedy"
  )
  func pronounIsTheDrugOfChoice() {
    let thread = makeThread(
      [
        ("asker", "Is doxycycline any good for acne?"),
        ("ann", "Not only is it effective, it is in fact the drug of choice for most teens."),
        (
          "bob",
          "Doxycycline is the treatment of choice, but watch for these side effects: nausea, diarrhea and sun sensitivity."
        ),
        (
          "cy",
          "Clindamycin is the antibiotic of choice as it covers the usual germs: staphylococci and propionibacterium acnes."
        ),
        ("dee", "Strep pneumoniae."),
      ], title: "doxycycline for acne")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" } == [
        "2:doxycycline", "3:doxycycline", "4:clindamycin",
      ])
  }

}

extension RecommendationActTests {
  @Test("Advice in other shapes: a denied obligation, keeping from a thing, a standard practice")
  func adviceShapes() {
    let thread = makeThread(
      [
        ("asker", "My stomach hurts after meals and my son keeps getting sick. What helps?"),
        ("ann", "You should not be wearing clothing that compresses your middle."),
        ("bob", "Try not to use antibiotics if not absolutely necessary."),
        ("cy", "Standard practice would be to see a child psychiatrist."),
        ("dee", "You shouldn't take ibuprofen for this."),
      ], title: "Stomach pain")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:avoid clothing:recommends", "3:avoid antibiotic:recommends",
        "4:see child psychiatrist:recommends", "5:avoid ibuprofen:recommends",
      ])
  }

  @Test("What is done to people as a rule is advice: rushed to a hospital, given to contacts")
  func adviceAsPractice() {
    let thread = makeThread(
      [
        (
          "asker", "A child in my son's class has meningitis and my son has a fever. Is he at risk?"
        ),
        ("ann", "Any infant with a fever who becomes stiff needs to be rushed to a hospital."),
        (
          "bob",
          "Rifampin (an oral antibiotic) is often given to family and contacts of a case of meningitis."
        ),
        ("cy", "I was given amoxicillin last year. You need to be careful with stretching."),
      ], title: "Meningitis question")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" } == [
        "2:see hospital", "3:rifampin",
      ])
  }

  @Test("A condition whose consequence is no longer a problem reports what helped")
  func troubleDenied() {
    #expect(
      found("However if I ate sauerkraut or vinegar it wasn't as much of a problem.")
        == ["2:eat sauerkraut:recommends", "2:vinegar:recommends"])
    #expect(found("If you have no problem with dairy, that is fine.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test("A letter completes a name, and an '-iated' verb reports a benefit")
  func vitaminC() {
    #expect(
      found("One remedy is to take some vitamin C with your meal.") == [
        "2:vitamin c:recommends"
      ])
    #expect(found("Sporanox totally alleviated them within one week.") == ["2:sporanox:recommends"])
  }

  @Test("A health risk in the title makes a thread about health; facts and menus advise nothing")
  func healthRiskThread() {
    let thread = makeThread(
      [
        (
          "asker", "I read that carcinogens are generated when barbecuing. Is this a valid concern?"
        ),
        ("ann", "Some people suggest that the barbecuing itself is dangerous."),
        ("bob", "Smoked cured meat contains nitrosamines. It's all you can eat for about $10."),
        ("cy", "One possible remedy is to take some vitamin C with your meal."),
      ], title: "Barbecued foods and health risk")
    #expect(extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" } == ["4:vitamin c"])
  }
}

extension RecommendationActTests {
  @Test("The verbless items after a colon that ends a success or advice are its remedies")
  func inlineList() {
    // A word that is no verb keeps its "-ed": "unsalted", not "unsalt".
    #expect(found("What helped me: unsalted nuts.") == ["2:unsalted nut:recommends"])
    #expect(
      found("Things that helped me: a dark room, cold compresses, and caffeine.") == [
        "2:dark room:recommends", "2:cold compress:recommends", "2:caffeine:recommends",
      ])
    #expect(
      found("Two approaches that I've used: Tofranil, 50 mg qhs, Naproxen 250mg bid.") == [
        "2:tofranil:recommends", "2:naproxen:recommends",
      ])
    #expect(
      !found("What worked for me: https://example.com/exporter").contains { $0.contains("http") })
  }

  @Test("A treatment pointed out by name is advice where the reply puts it forward")
  func pointedOutTreatment() {
    let thread = makeThread(
      [
        ("asker", "What can be done, short of circumcision, when the foreskin will not retract?"),
        ("ann", "There is a simpler procedure called a \"dorsal slit\". See your urologist."),
        ("bob", "There is a new drug called felbamate which may be helpful for these spasms."),
        (
          "cy", "There is a technique called abdominal massage in which the masseur kneads the gut."
        ),
        (
          "dee",
          "Ask your doctor or his nurse about a local support group. Avoid consumption of sugar."
        ),
      ], title: "Foreskin troubles")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" } == [
        "2:dorsal slit", "2:see urologist", "3:felbamate", "5:see a doctor",
        "5:local support group", "5:avoid sugar",
      ])
  }
}

extension RecommendationActTests {
  @Test("The kind of a thing is the thing; going over a matter with a practitioner is seeing one")
  func kindsAndPractitioners() {
    #expect(
      found("It would be sensible to have some sort of cancer screening.") == [
        "2:cancer screening:recommends"
      ])
    #expect(
      found("I suggest you discuss it with an independent doctor.") == [
        "2:see independent doctor:recommends"
      ])
    #expect(
      found("It would be wiser to adjust to your present body form.") == [
        "2:adjust to present body form:recommends"
      ])
  }
}

extension RecommendationActTests {
  @Test(
    "Forum idioms of praise and success name what they praise",
    arguments: [
      ("My go-to is an ice pack.", "2:ice pack:recommends"),
      ("Can't recommend Hokas enough.", "2:hoka:recommends"),
      ("Kinesio tape got me through the marathon.", "2:kinesio tape:recommends"),
      ("A monthly massage keeps me going.", "2:monthly massage:recommends"),
      ("Definitely invest in a good pair of shoes.", "2:shoe:recommends"),
      ("Strengthening your hips is the long-term fix.", "2:strengthen hip:recommends"),
      ("A standing desk is the boring answer.", "2:standing desk:recommends"),
      (
        "Gargling warm salt water like 4x a day, old school but it works.",
        "2:gargle warm salt water:recommends"
      ),
    ])
  func praiseIdioms(reply: String, expected: String) {
    #expect(found(reply) == [expected])
  }

  @Test("A first post that asks nothing and gives advice counts as advice")
  func openerThatAdvises() {
    let thread = makeThread(
      [
        (
          "ann",
          """
          Natural remedies for back pain. Eat several almonds every day. Apply aloe vera to \
          the sore spot twice daily. Take a warm bath in sea salt once a week.
          """
        ),
        ("bob", "Sounds like quackery to me."),
      ], title: "Natural back pain remedies")
    #expect(extractor.tips(in: thread).filter { $0.post == 1 }.count == 3)
  }

  @Test("What the poster found helped under a condition, and items that 'these' sum up")
  func conditionAndSummedItems() {
    #expect(
      found(
        "I then found that if I scrub my face with a nail brush twice a day the acne was not a problem."
      ) == ["2:scrub face:recommends"])
    #expect(
      found("Chewing gum, sucking hard candy, yawning--these will help.") == [
        "2:chew gum:recommends", "2:suck candy:recommends", "2:yawning:recommends",
      ])
  }
}

extension RecommendationActTests {
  @Test("Advice that names nothing after a question recommends what the question names")
  func recommendedAfterQuestion() {
    #expect(
      found("You are seeing a chiropractor, aren't you? If not, I strongly recommend it.") == [
        "2:chiropractor:recommends"
      ])
    #expect(found("Are you seeing a chiropractor? I would not recommend it.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test(
    "Praise of a practitioner or a means recommends it; praise of the day or of one's family does not",
    arguments: [
      ("My chiro is a wizard.", ["2:chiropractor:recommends"]),
      ("The couch stretch is money well spent.", ["2:couch stretch:recommends"]),
      ("The weather was great.", []), ("My son is a genius.", []), ("The crowd was amazing.", []),
      ("Huge fan of the couch stretch here.", ["2:couch stretch:recommends"]),
      ("I'm not a big fan of yoga.", []),
    ])
  func praise(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "Being sent to a health professional is seeing a doctor, named once",
    arguments: [
      "CONSULT YOUR HEALTH PROFESSIONAL FOR ADVICE.", "Talk to your health care provider first.",
      "You need medical attention before riding again.",
    ])
  func healthProfessional(reply: String) throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: try .shipped())
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"), ("ann", reply),
    ])
    #expect(shipped.tips(in: thread).map(\.remedy) == ["see a doctor"])
  }

  @Test("What follows a heading of references is citations, not advice")
  func references() {
    #expect(
      found(
        "Try yoga.\n\nReferences:\n\n1. Evans, GW. Int J Biosoc Med Res 1989; 11: 163-180.\n"
          + "2. Page TG. Use foam rollers. J Animal Sci 69, 1991.") == ["2:yoga:recommends"])
  }

  @Test("What a remedy helps one avoid is no remedy")
  func whatIsAvoided() {
    #expect(found("Yoga helps you avoid the chiropractor.") == ["2:yoga:recommends"])
  }

  @Test(
    "A hedge qualifies the advice it stands with and leaves it advice; where it stops, a practitioner takes over"
  )
  func hedgeIsACaveat() {
    let thread = makeThread(
      [
        ("asker", "My back hurts after long rides. What helps?"),
        ("ann", "Try yoga; hopefully it loosens you up. In severe cases, see a chiropractor."),
      ])
    #expect(
      extractor.tips(in: thread).map { "\($0.remedy): \($0.caveats)" } == [
        "yoga: [\"hopefully it loosens you up\", \"In severe cases, see a chiropractor\"]",
        "chiropractor: [\"In severe cases\"]",
      ])
  }

  @Test("Harm a remedy can do, and how to take it to avoid that, is its caveat")
  func harmIsACaveat() {
    let thread = makeThread(
      [
        ("asker", "My back hurts after long rides. What helps?"),
        ("ann", "Try yoga. Twists can irritate the back, so start with a gentle class."),
      ])
    #expect(
      extractor.tips(in: thread).map(\.caveats) == [
        ["Twists can irritate the back, so start with a gentle class"]
      ])
  }
}

extension RecommendationActTests {
  @Test("A verb after a subject that a comma cut off is its predicate, not an imperative")
  func predicateAfterSubject() {
    #expect(
      found("The majority of rings described by x-ray, however, end up being due to inflammation.")
        .isEmpty)
    #expect(found("The couch stretch, try it every evening.") == ["2:couch stretch:recommends"])
  }
}

extension RecommendationActTests {
  @Test(
    "Training-forum shapes: a split two-word verb, a dose after a remedy, what kept pain away",
    arguments: [
      ("Foam roll your quads daily.", ["2:foam rolling:recommends"]),
      ("The couch stretch every morning, five minutes, done.", ["2:couch stretch:recommends"]),
      ("Yoga twice a week has kept my back pain away for two years.", ["2:yoga:recommends"]),
      ("Spend the money on a professional fit.", ["2:professional fit:recommends"]),
      ("Walking every day caused it.", []),
      ("Glute bridges are underrated.", ["2:glute bridge:recommends"]),
      ("Try taping it.", ["2:tape:recommends"]),
      ("Ask for a referral to a chiropractor.", ["2:chiropractor:recommends"]),
    ])
  func trainingShapes(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "A disclaimer or a word on how results differ qualifies every tip of its post",
    arguments: [
      ("Try yoga. I'm not a doctor, though.", "I'm not a doctor, though"),
      ("Yoga worked for me, YMMV.", "YMMV"),
      ("Try yoga. Everyone is different, of course.", "Everyone is different, of course"),
      (
        "Try yoga. The evidence for it is mostly anecdotal.",
        "The evidence for it is mostly anecdotal"
      ),
    ])
  func disclaimerIsACaveat(reply: String, caveat: String) throws {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"), ("ann", reply),
    ])
    let tip = try #require(extractor.tips(in: thread).first { $0.remedy == "yoga" })
    #expect(tip.stance == .recommends)
    #expect(tip.caveats.contains(caveat))
  }

  @Test(
    "Who the poster is names no practitioner to see; what is best handled by one does",
    arguments: [
      ("I'm a chiropractor and I see this a lot. Try yoga.", ["2:yoga:recommends"]),
      ("I am not a chiro, but yoga helped me.", ["2:yoga:recommends"]),
      ("This is best handled by a chiropractor.", ["2:chiropractor:recommends"]),
      ("It is initially best handled by a good chiro.", ["2:chiropractor:recommends"]),
      ("Such pain is better treated with rest days.", ["2:rest:recommends"]),
    ])
  func identityAndBestHandled(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test("A first post that shares what its writer did, asking nothing, reports it as a reply would")
  func sharedExperience() {
    let shared = makeThread([
      (
        "ann",
        """
        I wanted to share my marathon training in case it helps anyone. I practiced yoga twice a \
        week and rested every Monday. Details are in [my post](https://example.com/p/?utm_source=share).
        """
      )
    ])
    #expect(
      extractor.tips(in: shared).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" }
        == ["1:yoga:recommends", "1:rest:recommends"])
    let asked = makeThread([
      ("ann", "I practiced yoga twice a week before my marathon. Would more rest help?")
    ])
    #expect(extractor.tips(in: asked).isEmpty)
  }

  @Test(
    "A first post that advises far more than it asks is no asker's, nor are its writer's later posts"
  )
  func polemicOpener() {
    let polemic = makeThread([
      (
        "ann",
        """
        Why do doctors keep dismissing back pain? Try foam rolling. Do the couch stretch every \
        evening. You should do glute bridges. Yoga is the best way to deal with it.
        """
      ),
      ("bob", "I disagree."),
      ("ann", "Rest days helped me a lot."),
    ])
    #expect(
      extractor.tips(in: polemic).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "1:foam rolling:recommends", "1:couch stretch:recommends", "1:glute bridge:recommends",
        "1:yoga:recommends", "3:rest:recommends",
      ])
    // An asker's story of what a doctor advised, with questions of its own, still asks.
    let story = makeThread([
      (
        "ann",
        """
        My doctor said I should rest. He told me to try yoga. He said to do glute bridges. \
        Is that right? Should I see a chiropractor?
        """
      )
    ])
    #expect(extractor.tips(in: story).isEmpty)
  }

  @Test("A long first post that asks only in passing, early on, shares what it advises")
  func primerOpener() {
    let story = (1...10).map { "On day \($0) the ache was there again." }.joined(separator: " ")
    let primer = makeThread([
      (
        "ann",
        """
        Is back pain after riding a mystery? \(story) Try foam rolling. Do the couch stretch \
        every evening. You should do glute bridges.
        """
      )
    ])
    #expect(
      extractor.tips(in: primer).map(\.remedy) == ["foam rolling", "couch stretch", "glute bridge"])
    // The same advice before a question that ends the post is what the asker was told.
    let asked = makeThread([
      (
        "ann",
        """
        \(story) My doctor said to try foam rolling. Do the couch stretch every evening, he \
        said. He said I should do glute bridges. Is back pain after riding a mystery?
        """
      )
    ])
    #expect(extractor.tips(in: asked).isEmpty)
  }

  @Test(
    "Keeping from a thing or doing less of it is named so",
    arguments: [
      ("Stay off the downhills for a couple of weeks.", ["2:avoid downhill:recommends"]),
      ("Ditch the speedwork for now.", ["2:avoid speedwork:recommends"]),
      ("Cut back on downhill running.", ["2:reduce downhill running:recommends"]),
      ("Cut volume by about half for the next 10 days.", ["2:reduce volume:recommends"]),
      ("Cut the caffeine.", ["2:avoid caffeine:recommends"]),
      // Dropping an exercise leaves it out; an amount with its unit is no part of a name.
      ("Drop the glute bridges for now.", ["2:glute bridge:against"]),
      ("Raise your saddle 5mm.", ["2:raise saddle:recommends"]),
    ])
  func keepingFrom(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "A remedy given up to good effect is one to avoid",
    arguments: [
      ("I stopped foam rolling and it got better.", ["2:foam rolling:against"]),
      ("Quitting yoga fixed it.", ["2:yoga:against"]),
      // Giving up alone says nothing of the remedy.
      ("I stopped foam rolling last month.", []),
    ])
  func givenUp(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "What failed is named, whether the lexicon knows it or not",
    arguments: [
      ("Coconut oil made mine way worse, itchy and red for days.", ["2:coconut oil:against"]),
      // A failure without a subject of its own speaks of the clause before it.
      (
        "Tried the foam roller everyone raves about, did nothing for me.",
        ["2:foam rolling:against"]
      ),
      ("Had 5 sessions of yoga at 60 quid a pop, zero improvement.", ["2:yoga:against"]),
      // Things that failed together failed each.
      (
        "Bananas and pickle juice were useless for me.",
        ["2:banana:against", "2:pickle juice:against"]
      ),
      (
        "Magnesium and pickle juice did nothing for me.",
        ["2:magnesium:against", "2:pickle juice:against"]
      ),
      // A trouble is no failed remedy.
      ("Myocarditis is rare but it's not worth the risk.", []),
    ])
  func failedNamed(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }

  @Test(
    "A report that drops its 'I' is the poster's own, for or against what it names",
    arguments: [
      (
        "Switched to a standing desk and the pain calmed right down.",
        ["2:standing desk:recommends"]
      ),
      ("Got a foam roller and the pain went away in a week.", ["2:foam rolling:recommends"]),
      // The trouble back once the thing wore off, or not worth the bother, counts against.
      (
        "Had a chiropractor crack it, lasted about a week and then it came back worse than before.",
        ["2:chiropractor:against"]
      ),
      ("Did yoga for 3 months, wouldn't bother.", ["2:yoga:against"]),
      (
        "Yoga and then a foam roller got me out of it.",
        [
          "2:yoga:recommends", "2:foam rolling:recommends",
        ]
      ),
      // A participle before its noun reports nothing, nor does how long a thing took.
      ("Added bonus: my wife is happy.", []),
      ("Took about 8 weeks but it went away completely.", []),
    ])
  func droppedSubject(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test("Names without a verb before the imperative that ends their series are advised with it")
  func verblessSeries() {
    #expect(
      found("Loads of fluids, honey and lemon for the throat, and sleep as much as you can.") == [
        "2:fluid:recommends", "2:honey:recommends", "2:lemon:recommends", "2:sleep:recommends",
      ])
    // Where the series has a verb of its own, it reports.
    #expect(found("Honey and lemon for dinner, and I slept as much as I could.").isEmpty)
  }

  @Test(
    "A second imperative after 'and' names its own remedy",
    arguments: [
      (
        "Ease off the hill sprints for 2 weeks and do the couch stretch every day.",
        ["2:couch stretch:recommends", "2:reduce hill sprint:recommends"]
      ),
      (
        "Lower your saddle and move your cleats back.",
        ["2:lower saddle:recommends", "2:move cleat back:recommends"]
      ),
      // Going somewhere to do a thing is one errand.
      ("Go to the drugstore and look at the packages.", []),
    ])
  func secondImperative(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }

  @Test("An opening verb of care the tagger read as a noun still begins a series of imperatives")
  func misreadFirstImperative() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "My shins hurt when I run. What helps?"),
      ("ann", "If it is diffuse, drop mileage back 30% and add calf raises."),
    ])
    #expect(
      shipped.tips(in: thread).map { "\($0.remedy):\($0.stance.rawValue)" }.sorted() == [
        "calf raises:recommends", "reduce mileage:recommends",
      ])
  }

  @Test("Walking away is leaving, not a walk")
  func walkingAway() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "Don't argue with them. Say your piece and walk away."),
    ])
    #expect(shipped.tips(in: thread).isEmpty)
  }

  @Test("A caveat another caveat of the tip holds whole is not repeated")
  func caveatsHeldWhole() throws {
    let tips = extractor.tips(
      in: makeThread([
        ("asker", "My back hurts after long rides. What helps?"),
        ("ann", "Yoga made mine way worse, stiff and sore for days."),
      ]))
    let yoga = try #require(tips.first { $0.remedy == "yoga" })
    #expect(yoga.stance == .against)
    #expect(yoga.caveats == ["Yoga made mine way worse, stiff and sore for days"])
  }

  @Test(
    "A thing said in a few words to have failed too is against: 'neither did X', 'X didn't either'",
    arguments: [
      (
        "Quinine did nothing for me. Neither did the strap.",
        ["2:quinine:against", "2:strap:against"]
      ),
      ("The strap did nothing, nor did quinine.", ["2:quinine:against", "2:strap:against"]),
      ("The strap did nothing. Resting it didn't either.", ["2:rest:against", "2:strap:against"]),
      (
        "Quinine did nothing. Pickle juice neither, just made me thirsty.",
        ["2:pickle juice:against", "2:quinine:against"]
      ),
      // Someone who did not is no thing that failed.
      ("Quinine did nothing for me, and neither did my wife.", ["2:quinine:against"]),
      // A clause of its own before "either" is no echo.
      (
        "Paracetamol is safer, but masking pain isn't a great idea either.",
        ["2:paracetamol:recommends"]
      ),
    ])
  func echoedFailures(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }

  @Test(
    "A thing said in a few words to have helped too is recommended: 'so did X', 'X did too'",
    arguments: [
      (
        "Quinine helped a lot, and so did the strap.",
        ["2:quinine:recommends", "2:strap:recommends"]
      ),
      (
        "Quinine helped, as did a night splint.",
        ["2:night splint:recommends", "2:quinine:recommends"]
      ),
      (
        "Quinine helped me, and the strap did too.", ["2:quinine:recommends", "2:strap:recommends"]
      ),
      ("Quinine helped, and so did my wife.", ["2:quinine:recommends"]),
    ])
  func echoedSuccesses(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }

  @Test(
    "A word read as a bare verb that opens a subject is no imperative",
    arguments: [
      (
        "Don't jump your volume like that, rib stress fractures are super common in rowers.",
        ["2:avoid jumping volume:recommends"]
      ),
      ("Lower values are indicators of deficiency.", []),
    ])
  func misreadSubjectIsNoAdvice(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }

  @Test(
    "What names when another thing is done is no remedy; what a benefit came after is one",
    arguments: [
      ("Cut out fibre and dairy the day before long runs.", "avoid fibre", "long run"),
      (
        "Ice baths straight after strength sessions can blunt your gains.", "ice bath",
        "strength training"
      ),
      ("My knee felt so much better after physio.", "physio", nil),
    ])
  func occasionIsNoRemedy(reply: String, remedy: String, occasion: String?) throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([("asker", "Knee pain after runs, what helps?"), ("ann", reply)])
    let remedies = shipped.tips(in: thread).map(\.remedy)
    #expect(remedies.contains(remedy))
    if let occasion { #expect(!remedies.contains(occasion)) }
  }

  @Test("A thing echoed as having helped too is recommended where the tagger reads it as a verb")
  func echoedSuccessMisread() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "Knee pain after runs, what helps?"),
      ("ann", "Stretching helped a lot, and so did foam rolling."),
    ])
    #expect(
      shipped.tips(in: thread).map { "\($0.remedy):\($0.stance.rawValue)" }.sorted()
        == ["foam rolling:recommends", "stretching:recommends"])
  }

  @Test("Relief that only lasted a few weeks counts against; a caveat where it is what helped")
  func shortLivedRelief() {
    #expect(found("The strap only lasted 3 weeks.") == ["2:strap:against"])
    #expect(
      found("The only thing that really helped was the strap, but that only lasted 3 months.")
        == ["2:strap:recommends"])
  }

  @Test(
    "A kind of an exercise its poster tells apart is named so; how it is done is not a kind",
    arguments: [
      ("Weighted glute bridges fixed it.", ["2:weighted glute bridge:recommends"]),
      ("Single leg glute bridges fixed it.", ["2:single leg glute bridge:recommends"]),
      ("Gentle glute bridges every morning fixed it.", ["2:glute bridge:recommends"]),
      ("Do hip work 3x a week (glute bridges, mostly).", ["2:glute bridge:recommends"]),
    ])
  func exerciseVariants(reply: String, expected: [String]) {
    #expect(found(reply).filter { $0.contains("glute bridge") } == expected)
  }

  @Test("The safer choice is recommended")
  func saferChoice() {
    #expect(found("Quinine is safer if you must.") == ["2:quinine:recommends"])
  }

  @Test("One more thing done, told 'also' right after what worked, is credited too")
  func alsoAfterASuccess() {
    #expect(
      found("The couch stretch fixed it. I also lowered my saddle a bit.").sorted() == [
        "2:couch stretch:recommends", "2:lower saddle:recommends",
      ])
    // Without a success before it, doing a thing is only the story.
    #expect(found("I did the couch stretch. I also lowered my saddle a bit.").count == 1)
    // A thought is nothing done.
    #expect(
      found("The couch stretch fixed it. I also suspect that fatigue plays a role.") == [
        "2:couch stretch:recommends"
      ])
  }

  @Test("What a remedy works better than, or is compared to, is no remedy")
  func outdoneIsNoRemedy() {
    #expect(found("Zorblax works way better than yoga.") == ["2:zorblax:recommends"])
    #expect(
      found("Zorblax was a game changer compared to doing yoga.") == ["2:zorblax:recommends"])
    #expect(found("Game changer compared with yoga.") == [])
  }

  @Test("A class named after a comma is one more remedy; right after a name, it says its kind")
  func classAfterARemedy() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    func tips(_ reply: String) -> [String] {
      shipped.tips(in: makeThread([("asker", "My back aches. What helps?"), ("ann", reply)]))
        .map(\.remedy)
    }
    #expect(tips("Try rest, icing, compression.").contains("icing"))
    #expect(tips("Take EPA supplements daily.") == ["fish oil"])
  }

  @Test("Advice after 'first and most importantly' is advice")
  func adviceAfterPriority() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let tips = shipped.tips(
      in: makeThread([
        ("asker", "Felt a pop in my ring finger on a crimp, now it's swollen."),
        ("ann", "But first and most importantly go see a physio."),
      ]))
    #expect(tips.map { "\($0.remedy):\($0.stance.rawValue)" } == ["physio:recommends"])
  }

  @Test("A word that ends like 'nine' is no number: both things that helped are named")
  func unknownWordIsNoNumber() {
    #expect(
      found("Bananas and quinine helped a lot.").sorted() == [
        "2:banana:recommends", "2:quinine:recommends",
      ])
  }

  @Test("A past that tells of a failure stays one: 'did nothing' is not 'do nothing'")
  func pastKeepsItsTense() {
    #expect(found("Yoga did nothing for me.") == ["2:yoga:against"])
  }
}

extension RecommendationActTests {
  @Test("Having seen a doctor reports what was done; 'see a doctor if it persists' advises it")
  func consultationReported() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "Knee pain after long runs. What helps?"),
      ("ann", "I saw a doctor about the same thing last spring."),
      ("bob", "Ice it. See a doctor if it persists."),
    ])
    let tips = shipped.tips(in: thread)
    #expect(
      tips.contains { $0.post == 2 && $0.remedy == "see a doctor" && $0.stance == .recommends })
    let doctor = try #require(tips.first { $0.post == 3 && $0.remedy == "see a doctor" })
    #expect(doctor.caveats == ["if it persists"])
  }

  @Test("Going to a practitioner, or seeing one now, reports it; 'going to see' plans")
  func ongoingConsultation() {
    #expect(
      found("I have been going to a chiropractor for my back for two months.")
        == ["2:chiropractor:recommends"])
    #expect(found("I'm seeing a chiropractor for it.") == ["2:chiropractor:recommends"])
    #expect(found("I go to a chiropractor for my back.") == ["2:chiropractor:recommends"])
    #expect(found("I'm going to see a chiropractor for it.").isEmpty)
    #expect(found("I'm seeing a chiropractor for it tomorrow.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test("The program one trains by is what is recommended, told or praised")
  func trainingProgram() {
    let praised = found(
      "I trained with a Peloton audio program for 19 weeks. It was a great program for beginners.")
    #expect(praised == ["2:peloton audio program:recommends"])
    #expect(
      found("I trained with a Peloton audio program. It was a great race.")
        == ["2:peloton audio program:recommends"])
    let asker = makeThread([
      ("ann", "I trained with a Peloton audio program. My back hurts after long rides. Why?")
    ])
    #expect(extractor.tips(in: asker).isEmpty)
    #expect(
      found("We stuck to the Higdon novice plan. It was really helpful.")
        == ["2:higdon novice plan:recommends"])
    #expect(
      found("We trained according to Hal Higdon's Novice 1 program, which was recommended to us.")
        == ["2:higdon novice 1 program:recommends"])
  }
}

extension RecommendationActTests {
  @Test(
    "Leave to do a thing advises it: no shame in it, nothing wrong with it, it's fine to",
    arguments: [
      ("There's no shame in doing yoga instead of riding.", ["2:yoga:recommends"]),
      ("There is nothing wrong with walking the hills.", ["2:walking:recommends"]),
      ("It's fine to take rest days.", ["2:rest:recommends"]),
      ("Don't be afraid to try yoga.", ["2:yoga:recommends"]),
      ("I was afraid to try yoga.", []),
    ])
  func permission(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "A race report credits the plan and the group its writer trained with; its table asks nothing")
  func raceReportMeans() {
    let report = makeThread(
      [
        (
          "ann",
          """
          ## Goals

          |Goal|Description|Completed?|
          |:-|:-|:-|
          |A|4 Hour|*Yes*|

          My knee was sore in the spring. I followed a Hal Higdon Novice 2 plan. I joined a \
          local run group so I could run with faster people.
          """
        )
      ], title: "Race Report - First Marathon")
    let tips = extractor.tips(in: report).map { "\($0.remedy):\($0.stance.rawValue)" }
    #expect(tips.contains { $0.contains("novice 2 plan") && $0.hasSuffix(":recommends") })
    #expect(tips.contains("local run group:recommends"))
  }

  @Test("What the poster once thought they would do is no advice, whatever verbs follow")
  func pastThoughtSeries() {
    #expect(
      found("I thought I would push through the plan, finish a marathon, and never do this again.")
        .isEmpty)
  }

  @Test("A second past verb goes on with the report: having seen a doctor is no warning")
  func coordinatedReport() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "My IT band flared up before my half marathon. What helps?"),
      ("ann", "I swapped to cross-training for a week and saw a doctor about the issue."),
    ])
    let tips = shipped.tips(in: thread).filter { $0.post == 2 }
    #expect(tips.contains { $0.remedy == "see a doctor" && $0.stance == .recommends })
    #expect(!tips.contains { $0.stance == .cautions })
  }
}

extension RecommendationActTests {
  @Test("A first post whose running 'did wonders' asks nothing: the plan it tells of counts")
  func wondersAreNoQuestion() {
    let title = "First half marathon, did everything wrong"
    let told = "Sharing how my first half went. My ankle hurt. We followed the Higdon novice plan."
    let story = makeThread(
      [("ann", told + " Training for this race had done wonders for my mental health.")],
      title: title)
    #expect(
      extractor.tips(in: story).map { "\($0.remedy):\($0.stance.rawValue)" }
        == ["higdon novice plan:recommends"])
    let asking = makeThread([("ann", told + " I wonder if it was too much.")], title: title)
    #expect(extractor.tips(in: asking).isEmpty)
  }
}

extension RecommendationActTests {
  @Test(
    "A means praised by a superlative or comparative is recommended: the best way, the better bet",
    arguments: [
      ("Yoga is the most effective therapy for this.", ["2:yoga:recommends"]),
      (
        "Gentle walking is usually the better bet for the first few days.", ["2:walking:recommends"]
      ),
      ("Foam rolling is one of the best ways of dealing with it.", ["2:foam rolling:recommends"]),
      ("One of the most effective ways to prevent it is to do yoga.", ["2:yoga:recommends"]),
      ("My back is the best thing about me.", []),
      ("The first thing that didn't help was yoga.", ["2:yoga:against"]),
    ])
  func superlativePraise(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test("What a named method takes is its caveat: exhausting weeks, difficult workouts")
  func hardshipIsACaveat() {
    let story = makeThread(
      [
        (
          "ann",
          "I wanted to share my story. My knee pain was bad last year. I followed the Hansons "
            + "method. The high mileage weeks were exhausting. I finished without any knee pain."
        )
      ], title: "My first marathon")
    let tips = extractor.tips(in: story)
    #expect(tips.map(\.remedy) == ["hanson method"])
    #expect(tips.first?.caveats == ["The high mileage weeks were exhausting"])
  }
}

extension RecommendationActTests {
  @Test("A stupid idea is no advice: what it names is not recommended")
  func stupidIdea() {
    #expect(found("It is a good idea to sleep early.") == ["2:sleep early:recommends"])
    #expect(found("It was a stupid idea to sleep early.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test(
    "What a runner did for a purpose was chosen as a measure; what they did for no reason was not")
  func purposeCredits() {
    func story(_ sentence: String) -> [String] {
      let thread = makeThread(
        [("ann", "Sharing my first marathon. My knee pain is gone this year. " + sentence)],
        title: "My first marathon")
      return extractor.tips(in: thread).map { "\($0.remedy):\($0.stance.rawValue)" }
    }
    #expect(
      story("I ate gels during the long runs so my body could get used to them.")
        == ["eat gel:recommends"])
    #expect(story("I ate gels during the long runs.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test("A range of amounts leaves what it measures: '2 or 3 cups of water'")
  func amountRange() {
    #expect(found("Drink 2 or 3 cups of water before you ride.") == ["2:drink water:recommends"])
  }
}

extension RecommendationActTests {
  @Test("What a reply meant or planned to do is no report of having done it")
  func onlyMeant() {
    #expect(found("I practiced yoga every morning.") == ["2:yoga:recommends"])
    #expect(found("I did yoga every morning.") == ["2:yoga:recommends"])
    #expect(found("I was panicking, thinking I'm gonna need to do yoga again.").isEmpty)
    #expect(found("I was hoping I would do yoga this week.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test(
    "A name the tagger never saw, taken for an adverb, is the thing tried; results seen report it worked",
    arguments: [
      ("Try itraconazole.", ["2:itraconazole:recommends"]),
      ("Try again.", []),
      ("I saw remarkable results after a month of yoga.", ["2:yoga:recommends"]),
      ("I didn't see any results from yoga.", []),
    ])
  func unknownNamesAndResults(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "Every item of a list that is the subject of a benefit or of advice is recommended",
    arguments: [
      (
        "Anti-inflammatories, a firmer mattress and a back brace may all help.",
        [
          "2:anti inflammatory:recommends", "2:back brace:recommends",
          "2:firmer mattress:recommends",
        ]
      ),
      (
        "Stretching, foam rolling and yoga helped.",
        ["2:foam rolling:recommends", "2:stretch:recommends", "2:yoga:recommends"]
      ),
      ("My knees, hips and back all hurt.", []),
    ])
  func listSubject(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }

  @Test(
    "What can do no harm is advised",
    arguments: [
      ("It certainly couldn't hurt to try an all-natural diet.", ["2:all natural diet:recommends"]),
      ("Can't hurt to ask your doctor about it.", ["2:see a doctor:recommends"]),
      ("It could hurt to try that diet.", []),
    ])
  func harmless(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "Replies written fast, in small letters and without apostrophes, advise and report as any",
    arguments: [
      ("nope. try a slightly wider grip, you're reaching too far.", ["2:wider grip:recommends"]),
      ("tried yoga for a couple weeks, didnt help me at all.", ["2:yoga:against"]),
      ("do rows and face pulls in the gym.", ["2:face pull:recommends", "2:row:recommends"]),
      ("id get your sit bones measured.", ["2:measure sit bone:recommends"]),
      ("and get checked by a doc if it keeps happening.", ["2:see a doctor:recommends"]),
      (
        "started walking on the gravel path instead of concrete, that helped.",
        ["2:walking:recommends"]
      ),
      ("IMO your reach is too long.", []),
      // A verb the tagger reads as an adjective when no capital marks the sentence's start.
      ("they work. wear thin liners under them if it's cold", ["2:thin liner:recommends"]),
    ])
  func informalReplies(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "What takes another's place is the remedy; a failure's own words name none",
    arguments: [
      ("Swap the bar for rings.", ["2:ring:recommends"]),
      (
        "Tried yoga, did nothing for me except make my back ache.",
        ["2:yoga:against"]
      ),
      ("Yoga made mine way worse tbh.", ["2:yoga:against"]),
      ("Skipping the eyelet over the top of my foot fixed it.", ["2:avoid eyelet:recommends"]),
    ])
  func replacedAndFailed(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "Advice for someone the reply speaks of, a thing to do said to be needed, and where to take a thing recommend it",
    arguments: [
      ("They could try eating yogurt.", ["2:eat yogurt:recommends"]),
      ("She should try a knee brace.", ["2:knee brace:recommends"]),
      ("Doing your own research is very, very necessary.", ["2:research:recommends"]),
      ("Doing your own research is not necessary.", []),
      ("Running is important to me.", []),
      ("I still believe that icing it is essential.", ["2:ice:recommends"]),
      ("They tried eating yogurt.", []),
      ("Report them to your local BBB.", ["2:report to local bbb:recommends"]),
      ("Show it to your pharmacist.", ["2:see pharmacist:recommends"]),
      ("Ask a doctor.", ["2:see a doctor:recommends"]),
      ("Move the cleats back.", ["2:move cleat back:recommends"]),
      ("Move your hands around more.", ["2:move hand around:recommends"]),
      ("You can move your keyboard around among machines.", []),
      ("Move your hand position every 10 minutes.", ["2:move hand position:recommends"]),
      ("Putting the bars up 1cm made a huge difference.", ["2:put bar up:recommends"]),
      ("Get your head through at the top.", ["2:get head through:recommends"]),
      (
        "Turned out my saddle was about 2cm too low. Raised it and the pain was gone in a week.",
        ["2:raise saddle:recommends"]
      ),
      ("You should look at raising your pads 1-2cm.", ["2:raise pad:recommends"]),
      ("Move the sessions earlier if you can.", ["2:move session earlier:recommends"]),
      (
        "Your saddle is almost certainly too low. Raise it 5mm at a time.",
        ["2:raise saddle:recommends"]
      ),
      ("Ask your doctor about your hip flexors.", ["2:see a doctor:recommends"]),
      (
        "Ask the practitioner whether he uses disposable needles.",
        ["2:disposable needle:recommends"]
      ),
      ("Talk to your GP about a night splint.", ["2:night splint:recommends"]),
      ("Talk to your doctor about your hip flexors.", ["2:see a doctor:recommends"]),
      // An imperative after a condition's verb, with no comma, is the main clause.
      ("If it's still sore stretch your hip flexors.", ["2:hip flexor stretch:recommends"]),
      ("If you let it heal it goes away.", []),
    ])
  func thirdPersonAndNeededDoing(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }

  @Test(
    "An unknown word the tagger takes for a pronoun, adverb or adjective is named as the noun it is",
    arguments: [
      ("Eat yogurt daily.", ["2:eat yogurt:recommends"]),
      ("Eat oatmeal every day.", ["2:eat oatmeal:recommends"]),
      ("Try eating yogurt every day.", ["2:eat yogurt:recommends"]),
    ])
  func unknownWordsAfterAVerb(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "A verbless sentence naming a thing, then how long, how often or how much, prescribes it",
    arguments: [
      ("Bioflavonoid infusions for about 3 days.", ["2:bioflavonoid infusion:recommends"]),
      ("Magnesium 400 mg at night.", ["2:magnesium:recommends"]),
      ("Pain for three weeks.", []),
      ("15 drops three times a day.", []),
      ("Mine's been tight for 14 months now.", []),
      ("I had a flare in May. Bioflavonoid infusions in hospital.", []),
    ])
  func prescribedFragments(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "Praise denied, a job, and a gerund's list of objects",
    arguments: [
      ("My physio wasn't very helpful when I told him about the pain.", []),
      (
        "Speaking as a physio who works in a sports clinic, rest it for a week.",
        ["2:rest:recommends"]
      ),
      (
        "Keeping the saddle bag, pump, bottles, and phone off the top tube will help.",
        ["2:saddle bag:recommends"]
      ),
    ])
  func deniedPraiseJobsAndGerundSeries(reply: String, expected: [String]) {
    #expect(found(reply).sorted() == expected)
  }
}

extension RecommendationActTests {
  @Test("A warning that points back cautions what the sentence before named without taking a side")
  func warningPointsBackToTheNamedRemedy() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "I can't sleep. Is Benadryl ok as a sleep aid?"),
      (
        "ann",
        "Frankly it's a pity that something like diphenhydramine is sold as a sleep aid. It's habit forming and potentially dangerous for older people."
      ),
    ])
    let tips = shipped.tips(in: thread)
    #expect(
      tips.map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == ["2:diphenhydramine:cautions"]
    )
    #expect(
      tips.first?.caveats == ["It's habit forming and potentially dangerous for older people"])
  }
}

extension RecommendationActTests {
  @Test("What outweighs a remedy's risks advises it; risks that outweigh its benefits caution it")
  func outweighingRisks() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "I have a small meniscus tear. Is surgery worth it or should I just do rehab?"),
      ("ann", "Honestly, living with a locked knee far outweighs the risks of surgery."),
      ("bob", "For a small tear the risks of surgery outweigh the benefits."),
    ])
    #expect(
      shipped.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:surgery:recommends", "3:surgery:cautions",
      ])
  }
}

extension RecommendationActTests {
  @Test(
    "A verb of tending the body with no object is named with what it is done with, past how often",
    arguments: [
      ("Wash every night with a gentle cleanser.", "2:wash with gentle cleanser:recommends"),
      (
        "The best way to handle it is to wash twice a day with a mild soap.",
        "2:wash with mild soap:recommends"
      ),
      ("Talk with your doctor first.", "2:see a doctor:recommends"),
    ])
  func doneWith(reply: String, tip: String) {
    #expect(found(reply) == [tip])
  }

  @Test("What a verb of saying or arguing is done with is no remedy")
  func arguedWith() {
    #expect(found("You might argue with the reasoning, the conclusions.").isEmpty)
  }

  @Test("How long is no object: 'go three days early' keeps its complement")
  func spanOfTime() {
    #expect(found("Go three days early.") == ["2:go early:recommends"])
  }

  @Test("A name the tagger took for a verb, before a dose, is what to take")
  func nameBeforeDose() {
    #expect(found("Try lanolin 5 ml before bed.") == ["2:lanolin:recommends"])
  }
}

extension RecommendationActTests {
  @Test(
    "What did wonders, what had great results with it, and what a comparison favours are credited",
    arguments: [
      ("Ginger tea did wonders for me.", "2:ginger tea:recommends"),
      ("We had great results with Zofran.", "2:zofran:recommends"),
      (
        "I've been using egg carton cups as fire starters, and it lights easier than lighter fluid.",
        "2:egg carton cup:recommends"
      ),
      ("Peppermint oil is worth a try.", "2:peppermint oil:recommends"),
      ("You can't go wrong with plain crackers.", "2:plain cracker:recommends"),
      ("Nothing beats cold watermelon.", "2:cold watermelon:recommends"),
      ("The cookbook was just what we needed.", "2:cookbook:recommends"),
      ("Ginger tea was exactly what the doctor ordered.", "2:ginger tea:recommends"),
    ])
  func praisedOutcome(reply: String, tip: String) {
    #expect(found(reply) == [tip])
  }

  @Test(
    "A comparison denied or doubted, praise whose proof is denied, and a thing that merely works with another credit nothing",
    arguments: [
      "I've tried CT scans, but they are unlikely to be better than a trained examining finger.",
      "The new keyboard works with everything.",
      "A person like you would be a big fan of such recycling.",
      "I haven't seen any studies showing yoga is effective.",
    ])
  func noPraisedOutcome(reply: String) {
    #expect(found(reply).isEmpty)
  }
}

extension RecommendationActTests {
  @Test("Gerunds in parallel are remedies each; a participle alone names nothing")
  func gerundsInParallel() {
    #expect(
      found("What sorted me was dropping the saddle 1cm and tilting the nose down a degree or two.")
        == ["2:drop saddle:recommends", "2:tilt nose down:recommends"])
    #expect(
      found("An odd remedy you might try is chewing coca leaves or taking teas made from them.")
        == ["2:chew coca leaf:recommends"])
  }
}

extension RecommendationActTests {
  @Test(
    "A practitioner other than the one seen is another one, however it is said",
    arguments: [
      "Get another doctor.", "Find a new doctor.", "Switch doctors.", "Change doctors.",
      "I'd fire him and get myself another doctor.",
      "She probably should be examined by a different doctor.",
    ])
  func anotherPractitioner(reply: String) {
    let thread = makeThread([
      ("asker", "My mother's doctor was rude to her again and won't listen. What should we do?"),
      ("ann", reply),
    ])
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy)" } == ["2:see another doctor"])
  }

  @Test("What he or she should do is advice; a specialist is named by the ending of the field")
  func thirdPersonAdvice() {
    let asker = "My grandmother has been confused since her stay in hospital. Any ideas?"
    let tips = { (reply: String) in
      self.extractor.tips(in: makeThread([("asker", asker), ("ann", reply)])).map(\.remedy)
    }
    #expect(tips("She should be seen by a gerontologist.") == ["see gerontologist"])
    #expect(tips("She should definitely see a geriatrician.") == ["see geriatrician"])
    #expect(tips("She should be fine in a week or two.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test("A trouble that came back when the writer stopped a thing speaks for the thing")
  func relapseOnStopping() {
    let thread = makeThread(
      [
        ("asker", "I keep getting cold sores every month. What helps?"),
        ("ann", "When I quit taking the acidophilous, the outbreaks periodically resumed."),
        ("bob", "When I stopped using the lip balm, the sores came back."),
        ("cy", "When I stopped the lysine, they returned within a week."),
      ], title: "Recurring cold sores")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:acidophilous:recommends", "3:lip balm:recommends", "4:lysine:recommends",
      ])
  }
}

extension RecommendationActTests {
  @Test("A role asked of the reader and taking charge are no remedies")
  func rolesAndCharge() {
    #expect(found("Don't be a hero, rest it.") == ["2:rest:recommends"])
    #expect(found("But don't be a victim and just put up with it. Take control!").isEmpty)
    #expect(found("Be a good patient.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test("What the reader is to be sure not to do is advised against")
  func sureNotTo() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread(
      [
        ("asker", "My doctor says I have cholestasis. What should I eat?"),
        ("ann", #"Be sure not to "suck in" your stomach when sitting."#),
        ("bob", "Be sure not to skip meals. And don't stop eating fruit."),
      ], title: "Diet for cholestasis")
    #expect(
      shipped.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:avoid sucking in stomach:recommends", "3:meal:recommends", "3:eat fruit:recommends",
      ])
  }
}

extension RecommendationActTests {
  @Test(
    "Every item of a list after a recommended remedy is recommended; a manner or a new clause is not",
    arguments: [
      (
        "What got me through it was yoga, a heating pad, and an earlier bedtime.",
        ["2:yoga:recommends", "2:heating pad:recommends", "2:earlier bedtime:recommends"]
      ),
      (
        "Try a heating pad and a gentle yoga class.",
        ["2:heating pad:recommends", "2:yoga:recommends"]
      ),
      (
        "Try ice, compression and elevation.",
        ["2:ice:recommends", "2:compression:recommends", "2:elevation:recommends"]
      ),
      ("Try yoga, twenty minutes at a time.", ["2:yoga:recommends"]),
      ("Try yoga, no weights or machines.", ["2:yoga:recommends"]),
      ("Do the couch stretch, both sides and both legs.", ["2:couch stretch:recommends"]),
      ("Use a heating pad and the spasm will ease.", ["2:heating pad:recommends"]),
    ])
  func listAfterRemedy(reply: String, tips: [String]) {
    #expect(found(reply) == tips)
  }

  @Test("Saying all a thing does dismisses what the sentence before put forward")
  func dismissal() {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      (
        "ann",
        "A lot of people swear by an elastic binder. All this does is make it harder to breathe."
      ),
    ])
    let tip = extractor.tips(in: thread).first
    #expect(tip?.remedy == "elastic binder")
    #expect(tip?.stance == .cautions)
    #expect(tip?.caveats == ["All this does is make it harder to breathe"])
  }

  @Test("The patients a post speaks of are no caveat; patience asked of the reader is")
  func patience() {
    let caveats = { (reply: String) in
      extractor.tips(in: makeThread([("asker", "My back hurts. What helps?"), ("ann", reply)]))
        .flatMap(\.caveats)
    }
    #expect(caveats("Most of my patients do well with yoga.").isEmpty)
    #expect(caveats("Try yoga. Be patient with it.") == ["Be patient with it"])
  }
}

extension RecommendationActTests {
  @Test(
    "A sentence that opens by pointing back speaks of the remedy before it, not of what it names later"
  )
  func pointingBack() {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      (
        "ann",
        "Try the couch stretch. It works, but it hurts like the devil, so I've been content to let the soreness from walking settle by itself."
      ),
    ])
    let tips = extractor.tips(in: thread)
    #expect(tips.map(\.remedy) == ["couch stretch"])
    #expect(tips.first?.caveats.contains("it hurts like the devil") == true)
  }
}

extension RecommendationActTests {
  @Test("Walking into a place is no walk, even in a thread about health; walking to work is")
  func enteringAPlace() {
    #expect(
      found("Any patient who walks into the office with back pain should be examined.").isEmpty)
    #expect(found("Walk to work every day.") == ["2:walking:recommends"])
  }
}

extension RecommendationActTests {
  @Test(
    "Having been to a doctor is the story of the trouble; a visit counts where it helped",
    arguments: [
      ("I went to a chiropractor and paid $85 for a ten minute visit.", []),
      ("After six months of this, I went to a chiropractor who had me fill in a form.", []),
      (
        "I went to a chiropractor and the pain went away.",
        ["2:chiropractor:recommends"]
      ),
      ("See a chiropractor.", ["2:chiropractor:recommends"]),
    ])
  func pastVisit(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test("'One' stands for a thing named elsewhere: 'seek out a better one' names no remedy")
  func proFormObject() {
    #expect(found("Seek out a better one.").isEmpty)
    #expect(found("Seek out a better one, and try yoga.") == ["2:yoga:recommends"])
    #expect(found("Seek out a specialist.") == ["2:seek out specialist:recommends"])
  }
}

extension RecommendationActTests {
  @Test(
    "An imperative after an opening purpose advises, comma or not",
    arguments: [
      ("For the pain take a yoga class.", ["2:yoga:recommends"]),
      ("For a quick fix try a foam roller.", ["2:foam rolling:recommends"]),
      ("To loosen up do some yoga every evening.", ["2:yoga:recommends"]),
      ("To help the back heal faster do yoga.", ["2:yoga:recommends"]),
      ("For years I did yoga.", ["2:yoga:recommends"]),
    ])
  func purposeBeforeImperative(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "A work recommended by its title is named by the title",
    arguments: [
      ("Check out the book Running Formula.", ["2:running formula:recommends"]),
      ("I recommend the book Sinus Survival by Dr. Ivker.", ["2:sinus survival:recommends"]),
      ("Get the book.", []),
    ])
  func titledWork(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "A particle after 'it' completes a remedy verb only: 'walk it off', not 'hook it up'",
    arguments: [
      ("Walk it off.", ["2:walking:recommends"]),
      ("You can also hook it up to your PC.", []),
      ("Take them up to a balcony and watch.", []),
    ])
  func particleAfterPronoun(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "A written source a reply sends the reader to is named by what stands before it",
    arguments: [
      ("See the sci.skeptic FAQ for more.", ["2:sci skeptic faq:recommends"]),
      ("See the FAQ.", []),
      ("See page 4.", []),
    ])
  func writtenSource(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "What the poster never eats, drinks or uses is a habit of keeping from it",
    arguments: [
      ("I never eat burnt food because of this.", ["2:avoid burnt food:recommends"]),
      ("I never use a foam roller on it.", ["2:foam rolling:cautions"]),
      ("I never tried a foam roller.", []),
      ("I never know what to do.", []),
    ])
  func avoidedHabit(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "What the poster took when a trouble came is its cause, not a remedy",
    arguments: [
      (
        "When I used a foam roller every day, I got a lot of headaches.",
        ["2:foam rolling:cautions"]
      ),
      ("When I did yoga, I got a lot of headaches.", ["2:yoga:cautions"]),
      ("When I did yoga, I got a lot of back pain.", ["2:yoga:cautions"]),
      (
        "I noticed that whenever I did yoga (a hot yoga class at the time), I seemed to get a "
          + "lot of back pain. But I had forgotten about that until I started reading this thread.",
        ["2:yoga:cautions"]
      ),
      ("When I started doing yoga, my back pain went away.", ["2:yoga:recommends"]),
    ])
  func causeTold(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test(
    "A place on the body cared for is named with what it is cared with",
    arguments: [
      (
        "Clean the area with antiseptic before and after.",
        ["2:clean area with antiseptic:recommends"]
      ),
      ("Cover the sore with a clean bandage.", ["2:cover sore with clean bandage:recommends"]),
    ])
  func placeCaredWith(reply: String, expected: [String]) {
    #expect(found(reply) == expected)
  }
}

extension RecommendationActTests {
  @Test("A place chosen is named with where it is")
  func placeLocated() {
    #expect(
      found("Select a spot on the upper, outer thigh.") == [
        "2:select spot on upper outer thigh:recommends"
      ])
  }
}

extension RecommendationActTests {
  @Test(
    "What a thing is for, or what someone sets out to prove of it, is no report that it worked",
    arguments: [
      "Yoga is intended to make a person feel better.",
      "Chiropractors are making progress in proving that their methods work.",
    ])
  func aimIsNoReport(reply: String) {
    #expect(found(reply).isEmpty)
    #expect(found("Yoga has been shown to help.") == ["2:yoga:recommends"])
  }

  @Test("What 'but rather' puts in place of a thing advised against is advised too")
  func butRather() {
    #expect(
      found("It's best not to run on it, but rather swim for a while.") == [
        "2:swim:recommends"
      ])
    #expect(
      found("Since it is inflamed it would be best not to go running, but rather eliminate sugar.")
        .contains("2:avoid sugar:recommends"))
  }

  @Test("A capitalised noun whose verb agrees with it is a subject, not an imperative")
  func agreeingSubject() {
    #expect(found("Insulin levels serve as a rough index of the food you eat.").isEmpty)
  }

  @Test("Praise that ends a list of adjectives praises the subject")
  func praiseEndingAList() {
    #expect(found("Yoga classes are easy, cheap, and effective.") == ["2:yoga:recommends"])
  }
}

extension RecommendationActTests {
  @Test("A thing said to lessen how often a trouble comes back is said to help")
  func lessensRecurrences() {
    #expect(found("Yoga may reduce recurrences.") == ["2:yoga:recommends"])
  }

  @Test("What a treatment is 'with' is the treatment")
  func treatmentWith() {
    #expect(
      found("Treatment can be with a foam roller or with yoga.") == [
        "2:foam rolling:recommends", "2:yoga:recommends",
      ])
  }
}

extension RecommendationActTests {
  @Test("How something felt ('I felt like I was walking slower') is no report of doing it")
  func feltLike() {
    #expect(found("I felt like I was walking slower than ever.").isEmpty)
    #expect(found("I was walking a lot, and it helped.") == ["2:walking:recommends"])
  }

  @Test("Keeping abreast of news names no remedy beside the advice it joins")
  func keepAbreast() {
    #expect(
      found("The best strategy is to do yoga and keep abreast of new findings.") == [
        "2:yoga:recommends"
      ])
  }
}

extension RecommendationActTests {
  @Test("What clears with no object went away; it is no remedy")
  func clearsByItself() {
    #expect(found("I zoomed down the hill and the space cleared out by the bottom.").isEmpty)
    #expect(found("Yoga cleared it up in a week.") == ["2:yoga:recommends"])
  }
}

extension RecommendationActTests {
  @Test("A trouble told as ended ('my knee stopped hurting') warns of nothing")
  func troubleEnded() {
    let thread = makeThread([
      ("asker", "My back hurts after long rides. What helps?"),
      ("ann", "My back stopped hurting after I started doing glute bridges."),
    ])
    let tips = extractor.tips(in: thread)
    #expect(tips.map(\.remedy) == ["glute bridge"])
    #expect(tips.map(\.stance) == [.recommends])
    #expect(tips.allSatisfy { $0.caveats.isEmpty })
  }
}

extension RecommendationActTests {
  @Test("What the poster did when a trouble cleared up is what helped")
  func clearedAfter() {
    #expect(
      found("The stiffness cleared up after I started using a standing desk.") == [
        "2:standing desk:recommends"
      ])
  }
}

extension RecommendationActTests {
  @Test("What stands before 'may reduce recurrences' is its subject, even read as an adjective")
  func subjectBeforeModal() {
    #expect(
      found("Active yogurt cultures with acidophilous may reduce recurrences of thrush.") == [
        "2:active yogurt culture:recommends"
      ])
  }

  @Test("A narrowing inside the remedy's own clause is its caveat; ' -- ' ends a clause")
  func narrowingInsideTheClause() {
    func caveats(_ reply: String) -> [[String]] {
      let thread = makeThread([
        ("asker", "My back hurts after long rides. What helps?"), ("ann", reply),
      ])
      return extractor.tips(in: thread).map(\.caveats)
    }
    #expect(
      caveats(
        "Yoga may reduce recurrences at least for lower back pain -- I've never heard of it for a neck."
      ) == [["at least for lower back pain"]])
    #expect(caveats("Yoga helps especially after long rides.") == [["especially after long rides"]])
    #expect(caveats("Yoga is particularly helpful for lower back pain.") == [[]])
  }

  @Test("Praise with a word of degree before it ('extremely helpful') is praise")
  func praiseByDegree() {
    #expect(found("Yoga is extremely helpful for it.") == ["2:yoga:recommends"])
    #expect(found("Yoga is particularly helpful for lower back pain.") == ["2:yoga:recommends"])
  }
}

extension RecommendationActTests {
  @Test("A row of a table laid out in plain text recommends nothing")
  func tableRows() {
    #expect(found("Zaire - Zaire          18,186          14.05.92 Zambia").isEmpty)
    #expect(found("Do 3 sets of 15 glute bridges, 2 days a week.") == ["2:glute bridge:recommends"])
  }
}

extension RecommendationActTests {
  @Test("Tips, guides, examples and pieces name no remedy of their own")
  func vagueNouns() {
    #expect(found("HELP YOURSELF: TIPS FOR RIDERS WITH BACK PAIN.").isEmpty)
    #expect(found("Perhaps you can give a few examples of stretches that failed.").isEmpty)
    #expect(found("Put together the pieces of the puzzle yourself.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test("A hope that a thing helps is no report that it did")
  func hopeIsNoReport() {
    #expect(found("I hope that a standing desk can help with it.").isEmpty)
    #expect(found("Yoga helped me, and I hope it helps you too.") == ["2:yoga:recommends"])
  }
}

extension RecommendationActTests {
  @Test("A sign-off ('stay tuned') and a mail header left in a post recommend nothing")
  func signOffsAndHeaders() {
    #expect(found("Stay tuned.").isEmpty)
    #expect(found("Stay safe out there.").isEmpty)
    #expect(found("X-Newsreader: Tin 1.1 PL5").isEmpty)
    #expect(found("Hip-Flexors: get a standing desk.") == ["2:standing desk:recommends"])
    #expect(found("Stay hydrated.") == ["2:stay hydrated:recommends"])
  }
}

extension RecommendationActTests {
  @Test("Getting oneself to a practitioner, or to their office, is seeing one")
  func gettingToAPractitioner() {
    #expect(found("Get yourself to a doctor.") == ["2:see a doctor:recommends"])
    #expect(
      found("Get your butt into the doctor's office as fast as you can.") == [
        "2:see a doctor:recommends"
      ])
  }
}

extension RecommendationActTests {
  @Test("What follows advice not taken ('or you may get ...') warns; 'or you can try' advises")
  func consequences() {
    #expect(
      found("Wait for the cream to dry, or you may get the lotion in the cut.").isEmpty)
    #expect(
      found("Do glute bridges, or you can try a standing desk.") == [
        "2:glute bridge:recommends", "2:standing desk:recommends",
      ])
  }
}

extension RecommendationActTests {
  @Test("Letting a practitioner go ('fire your doctor') is seeing another")
  func firingAPractitioner() {
    #expect(found("I'd fire your doctor.") == ["2:see another doctor:recommends"])
    #expect(
      found("Honestly, fire your current physician and move on.") == [
        "2:see another physician:recommends"
      ])
  }
}

extension RecommendationActTests {
  @Test("Posting one's question somewhere names the place to ask")
  func placeToAsk() {
    #expect(
      found("Post your Q to alt.med.cfs, and you will be flooded with facts.") == [
        "2:alt med cfs:recommends"
      ])
    #expect(found("Post a photo of your bike.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test("A training complaint in a lifter's own words is about health: its advice counts")
  func trainingComplaint() {
    let thread = makeThread(
      [
        ("asker", "My hip flexors pinch at the bottom of a squat. Quads are fine."),
        ("ann", "Try a wider stance."),
      ], title: "Hip flexors pinch when I squat")
    #expect(
      extractor.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:wider stance:recommends"
      ])
  }

  @Test("What a trouble dates from ('since I started ...') is not what helped")
  func troubleSince() {
    #expect(
      found("My glutes have hurt since I started doing glute bridges.") == [
        "2:glute bridge:cautions"
      ])
    #expect(found("Can't fall asleep since I started doing evening sessions.").isEmpty)
    #expect(found("Since I started yoga my back is fine.") == ["2:yoga:recommends"])
  }
}

extension RecommendationActTests {
  @Test("Everything tried failing ('nothing helped', 'still hurts') reports against each")
  func everythingTriedFailed() {
    #expect(
      found("I tried foam rolling, yoga, glute bridges, nothing helped.") == [
        "2:foam rolling:against", "2:yoga:against", "2:glute bridge:against",
      ])
    #expect(
      found("I tried foam rolling and yoga but my back still hurts.") == [
        "2:foam rolling:against", "2:yoga:against",
      ])
    #expect(found("Nothing helped until I tried yoga.") == ["2:yoga:recommends"])
    #expect(found("I tried yoga and my back is still pain free.") == ["2:yoga:recommends"])
    // How the poster still feels says so too, in a clause of its own or after "and".
    #expect(found("Tried yoga all week, still feel awful.") == ["2:yoga:against"])
    #expect(found("I did yoga for a week and I still feel rough.") == ["2:yoga:against"])
    #expect(found("I did yoga for a week and I still feel great.") == ["2:yoga:recommends"])
  }

  @Test("Learning or adopting a practice names it")
  func takingUpAPractice() {
    #expect(
      found("Learning bilateral breathing fixed it for me.") == [
        "2:bilateral breathing:recommends"
      ])
  }
}

extension RecommendationActTests {
  @Test("A thing got, then the trouble gone ('the pain went in a week'), reports a benefit")
  func gotAndThePainWent() {
    #expect(
      found("Got a foam roller and the back pain went in about a week.") == [
        "2:foam rolling:recommends"
      ])
  }
}

extension RecommendationActTests {
  @Test("A trouble made shorter ('cut mine to 2-3 days') reports a benefit")
  func troubleShortened() {
    #expect(
      found("Manuka honey seems to cut mine to 2-3 days instead of a week.") == [
        "2:manuka honey:recommends"
      ])
    #expect(found("Yoga shortened my flare-ups a lot.") == ["2:yoga:recommends"])
  }
}

extension RecommendationActTests {
  @Test("What 'seems to help' is the subject of the help")
  func seemsToHelp() {
    #expect(found("Manuka honey seems to help.") == ["2:manuka honey:recommends"])
    #expect(found("Wrist pads really do seem to work wonders.") == ["2:wrist pad:recommends"])
  }
}

extension RecommendationActTests {
  /// "post:remedy:stance" for each tip of a two-post thread under `title`.
  func found(title: String, asking question: String, reply: String) -> [String] {
    extractor.tips(in: makeThread([("asker", question), ("ann", reply)], title: title))
      .map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" }
  }

  @Test(
    "Advice after a condition written without a comma is advice, the condition its caveat",
    arguments: [
      ("if its not better in a month go see a physio.", "physio"),
      (
        "if that doesnt sort it swap to landmine press and do face pulls every session.",
        "face pulls"
      ),
    ])
  func adviceAfterAnUncommaedCondition(reply: String, remedy: String) throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "Shoulder pinches when I press, what helps?"), ("ann", reply),
    ])
    let tip = try #require(shipped.tips(in: thread).first { $0.remedy == remedy })
    #expect(tip.stance == .recommends)
    #expect(tip.caveats.contains { $0.hasPrefix("if") })
  }

  @Test("What a poster switched from is no remedy; what they switched to is")
  func switchedFrom() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "Knee pain on long runs, what helps?"),
      ("ann", "I switched from ibuprofen to naproxen and it worked much better."),
    ])
    #expect(
      shipped.tips(in: thread).map { "\($0.remedy):\($0.stance.rawValue)" }
        == ["naproxen:recommends"])
    // A thing the lexicon does not know is found after the one left, and "back".
    #expect(
      found("Switched from my Hokas back to a lower stack shoe and the pain vanished.") == [
        "2:lower stack shoe:recommends"
      ])
  }

  @Test("What the trouble keeps the poster from doing is the trouble, not a remedy or a topic")
  func keptFromIsTheTrouble() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let title = "How do you deal with DOMS after leg day? I can barely walk down stairs"
    let thread = makeThread(
      [
        ("asker", title + "."),
        (
          "ann",
          "Train legs twice a week. The soreness basically disappears once you're used to it."
        ),
      ], title: title)
    #expect(!shipped.tips(in: thread).map(\.remedy).contains("walking"))
  }

  @Test("What a warning says a remedy meets in the reader is the reader's case, not a remedy")
  func whatTheReaderTakes() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread([
      ("asker", "Thinking of taking turmeric for my knees, any downsides?"),
      (
        "ann",
        "Just a heads up, turmeric in high doses can interact with blood thinners, so if "
          + "you're on warfarin or similar check with a pharmacist first."
      ),
    ])
    let remedies = shipped.tips(in: thread).map(\.remedy)
    #expect(!remedies.contains("blood thinners") && !remedies.contains("warfarin"))
  }

  @Test(
    "Whether a thing works, asked or doubted, is no report that it does",
    arguments: [
      "I own about four pairs. Couldn't tell you if they actually work.",
      "Not sure whether they work, honestly.",
    ])
  func doubtedWhetherItWorks(reply: String) throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let thread = makeThread(
      [("asker", "Anyone use compression socks for recovery after long runs?"), ("ann", reply)],
      title: "Anyone use compression socks for recovery after long runs")
    #expect(shipped.tips(in: thread).filter { $0.post == 2 }.map(\.remedy) == [])
  }

  @Test("Advice to keep from what a thread asks about is against it: 'avoid it', 'steer clear'")
  func keepingFromTheTopic() {
    let title = "Anyone tried a chiropractor for this?"
    for reply in ["Honestly I'd avoid it.", "I'd steer clear tbh.", "Steer clear of them."] {
      #expect(found(title: title, asking: "Worth it?", reply: reply) == ["2:chiropractor:against"])
    }
    #expect(
      found(title: title, asking: "Worth it?", reply: "Don't skip it.") == [
        "2:chiropractor:recommends"
      ])
  }

  @Test("Getting sick or ill is a trouble of health: a bare name answers it")
  func sickIsHealth() {
    for word in ["sick", "ill"] {
      #expect(
        found(
          title: "I get \(word) after every race block", asking: "Normal?", reply: "Sleep.")
          == ["2:sleep:recommends"])
    }
  }

  @Test("A reply on the remedy a thread asks about speaks of it without naming it")
  func verdictOnTheTopic() {
    #expect(
      found(
        title: "Should I be foam rolling after every session?",
        asking: "Should I be foam rolling after every session?",
        reply: "After a race is fine, but I wouldn't do it every day.") == [
          "2:foam rolling:against"
        ])
    #expect(
      found(
        title: "Anyone tried a chiropractor for this?", asking: "Worth it?",
        reply: "Saw one for a month last year. Total waste of time for me.") == [
          "2:chiropractor:against"
        ])
  }
}

extension RecommendationActTests {
  @Test("'Plus' and a noun phrase adds one more thing to the report or advice before it")
  func plusAnother() {
    #expect(
      found("Foam rolling helped loads, plus the couch stretch every night.") == [
        "2:foam rolling:recommends", "2:couch stretch:recommends",
      ])
  }
}

extension RecommendationActTests {
  @Test("How long a thing lasts ('a 3 day juice fast') is not part of its name")
  func durationBeforeAName() {
    #expect(found("Try a 3 day juice fast.") == ["2:juice fast:recommends"])
    #expect(
      found("I completed a 2 week juice fast. It helped a lot.") == [
        "2:juice fast:recommends"
      ])
  }
}

extension RecommendationActTests {
  @Test("A bet on the cause ('id bet your hips are shooting up') advises nothing")
  func betOnTheCause() {
    #expect(found("id bet your glutes are doing nothing").isEmpty)
    #expect(found("I'd bet it's your glute bridge form.").isEmpty)
  }
}

extension RecommendationActTests {
  @Test("Harm a thing may do ('can ruin your gains', 'may worsen it') warns")
  func predictedHarm() {
    #expect(found("Yoga may worsen it.") == ["2:yoga:cautions"])
    #expect(
      found("Glute bridges can ruin your gains this close to a race.") == [
        "2:glute bridge:cautions"
      ])
  }
}

extension RecommendationActTests {
  @Test("A practitioner who 'can sort you' is recommended")
  func sortsYou() {
    #expect(found("A good chiropractor will sort you.") == ["2:chiropractor:recommends"])
  }
}

extension RecommendationActTests {
  @Test("'X don't do anything' reports against X; 'Don't do anything strenuous' orders rest")
  func doesNothing() {
    #expect(
      found("Glute bridges don't do anything, I did them for a month.") == [
        "2:glute bridge:against"
      ])
    #expect(found("Yoga doesn't do much for me tbh.") == ["2:yoga:against"])
    #expect(
      found("Don't do anything strenuous for a week, then try yoga.") == ["2:yoga:recommends"])
  }

  @Test("A tyre is no trouble: 'I dropped my tire pressure' is no warning about the advice")
  func tirePressureWarnsOfNothing() {
    let tips = extractor.tips(
      in: makeThread([
        ("asker", "My back hurts after long rides. What helps?"),
        ("ann", "Yoga was a game changer for me, and I dropped my tire pressure to 22psi."),
      ]))
    #expect(tips.map(\.remedy) == ["yoga", "drop tire pressure"])
    #expect(tips.map(\.caveats) == [[], []])
  }

  @Test(
    "One part of the body beside how it feels makes a thread about health",
    arguments: [
      "Hands feel totally beaten up after rocky descents.",
      "Skin on my fingertips keeps splitting from bouldering.",
      "Legs are wrecked after every long ride.",
      "My legs absolutely kill me after a day on the ladder.",
      "Hip flexors flared up two weeks before my race.",
      "Quads seized up on the last climb.",
      "Ripped both hands on the rings again.",
      "Sinuses completely blocked for a week.",
      "Legs get tired so fast on the bike.",
    ])
  func partOfTheBodyInTrouble(question: String) {
    #expect(
      found(title: question, asking: question, reply: "Magnesium spray was a game changer for me.")
        == ["2:magnesium spray:recommends"])
  }

  @Test(
    "A part of the body beside a word of doing is no trouble",
    arguments: [
      "Animating the finger pulling the trigger, and the hand grabbing something.",
      "Never mind if it turns my skin purple or kills off the weeds, how do I grow it?",
    ])
  func partOfTheBodyAtWork(question: String) {
    #expect(
      found(title: question, asking: question, reply: "Blend trees were a game changer for me.")
        .isEmpty)
  }
}

extension RecommendationActTests {
  @Test("A thing named without a verb, then vouched for, is put forward")
  func vouchedFragment() {
    let question = "Hands numb and freezing on winter rides."
    #expect(
      found(
        title: question, asking: question,
        reply: "bar mitts / pogies. you'll look like a courier but they work.")
        == ["2:bar mitt:recommends"])
    #expect(
      found(
        title: question, asking: question,
        reply: "Heated glove liners. Pricey, but I went from numb to fine. Worth every penny.")
        == ["2:heated glove liner:recommends"])
    #expect(
      found(title: question, asking: question, reply: "Success! It's a hack, but it works.")
        .isEmpty)
    #expect(
      found(title: question, asking: question, reply: "Probably a single dose. It helped me.")
        .isEmpty)
  }
}

extension RecommendationActTests {
  @Test("A verdict of no result after what was tried ('..., nothing.', 'zero change') fails it")
  func verdictOfNoResult() {
    #expect(found("Tried the couch stretch for 6 weeks, nothing.") == ["2:couch stretch:against"])
    #expect(found("6 weeks of chiro, about 400 quid, zero change.") == ["2:chiropractor:against"])
  }

  @Test("A failure that names nothing says so of what the sentence before reported doing")
  func failureOfTheSentenceBefore() throws {
    #expect(
      found("Did yoga for a season because everyone swore by it. Worst I've ever felt.") == [
        "2:yoga:against"
      ])
    #expect(found("Did yoga for a season. Felt great.") == ["2:yoga:recommends"])
    // What was tried with no word of its result yet is counted against.
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    let question = "Is keto any good for endurance athletes trying to lose weight?"
    let thread = makeThread(
      [
        ("asker", question),
        (
          "ann",
          "Did keto for 3 months, lost some water weight but my running fell off a cliff and I "
            + "was miserable. Wouldn't bother for endurance stuff."
        ),
      ], title: question)
    #expect(
      shipped.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" } == [
        "2:keto diet:against"
      ])
  }
}

extension RecommendationActTests {
  @Test("'Go X or get Y' offers two things; 'in the meantime' leads in to advice")
  func alternativesAndLeadIns() {
    #expect(
      found("Go half a size up or get wide-fit shoes.") == [
        "2:size up:recommends", "2:wide fit shoe:recommends",
      ])
    #expect(found("In the meantime loosen your shoe laces.") == ["2:loosen shoe lace:recommends"])
  }
}

extension RecommendationActTests {
  @Test("What a poster did without knowing whether it helped is no tip")
  func unknownResult() {
    #expect(
      found(
        "I also started doing yoga around the same time but honestly can't say if that did anything."
      )
      .isEmpty)
  }
}

extension RecommendationActTests {
  @Test(
    "What 'did nothing', 'didn't cut it' or 'was a waste' is named, though the lexicon reads 'do nothing' as a remedy"
  )
  func namedFailures() throws {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    for (reply, expected) in [
      ("lysine did nothing for me fwiw.", "lysine"), ("Mouth tape did nothing lol", "mouth taping"),
    ] {
      let thread = makeThread([("asker", "Cold sores every winter. What helps?"), ("ann", reply)])
      #expect(
        shipped.tips(in: thread).map { "\($0.remedy):\($0.stance)" } == ["\(expected):against"])
    }
    #expect(found("Loratadine didn't cut it at all.") == ["2:loratadine:against"])
    #expect(
      found("The heat wrap was a waste, pain came back in 3 weeks.") == ["2:heat wrap:against"])
  }
}

extension RecommendationActTests {
  @Test("What a thing did to the poster instead ('gave me horrible nightmares') reports against it")
  func sideEffectsReportAgainst() {
    #expect(
      found("Melatonin gave me horrible nightmares so I stopped that.") == [
        "2:melatonin:against"
      ])
    #expect(found("Ibuprofen just made me dizzy.") == ["2:ibuprofen:against"])
  }
}

extension RecommendationActTests {
  @Test("A trouble that 'vanished' after a thing was done credits it")
  func troubleVanished() {
    #expect(
      found("Switched to trail shoes and the stiffness vanished.") == ["2:trail shoe:recommends"])
  }
}

extension RecommendationActTests {
  @Test("A reply that opens with a bare name answers the question with it")
  func answeringName() {
    let question = "Knees ache on the stairs after every long run. What should I try?"
    #expect(
      found(
        title: question, asking: question,
        reply: "Spanish squats. Every day for a month, 45 seconds at a time.")
        == ["2:spanish squat:recommends"])
    #expect(
      found(
        title: question, asking: question,
        reply: "Aqua jogging. Twice a week over the winter, no impact at all.")
        == ["2:aqua jogging:recommends"])
  }

  @Test(
    "A bare opening that exclaims, agrees, diagnoses or asks on is no answer",
    arguments: [
      "Whoa. What did you change before it started?",
      "Yup. Had exactly the same last spring.",
      "Same boat. Following this thread.",
      "Classic patellar tendinopathy. Happens to most of us at some point.",
      "Congrats on the marathon. Knees always complain afterwards.",
      "Mileage? How much are you running a week?",
    ])
  func noAnsweringName(reply: String) {
    let question = "Knees ache on the stairs after every long run. What should I try?"
    #expect(found(title: question, asking: question, reply: reply).isEmpty)
  }
}

extension RecommendationActTests {
  @Test("A poster's signature left at the head of a reply by a quote cut short is no answer")
  func signatureIsNoAnswer() {
    let question = "Knees ache on the stairs after every long run. What should I try?"
    let posts: [(String?, String)] = [
      ("asker", question),
      ("marty", "Foam roll your quads twice a day.\n\nMarty B."),
      ("steve", "Marty B.\n\nGood luck with the knees."),
    ]
    #expect(
      extractor.tips(in: makeThread(posts, title: question)).map(\.remedy) == ["foam rolling"])
  }
}

extension RecommendationActTests {
  @Test("A thing opening a sentence in lower case is read as its subject")
  func lowerCaseSubject() {
    #expect(found("mouth tape did nothing for me.") == ["2:mouth tape:against"])
    #expect(found("stretch your calves before bed.") == ["2:stretch calf:recommends"])
  }
}

extension RecommendationActTests {
  @Test("Being on a thing is taking it; being on a bike or on holiday is not")
  func beingOnAThing() {
    #expect(
      found("I was on propranolol for a while but it did nothing for me.") == [
        "2:propranolol:against"
      ])
    #expect(found("Been on metoprolol all winter, did nothing for me.") == ["2:metoprolol:against"])
    #expect(found("I was on holiday when it started and it did nothing for me.").isEmpty)
  }

  @Test("'What finally fixed it was X' credits X, an adverb between")
  func cleftWithAnAdverb() {
    #expect(found("What finally fixed it was CBT, twelve sessions of it.") == ["2:cbt:recommends"])
  }
}

extension RecommendationActTests {
  @Test("A thing that ended a symptom helped; ending a treatment is no relief")
  func endedTheSymptom() {
    let question = "Calves cramp at night, what helps?"
    #expect(
      found(
        title: question, asking: question, reply: "Quinine water stopped the cramps completely.")
        == ["2:quinine water:recommends"])
    #expect(
      found(title: question, asking: question, reply: "A night splint killed the morning pain.")
        == ["2:night splint:recommends"])
    #expect(
      found(title: question, asking: question, reply: "I stopped the pain meds after a week.")
        .allSatisfy { !$0.hasSuffix(":recommends") })
  }
}

extension RecommendationActTests {
  @Test(
    "Sickness of travel, chafing, and eyes that burn are troubles a thread asks help for",
    arguments: [
      "Get horribly seasick and have a ferry trip next week. Tips?",
      "Chafing is ruining my long runs. What do you use?",
      "Eyes feel gritty and burn by end of the workday. Anything help?",
    ])
  func troublesOfTravelSkinAndEyes(question: String) {
    #expect(
      found(title: question, asking: question, reply: "Switched to a merino layer and it stopped.")
        == ["2:merino layer:recommends"])
  }
}

extension RecommendationActTests {
  @Test("A name, a short aside and how often to take it prescribe it; a signature does not")
  func prescribedPastAnAside() {
    let question = "Constipated basically all the time, what's helped you?"
    #expect(
      found(
        title: question, asking: question,
        reply: "I eat well. Psyllium husk (Metamucil) every morning in a big glass of water.")
        == ["2:psyllium husk:recommends"])
    #expect(
      found(
        title: question, asking: question,
        reply: "Good luck with it.\n~ Kiran (now two slabs of ribs a day, that's realistic)"
      )
      .isEmpty)
  }
}

extension RecommendationActTests {
  /// What the shipped lexicon finds in a reply to `question`, as "post:remedy" per tip.
  fileprivate func shippedAnswers(to question: String) throws -> (String) -> [String] {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    return { reply in
      let thread = makeThread(
        [("asker", question), ("ann", reply)], title: question, replies: [2: 1])
      return shipped.tips(in: thread).map { "\($0.post):\($0.remedy)" }
    }
  }

  @Test("What the poster had, listed or denied after \"and\", is no advice to have it")
  func postersOwnListAndEllipsis() throws {
    let answer = try shippedAnswers(to: "Headaches for a year, what should I ask my doctor for?")
    #expect(
      answer(
        "I've had MRIs, Xrays, CT scan, and EMGs (I've had 2 of them, and don't intend to ever "
          + "do that again) with nerve tests. Nothing showed up."
      ).isEmpty)
    #expect(answer("Ask for a CT scan, and don't wait.") == ["2:ct scan"])
  }

  @Test("Tests listed after a statement's \"by ...\" are what it was found by, not advice")
  func listContinuingAStatedObject() throws {
    let answer = try shippedAnswers(to: "Weakness years after polio, what can be done?")
    #expect(
      answer(
        "Post-polio syndrome patients have evidence of motor neuron disease by clinical "
          + "examination, EMG, and muscle biopsy."
      ).isEmpty)
    // A lead-in is no statement: what it introduces still stands alone.
    #expect(answer("In other words, no caffeine.") == ["2:cut caffeine"])
  }

  @Test("A specialty in an institution's name is no advice to see its practitioner")
  func specialtyInAnInstitutionsName() throws {
    let answer = try shippedAnswers(to: "Migraines twice a week, what helps?")
    #expect(
      answer(
        "I just got back from the American Academy of Neurology annual meeting, where the "
          + "consensus was that it works."
      ).isEmpty)
    #expect(
      answer("Go see a Neurologist at the hospital of your town.") == ["2:see a neurologist"])
  }

  /// What the shipped lexicon finds in a reply to `question`, as "post:remedy:stance".
  fileprivate func shippedStances(to question: String) throws -> (String) -> [String] {
    let shipped = TipExtractor(lexicon: try Lexicon.shipped(), language: extractor.language)
    return { reply in
      let thread = makeThread([("asker", question), ("ann", reply)], title: question)
      return shipped.tips(in: thread).map { "\($0.post):\($0.remedy):\($0.stance.rawValue)" }
    }
  }

  @Test("What ended a failure or a trouble the clause before tells of worked")
  func whatEndedAFailureWorked() throws {
    let answer = try shippedStances(to: "My achilles hurts on every run, what works?")
    #expect(
      answer("Nothing helped until I started doing eccentric heel drops.")
        == ["2:eccentric heel drops:recommends"])
    #expect(
      answer("It kept coming back until I started doing eccentric heel drops.")
        == ["2:eccentric heel drops:recommends"])
    #expect(
      answer("The pain wouldn't go away until we started eccentric heel drops.")
        == ["2:eccentric heel drops:recommends"])
    #expect(
      answer("I used to get achilles pain until I started doing eccentric heel drops.")
        == ["2:eccentric heel drops:recommends"])
    // After no trouble, "until" tells when the trouble began.
    #expect(answer("I never had a problem until I started doing hill sprints.").isEmpty)
    #expect(answer("It was fine until I started doing hill sprints.").isEmpty)
  }

  @Test("The trouble coming back after a remedy counts against it; a trouble's own return does not")
  func troubleComingBack() throws {
    let answer = try shippedStances(to: "Sore throat for weeks, what helps?")
    #expect(
      answer("I gargled salt water but it kept coming back.") == ["2:salt water gargle:against"])
    #expect(
      answer("It was glandular fever, and tonsilitis that kept coming back for a year.").isEmpty)
  }

  @Test("A denial ends where a second imperative is joined on, and carries across \"or\"")
  func denialScope() throws {
    let answer = try shippedStances(to: "Achilles is stiff and sore every morning.")
    #expect(answer("Don't run hard and avoid hills for a bit.") == ["2:avoid hills:recommends"])
    #expect(
      answer("Don't go cold turkey into barefoot or minimalist shoes.")
        == ["2:minimalist shoes:against"])
  }

  @Test("A verbless item done \"when you can\" is still advice")
  func whenYouCan() throws {
    let answer = try shippedStances(to: "Pulled my calf yesterday, what now?")
    #expect(
      answer("Ice the first couple days, gentle walking when you can.")
        == ["2:ice:recommends", "2:walking:recommends"])
  }

  @Test("Two things the poster did, joined by \"and\" with the \"I\" left out, are two reports")
  func joinedThingsDone() throws {
    let answer = try shippedStances(to: "Reflux at night, what helps?")
    #expect(
      answer(
        "Raised the head of my bed with bed risers and stopped eating after 8pm. My reflux is gone."
      ) == ["2:elevate head of bed:recommends", "2:avoid eating after 8pm:recommends"])
    // What came of a thing stays with it.
    #expect(answer("I tried omeprazole and got worse.") == ["2:omeprazole:cautions"])
  }

  @Test("A trouble that stopped after a thing says it worked; one that went on, that it failed")
  func troubleThatStoppedOrWentOn() throws {
    let answer = try shippedStances(to: "Calf cramps on long runs, what helps?")
    #expect(
      answer("I started taking magnesium and the cramps eased within a week.")
        == ["2:magnesium:recommends"])
    #expect(answer("I took magnesium but the cramps never stopped.") == ["2:magnesium:against"])
    #expect(answer("I took magnesium but the pain didn't go away.") == ["2:magnesium:against"])
    // A trouble that stopped someone is no trouble ended.
    #expect(
      answer("The pain stopped me running, so I bought a foam roller.")
        == ["2:foam rolling:recommends"])
  }

  @Test("Leaving a thing alone is advice against it")
  func leavingANamedThingAlone() throws {
    let answer = try shippedStances(to: "Pulled my calf yesterday, what now?")
    #expect(answer("Leave the massage gun alone for a week.") == ["2:massage gun:against"])
  }

  @Test("A report of replacing one thing with another, with the \"I\" left out, names the new one")
  func replacedWithoutTheI() throws {
    let answer = try shippedStances(to: "Chafing on long runs, what helps?")
    #expect(
      answer("Swapped my cotton shirts for merino and the chafing stopped.")
        == ["2:merino:recommends"])
  }

  @Test("A state that improved after a course of things says they worked; one that did not, failed")
  func stateThatImproved() throws {
    let answer = try shippedStances(to: "Chronic sinus trouble for two years, what helps?")
    #expect(
      answer("After three months of therapy with vitamin C, my health has vastly improved.")
        == ["2:vitamin c:recommends"])
    #expect(
      answer("I took echinacea for a month and my symptoms have not improved.")
        == ["2:echinacea:against"])
  }

  @Test("Names in brackets after a statement are its examples, given in passing")
  func examplesInBrackets() throws {
    let answer = try shippedStances(to: "Hay fever is driving me mad. What helps?")
    #expect(
      answer(
        "Someone with an allergy to some pollens will have trouble with some herb teas that contain pollens (Chamomile, linden, etc)."
      ).isEmpty)
    #expect(
      answer("Try herbal teas (chamomile, peppermint).").contains("2:chamomile tea:recommends"))
  }

  @Test("What someone is brought to do is the advice, not the one brought to it")
  func causedToDoIt() throws {
    let answer = try shippedStances(to: "My kids are always constipated. What helps?")
    #expect(answer("Encourage your kids to drink more water.") == ["2:hydration:recommends"])
    #expect(
      answer("There are lots of arguments you can use to get your company to pay up for RSI tools.")
        .isEmpty)
    #expect(!answer("Get your husband to massage your back.").contains("2:husband:recommends"))
  }

  @Test("Names in the columns of a table copied as text are its cells, not an answer's list")
  func tableCells() throws {
    let answer = try shippedStances(to: "Depression after chemo. Could diet help?")
    #expect(
      answer(
        "The booklet covers:\n\nSodium, Potassium and Chloride\t\t\tCalcium, Magnesium and Phosphorus\n\nVitamin A\t\t\t\t\tVitamin E"
      ).isEmpty)
    // A name with its dose in the next column is still a list of advice.
    #expect(
      answer("1) Chelated Chromium    400-600mcg/day.") == ["2:chromium picolinate:recommends"])
  }

  @Test("What evidence suggests, it indicates: no advice")
  func evidenceSuggests() throws {
    let answer = try shippedStances(to: "Worried about HIV from the dentist. Any advice?")
    #expect(
      answer(
        "The most recent information suggests that 50 percent of infants born with HIV develop an infection by age 6."
      ).isEmpty)
    #expect(answer("My doctor suggested vitamin D.") == ["2:vitamin d:recommends"])
  }

  @Test("\"No discernable help\" after a report counts against what was reported")
  func noDiscernableHelp() throws {
    let answer = try shippedStances(to: "Muscle spasms after surgery, what helps?")
    #expect(
      answer("I am on flexeril now, but no discernable help with the spasms.")
        == ["2:cyclobenzaprine:against"])
  }

  @Test("What befell the poster, by what, is no thing they did")
  func befallenByIt() throws {
    let answer = try shippedStances(to: "Stomach bug after swimming, what helps?")
    #expect(
      answer("I have been struck down this past week by a stomach bug and fever which went away.")
        .isEmpty)
  }

  @Test("A contact field names whom to reach, and advises no one")
  func contactField() throws {
    let answer = try shippedStances(to: "Carpal tunnel at work. Who can help?")
    #expect(
      answer("Contact: Jeffrey Spencer or Stephen Albert, 619-454-0000 P.O. Box 1234.").isEmpty)
  }

  @Test("A trouble that kept coming back after a thing says it failed; the trouble is no remedy")
  func troubleCameBack() throws {
    let answer = try shippedStances(to: "Athlete's foot for months, what helps?")
    #expect(
      answer("I used tea tree oil and the itch kept coming back.") == ["2:tea tree oil:against"])
    #expect(
      answer("I used hydrocortisone but the rash came right back.")
        == ["2:hydrocortisone cream:against"])
  }

  @Test("What a comparison is won against, told to have failed after it, counts against")
  func lostAndFailed() throws {
    let answer = try shippedStances(to: "Hay fever every spring, what actually works?")
    #expect(
      answer("Flonase works better than cetirizine, which just made me sleepy.")
        == ["2:fluticasone:recommends", "2:cetirizine:against"])
    // Lost alone, it is only the measure.
    #expect(answer("Flonase works better than cetirizine.") == ["2:fluticasone:recommends"])
  }

  @Test(
    "\"What sorted my X was Y\" credits Y; what the poster found out about themselves is no remedy")
  func sortedMyTrouble() throws {
    let answer = try shippedStances(to: "Morning headaches for months. What helps?")
    let found = answer(
      "What actually sorted my morning headaches was a night guard - turns out I grind my teeth like crazy."
    )
    #expect(found.contains("2:mouth guard:recommends"))
    #expect(!found.contains { $0.contains("grind") })
  }

  @Test("Getting checked by a doctor is seeing one")
  func gotChecked() throws {
    let answer = try shippedStances(to: "Sharp chest pain on hard runs. What should I do?")
    #expect(
      answer("Got checked by my GP first to rule out anything scary, which I'd really recommend.")
        == ["2:see a doctor:recommends"])
  }

  @Test(
    "A fragment that opens with a name recommends it, whatever a tagger makes of the name's words")
  func fragmentNameWords() throws {
    let answer = try shippedStances(to: "I get seasick on every ferry. What works?")
    #expect(answer("Ginger capsules an hour before you board.") == ["2:ginger tea:recommends"])
  }
}
