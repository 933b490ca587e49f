import Testing
import TipsCore

@Suite("Red flags: symptoms that call for medical help")
struct RedFlagsTests {
  let redFlags: RedFlags

  init() throws {
    redFlags = try RedFlags.shipped()
  }

  @Test(
    "A sentence that mentions a red flag in everyday words finds it",
    arguments: zip(
      [
        "Since Tuesday my groin has gone numb and my lower back aches.",
        "Pins and needles in both buttocks when I sit on the toilet",
        "I've lost control of my bladder twice this week!",
        "Sometimes I struggle to pee in the morning",
        "The back pain wakes me up every night",
        "I get a tight chest when I climb the stairs",
        "Fever and lower back pain since Sunday",
        "I've lost weight without trying and my back hurts",
        "My wife said my speech was slurred and my face drooped",
        "Both legs went weak and numb after lifting",
        "Hurt my back after a car accident last year",
      ],
      [
        "numbness around the genitals or buttocks", "numbness around the genitals or buttocks",
        "loss of bladder or bowel control", "difficulty passing urine",
        "pain that is worse at night or not eased by rest", "chest pain on exertion",
        "fever with back pain", "weight loss without trying",
        "signs of a stroke: a drooping face, weak arms or slurred speech",
        "numbness or weakness in both legs", "back pain after a serious accident",
      ]))
  func mentioned(sentence: String, flag: String) {
    #expect(redFlags.flags(mentionedIn: sentence).map(\.name) == [flag])
  }

  @Test(
    "Self-care talk and denied symptoms are no red flag",
    arguments: [
      "Foam rolling my calves every night helps a lot.",
      "Stretch your hip flexors after a long ride; the couch stretch is great.",
      "I have no numbness in the groin and my bladder is fine.",
      "Not feverish at all, just a stiff lower back.",
      "My back feels better after I run, even when it was sore at night.",
    ])
  func notMentioned(sentence: String) {
    #expect(redFlags.flags(mentionedIn: sentence).isEmpty)
  }

  @Test("The concepts of a flag must meet in one sentence, not across a post")
  func oneSentence() {
    #expect(
      redFlags.flags(mentionedIn: "My groin is sore from the saddle. My toes went numb.")
        .isEmpty)
  }

  @Test("Every shipped flag names an https source with a title")
  func sourced() {
    #expect(redFlags.flags.count >= 12)
    for flag in redFlags.flags {
      #expect(!flag.sources.isEmpty, "\(flag.name)")
      #expect(flag.sources.allSatisfy { $0.url.hasPrefix("https://") && !$0.title.isEmpty })
    }
  }

  @Test("A flag without a source is refused, naming the file and the flag")
  func unsourced() {
    #expect(
      throws: LexiconError.malformed(
        path: "flags.txt", line: 0, reason: "[dizziness] needs a source and a match line")
    ) {
      try RedFlags(parsing: "[dizziness]\nmatch: dizzy\n", source: "flags.txt")
    }
  }
}
