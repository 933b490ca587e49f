import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TipsKnowledgeBase

@testable import TipsWeb

/// The page a person sees, served live over an index of the fixture topic (a knee-pain
/// thread whose posts recommend foam rolling the quads, checking the cleats and raising the
/// saddle).
@Suite("The web page")
struct WebPageTests {
  @Test("A search shows cards with the evidence line, quotes with thread and post, and links")
  func searchCards() async throws {
    try await WebFixture.withServer { _, client in
      let response = try await client.execute(uri: "/?q=foam+roll", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      let page = String(buffer: response.body)
      #expect(page.contains("<h1 id=\"results\">Remedies for “foam roll”</h1>"))
      #expect(page.contains("<p class=\"summary\">1 remedy</p>"))
      #expect(
        page.contains(
          "<span class=\"rank\">1.</span> <a href=\"/remedy/foam%20rolling\">foam rolling</a>"))
      #expect(page.contains("<span class=\"kind\">self-massage</span> · score 1.02"))
      #expect(page.contains("<p class=\"tags\">quads, with foam roller</p>"))
      #expect(page.contains("<p class=\"evidence\">1 post · 1 person · 2 likes</p>"))
      #expect(
        page.contains(
          "<blockquote>“Foam roll the quads after every ride.”</blockquote><p class=\"source\">"
            + "— mtb_sam, <a href=\"/threads#thread-discourse-5150\">discourse-5150 #5</a></p>"))
      #expect(page.contains("value=\"foam roll\""))
    }
  }

  @Test("Without a query the page lists the most endorsed remedies, best first")
  func topRemedies() async throws {
    try await WebFixture.withServer { base, client in
      let page = String(buffer: try await client.execute(uri: "/", method: .get).body)
      #expect(page.contains("<h1 id=\"results\">Most endorsed remedies</h1>"))
      let names = try base.top(limit: 10).map(\.wording)
      let positions = names.compactMap { page.range(of: ">\($0)</a></h2>")?.lowerBound }
      #expect(positions.count == names.count)
      #expect(positions == positions.sorted())
    }
  }

  @Test(
    "Query text, typed or posted, is shown as text, never as markup",
    arguments: [
      "<script>alert(\"x\")</script>",
      "it's \"quoted\" & <b>bold</b>",
      "\"><img src=x onerror=alert(1)>",
    ])
  func escaping(query: String) async throws {
    let encoded = HTML.query([("q", query)])
    let escaped = HTML.escaped(query)
    try await WebFixture.withServer { _, client in
      let typed = String(buffer: try await client.execute(uri: "/?\(encoded)", method: .get).body)
      let posted = String(
        buffer: try await client.execute(
          uri: "/", method: .post,
          headers: [.contentType: "application/x-www-form-urlencoded"],
          body: ByteBuffer(string: encoded)
        ).body)
      for page in [typed, posted] {
        #expect(!page.contains(query))
        #expect(page.contains("Remedies for “\(escaped)”"))
        #expect(page.contains("value=\"\(escaped)\""))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
      }
      let answer = try await client.execute(uri: "/api/search?\(encoded)", method: .get)
      #expect(answer.headers[.contentType] == "application/json; charset=utf-8")
      let json = try JSONSerialization.jsonObject(with: Data(buffer: answer.body))
      #expect((json as? [String: Any])?["query"] as? String == query)
    }
  }

  @Test("A question that mentions a red flag opens with the red-flag line and its sources")
  func redFlag() async throws {
    try await WebFixture.withServer { base, client in
      let query = "numbness in the groin after long rides"
      let notice = try #require(try base.redFlags(query: query, remedies: []))
      let uri = "/?\(HTML.query([("q", query)]))"
      let page = String(buffer: try await client.execute(uri: uri, method: .get).body)
      #expect(notice.line.hasPrefix("Red flag: your question mentions "))
      #expect(
        page.contains(
          "<div class=\"redflag\" role=\"note\" aria-label=\"Red flag\"><p>"
            + HTML.escaped(notice.line) + "</p><ul><li><a href=\"https://"))
      let answer = try await client.execute(uri: "/api/search" + uri.dropFirst(), method: .get)
      #expect(String(buffer: answer.body).contains("\"red_flags\": {\n    \"line\": "))
      let calm = String(buffer: try await client.execute(uri: "/?q=knee", method: .get).body)
      #expect(!calm.contains("class=\"redflag\""))
    }
  }

  @Test("Text from the threads is escaped too")
  func threadTextEscaped() async throws {
    try await WebFixture.withServer { _, client in
      let page = String(buffer: try await client.execute(uri: "/?q=saddle", method: .get).body)
      #expect(page.contains("“I raised the saddle by 5 mm &amp; the ache is gone.”"))
    }
  }

  @Test("Filters are form fields: kind, muscle by any synonym, tool")
  func filters() async throws {
    try await WebFixture.withServer { _, client in
      for uri in ["/?kind=self-massage", "/?muscle=quadriceps", "/?tool=foam+roller"] {
        let page = String(buffer: try await client.execute(uri: uri, method: .get).body)
        #expect(page.contains(">foam rolling</a></h2>"), "\(uri)")
        #expect(!page.contains(">cleat</a></h2>"), "\(uri)")
      }
      let kind = String(buffer: try await client.execute(uri: "/?kind=stretch", method: .get).body)
      #expect(kind.contains("<option value=\"stretch\" selected>stretch</option>"))
      #expect(kind.contains("No remedies found. Try fewer words, a synonym, or fewer filters."))
      let refused = try await client.execute(uri: "/?kind=magic", method: .get)
      #expect(refused.status == .badRequest)
      #expect(
        String(buffer: refused.body).contains(
          "role=\"alert\">unknown kind &#39;magic&#39;; one of stretch, strength, mobility, "
            + "self-massage, equipment, practitioner, activity, app-or-media, lifestyle, other"))
    }
  }

  @Test("A remedy's page shows every tip and the parts of its score, by name or alias")
  func remedyPage() async throws {
    try await WebFixture.withServer { _, client in
      for uri in ["/remedy/foam%20rolling", "/remedy/foam%20roller"] {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .ok)
        let page = String(buffer: response.body)
        #expect(page.contains("<h1 id=\"remedy-page\">foam rolling</h1>"))
        #expect(
          page.contains(
            "<p class=\"explain\">score = (recommenders 1.00 + agreements 0.00 + likes "))
        #expect(page.contains("Named by the lexicon."))
      }
      let missing = try await client.execute(uri: "/remedy/levitation", method: .get)
      #expect(missing.status == .notFound)
      #expect(String(buffer: missing.body).contains("No remedy named “levitation” in the index."))
    }
  }

  @Test("The threads page lists each thread with its format, posts and tips")
  func threadsPage() async throws {
    try await WebFixture.withServer { base, client in
      let thread = try #require(try base.threads().first)
      let page = String(buffer: try await client.execute(uri: "/threads", method: .get).body)
      #expect(
        page.contains(
          "<tr id=\"thread-discourse-5150\"><td><a href=\"/?thread=discourse-5150\">"
            + "Knee pain on the stairs after long rides</a>"))
      #expect(
        page.contains(
          "<td>discourse-json</td><td class=\"number\">\(thread.postCount)</td>"
            + "<td class=\"number\">\(thread.tipCount)</td>"))
    }
  }

  @Test("Pages are accessible: a language, landmarks, one h1, every field labelled")
  func accessibility() async throws {
    try await WebFixture.withServer { _, client in
      for uri in ["/", "/?q=knee", "/remedy/foam%20rolling", "/threads", "/nowhere"] {
        let page = String(buffer: try await client.execute(uri: uri, method: .get).body)
        #expect(page.hasPrefix("<!doctype html>\n<html lang=\"en\">"), "\(uri)")
        #expect(page.contains("<a class=\"skip\" href=\"#main\">Skip to content</a>"), "\(uri)")
        #expect(page.contains("<main id=\"main\" tabindex=\"-1\">"), "\(uri)")
        #expect(page.components(separatedBy: "<h1").count == 2, "\(uri)")
        #expect(page.contains(":focus-visible{outline:3px solid"), "\(uri)")
        for field in ["q", "muscle", "tool", "kind"] where page.contains("id=\"\(field)\"") {
          #expect(page.contains("<label for=\"\(field)\">"), "\(uri) \(field)")
        }
      }
    }
  }

  @Test("Pages run no script and say so to the browser")
  func securityHeaders() async throws {
    try await WebFixture.withServer { _, client in
      let response = try await client.execute(uri: "/", method: .get)
      #expect(
        response.headers[.contentSecurityPolicy]
          == "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
          + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
      #expect(response.headers[.xContentTypeOptions] == "nosniff")
      #expect(!String(buffer: response.body).contains("<script"))
    }
  }

  @Test("The server listens on loopback unless told otherwise")
  func loopbackByDefault() async throws {
    let base = try await WebFixture.knowledgeBase()
    #expect(WebServer(knowledgeBase: base).host == "127.0.0.1")
  }

  @Test("A folder with no index gets a page saying so, not a crash")
  func missingIndex() async throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("tips-web-none-\(UUID().uuidString)").path
    let base = KnowledgeBase(directory: folder, lexicon: try Lexicon.shipped())
    let app = WebServer(knowledgeBase: base, port: 0).application()
    try await app.test(.live) { client in
      let response = try await client.execute(uri: "/?q=knee", method: .get)
      #expect(response.status == .serviceUnavailable)
      #expect(String(buffer: response.body).contains("role=\"alert\">no index at"))
      let answer = try await client.execute(uri: "/api/top", method: .get)
      #expect(answer.status == .serviceUnavailable)
      #expect(String(buffer: answer.body).hasPrefix("{\n  \"error\": \"no index at"))
    }
    #expect(!FileManager.default.fileExists(atPath: folder))
  }
}
