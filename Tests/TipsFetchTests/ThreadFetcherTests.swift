import Foundation
import Testing
import TipsCore

@testable import TipsFetch

/// `tips add URL` against a loopback forum: each shape read whole through the importer, and
/// each failure one line naming the address.
@Suite("Fetching threads from a loopback forum")
struct ThreadFetcherTests {
  static func fetcher(origin: String, configure: (inout FetchLimits) -> Void = { _ in })
    -> ThreadFetcher
  {
    var limits = FetchLimits(version: "9.9.9")
    configure(&limits)
    var fetcher = ThreadFetcher(limits: limits)
    fetcher.stackExchangeAPI = origin + "/2.3"
    return fetcher
  }

  static func fetch(
    _ path: String, configure: @Sendable (inout FetchLimits) -> Void = { _ in }
  ) async throws -> Result<ThreadFetcher.Fetched, FetchError> {
    try await FixtureForum.withServer { origin in
      let address = path.hasPrefix("https://") ? path : origin + path
      let results = await fetcher(origin: origin, configure: configure).threads(at: [address])
      return try #require(results.first)
    }
  }

  @Test("A Discourse topic longer than one page is read whole, in order, after a redirect")
  func discourseTopic() async throws {
    let fetched = try await Self.fetch("/t/knee-pain-on-the-stairs-after-long-rides/5150/3").get()
    let thread = fetched.thread
    #expect(thread.id == "discourse-5150")
    #expect(thread.title == "Knee pain on the stairs after long rides")
    #expect(thread.format == .discourseJSON)
    #expect(thread.posts.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(
      thread.posts.map(\.author) == [
        "ridgeway", "coach_ana", "ridgeway", "coach_ana", "mtb_sam", "ridgeway",
      ])
    #expect(thread.post(5)?.text.contains("Foam roll the quads after every ride.") == true)
    #expect(thread.url?.hasSuffix("/t/5150") == true)
    #expect(fetched.notes.isEmpty)
  }

  @Test("A Reddit comments page is read with its tree, and the comments behind 'more' are counted")
  func redditThread() async throws {
    let fetched = try await Self.fetch(
      "/r/running/comments/1b2c3d4/shin_splints_rest_or_run_through/"
    ).get()
    #expect(fetched.thread.id == "reddit-1b2c3d4")
    #expect(fetched.thread.format == .redditJSON)
    #expect(fetched.thread.posts.count == 5)
    #expect(
      fetched.notes == [
        "reddit-1b2c3d4: 5 comments Reddit did not send (behind \"more\" links) skipped"
      ])
  }

  @Test("A Stack Exchange question comes with every page of answers, as a dump would give it")
  func stackExchangeQuestion() async throws {
    let fetched = try await Self.fetch(
      "https://fitness.stackexchange.com/questions/48690/shin-pain-after-increasing-mileage"
    ).get()
    let thread = fetched.thread
    #expect(thread.id == "fitness.stackexchange.com-48690")
    #expect(thread.url == "https://fitness.stackexchange.com/q/48690")
    #expect(thread.title == "Shin pain after increasing mileage – rest or \"run through it\"?")
    #expect(
      thread.posts.map(\.author) == [
        "Mara \"Miles\" Osei", "K. Brandt", "jo's knees", "user19004",
      ])
    #expect(thread.posts.map(\.likes) == [7, 12, 4, 1])
    #expect(thread.posts.map(\.isAccepted) == [false, true, false, false])
    #expect(
      thread.post(1)?.text
        == "I went from 20 to 35 km a week over a month and now the inside of both shins aches "
        + "for the first kilometre of every run.\n\nShould I rest, or is it fine to keep "
        + "running & let it settle?")
    #expect(thread.post(2)?.date == "2024-04-22T16:28:20.000")
  }

  @Test(
    "Each failure is one line naming the address",
    arguments: [
      ("/t/404/missing-topic", "not found (HTTP 404)"),
      ("/t/10/not-a-topic", "not a thread: the answer is not a Discourse topic's JSON"),
      ("/t/7/loop", "more than 5 redirects"),
      ("/t/8/elsewhere", "redirected to an address that is not http or https"),
      ("/r/running/comments/zzz9/gone", "not found (HTTP 404)"),
      (
        "https://example.org/questions/1/a-question-on-no-site",
        "the API refused: No site found for name `example.org`"
      ),
    ])
  func failures(path: String, message: String) async throws {
    let result = try await FixtureForum.withServer { origin in
      let address = path.hasPrefix("https://") ? path : origin + path
      var fetcher = Self.fetcher(origin: origin)
      fetcher.stackExchangeAPI = origin + "/2.3"
      let results = await fetcher.threads(at: [address])
      return (address, try #require(results.first))
    }
    guard case .failure(let error) = result.1 else {
      Issue.record("\(path) was read as a thread")
      return
    }
    #expect(error.description == "\(result.0): \(message)")
  }

  @Test("Five redirects are followed")
  func fiveRedirects() async throws {
    let fetched = try await Self.fetch("/t/6/five-hops").get()
    #expect(fetched.thread.posts.count == 6)
  }

  @Test("A thread over the size cap is refused, even when only its second page goes over")
  func sizeCap() async throws {
    let first = try await Self.fetch("/t/5150") { $0.bytes = 4_096 }
    let paged = try await Self.fetch("/t/5150") { $0.bytes = 11_000 }
    for result in [first, paged] {
      guard case .failure(let error) = result else {
        Issue.record("a thread over the cap was read")
        continue
      }
      #expect(
        error.description.hasSuffix(
          ": larger than 4 KB; save the thread and add the file instead")
          || error.description
            .hasSuffix(": larger than 10 KB; save the thread and add the file instead")
      )
    }
  }

  @Test("A server that does not answer in time is given up on")
  func timeout() async throws {
    let result = try await Self.fetch("/t/9/slow") { $0.timeout = .seconds(1) }
    guard case .failure(let error) = result else {
      Issue.record("a late answer was waited for")
      return
    }
    #expect(error.description.hasSuffix("/t/9/slow: no complete answer within 1 s"))
  }
}

@Test("Requests name tips and its version; a forum that insists on it refuses anything else")
func userAgent() async throws {
  let refused = try await FixtureForum.withServer { origin in
    var limits = FetchLimits(version: "0.0.0")
    limits.userAgent = "curl/8.0"
    let results = await ThreadFetcher(limits: limits).threads(at: [origin + "/t/5150"])
    return try #require(results.first)
  }
  guard case .failure(let error) = refused else {
    Issue.record("the fixture forum accepted another User-Agent")
    return
  }
  #expect(error.description.hasSuffix("/t/5150: the server answered HTTP 403 Forbidden"))
  #expect(FetchLimits(version: "1.2.0").userAgent == "tips/1.2.0 (forum thread reader)")
}
