import Testing
import TipsCore

@testable import TipsExtract

@Suite("Splitting forum text into sentences")
struct SentenceSplitterTests {
  func split(_ text: String) -> [String] {
    SentenceSplitter.sentences(in: text).map { String(text[$0]) }
  }

  @Test(
    "Sentences survive forum text, capitals or none",
    arguments: zip(
      [
        "NIKE Trainings CLUB App. :+1:t2:",
        "See https://example.com/a.b for more. Then rest.",
        "Walk. Yoga. Tai Chi. Acupuncture.",
        "Buy a softball. just work it in.",
        "I work for govt. agency now. Fine.",
        "First line\nSecond line",
        "Try e.g. the couch stretch. It works!",
        "A. Reduce dietary fat.\nB. Increase fiber",
        "Ask Joe P. Smith about it.",
        "saddle is too low. raise it 5mm at a time",
        "I tried... nothing worked. at 7 a.m. it hurts",
        "[It may also cure it.] Do not take it daily. [Or so I read.]",
        "look at your fuelling too - are you getting 60g carbs an hour?",
        "Is it worth it - the whole 8-week plan - or not?",
      ],
      [
        ["NIKE Trainings CLUB App.", ":+1:t2:"],
        ["See https://example.com/a.b for more.", "Then rest."],
        ["Walk.", "Yoga.", "Tai Chi.", "Acupuncture."],
        ["Buy a softball.", "just work it in."],
        ["I work for govt. agency now.", "Fine."],
        ["First line", "Second line"],
        ["Try e.g. the couch stretch.", "It works!"],
        ["A.", "Reduce dietary fat.", "B.", "Increase fiber"],
        ["Ask Joe P. Smith about it."],
        ["saddle is too low.", "raise it 5mm at a time"],
        ["I tried... nothing worked.", "at 7 a.m. it hurts"],
        ["[It may also cure it.]", "Do not take it daily.", "[Or so I read.]"],
        ["look at your fuelling too", "are you getting 60g carbs an hour?"],
        ["Is it worth it - the whole 8-week plan - or not?"],
      ]))
  func sentences(text: String, expected: [String]) {
    #expect(split(text) == expected)
  }

  @Test("A colon or comma inside a number cuts no clause; one between words does")
  func clausesKeepNumbers() {
    let text = "I stuck with the 4:00 pacer for 10,000 meters, then walked: it helped"
    let words = WordFolding.words(in: text[...])
    let clauses = Clauses.split(text, words: words).map { range in
      words[range].map { String(text[$0.range]) }.joined(separator: " ")
    }
    #expect(
      clauses == ["I stuck with the 4 00 pacer for 10 000 meters", "then walked", "it helped"])
  }
}
