import Testing
import TipsCore

@testable import TipsIndex

@Suite("Stored remedy evidence")
struct RemedyAggregateCodingTests {
  @Test("A remedy's aggregate reads back as written, people and wordings and all")
  func roundTrip() throws {
    let tips = [
      Tip(
        remedy: "yoga", kind: .stretch, thread: "a", post: 1, author: "Ann", likes: 3,
        stance: .recommends, quote: "q"),
      Tip(
        remedy: "yoga", kind: .stretch, thread: "a", post: 2, author: nil, likes: 0,
        stance: .against, quote: "q"),
      Tip(
        remedy: "yoga", kind: .stretch, thread: "b", post: 1, author: "Élise", likes: 1,
        stance: .agrees, quote: "q", wording: "yoga classes"),
    ]
    let aggregate = RemedyAggregate(tips: tips)
    var writer = ByteWriter()
    writer.writeRemedyAggregate(aggregate)
    var reader = ByteReader(writer.bytes)
    #expect(try reader.readRemedyAggregate() == aggregate)
    #expect(reader.isAtEnd)
  }

  @Test("A stored aggregate naming one person twice is refused with the reason")
  func duplicatePerson() {
    var writer = ByteWriter()
    for _ in 0..<9 { writer.writeCount(0) }
    writer.writeCount(2)
    for _ in 0..<2 {
      writer.writeString("ann")
      for _ in 0..<3 { writer.writeCount(1) }
    }
    var reader = ByteReader(writer.bytes)
    #expect(throws: FormatError(reason: "remedy evidence names 'ann' twice")) {
      try reader.readRemedyAggregate()
    }
  }
}
