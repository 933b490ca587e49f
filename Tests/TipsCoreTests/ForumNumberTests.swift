import Testing
import TipsCore

@Suite("Numbers from exports")
struct ForumNumberTests {
  @Test(
    "Likes are clamped to 0...1,000,000; a negative score counts as no likes",
    arguments: zip(
      [Int.max, 1_000_001, 1_000_000, 42, 0, -3, Int.min],
      [
        1_000_000, 1_000_000, 1_000_000, 42, 0, 0, 0,
      ]))
  func likes(value: Int, likes: Int) {
    #expect(ForumNumber.likes(value) == likes)
    #expect(Post(number: 1, likes: value, text: "x").likes == likes)
    #expect(
      Tip(remedy: "r", kind: .other, thread: "t", post: 1, likes: value, quote: "q").likes
        == likes)
  }

  @Test(
    "Integers parse with a sign and saturate instead of failing",
    arguments: zip(
      [
        "12", "+7", "-3", "9223372036854775807", "99999999999999999999", "-99999999999999999999",
        "", "-", "1e3", "12a", " 1",
      ],
      [12, 7, -3, Int.max, Int.max, Int.min, nil, nil, nil, nil, nil] as [Int?]))
  func integers(text: String, value: Int?) {
    #expect(ForumNumber.integer(parsing: text) == value)
  }

  @Test("Sums of counts saturate instead of trapping")
  func sums() {
    #expect(ForumNumber.saturatingSum([Int.max, Int.max, 1]) == Int.max)
    #expect(ForumNumber.saturatingSum([Int.min, -1]) == Int.min)
    #expect(ForumNumber.saturatingSum([1_000_000, 1_000_000]) == 2_000_000)
  }

  @Test("Post numbers stay in range; a reference out of range points nowhere")
  func postNumbers() {
    let post = Post(
      number: Int.max, replyTo: 0, quotes: [QuotedPost(post: -1, author: "a")],
      text: "x")
    #expect(post.number == 1_000_000)
    #expect(post.replyTo == nil)
    #expect(post.quotes == [QuotedPost(post: nil, author: "a")])
  }
}
