import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TipsKnowledgeBase
import TipsLanguage

@testable import TipsWeb

/// An index built from `Fixtures/` in a temporary folder, and the web page served over it on
/// a free loopback port.
///
/// The index is built once per test run and only read: the servers are many, the index one.
enum WebFixture {
  private static let building = Task { () throws -> KnowledgeBase in
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("tips-web-\(UUID().uuidString)").path
    guard
      let topic = Bundle.module.url(forResource: "Fixtures/discourse-topic", withExtension: "json")
    else { throw CocoaError(.fileNoSuchFile) }
    let base = KnowledgeBase(directory: folder, lexicon: try Lexicon.shipped())
    let report = try await base.add([topic.path], language: try LanguageModel.shipped())
    guard report.commit != nil else { throw CocoaError(.fileReadCorruptFile) }
    return base
  }

  /// A knowledge base over the index of the fixture topic.
  static func knowledgeBase() async throws -> KnowledgeBase {
    try await building.value
  }

  /// Runs `body` against a live server over the fixture index.
  static func withServer<T: Sendable>(
    _ body: @Sendable (KnowledgeBase, any TestClientProtocol) async throws -> T
  ) async throws -> T {
    let base = try await knowledgeBase()
    let app = WebServer(knowledgeBase: base, port: 0).application()
    return try await app.test(.live) { client in try await body(base, client) }
  }
}
