import Foundation
import TipsCore

/// The seed thread as a careful reader split it (`../shared/seed/lower-back-pain.posts.json`),
/// so extraction is tested apart from the copied-text splitter.
enum SeedFixture {
  static let sharedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")

  private struct PostsFile: Decodable {
    struct Entry: Decodable {
      var number: Int
      var author: String?
      var likes: Int
      var reply_to: Int?
      var text: String
    }
    var title: String
    var posts: [Entry]
  }

  static func thread() throws -> TipsCore.Thread {
    let url = sharedDirectory.appendingPathComponent("seed/lower-back-pain.posts.json")
    let file = try JSONDecoder().decode(PostsFile.self, from: Data(contentsOf: url))
    return TipsCore.Thread(
      id: "lower-back-pain", title: file.title, format: .copiedText,
      posts: file.posts.map {
        Post(number: $0.number, author: $0.author, likes: $0.likes, replyTo: $0.reply_to, text: $0.text)
      })
  }
}
