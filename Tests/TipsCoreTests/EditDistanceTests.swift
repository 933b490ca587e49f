import Testing

@testable import TipsCore

@Suite("Edit distance between spellings")
struct EditDistanceTests {
  func distance(_ a: String, _ b: String, atMost limit: Int = 2) -> Int {
    EditDistance.between(Array(a.utf8), Array(b.utf8), atMost: limit)
  }

  @Test("Each insertion, deletion, substitution and swap of neighbours counts one")
  func singleEdits() {
    #expect(distance("ibuprofen", "ibuprofen") == 0)
    #expect(distance("ibuprofin", "ibuprofen") == 1)
    #expect(distance("recieve", "receive") == 1)
    #expect(distance("herb", "herbal") == 2)
    #expect(distance("nizoral", "nizerol") == 2)
    #expect(distance("", "ice") == 3)
  }

  @Test("Past the limit the answer is limit + 1, however far apart the words are")
  func cappedAtTheLimit() {
    #expect(distance("remedy", "rememb", atMost: 1) == 2)
    #expect(distance("stretch", "massage", atMost: 2) == 3)
    #expect(distance("a", "stretching", atMost: 2) == 3)
  }
}
