import Foundation
import Testing
import TipsCore

@Suite("Posts as extracted threads write them")
struct PostCodingTests {
  @Test("A post written before answersMissingPost existed reads as one the export holds whole")
  func olderExtractedPost() throws {
    let json = """
      {"number": 2, "likes": 3, "replyTo": 1, "quotes": [], "isAccepted": false,
       "text": "Ice it."}
      """
    let post = try JSONDecoder().decode(Post.self, from: Data(json.utf8))
    #expect(post == Post(number: 2, likes: 3, replyTo: 1, text: "Ice it."))
    #expect(!post.answersMissingPost)
  }

  @Test("A post round-trips through JSON with every field, the mark included")
  func roundTrip() throws {
    let post = Post(
      number: 1, author: "ken", date: "1993-04-05", likes: 0,
      quotes: [QuotedPost(post: nil, author: "jon")], answersMissingPost: true,
      text: "Ceftin is better.")
    let decoded = try JSONDecoder().decode(Post.self, from: JSONEncoder().encode(post))
    #expect(decoded == post)
  }

  @Test("A NUL a JSON export escapes into a post or a title is dropped, however it is read")
  func nulCharacters() throws {
    let json = """
      {"number": 2, "likes": 0, "quotes": [], "isAccepted": false,
       "text": "Ice it, caf\\u00e9\\u0000\\u0000."}
      """
    let post = try JSONDecoder().decode(Post.self, from: Data(json.utf8))
    #expect(post.text == "Ice it, café.")
    let titled = try JSONDecoder().decode(
      TipsCore.Thread.self,
      from: Data(
        #"{"id": "t", "title": "Knee pain\u0000", "format": "usenet", "posts": []}"#.utf8))
    #expect(titled.title == "Knee pain")
  }
}
