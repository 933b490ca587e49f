import AsyncHTTPClient
import TipsCore

/// Reads forum threads from their web addresses (`tips add URL`) into `Thread`s, through the
/// JSON each forum serves and the importer that reads the same export saved as a file.
///
/// Nothing here writes the index: a fetch either gives whole threads, which the caller adds
/// in one commit, or fails with one `FetchError`, which leaves the index as it was.
public struct ThreadFetcher: Sendable {
  public var limits: FetchLimits
  /// Where the Stack Exchange API answers; tests point it at a loopback server.
  public var stackExchangeAPI = "https://api.stackexchange.com/2.3"

  public init(limits: FetchLimits) {
    self.limits = limits
  }

  /// A thread read from the web, and what the user should know about how it was read.
  public struct Fetched: Sendable {
    public var thread: Thread
    /// One line each: comments a forum did not send, so the thread is incomplete.
    public var notes: [String]
  }

  /// The threads at `addresses`, in order, each read or failed on its own; one client serves
  /// them all.
  public func threads(at addresses: [String]) async -> [Result<Fetched, FetchError>] {
    var results: [Result<Fetched, FetchError>] = []
    do {
      try await HTTPClient.withHTTPClient(configuration: Downloader.configuration(for: limits)) {
        client in
        for address in addresses {
          do throws(FetchError) {
            results.append(.success(try await thread(at: address, client: client)))
          } catch {
            results.append(.failure(error))
          }
        }
      }
    } catch {
      // Only shutting the client down can throw here, after every result is in.
    }
    return results
  }

  private func thread(at address: String, client: HTTPClient) async throws(FetchError)
    -> Fetched
  {
    let target = try ThreadURL(address)
    var downloader = Downloader(client: client, limits: limits, address: address)
    switch target {
    case .discourse(let origin, let topicID):
      let thread = try await DiscourseFetch.thread(
        origin: origin, topicID: topicID, downloader: &downloader)
      return Fetched(thread: thread, notes: [])
    case .reddit(let page, _):
      let (thread, skipped) = try await RedditFetch.thread(page: page, downloader: &downloader)
      let notes =
        skipped > 0
        ? [
          "\(thread.id): \(skipped) comment\(skipped == 1 ? "" : "s") Reddit did not send "
            + "(behind \"more\" links) skipped"
        ] : []
      return Fetched(thread: thread, notes: notes)
    case .stackExchange(let site, let questionID):
      let thread = try await StackExchangeFetch.thread(
        site: site, questionID: questionID, api: stackExchangeAPI, downloader: &downloader)
      return Fetched(thread: thread, notes: [])
    }
  }
}
