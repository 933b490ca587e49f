import AsyncHTTPClient
import NIOCore
import NIOHTTPCompression

/// Gets the responses of one thread, within its `FetchLimits`, turning every way a request
/// can fail into a `FetchError` that names the address the user gave.
///
/// The byte limit is a budget for the whole thread, spent response by response, so a topic
/// read in fifty pages is bounded like one read in a single page.
struct Downloader {
  let client: HTTPClient
  let limits: FetchLimits
  /// The address the user gave: errors name it, not the API address behind it.
  let address: String
  private(set) var remainingBytes: Int

  init(client: HTTPClient, limits: FetchLimits, address: String) {
    self.client = client
    self.limits = limits
    self.address = address
    remainingBytes = limits.bytes
  }

  /// The client every fetch uses: redirects and decompression bounded by `limits`.
  static func configuration(for limits: FetchLimits) -> HTTPClient.Configuration {
    let seconds = TimeAmount.seconds(limits.timeout.components.seconds)
    return HTTPClient.Configuration(
      redirectConfiguration: .follow(max: limits.redirects, allowCycles: false),
      timeout: .init(connect: seconds, read: seconds),
      decompression: .enabled(limit: .size(limits.bytes)))
  }

  /// A response's status and body.
  struct Response {
    var status: Int
    var reason: String
    var body: [UInt8]

    var isSuccess: Bool { (200..<300).contains(status) }
  }

  /// The body at `url`; a status other than 2xx throws.
  mutating func body(of url: String) async throws(FetchError) -> [UInt8] {
    let response = try await self.response(from: url)
    try check(response)
    return response.body
  }

  /// Throws the error a response's non-2xx status means.
  func check(_ response: Response) throws(FetchError) {
    switch response.status {
    case 200..<300: return
    case 404, 410: throw .notFound(url: address)
    // Redirects AsyncHTTPClient did not follow: to a scheme other than http or https.
    case 300..<400: throw .redirectElsewhere(url: address)
    default: throw .httpStatus(url: address, code: response.status, reason: response.reason)
    }
  }

  /// The response from `url`, whatever its status, its body counted against the budget.
  mutating func response(from url: String) async throws(FetchError) -> Response {
    let request = {
      var request = HTTPClientRequest(url: url)
      request.headers.add(name: "User-Agent", value: self.limits.userAgent)
      request.headers.add(name: "Accept", value: "application/json")
      return request
    }()
    let budget = remainingBytes
    let (client, address, limits) = (self.client, self.address, self.limits)
    let outcome: Result<Response, FetchError> = await withTaskGroup(
      of: Result<Response, FetchError>.self
    ) { group in
      group.addTask {
        do {
          let response = try await client.execute(request, timeout: .hours(1))
          if let length = response.headers.first(name: "Content-Length").flatMap({ Int($0) }),
            length > budget
          {
            return .failure(.tooLarge(url: address, limit: limits.bytes))
          }
          let body = try await response.body.collect(upTo: budget)
          return .success(
            Response(
              status: Int(response.status.code), reason: response.status.reasonPhrase,
              body: Array(body.readableBytesView)))
        } catch {
          return .failure(Self.fetchError(for: error, address: address, limits: limits))
        }
      }
      // The whole request, body included, must end in time: the client's own deadline
      // stops at the response head, and a server may send its body a byte a minute.
      group.addTask {
        try? await Task.sleep(for: limits.timeout)
        return .failure(
          .timedOut(url: address, seconds: Int(limits.timeout.components.seconds)))
      }
      let first = await group.next() ?? .failure(.unreachable(url: address, reason: "cancelled"))
      group.cancelAll()
      return first
    }
    let response = try outcome.get()
    remainingBytes -= response.body.count
    return response
  }

  /// The `FetchError` for what AsyncHTTPClient or SwiftNIO threw.
  private static func fetchError(for error: any Error, address: String, limits: FetchLimits)
    -> FetchError
  {
    let seconds = Int(limits.timeout.components.seconds)
    switch error {
    case is NIOTooManyBytesError:
      return .tooLarge(url: address, limit: limits.bytes)
    case let error as NIOHTTPDecompression.DecompressionError where error == .limit:
      return .tooLarge(url: address, limit: limits.bytes)
    case let error as HTTPClientError:
      switch error {
      case .redirectLimitReached, .redirectCycleDetected:
        return .tooManyRedirects(url: address, limit: limits.redirects)
      case .deadlineExceeded, .readTimeout, .connectTimeout, .tlsHandshakeTimeout:
        return .timedOut(url: address, seconds: seconds)
      default:
        return .unreachable(url: address, reason: error.shortDescription.lowercased())
      }
    default:
      return .unreachable(url: address, reason: String(describing: error))
    }
  }
}
