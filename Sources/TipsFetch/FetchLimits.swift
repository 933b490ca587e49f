/// What one fetch may cost: the bounds that keep `tips add URL` from hanging, filling memory
/// or wandering off to other hosts.
public struct FetchLimits: Sendable {
  /// Redirects followed per request; Discourse sends one (`/t/ID.json` to its slug), and a
  /// chain longer than a few is a loop or a trap.
  public var redirects = 5
  /// Each request, from connecting to the last byte of its body.
  public var timeout: Duration = .seconds(30)
  /// Bytes of all the responses of one thread together, after decompression: a topic read
  /// in many pages counts once, whole. Below the 64 MB ingest reads of a saved file.
  public var bytes = 50 * 1_048_576
  /// Sent with every request: APIs (Reddit's above all) refuse anonymous clients and ask
  /// that a client names itself and its version.
  public var userAgent: String

  /// - Parameter version: the version of tips, for the `User-Agent`.
  public init(version: String) {
    userAgent = "tips/\(version) (forum thread reader)"
  }
}
