import Foundation
import TipsCore
import TipsIndex

/// One line of `tips extract`'s output: a thread, what `add` needs to store it, and the tips
/// found in it. `tips add --from-tips` reads these lines back without extracting again.
///
/// Keys are written sorted and nothing depends on the clock or the machine, so the same
/// input gives the same bytes; the format is documented in docs/extract-lines.md.
public struct ExtractedThread: Codable, Sendable {
  /// The thread's stable id.
  public var thread: String
  public var title: String
  public var url: String?
  public var format: ThreadFormat
  /// The file the thread was read from ("-" for standard input).
  public var source: String
  public var posts: [Post]
  public var tips: [Tip]

  init(_ indexed: IndexedThread, source: String) {
    thread = indexed.thread.id
    title = indexed.thread.title
    url = indexed.thread.url
    format = indexed.thread.format
    self.source = source
    posts = indexed.thread.posts
    tips = indexed.tips
  }

  /// The line, without its newline.
  func line() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Every field is a string, a number, a bool or an array of them: encoding cannot fail.
    let bytes = (try? encoder.encode(self)) ?? Data("{}".utf8)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The thread and its tips as the index stores them. Numbers go through the models'
  /// initializers again, so a hand-edited line is clamped like any export.
  var indexed: IndexedThread {
    let posts = self.posts.map { post in
      Post(
        number: post.number, author: post.author, date: post.date, likes: post.likes,
        replyTo: post.replyTo,
        quotes: post.quotes.map { QuotedPost(post: $0.post, author: $0.author) },
        isAccepted: post.isAccepted, text: post.text)
    }
    let accepted = Set(posts.filter(\.isAccepted).map(\.number))
    let tips = self.tips.map { tip in
      Tip(
        remedy: tip.remedy, kind: tip.kind, muscles: tip.muscles, tools: tip.tools,
        conditions: tip.conditions, thread: thread, post: tip.post, author: tip.author,
        likes: tip.likes, stance: tip.stance, agreesWith: tip.agreesWith, quote: tip.quote,
        caveats: tip.caveats, isAccepted: accepted.contains(tip.post), wording: tip.wording)
    }
    return IndexedThread(
      thread: Thread(id: thread, title: title, url: url, format: format, posts: posts),
      tips: tips)
  }

  /// True when `bytes`, a file's first line, is one of these lines rather than an export.
  static func opensExtractedLines(_ bytes: [UInt8]) -> Bool {
    (try? JSONDecoder().decode(Probe.self, from: Data(bytes))) != nil
  }

  /// The keys only these lines carry together.
  private struct Probe: Decodable {
    var thread: String
    var posts: [Post]
    var tips: [Tip]
  }
}
