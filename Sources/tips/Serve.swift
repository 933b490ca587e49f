import ArgumentParser
import Foundation
import TipsKnowledgeBase
import TipsWeb

struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "A local web page to search the index, and a JSON API (Ctrl-C stops it).",
    discussion: """
      Pages: / (search, with muscle, tool and kind filters), /remedy/NAME, /threads.
      JSON, as --json prints it: /api/search?q=, /api/top, /api/remedy/NAME, /api/threads.
      """)

  @Option(help: "Port to listen on; 0 picks a free one.")
  var port = 8080

  @Option(help: "Address to listen on; the default keeps the page to this machine.")
  var host = "127.0.0.1"

  @OptionGroup var common: CommonOptions

  func validate() throws {
    guard (0...65_535).contains(port) else {
      throw ValidationError("--port must be from 0 to 65535")
    }
  }
}

extension Serve {
  func run() async throws {
    let base = try await common.answeringKnowledgeBase()
    let server = WebServer(knowledgeBase: base, host: host, port: port)
    let directory = base.directory
    do {
      try await server.run { address in
        // Written at once, unbuffered: a script waiting for the address reads it from a pipe.
        FileHandle.standardOutput.write(
          Data("serving \(directory)/ at \(address) (Ctrl-C to stop)\n".utf8))
      }
    } catch {
      throw Failure(
        "cannot serve on \(host):\(port): \(Self.reason(error)); check --host and --port")
    }
  }

  /// SwiftNIO's `bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)` as the
  /// part a person reads: "address already in use".
  private static func reason(_ error: any Error) -> String {
    let text = String(describing: error)
    guard let start = text.range(of: "): ")?.upperBound else { return text }
    let end = text.range(of: ") (errno:")?.lowerBound ?? text.endIndex
    return start < end ? text[start..<end].lowercased() : text
  }
}
