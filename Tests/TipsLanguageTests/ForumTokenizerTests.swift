import Testing

@testable import TipsLanguage

private func tokens(_ text: String) -> [String] {
  ForumTokenizer().tokens(in: text[...]).map { String(text[$0]) }
}

@Test(
  "Contractions, with or without the apostrophe, and possessives split as EWT splits them",
  arguments: zip(
    [
      "I don't know", "I'm sure", "I can't", "you'd better", "Bob's bike", "it’s fine",
      "won't", "we've", "they'll", "players' bags", "I cannot", "gonna try",
      "i dont know", "it didnt help", "im sure", "id try it", "my ID card",
    ],
    [
      ["I", "do", "n't", "know"], ["I", "'m", "sure"], ["I", "ca", "n't"],
      ["you", "'d", "better"], ["Bob", "'s", "bike"], ["it", "’s", "fine"], ["wo", "n't"],
      ["we", "'ve"], ["they", "'ll"], ["players", "'", "bags"], ["I", "can", "not"],
      ["gon", "na", "try"], ["i", "do", "nt", "know"], ["it", "did", "nt", "help"],
      ["i", "m", "sure"], ["i", "d", "try", "it"], ["my", "ID", "card"],
    ]))
func contractions(text: String, expected: [String]) {
  #expect(tokens(text) == expected)
}

@Test(
  "Forum units stay whole",
  arguments: zip(
    [
      "see https://example.com/a?b=1.", "mail me@example.org, thanks", "great :) thanks",
      ":+1: this", "+1 for that", "about 3.5 km", "ran 10k today", "I'm 5'10 tall",
      "at 7:30.", "a mid-ride stop", "self-myofascial release", "e.g. rest", "ask Dr. Lee",
      "1,000 steps", "@anna #running", "wait...", "What?!", "o'clock",
    ],
    [
      ["see", "https://example.com/a?b=1", "."], ["mail", "me@example.org", ",", "thanks"],
      ["great", ":)", "thanks"], [":+1:", "this"], ["+1", "for", "that"],
      ["about", "3.5", "km"], ["ran", "10k", "today"], ["I", "'m", "5'10", "tall"],
      ["at", "7:30", "."], ["a", "mid-ride", "stop"], ["self-myofascial", "release"],
      ["e.g.", "rest"], ["ask", "Dr.", "Lee"], ["1,000", "steps"], ["@anna", "#running"],
      ["wait", "..."], ["What", "?!"], ["o'clock"],
    ]))
func wholeUnits(text: String, expected: [String]) {
  #expect(tokens(text) == expected)
}

@Test("Punctuation is split off and ranges point into the original text")
func punctuationAndRanges() {
  let text = "Ice it (twice), then rest. Really!"
  #expect(
    tokens(text) == ["Ice", "it", "(", "twice", ")", ",", "then", "rest", ".", "Really", "!"])
  let post = "Quote: “Rest it.” 👍🏽 ok"
  let ranges = ForumTokenizer().tokens(in: post.dropFirst(7))
  #expect(ranges.map { String(post[$0]) } == ["“", "Rest", "it", ".", "”", "👍🏽", "ok"])
}
