/// Why an address could not be read as a thread. Each case renders as one line naming the
/// address the user gave, what went wrong and, where it helps, what to do.
public enum FetchError: Error, CustomStringConvertible, Equatable {
  case unsupportedScheme(url: String)
  case notThreadAddress(url: String)
  case notFound(url: String)
  case httpStatus(url: String, code: Int, reason: String)
  /// The API answered with an error of its own (Stack Exchange's `error_message`).
  case apiError(url: String, message: String)
  case tooLarge(url: String, limit: Int)
  case timedOut(url: String, seconds: Int)
  case tooManyRedirects(url: String, limit: Int)
  /// A redirect to an address that is not http or https (`ftp:`, `file:`), not followed.
  case redirectElsewhere(url: String)
  case unreachable(url: String, reason: String)
  /// The server answered, but not with the thread the address promised.
  case notThread(url: String, reason: String)

  public var url: String {
    switch self {
    case .unsupportedScheme(let url), .notThreadAddress(let url), .notFound(let url),
      .httpStatus(let url, _, _), .apiError(let url, _), .tooLarge(let url, _),
      .timedOut(let url, _), .tooManyRedirects(let url, _), .redirectElsewhere(let url),
      .unreachable(let url, _), .notThread(let url, _):
      url
    }
  }

  public var description: String {
    switch self {
    case .unsupportedScheme(let url):
      "\(url): only http and https addresses can be fetched"
    case .notThreadAddress(let url):
      "\(url): not a thread address tips knows (a Discourse topic /t/…, a Reddit comments "
        + "page /r/…/comments/…, a Stack Exchange question /questions/…)"
    case .notFound(let url): "\(url): not found (HTTP 404)"
    case .httpStatus(let url, let code, let reason):
      "\(url): the server answered HTTP \(code) \(reason)"
    case .apiError(let url, let message): "\(url): the API refused: \(message)"
    case .tooLarge(let url, let limit):
      "\(url): larger than \(sizeText(limit)); save the thread and add the file instead"
    case .timedOut(let url, let seconds): "\(url): no complete answer within \(seconds) s"
    case .tooManyRedirects(let url, let limit): "\(url): more than \(limit) redirects"
    case .redirectElsewhere(let url): "\(url): redirected to an address that is not http or https"
    case .unreachable(let url, let reason): "\(url): cannot connect: \(reason)"
    case .notThread(let url, let reason): "\(url): not a thread: \(reason)"
    }
  }
}

/// "50 MB", or "4 KB" under a megabyte.
private func sizeText(_ bytes: Int) -> String {
  bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(bytes / 1_024) KB"
}
