import Foundation
import Testing
import TipsCore
import TipsIndex
import TipsIngest
import TipsKnowledgeBase
import TipsLanguage

/// A temporary folder per test (tests run in parallel), removed when the test ends.
final class Scratch {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "tips-kb-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  var index: String { path + "/index" }

  func write(_ name: String, _ contents: String) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// Every file of the index folder and its bytes, to prove a failure changed nothing.
  func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: index) {
      files[name] = try Data(contentsOf: URL(fileURLWithPath: index + "/" + name))
    }
    return files
  }
}

/// The seed thread shipped in `corpus/`, found from this file rather than the working
/// directory, which differs between `swift test` and an IDE.
let seedPath = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("corpus/lower-back-pain.txt").path

/// A file or folder of `Fixtures/`, copied into the test bundle by `resources:`.
func fixture(_ name: String) throws -> String {
  try #require(
    Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
  ).path
}

@Suite("The knowledge base: threads in, consensus out")
struct KnowledgeBaseTests {
  let scratch: Scratch
  let base: KnowledgeBase
  let language: LanguageModel

  init() throws {
    scratch = try Scratch()
    base = KnowledgeBase(directory: scratch.index, lexicon: try Lexicon.shipped())
    language = try LanguageModel.shipped()
  }

  @Test("The seed thread answers 'hip flexor' with the stretches its people recommend")
  func seedHipFlexor() async throws {
    let report = try await base.add([seedPath], language: language)
    #expect(report.failures.isEmpty)
    #expect(report.threads.map(\.id) == ["lower-back-pain"])
    // The copy shows only "1 Like" footers and gaps, so some replies stay joined to the post
    // above them: 10 posts where a careful reader finds 15.
    #expect(report.threads.map(\.postCount) == [10])
    let remedies = try base.search("hip flexor", limit: 3).remedies
    #expect(remedies.map(\.name) == ["hip flexor stretch", "couch stretch", "ball massage"])
    let stretch = try #require(remedies.first)
    #expect(
      stretch.evidence == Evidence(posts: 4, people: 4, recommenders: 3, likes: 1, agreements: 2))
    #expect(stretch.muscles.first == "hip flexors")
    withKnownIssue(
      "act reading regressed here; see the open work on extraction", isIntermittent: true
    ) {
      #expect(
        stretch.caveats.map(\.text) == [
          "Consistency is key here and in the meantime", "Consistency is the big key",
        ])
    }
  }

  @Test("A search for the trouble the opening post names finds the remedies its replies give")
  func openerTroubleFindsRemedies() async throws {
    let thread = try scratch.write(
      "thyroid.txt",
      """
      Always tired and cold
      ana
      Mar 3, 2015
      My doctor says it is hypothyroidism. What helps?
      ben
      Mar 4, 2015
      Try yoga every morning, it fixed my energy.
      """)
    _ = try await base.add([thread], language: language)
    #expect(try base.search("hypothyroidism", limit: 3).remedies.map(\.name) == ["yoga"])
  }

  @Test("An opener that tells a long story first is still found by the question it ends on")
  func openersQuestionFindsRemedies() async throws {
    let story = String(
      repeating: "He works in woodworking and has a cough most mornings these days. ", count: 6)
    let thread = try scratch.write(
      "emphysema.txt",
      """
      Emphysema question
      ana
      Mar 3, 2015
      \(story)Is a diagnosis of emphysema a death sentence? If he were to give up smoking \
      entirely would that better his chances? Thanks.
      ben
      Mar 4, 2015
      Try nicotine patches, they got my dad through it.
      """)
    _ = try await base.add([thread], language: language)
    #expect(try base.search("smoking", limit: 3).remedies.map(\.name) == ["nicotine patch"])
  }

  @Test("A post that names a remedy without advising it finds the remedy by what it says")
  func namingPostFindsItsRemedy() async throws {
    let thread = try scratch.write(
      "nosebleeds.txt",
      """
      Frequent nosebleeds
      ana
      Mar 3, 2015
      I get a nosebleed most days. What helps?
      ben
      Mar 4, 2015
      Rutin is a bioflavonoid, popular in Europe to treat capillary fragility.
      cai
      Mar 4, 2015
      Try rutin, it worked for my brother. Vaseline in the nose at night helps too.
      """)
    _ = try await base.add([thread], language: language)
    // The thread's other advice follows, below.
    #expect(try base.search("capillary", limit: 3).remedies.map(\.name) == ["rutin", "vaseline"])
  }

  @Test("A reply that names the searched word outranks its thread's other replies")
  func namingReplyOutranksTheThreadsOthers() async throws {
    let thread = try scratch.write(
      "daycare.txt",
      """
      Toddler sick all the time
      ana
      Mar 3, 2015
      My son keeps getting ear infections at day care and gets antibiotics every time.
      ben
      Mar 4, 2015
      Try yoga with him, it fixed our colds.
      cai
      Mar 4, 2015
      Yoga helped us too.
      eve
      Mar 4, 2015
      +1 for yoga.
      fay
      Mar 4, 2015
      Yoga, every time.
      dee
      Mar 5, 2015
      Try not to use antibiotics unless absolutely necessary.
      """)
    _ = try await base.add([thread], language: language)
    #expect(
      try base.search("antibiotics ear infections", limit: 3).remedies.first?.name
        == "avoid antibiotic")
  }

  @Test(
    "Remedies whose tips say the words come first, those whose posts say them next, then the rest"
  )
  func wordsAroundTheTipFindIt() async throws {
    let thread = try scratch.write(
      "nose.txt",
      """
      Blocked all winter
      ana
      Mar 3, 2015
      Nothing I take works. What helps?
      ben
      Mar 4, 2015
      Your nose is stuffy when it has no reason to be. Decongestants work for it. I also swear by a humidifier.
      cat
      Mar 5, 2015
      Saline spray helped me a lot.
      """)
    _ = try await base.add([thread], language: language)
    // "stuffy" stands beside the decongestants and the humidifier, in no tip's own words;
    // the saline rinse, from the same thread, follows them.
    let stuffy = try base.search("stuffy", limit: 5).remedies
    #expect(Set(stuffy.prefix(2).map(\.name)) == ["decongestants", "humidifier"])
    #expect(stuffy.dropFirst(2).map(\.name) == ["saline rinse"])
    #expect(stuffy.map(\.score.total) == stuffy.map(\.score.total).sorted(by: >))
    #expect(try base.search("saline", limit: 5).remedies.first?.name == "saline rinse")
    // "nose" is said by no tip either, but "spray" is: the saline tip leads, and the remedies
    // of the post that says "nose" follow with lower scores.
    let nose = try base.search("nose spray", limit: 5).remedies
    #expect(nose.first?.name == "saline rinse")
    #expect(Set(nose.dropFirst().map(\.name)) == ["decongestants", "humidifier"])
    #expect(nose.map(\.score.total) == nose.map(\.score.total).sorted(by: >))
  }

  @Test("The rest of the advice of a thread that says the query follows; other threads' does not")
  func threadThatSaysTheQuery() async throws {
    let sleep = try scratch.write(
      "sleep.txt",
      """
      Cheap sleep aid?
      ana
      Mar 3, 2015
      What do you all take at night?
      ben
      Mar 4, 2015
      Melatonin works for me, and it costs next to nothing.
      cat
      Mar 5, 2015
      I had insomnia for years. A white noise machine fixed it.
      """)
    let knees = try scratch.write(
      "knees.txt",
      """
      Sore knees after runs
      dee
      Mar 3, 2015
      My knees ache after every run. What helps?
      eve
      Mar 4, 2015
      Ice them for ten minutes after you run.
      """)
    _ = try await base.add([sleep, knees], language: language)
    let found = try base.search("insomnia", limit: 10).remedies
    #expect(found.map(\.name) == ["white noise machine", "melatonin"])
    #expect(found[1].score.total < found[0].score.total)
  }

  @Test("Remedies a search cannot tell apart keep the order their post gives them")
  func tiedRemediesKeepThePostsOrder() async throws {
    let thread = try scratch.write(
      "ears.txt",
      """
      Ears blocked after flying
      ana
      Mar 3, 2015
      My ears stay blocked for days after every flight. What helps?
      ben
      Mar 4, 2015
      On the plane, yawning and chewing gum both help.
      """)
    _ = try await base.add([thread], language: language)
    let remedies = try base.search("plane", limit: 5).remedies
    #expect(remedies.map(\.name) == ["yawning", "chew gum"])
    #expect(remedies.map(\.score.total) == [remedies[0].score.total, remedies[0].score.total])
  }

  @Test("A remedy only warned about sets no scale: the remedies shown keep their full score")
  func warnedRemedyDoesNotScale() async throws {
    let thread = try scratch.write(
      "weight.txt",
      """
      Losing weight after forty
      ana
      Mar 3, 2015
      My knees ache and my doctor says I should lose weight. What helps?
      ben
      Mar 4, 2015
      Careful, losing weight too fast can be dangerous.
      cat
      Mar 5, 2015
      Walking every day helped me, and the weight came off slowly.
      """)
    _ = try await base.add([thread], language: language)
    let remedies = try base.search("weight", limit: 5).remedies
    #expect(remedies.map(\.name) == ["walking"])
    #expect(remedies.first?.score.relevance == 1)
  }

  @Test("A lexicon phrase no one wrote is looked for by its own words")
  func lexiconPhraseByItsWords() async throws {
    let thread = try scratch.write(
      "nights.txt",
      """
      Awake at 3am every night
      ana
      Mar 3, 2015
      What helps?
      ben
      Mar 4, 2015
      A warm bath before bed helps me sleep.
      """)
    _ = try await base.add([thread], language: language)
    #expect(try base.search("can't sleep", limit: 5).remedies.map(\.name) == ["heat therapy"])
  }

  @Test("A word no tip says, when nothing else is found, is searched under the nearest spelling")
  func misspelledWordIsRespelled() async throws {
    let thread = try scratch.write(
      "wrist.txt",
      """
      Sore wrist after climbing
      ana
      Mar 3, 2015
      It aches every evening. What helps?
      ben
      Mar 4, 2015
      Try ibuprofen, it helped me a lot.
      """)
    _ = try await base.add([thread], language: language)
    let typo = try base.search("ibuprofin", limit: 5)
    #expect(typo.respellings == [.init(typed: "ibuprofin", searched: "ibuprofen")])
    #expect(!typo.remedies.isEmpty)
    #expect(
      typo.remedies.map(\.name) == (try base.search("ibuprofen", limit: 5)).remedies.map(\.name))
    // A word that finds something is never respelled, nor is one near nothing indexed.
    #expect(try base.search("ibuprofen", limit: 5).respellings.isEmpty)
    #expect(try base.search("ibuprofin wrist", limit: 5).respellings.isEmpty)
    let nothing = try base.search("xylophone", limit: 5)
    #expect(nothing.remedies.isEmpty && nothing.respellings.isEmpty)
  }

  @Test("A word run together from two that posts write apart is searched as the two")
  func compoundIsSplit() async throws {
    let thread = try scratch.write(
      "throat.txt",
      """
      Sore throat before a race
      ana
      Mar 3, 2015
      My throat is raw. What helps?
      ben
      Mar 4, 2015
      Gargling with warm salt water helped me a lot.
      """)
    _ = try await base.add([thread], language: language)
    let found = try base.search("saltwater", limit: 5)
    #expect(found.respellings == [.init(typed: "saltwater", searched: "salt water")])
    #expect(found.remedies.map(\.name) == ["gargle with warm salt water"])
  }

  @Test("A lexicon word no tip says is searched under the spelling a post used")
  func lexiconWordIsRespelled() async throws {
    let thread = try scratch.write(
      "cramps.txt",
      """
      Leg cramps at night
      ana
      Mar 3, 2015
      I get painful leg cramps every night. What helps?
      ben
      Mar 4, 2015
      Magnisum helped me a lot.
      """)
    _ = try await base.add([thread], language: language)
    let found = try base.search("magnesium", limit: 5)
    #expect(found.respellings == [.init(typed: "magnesium", searched: "magnisum")])
    #expect(found.remedies.map(\.name) == ["magnisum"])
  }

  @Test("Each item of a list that helped is a remedy, vitamins by their own names")
  func listedItemsWithVitamins() async throws {
    let thread = try scratch.write(
      "yeast.txt",
      """
      Recurring yeast infections
      ana
      Mar 3, 2015
      I keep getting yeast infections. What helps?
      ben
      Mar 4, 2015
      Anti-fungals, a low carbohydrate diet and vitamin A supplementation may all help.
      """)
    _ = try await base.add([thread], language: language)
    #expect(
      try base.top(limit: 5).map(\.name).sorted() == [
        "antifungals", "low carbohydrate diet", "vitamin a",
      ])
  }

  @Test("Items of a list to avoid count against their remedies, not for them")
  func avoidedListItems() async throws {
    let thread = try scratch.write(
      "hypoglycemia.txt",
      """
      Hypoglycemia diet
      ana
      Mar 3, 2015
      What helps with hypoglycemia?
      ben
      Mar 4, 2015
      You might consider the following:

      1) Increase protein through foods.
      2) Avoid supplements/foods high in Potassium, Calcium, Zinc.
      """)
    _ = try await base.add([thread], language: language)
    #expect(try base.top(limit: 5).map(\.name) == ["increase protein"])
  }

  @Test("A search for a class of medicines finds the members posts name, by brand or generic")
  func classFindsItsMembers() async throws {
    let thread = try scratch.write(
      "cold-sores.txt",
      """
      Cold sores every winter
      ana
      Mar 3, 2015
      I get cold sores every winter. What helps?
      ben
      Mar 4, 2015
      Zovirax cleared mine up in two days.
      """)
    _ = try await base.add([thread], language: language)
    #expect(try base.search("antiviral medication", limit: 5).remedies.map(\.name) == ["acyclovir"])
    #expect(try base.search("antibiotics", limit: 5).remedies.isEmpty)
  }

  @Test(
    "A thing posts name by brand or by kind is named so, and a search for its class finds it",
    arguments: [
      (
        "I get migraines every week.", "Imitrex knocks mine out within the hour.", "sumatriptan",
        "triptans"
      ),
      (
        "My wrist aches after a day at the desk.", "A vertical mouse sorted mine out in two weeks.",
        "vertical mouse", "ergonomics"
      ),
    ])
  func namedAndFoundByClass(question: String, reply: String, remedy: String, kind: String)
    async throws
  {
    let thread = try scratch.write(
      "thread.txt",
      """
      A question
      ana
      Mar 3, 2015
      \(question) What helps?
      ben
      Mar 4, 2015
      \(reply)
      """)
    _ = try await base.add([thread], language: language)
    #expect(try base.top(limit: 5).map(\.name) == [remedy])
    #expect(try base.search(kind, limit: 5).remedies.map(\.name) == [remedy])
  }

  @Test("A search for supplements finds the vitamins and minerals posts name")
  func supplementsFindTheirMembers() async throws {
    let thread = try scratch.write(
      "low-sugar.txt",
      """
      Shaky before lunch
      ana
      Mar 3, 2015
      I get shaky and dizzy before lunch. What helps?
      ben
      Mar 4, 2015
      Take chromium picolinate daily. Eat more protein at breakfast.
      """)
    _ = try await base.add([thread], language: language)
    // The thread's other advice of the same kind follows, below.
    #expect(
      try base.search("supplements", limit: 5).remedies.map(\.name) == [
        "chromium picolinate", "eat more protein",
      ])
  }

  @Test("A remedy found in the posts' own words is shown as most of them write it, and found so")
  func remedyShownAsMostWriteIt() async throws {
    func thread(_ id: String, _ replies: [String]) throws -> String {
      var lines = [
        "Neck pain on long rides", "ana", "Mar 3, 2015", "My neck aches after an hour. What helps?",
      ]
      for (index, reply) in replies.enumerated() {
        lines += ["rider\(index)", "Mar 4, 2015", reply]
      }
      return try scratch.write("\(id).txt", lines.joined(separator: "\n"))
    }
    let yours = try thread(
      "a", ["Relax your shoulders on the bike.", "Relax your shoulders, really."])
    let the = try thread("b", Array(repeating: "Relax the shoulders every few minutes.", count: 3))
    _ = try await base.add([yours, the], language: language)
    let shown = try #require(try base.search("shoulders", limit: 3).remedies.first)
    #expect((shown.name, shown.wording) == ("relax shoulder", "relax the shoulders"))
    let card = try base.top(limit: 3, detail: .card(quotes: 2, caveats: 2))
    #expect(card.map(\.wording) == ["relax the shoulders"])
    #expect(try base.remedy(named: "relax the shoulders")?.tips.count == 5)

    // The thread that wrote "the" is replaced by one reply that writes "your": what the
    // old one counted is taken away, and the wording follows.
    _ = try await base.add(
      [try thread("b", ["Relax your shoulders on the bike."])], language: language)
    #expect(
      try base.top(limit: 3, detail: .card(quotes: 2, caveats: 2)).map(\.wording) == [
        "relax your shoulders"
      ])
    #expect(try base.remedy(named: "Relax your shoulders")?.evidence.posts == 3)
  }

  @Test("A known remedy is shown by the name more than half its tips write, else by its own")
  func knownRemedyShownAsMostWriteIt() async throws {
    func thread(_ id: String, _ replies: [String]) throws -> String {
      var lines = [
        "Flat feet ache on runs", "ana", "Mar 3, 2015",
        "My arches ache after a few miles. What helps?",
      ]
      for (index, reply) in replies.enumerated() {
        lines += ["rider\(index)", "Mar 4, 2015", reply]
      }
      return try scratch.write("\(id).txt", lines.joined(separator: "\n"))
    }
    let brand = try thread(
      "a",
      [
        "Get some Superfeet, they sorted my arches.", "Get some Superfeet, really.",
        "Get orthotics made.",
      ]
    )
    _ = try await base.add([brand], language: language)
    #expect(
      try base.top(limit: 1, detail: .card(quotes: 2, caveats: 2)).map(\.wording) == ["superfeet"])
    #expect(try base.search("superfeet", limit: 1).remedies.map(\.name) == ["orthotics"])

    // One more writes "insoles": two of four is no majority, and the name stands for all.
    _ = try await base.add([try thread("b", ["Get some insoles, they help."])], language: language)
    #expect(
      try base.top(limit: 1, detail: .card(quotes: 2, caveats: 2)).map(\.wording) == [
        "orthotics"
      ])
  }

  @Test("Synonyms work at query time: psoas finds hip-flexor remedies")
  func psoasFindsHipFlexors() async throws {
    _ = try await base.add([seedPath], language: language)
    let psoas = try base.search("psoas", limit: 3).remedies.map(\.name)
    #expect(psoas == ["hip flexor stretch", "couch stretch", "ball massage"])
  }

  @Test("The most-endorsed remedies overall lead with the ones several people back")
  func top() async throws {
    _ = try await base.add([seedPath], language: language)
    let top = try base.top(limit: 4)
    #expect(
      top.map(\.name) == ["ball massage", "hip flexor stretch", "foam rolling", "couch stretch"])
    #expect(top.map(\.evidence.recommenders) == [4, 3, 3, 2])
  }

  @Test("Re-adding a thread replaces it instead of duplicating it")
  func reAddReplaces() async throws {
    let first = try await base.add([seedPath], language: language)
    let second = try await base.add([seedPath], language: language)
    #expect(second.commit?.threadsReplaced == 1)
    #expect(second.commit?.threads == 1)
    #expect(second.commit?.tips == first.commit?.tips)
    #expect(try base.reader().threads.count == 1)
  }

  @Test("A folder of good and bad files adds the good ones and names each bad one")
  func mixedFolder() async throws {
    let folder = scratch.path + "/exports"
    _ = try scratch.write("exports/notes/ATTRIBUTION.md", "# sources\n")
    _ = try scratch.write("exports/empty.json", "")
    _ = try scratch.write("exports/truncated.json", #"{"post_stream": {"posts": [{"id": 1,"#)
    let copy = try String(contentsOfFile: seedPath, encoding: .utf8)
    _ = try scratch.write("exports/seed.txt", copy)
    let report = try await base.add([folder], language: language)
    #expect(report.threads.map(\.id) == ["seed"])
    #expect(report.failures.map(\.path) == [folder + "/empty.json", folder + "/truncated.json"])
    #expect(report.failures.allSatisfy { !$0.description.contains("\n") })
  }

  @Test("Files that cannot be read leave the index byte-identical")
  func badFilesChangeNothing() async throws {
    _ = try await base.add([seedPath], language: language)
    let before = try scratch.snapshot()
    let garbage = try scratch.write("garbage.bin", "\u{0}\u{1}\u{2}binary")
    let report = try await base.add([garbage, scratch.path + "/missing.json"], language: language)
    #expect(report.commit == nil)
    #expect(report.failures.count == 2)
    #expect(try scratch.snapshot() == before)
  }

  @Test("A corrupted index file gives one clear line, not a crash")
  func corruptIndex() async throws {
    _ = try await base.add([seedPath], language: language)
    let dataFile = try #require(
      try FileManager.default.contentsOfDirectory(atPath: scratch.index).first {
        $0.hasSuffix(".tips")
      })
    let url = URL(fileURLWithPath: scratch.index + "/" + dataFile)
    var bytes = try Data(contentsOf: url)
    // In the term dictionaries, just before the footer: what every search reads.
    bytes[bytes.count - 40] ^= 0xFF
    try bytes.write(to: url)
    #expect {
      _ = try base.search("hip flexor", limit: 3).remedies
    } throws: { error in
      let message = "\(error)"
      return message.contains(dataFile) && message.contains("corrupt") && !message.contains("\n")
    }
  }

  @Test("Searching a folder with no index says how to build one")
  func missingIndex() throws {
    #expect(throws: KnowledgeBaseError.missingIndex(directory: scratch.index)) {
      _ = try base.search("core", limit: 3).remedies
    }
  }

  @Test("Removing a thread removes its tips")
  func remove() async throws {
    _ = try await base.add([seedPath], language: language)
    let commit = try base.remove(threadID: "lower-back-pain")
    #expect(commit?.threads == 0)
    #expect(try base.top(limit: 5).isEmpty)
    #expect(try base.remove(threadID: "lower-back-pain") == nil)
  }

  @Test("Filters narrow a search by muscle, tool and kind, by any name the lexicon knows")
  func filters() async throws {
    _ = try await base.add([seedPath], language: language)
    let byTool = try base.top(filters: .init(tool: "kettle bell"), limit: 5)
    #expect(byTool.map(\.name) == ["ball massage"])
    let byKind = try base.top(filters: .init(kind: .practitioner), limit: 5).map(\.name)
    withKnownIssue(
      "act reading regressed here; see the open work on extraction", isIntermittent: true
    ) {
      #expect(byKind == ["chiropractor", "acupuncture", "massage"])
    }
  }

  @Test("A Stack Exchange dump folder adds its posts and skips its other files")
  func stackExchangeDumpFolder() async throws {
    let dump = try fixture("history.meta.stackexchange.com")
    let report = try await base.add([dump], language: language)
    #expect(
      report.threads.map(\.id) == [
        "history.meta.stackexchange.com-271", "history.meta.stackexchange.com-2252",
      ])
    #expect(report.failures.isEmpty)
    #expect(report.skipped.map(\.path) == [dump + "/Comments.xml", dump + "/Users.xml"])
    let named = try await base.add([dump + "/Users.xml"], language: language)
    #expect(
      named.failures.map(\.description) == [
        dump
          + "/Users.xml: the <users> file of a Stack Exchange dump; tips reads the dump's Posts.xml"
      ])
  }

  /// The names of the segment files in the index folder.
  private func segmentFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: scratch.index)
      .filter { $0.hasPrefix("segment-") }.sorted()
  }

  @Test("An add bigger than a batch is written in pieces, committed once, and answers the same")
  func addInBatches() async throws {
    let dump = try fixture("history.meta.stackexchange.com/Posts.xml")
    var batched = base
    batched.batchTextBytes = 1  // a batch per thread
    let report = try await batched.add([dump], language: language)
    let whole = try Scratch()
    let reference = KnowledgeBase(directory: whole.index, lexicon: base.lexicon)
    _ = try await reference.add([dump], language: language)

    let reader = try batched.reader()
    let expected = try reference.reader()
    #expect(reader.generation == 1)
    #expect(try reader.stats.segments == 2)
    #expect(try expected.stats.segments == 1)
    #expect(try segmentFiles().count == reader.stats.segments)
    #expect(report.threads.count == 2)
    #expect(try reader.threads == expected.threads)
    #expect(try Set(reader.tips.map(\.quote)) == Set(expected.tips.map(\.quote)))
    let top = try batched.top(limit: 10)
    let expectedTop = try reference.top(limit: 10)
    #expect(top.map(\.name) == expectedTop.map(\.name))
    #expect(top.map(\.score) == expectedTop.map(\.score))
  }

  @Test("A dump that breaks halfway loses every thread it gave, staged or not")
  func brokenDumpLosesItsThreads() async throws {
    var batched = base
    batched.batchTextBytes = 1  // the dump's first thread is staged before the break
    _ = try await batched.add([seedPath], language: language)
    let before = try scratch.snapshot()
    let whole = try String(
      contentsOfFile: try fixture("history.meta.stackexchange.com/Posts.xml"), encoding: .utf8)
    let cut = try #require(whole.range(of: #"<row Id="2253" PostTypeId="2" Par"#))
    let broken = try scratch.write("broken/Posts.xml", String(whole[..<cut.upperBound]))

    let failed = try await batched.add([broken], language: language)
    #expect(failed.commit == nil)
    #expect(failed.failures.map(\.path) == [broken])
    #expect(try scratch.snapshot() == before)

    let copy = try scratch.write("copy.txt", try String(contentsOfFile: seedPath, encoding: .utf8))
    let mixed = try await batched.add([broken, copy], language: language)
    #expect(mixed.failures.map(\.path) == [broken])
    #expect(mixed.threads.map(\.id) == ["copy"])
    let reader = try batched.reader()
    #expect(try reader.threads.map(\.id) == ["copy", "lower-back-pain"])
    #expect(try segmentFiles().count == reader.stats.segments)
  }
}

/// The same behaviours over real dumps of hundreds of threads in the shared data folder,
/// megabytes each, so the suite runs only when `TIPS_SHARED_DATA` is set.
@Suite(
  "The knowledge base over the shared data",
  .enabled(if: ProcessInfo.processInfo.environment["TIPS_SHARED_DATA"] != nil))
struct KnowledgeBaseSharedDataTests {
  let scratch: Scratch
  let base: KnowledgeBase
  let language: LanguageModel

  init() throws {
    scratch = try Scratch()
    base = KnowledgeBase(directory: scratch.index, lexicon: try Lexicon.shipped())
    language = try LanguageModel.shipped()
  }

  /// `shared/data` beside the package.
  private static let sharedData = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/data")

  @Test("The history.meta slice adds its five questions and skips its other files")
  func sliceDumpFolder() async throws {
    let dump = Self.sharedData.appendingPathComponent("stackexchange/slice-history.meta").path
    let report = try await base.add([dump], language: language)
    #expect(report.threads.count == 5)
    #expect(report.failures.isEmpty)
    #expect(report.skipped.map(\.path) == [dump + "/Comments.xml", dump + "/Users.xml"])
    let named = try await base.add([dump + "/Users.xml"], language: language)
    #expect(
      named.failures.map(\.description) == [
        dump
          + "/Users.xml: the <users> file of a Stack Exchange dump; tips reads the dump's Posts.xml"
      ])
  }

  /// The shared data folder's Stack Exchange dump `name`.
  private static func dump(_ name: String) -> String {
    sharedData.appendingPathComponent("stackexchange/\(name)/Posts.xml").path
  }

  /// The names of the segment files in the index folder.
  private func segmentFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: scratch.index)
      .filter { $0.hasPrefix("segment-") }.sorted()
  }

  @Test("A dump of 257 threads is written in batches, committed once, and answers the same")
  func dumpInBatches() async throws {
    let dump = Self.dump("datascience.meta.stackexchange.com")
    var batched = base
    batched.batchTextBytes = 20_000
    let report = try await batched.add([dump], language: language)
    let whole = try Scratch()
    let reference = KnowledgeBase(directory: whole.index, lexicon: base.lexicon)
    _ = try await reference.add([dump], language: language)

    let reader = try batched.reader()
    let expected = try reference.reader()
    #expect(reader.generation == 1)
    #expect(try reader.stats.segments > 1)
    #expect(try expected.stats.segments == 1)
    #expect(try segmentFiles().count == reader.stats.segments)
    #expect(try report.threads.count == expected.threads.count)
    #expect(try reader.threads == expected.threads)
    #expect(try Set(reader.tips.map(\.quote)) == Set(expected.tips.map(\.quote)))
    let top = try batched.top(limit: 10)
    let expectedTop = try reference.top(limit: 10)
    #expect(top.map(\.name) == expectedTop.map(\.name))
    #expect(top.map(\.score) == expectedTop.map(\.score))
  }

  @Test("A real dump cut at three fifths loses every thread it gave, staged or not")
  func brokenRealDump() async throws {
    var batched = base
    batched.batchTextBytes = 20_000
    _ = try await batched.add([seedPath], language: language)
    let before = try scratch.snapshot()
    let whole = try Data(
      contentsOf: URL(fileURLWithPath: Self.dump("history.meta.stackexchange.com")))
    let broken = try scratch.write(
      "broken/Posts.xml", String(decoding: whole.prefix(whole.count * 3 / 5), as: UTF8.self))

    let failed = try await batched.add([broken], language: language)
    #expect(failed.commit == nil)
    #expect(failed.failures.map(\.path) == [broken])
    #expect(try scratch.snapshot() == before)

    let copy = try scratch.write("copy.txt", try String(contentsOfFile: seedPath, encoding: .utf8))
    let mixed = try await batched.add([broken, copy], language: language)
    #expect(mixed.failures.map(\.path) == [broken])
    #expect(mixed.threads.map(\.id) == ["copy"])
    let reader = try batched.reader()
    #expect(try reader.threads.map(\.id) == ["copy", "lower-back-pain"])
    #expect(try segmentFiles().count == reader.stats.segments)
  }
}
