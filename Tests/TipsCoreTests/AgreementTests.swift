import Testing
import TipsCore

@Test(
  "Agreements are read with the person they name and whether they open the sentence",
  arguments: [
    ("+1 for rolling.", nil, true),
    ("+1 to Chad, rolling works.", "chad", true),
    ("👍", nil, true),
    ("What Coach Chad said!", "chad", true),
    ("Yeah, what he said.", nil, true),
    ("Same here, the couch stretch fixed it.", nil, true),
    ("I do a lot of hip work, so I'm also in agreement with Coach Chad.", "chad", false),
    ("I agree with @kgulmer on this.", "kgulmer", true),
    ("Chad is spot on.", "chad", true),
    ("This.", nil, true),
  ] as [(String, String?, Bool)])
func agreementForms(sentence: String, name: String?, opens: Bool) throws {
  let agreement = try #require(Agreement(sentence: sentence))
  #expect(agreement.name == name)
  #expect(agreement.opensSentence == opens)
}

@Test(
  "Disagreeing, agreeing to a statement said right there, and siding with nobody are no agreement",
  arguments: [
    "I don't agree with Chad at all.", "I'm not in agreement with that.",
    "Try the couch stretch.", "This is what fixed it for me.",
    "I agree that some specialties have gone too far.",
    "I agree with this consensus that it should not have been written that way.",
  ])
func notAgreements(sentence: String) {
  #expect(Agreement(sentence: sentence) == nil)
}
