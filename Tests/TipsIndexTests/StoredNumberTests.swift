import Testing
import TipsCore

@testable import TipsIndex

/// Likes and post numbers read back from a data file are checked against the ranges every
/// `Post` and `Tip` keeps (`ForumNumber`): a value tips never writes is one clear error
/// naming the thread, never a value that traps when summed.
@Suite("Stored numbers")
struct StoredNumberTests {
  /// A tip's fields as `writeTip` lays them out, with `likes` and `post` written raw.
  private static func tipBytes(post: Int, likes: Int) -> [UInt8] {
    var writer = ByteWriter()
    writer.writeString("foam rolling")
    writer.writeString(RemedyKind.selfMassage.rawValue)
    for _ in 0..<3 { writer.writeCount(0) }  // muscles, tools, conditions
    writer.writeString("discourse-77")
    writer.writeVarInt(post)
    writer.writeBool(false)  // no author
    writer.writeVarInt(likes)
    writer.writeString(Stance.recommends.rawValue)
    writer.writeBool(false)  // agrees with no post
    writer.writeString("Foam rolling helps")
    writer.writeCount(0)  // caveats
    writer.writeBool(false)  // not from an accepted answer
    writer.writeBool(false)  // written as named
    return writer.bytes
  }

  @Test("A tip stored with likes in range reads back")
  func inRange() throws {
    var reader = ByteReader(Self.tipBytes(post: 2, likes: 1_000_000))
    let tip = try reader.readTip()
    #expect(tip.likes == 1_000_000)
    #expect(tip.post == 2)
  }

  @Test(
    "A tip stored with impossible likes or post number is refused, naming the thread",
    arguments: zip(
      [(2, Int.max), (2, -1), (0, 5)],
      [
        "thread 'discourse-77': a tip's likes 9223372036854775807 is outside 0...1000000",
        "thread 'discourse-77': a tip's likes -1 is outside 0...1000000",
        "thread 'discourse-77': a tip's post 0 is outside 1...1000000",
      ]))
  func outOfRange(stored: (post: Int, likes: Int), reason: String) throws {
    var reader = ByteReader(Self.tipBytes(post: stored.post, likes: stored.likes))
    #expect(throws: FormatError(reason: reason)) { try reader.readTip() }
  }

  @Test("Likes above the clamp, as an older tips stored them, say to add the exports again")
  func likesFromAnOlderTips() throws {
    var reader = ByteReader(Self.tipBytes(post: 2, likes: 2_500_000))
    let error = #expect(throws: FormatError.self) { try reader.readTip() }
    let reason =
      "thread 'discourse-77': a tip's likes 2500000 are more than the 1000000 this tips "
      + "keeps, as an older tips stored them"
    #expect(error?.reason == reason)
    let line = IndexError.corrupt(file: "index/segment-1.tips", reason: reason).description
    #expect(line.hasSuffix("delete the folder and run 'tips add' again)"))
    #expect(!line.contains("\n"))
  }

  @Test("A post stored with impossible likes is refused, naming the thread")
  func postOutOfRange() throws {
    var writer = ByteWriter()
    writer.writeVarInt(3)  // number
    writer.writeBool(false)  // no author
    writer.writeBool(false)  // no date
    writer.writeVarInt(Int.max)  // likes
    var reader = ByteReader(writer.bytes)
    #expect(
      throws: FormatError(
        reason: "thread 'discourse-77': post 3's likes 9223372036854775807 is outside 0...1000000")
    ) { try reader.readPost(ofThread: "discourse-77") }
  }
}
