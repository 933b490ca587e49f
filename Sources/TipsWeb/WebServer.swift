import Hummingbird
import Logging
import TipsKnowledgeBase

/// `tips serve`: the knowledge base as a local web page and a JSON API, on Hummingbird.
///
/// Pages are rendered on the server from the same values the command line prints, and work
/// without script. Every request reads the index's latest commit, so threads added while the
/// server runs show up on the next page load.
public struct WebServer: Sendable {
  public let knowledgeBase: KnowledgeBase
  /// The address to listen on: loopback unless the user names another, since the index may
  /// hold threads that are not for everyone on the network.
  public var host: String
  /// 0 picks a free port; `run` reports the one chosen.
  public var port: Int

  /// A knowledge base pinned to one commit is unpinned, so the page follows the index.
  public init(knowledgeBase: KnowledgeBase, host: String = "127.0.0.1", port: Int = 8080) {
    self.knowledgeBase = KnowledgeBase(
      directory: knowledgeBase.directory, lexicon: knowledgeBase.lexicon)
    self.host = host
    self.port = port
  }

  /// Serves until the process gets SIGINT or SIGTERM, then finishes the requests under way;
  /// throws when the address cannot be listened on (a port in use, a host not of this
  /// machine). `onListening` is called once with the page's address
  /// (`http://127.0.0.1:8080/`) when the server accepts connections.
  public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
    try await application(onListening: onListening).runService()
  }

  /// The Hummingbird application, for `run` and for tests that start it on a free port.
  public func application(
    onListening: @escaping @Sendable (String) -> Void = { _ in }
  ) -> some ApplicationProtocol {
    // Hummingbird's own lines (one per start) would repeat what `onListening` says.
    var logger = Logger(label: "tips-serve")
    logger.logLevel = .warning
    let host = self.host
    let shownHost = host.contains(":") ? "[\(host)]" : host
    return Application(
      router: WebRoutes(knowledgeBase: knowledgeBase).router(),
      configuration: ApplicationConfiguration(
        address: .hostname(host, port: port), serverName: "tips"),
      onServerRunning: { channel in
        onListening("http://\(shownHost):\(channel.localAddress?.port ?? 0)/")
      },
      logger: logger)
  }
}
