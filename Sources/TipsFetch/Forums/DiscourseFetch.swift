import Foundation
import TipsCore
import TipsIngest

/// Reads a Discourse topic through its JSON, page by page, into the one topic JSON the
/// Discourse importer reads.
///
/// `/t/ID.json` carries the first posts (Discourse's `chunk_size`, 20) and `post_stream.stream`,
/// the ids of every post in order; the rest come from `/t/ID/posts.json?post_ids[]=…`, a
/// chunk at a time. They are spliced into the first response's `post_stream.posts`, in the
/// stream's order, so the importer sees the topic as a full export has it, every field kept.
enum DiscourseFetch {
  /// Post ids asked for per `posts.json` request: Discourse's own chunk size.
  static let chunkSize = 20

  static func thread(origin: String, topicID: Int, downloader: inout Downloader)
    async throws(FetchError) -> TipsCore.Thread
  {
    let address = downloader.address
    let first = try await downloader.body(of: "\(origin)/t/\(topicID).json")
    guard var topic = try? JSONSerialization.jsonObject(with: Data(first)) as? [String: Any],
      var postStream = topic["post_stream"] as? [String: Any],
      var posts = postStream["posts"] as? [[String: Any]]
    else {
      throw .notThread(url: address, reason: "the answer is not a Discourse topic's JSON")
    }
    let stream = (postStream["stream"] as? [Any])?.compactMap(Self.integer) ?? []
    let have = Set(posts.compactMap { $0["id"].flatMap(Self.integer) })
    let missing = stream.filter { !have.contains($0) }
    var start = missing.startIndex
    while start < missing.endIndex {
      let chunk = missing[start..<min(start + chunkSize, missing.endIndex)]
      start = chunk.endIndex
      let query = chunk.map { "post_ids%5B%5D=\($0)" }.joined(separator: "&")
      let page = try await downloader.body(of: "\(origin)/t/\(topicID)/posts.json?\(query)")
      guard let object = try? JSONSerialization.jsonObject(with: Data(page)) as? [String: Any],
        let more = (object["post_stream"] as? [String: Any])?["posts"] as? [[String: Any]]
      else {
        throw .notThread(url: address, reason: "a page of posts is not Discourse's posts JSON")
      }
      posts += more
    }
    // The stream's order is the topic's; posts it does not list (none, normally) go last.
    let position = Dictionary(
      stream.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    posts = posts.enumerated().sorted { a, b in
      let left = a.element["id"].flatMap(Self.integer).flatMap { position[$0] } ?? Int.max
      let right = b.element["id"].flatMap(Self.integer).flatMap { position[$0] } ?? Int.max
      return (left, a.offset) < (right, b.offset)
    }.map(\.element)
    postStream["posts"] = posts
    topic["post_stream"] = postStream
    guard let merged = try? JSONSerialization.data(withJSONObject: topic) else {
      throw .notThread(url: address, reason: "the topic's JSON could not be put together")
    }
    var thread = try ImportedThread.one(from: [UInt8](merged), address: address)
    thread.url = "\(origin)/t/\(topicID)"
    return thread
  }

  /// An id as JSON gives it: an integer, never a string or a fraction.
  private static func integer(_ value: Any) -> Int? {
    guard let number = value as? NSNumber, !(value is Bool) else { return nil }
    let integer = number.intValue
    return Double(integer) == number.doubleValue ? integer : nil
  }
}
