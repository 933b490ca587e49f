import Foundation

/// A forum address `tips add` knows how to read, told by the shape of its path, never by its
/// host: Discourse runs on any domain, and tests serve every shape from a loopback port.
///
/// - `/t/slug/ID`, `/t/ID`, `/t/slug/ID/POST` (under any folder): a Discourse topic, read
///   through `/t/ID.json`.
/// - `/r/SUB/comments/ID/...` or `/comments/ID`: a Reddit comments page, read through its
///   `.json`.
/// - `/questions/ID/...` or `/q/ID`: a Stack Exchange question, read through the public API
///   for the site the host names.
public enum ThreadURL: Sendable, Hashable {
  /// `origin` is the scheme, host, port and any folder Discourse is served under, without a
  /// trailing slash.
  case discourse(origin: String, topicID: Int)
  /// `page` is the comments page's address up to its id, without a trailing slash.
  case reddit(page: String, postID: String)
  /// `site` is the host, as the API names sites (`fitness.stackexchange.com`).
  case stackExchange(site: String, questionID: Int)

  /// The thread `address` points to; throws when it is not http or https, or not a shape
  /// above.
  public init(_ address: String) throws(FetchError) {
    guard let components = URLComponents(string: address), let scheme = components.scheme
    else { throw .notThreadAddress(url: address) }
    guard ["http", "https"].contains(scheme.lowercased()) else {
      throw .unsupportedScheme(url: address)
    }
    guard let host = components.host, !host.isEmpty else {
      throw .notThreadAddress(url: address)
    }
    let segments = components.path.split(separator: "/").map(String.init)
    var origin = "\(scheme.lowercased())://\(host)"
    if let port = components.port { origin += ":\(port)" }

    if let t = segments.firstIndex(of: "t"),
      let id = segments[(t + 1)...].prefix(2).lazy.compactMap({ Int($0) }).first, id > 0
    {
      let folder = segments[..<t].map { "/" + $0 }.joined()
      self = .discourse(origin: origin + folder, topicID: id)
      return
    }
    if let c = segments.firstIndex(of: "comments"), c + 1 < segments.count,
      Self.isRedditID(segments[c + 1]), c == 0 || (c == 2 && segments[0] == "r")
    {
      let page = segments[...(c + 1)].map { "/" + $0 }.joined()
      self = .reddit(page: origin + page, postID: segments[c + 1])
      return
    }
    if segments.count >= 2, ["questions", "q"].contains(segments[0]),
      let id = Int(segments[1]), id > 0
    {
      let site = host.lowercased()
      self = .stackExchange(
        site: site.hasPrefix("www.") ? String(site.dropFirst(4)) : site,
        questionID: id)
      return
    }
    throw .notThreadAddress(url: address)
  }

  /// Reddit ids are base-36: lower-case letters and digits.
  private static func isRedditID(_ text: String) -> Bool {
    !text.isEmpty
      && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }
  }

  /// True when `argument` is meant as an address rather than a file: it has a scheme
  /// (`https://`, `ftp://`), so `tips add` fetches it or says why it cannot.
  public static func isAddress(_ argument: String) -> Bool {
    guard let colon = argument.firstIndex(of: ":"), colon != argument.startIndex else {
      return false
    }
    let scheme = argument[..<colon]
    return argument[colon...].hasPrefix("://")
      && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
  }
}
