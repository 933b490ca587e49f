import Testing
import TipsIndex

@Suite("Analyzer")
struct AnalyzerTests {
  let analyzer = Analyzer()

  /// The terms of `text` as "text@position", so a failure shows both at a glance.
  func terms(_ text: String) -> [String] {
    analyzer.terms(in: text).map { "\($0.text)@\($0.position)" }
  }

  @Test("A possessive 's is dropped: \"Child's Pose\" is child, pose")
  func possessive() {
    #expect(terms("Child's Pose") == ["child@0", "pose@1"])
    #expect(terms("Child’s pose") == ["child@0", "pose@1"])
  }

  @Test("A hyphen splits a word into terms at consecutive positions, as a space does")
  func hyphen() {
    #expect(terms("T-Spine") == ["t@0", "spine@1"])
    #expect(terms("T-Spine mobility") == terms("t spine mobility"))
  }

  @Test("Diacritics are removed and words stemmed: \"Café stretching\" is cafe, stretch")
  func diacritics() {
    #expect(terms("Café stretching") == ["cafe@0", "stretch@1"])
    #expect(terms("Cafe\u{301} stretching") == ["cafe@0", "stretch@1"])
  }

  @Test("Fullwidth letters and an ideographic space fold by NFKC")
  func fullwidth() {
    #expect(terms("Ｆｏａｍ　Ｒｏｌｌｉｎｇ") == ["foam@0", "roll@1"])
  }

  @Test("Plural and singular give the same terms")
  func plural() {
    #expect(terms("hip flexors") == ["hip@0", "flexor@1"])
    #expect(terms("hip flexors") == terms("Hip flexor"))
  }

  @Test("Stop words are dropped but keep their positions")
  func stopWordGaps() {
    #expect(terms("Pain in the hip") == ["pain@0", "hip@3"])
    #expect(terms("The hip and the knee") == ["hip@1", "knee@4"])
    #expect(terms("it is what it is") == ["what@2"])
  }

  @Test("Negations and words of timing are not stop words")
  func keptWords() {
    #expect(terms("Don't stretch before running") == ["don't@0", "stretch@1", "befor@2", "run@3"])
    #expect(terms("not after") == ["not@0", "after@1"])
  }

  @Test("A contraction stays one term, so I'll is not ill")
  func contractions() {
    #expect(terms("I'll rest when ill") == ["i'll@0", "rest@1", "when@2", "ill@3"])
    #expect(terms("don’t") == terms("don't"))
  }

  @Test("Emoji, symbols and punctuation separate words and take no position")
  func emojiAndPunctuation() {
    #expect(
      terms("Foam rolling 🙌🏽 works!!! 😀 ❤️ — really?? (yes) #mobility @ana")
        == ["foam@0", "roll@1", "work@2", "realli@3", "yes@4", "mobil@5", "ana@6"])
    #expect(terms("👍🏽👨‍👩‍👧 ... !!! ---") == [])
  }

  @Test("Digits are words; letters and digits together are one word")
  func digits() {
    #expect(terms("90/90 stretch for L4-L5") == ["90@0", "90@1", "stretch@2", "l4@4", "l5@5"])
  }

  @Test(
    "Other Latin letters fold to their ASCII spelling; other scripts stay, unstemmed",
    arguments: zip(
      ["Ærø", "Straße", "Łódź", "naïve", "Москва", "東京"],
      [["aero@0"], ["strass@0"], ["lodz@0"], ["naiv@0"], ["москва@0"], ["東京@0"]]))
  func otherLetters(text: String, expected: [String]) {
    #expect(terms(text) == expected)
  }

  @Test("A word mixing scripts is folded whole and split where folding leaves punctuation")
  func foldingSplits() {
    #expect(terms("½ cup") == ["1@0", "2@1", "cup@2"])
  }

  @Test("Calling back term by term gives the same terms as the array")
  func callback() {
    let text = "Foam rolling my hip flexors every night fixed my tight hips."
    var called: [Analyzer.Term] = []
    analyzer.forEachTerm(in: text) { called.append($0) }
    #expect(called == analyzer.terms(in: text))
    #expect(
      called.map(\.text) == [
        "foam", "roll", "hip", "flexor", "everi", "night", "fix", "tight", "hip",
      ])
  }

  @Test("A megabyte of text is analyzed word by word, positions running to the end")
  func megabyte() {
    let sentence = "Foam rolling the T-spine daily, 10 minutes — it’s helped my café-worker back! "
    let repeats = 1_048_576 / sentence.utf8.count + 1
    let text = String(repeating: sentence, count: repeats)
    let terms = analyzer.terms(in: text)
    // Per sentence, 14 words of which "the", "it's" and "my" are stop words.
    #expect(terms.count == repeats * 11)
    #expect(terms.last == Analyzer.Term(text: "back", position: repeats * 14 - 1))
    #expect(
      terms.prefix(12).map { "\($0.text)@\($0.position)" } == [
        "foam@0", "roll@1", "t@3", "spine@4", "daili@5", "10@6", "minut@7", "help@9", "cafe@11",
        "worker@12", "back@13", "foam@14",
      ])
  }

  @Test("A one-megabyte word is one term")
  func megabyteWord() {
    let word = String(repeating: "ab", count: 524_288)
    #expect(
      analyzer.terms(in: "x \(word) y") == [
        Analyzer.Term(text: "x", position: 0), Analyzer.Term(text: word, position: 1),
        Analyzer.Term(text: "y", position: 2),
      ])
  }
}
