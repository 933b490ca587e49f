import Testing
import TipsIndex

@Suite("Inverted index")
struct PostingsTests {
  /// Tip ordinals: 0 and 1 are the hips thread's (0 recommends foam rolling, 1 agrees with a
  /// caveat about a sore knee), 2 and 3 the knees thread's (couch stretch, squats against).
  @Test(
    "An analyzed term lists the tips containing it in a field, with frequencies",
    arguments: [
      (IndexField.remedy, "foam", [Posting(tip: 0, frequency: 1), Posting(tip: 1, frequency: 1)]),
      (.remedy, "squat", [Posting(tip: 3, frequency: 1)]),
      // "hip" and "hips" are one term: "my hip flexors ... my tight hips".
      (.quote, "hip", [Posting(tip: 0, frequency: 2)]),
      // Stems: "helped" is "help", "minutes" "minut", "running" "run"; stop words are gone.
      (.quote, "help", [Posting(tip: 2, frequency: 1)]),
      (.quote, "my", []),
      (.muscles, "flexor", [Posting(tip: 0, frequency: 1), Posting(tip: 2, frequency: 1)]),
      (.muscles, "quad", [Posting(tip: 2, frequency: 1)]),
      (.tools, "roller", [Posting(tip: 0, frequency: 1), Posting(tip: 1, frequency: 1)]),
      (.conditions, "knee", [Posting(tip: 2, frequency: 1), Posting(tip: 3, frequency: 1)]),
      (.caveats, "knee", [Posting(tip: 1, frequency: 1)]),
      (.caveats, "minut", [Posting(tip: 2, frequency: 1)]),
      // The title field holds the thread's title and the start of its opener: "Knee pain
      // when squatting", "Couch stretch helped my knee pain. ...".
      (.title, "knee", [Posting(tip: 2, frequency: 2), Posting(tip: 3, frequency: 2)]),
      (.title, "run", [Posting(tip: 0, frequency: 1), Posting(tip: 1, frequency: 1)]),
      (.quote, "1", [Posting(tip: 1, frequency: 1)]),
      // Terms are stored analyzed: an unanalyzed query term finds nothing.
      (.quote, "Knee", []),
      (.conditions, "hip flexor", []),
      (.tools, "knee", []),
    ])
  func postings(field: IndexField, term: String, expected: [Posting]) throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.hips, Fixture.knees])
    let reader = try IndexReader.open(directory: scratch.index)
    #expect(try reader.postings(field: field, term: term) == expected)
    #expect(try reader.documentFrequency(field: field, term: term) == expected.count)
  }

  @Test("Stats count distinct terms per field")
  func termCount() throws {
    let scratch = try Scratch()
    var writer = try IndexWriter(directory: scratch.index)
    try writer.commit(adding: [Fixture.knees])
    // remedy: couch stretch squat (3); muscles: quad hip flexor (3); tools: none;
    // conditions: knee pain (2); quote: couch stretch help knee pain squat made wors (8);
    // caveats: hold two minut not befor run (6); title and opener: knee pain when squat couch
    // stretch help made wors (9); the post, once: couch stretch help knee pain squat made
    // wors (8).
    #expect(try IndexReader.open(directory: scratch.index).stats.terms == 39)
  }
}
