import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore

/// A loopback server answering as Discourse, Reddit and the Stack Exchange API do, from the
/// recorded responses in `Fixtures/`, and misbehaving on purpose on a few topics.
///
/// | path | answer |
/// |---|---|
/// | `/t/5150.json` | 301 to the slug's address, as Discourse redirects |
/// | `/t/knee-pain-on-the-stairs-after-long-rides/5150.json` | the topic's first page |
/// | `/t/5150/posts.json?post_ids[]=9005&post_ids[]=9006` | the rest of its posts |
/// | `/r/running/comments/1b2c3d4.json?limit=500` | the Reddit comments page |
/// | `/2.3/questions/48690…` | the question and two pages of answers |
/// | `/2.3/questions/1…` | the API's error object, HTTP 400 |
/// | `/t/6.json?hop=N` | redirects to hop N+1 until hop 5, then the topic |
/// | `/t/7.json?hop=N` | redirects to hop N+1 for ever |
/// | `/t/8.json` | a redirect to `ftp:` |
/// | `/t/9.json` | the topic, after 3 s |
/// | `/t/10.json` | JSON that is not a topic |
///
/// Every answer requires a `User-Agent` of the form tips sends.
enum FixtureForum {
  /// Runs `body` with the server's origin (`http://localhost:PORT`).
  static func withServer<T: Sendable>(_ body: @Sendable (String) async throws -> T)
    async throws -> T
  {
    let router = Router()
    router.get("**") { request, _ in try await answer(to: request) }
    var logger = Logger(label: "fixture-forum")
    logger.logLevel = .error
    let app = Application(router: router, logger: logger)
    return try await app.test(.live) { client in
      try await body("http://localhost:\(client.port ?? 0)")
    }
  }

  private static func answer(to request: Request) async throws -> Response {
    let agent = request.headers[.userAgent] ?? ""
    guard agent.hasPrefix("tips/"), agent.hasSuffix(" (forum thread reader)") else {
      return Response(status: .forbidden)
    }
    let path = request.uri.path
    let query = request.uri.queryParameters
    let hop = query["hop"].flatMap { Int($0) } ?? 0
    switch path {
    case "/t/5150.json":
      return redirect(to: "/t/knee-pain-on-the-stairs-after-long-rides/5150.json")
    case "/t/knee-pain-on-the-stairs-after-long-rides/5150.json":
      return try fixture("discourse-topic-page1.json")
    case "/t/5150/posts.json", "/t/6/posts.json":
      guard query[values: "post_ids%5B%5D"] == ["9005", "9006"] else {
        return Response(status: .badRequest)
      }
      return try fixture("discourse-posts.json")
    case "/t/6.json" where hop >= 5:
      return try fixture("discourse-topic-page1.json")
    case "/t/6.json", "/t/7.json":
      return redirect(to: "\(path)?hop=\(hop + 1)")
    case "/t/8.json":
      return redirect(to: "ftp://localhost/t/8.json")
    case "/t/9.json":
      try await Task.sleep(for: .seconds(3))
      return try fixture("discourse-topic-page1.json")
    case "/t/10.json":
      return json(Data(#"{"users": [], "primary_groups": []}"#.utf8))
    case "/r/running/comments/1b2c3d4.json" where query["limit"] == "500":
      return try fixture("reddit-comments.json")
    case "/2.3/questions/48690", "/2.3/questions/48690/answers":
      guard query["site"] == "fitness.stackexchange.com", query["filter"] == "withbody" else {
        return Response(status: .badRequest)
      }
      if path.hasSuffix("/answers") {
        return try fixture("stackexchange-answers-\(query["page"] ?? "1").json")
      }
      return try fixture("stackexchange-question.json")
    case "/2.3/questions/1":
      var response = try fixture("stackexchange-error.json")
      response.status = .badRequest
      return response
    default:
      return Response(status: .notFound)
    }
  }

  /// The recorded response `name` from `Fixtures/`, as JSON.
  static func fixture(_ name: String) throws -> Response {
    guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
      return Response(status: .notFound)
    }
    return json(try Data(contentsOf: url))
  }

  private static func json(_ data: some DataProtocol) -> Response {
    Response(
      status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }

  private static func redirect(to location: String) -> Response {
    Response(status: .movedPermanently, headers: [.location: location])
  }
}
