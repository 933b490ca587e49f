import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TipsKnowledgeBase

@testable import TipsWeb

/// The JSON API answers in exactly the shapes `--json` prints.
@Suite("The JSON API")
struct WebAPITests {
  @Test("/api/search, /api/top and /api/remedy answer what the command line's --json prints")
  func sameAsCommandLine() async throws {
    try await WebFixture.withServer { base, client in
      /// What `tips search|top|show --json` prints: the answer with its red flags.
      func printed(
        _ query: String?, _ remedies: [Remedy], flagsFor flagQuery: String?,
        respellings: [Respelling] = []
      ) throws -> String {
        AnswerJSON.answer(
          query: query, remedies: remedies,
          redFlags: try base.redFlags(query: flagQuery, remedies: remedies),
          respellings: respellings)
      }
      func searched(_ query: String, filters: RemedyFilters = RemedyFilters(), limit: Int)
        throws -> String
      {
        let results = try base.search(query, filters: filters, limit: limit)
        return try printed(
          query, results.remedies, flagsFor: query, respellings: results.respellings)
      }
      let numb = "numbness in the groin after long rides"
      let cases: [(String, String)] = [
        ("/api/search?q=foam+roll", try searched("foam roll", limit: 10)),
        (
          "/api/search?q=knee&kind=self-massage&limit=1",
          try searched("knee", filters: RemedyFilters(kind: .selfMassage), limit: 1)
        ),
        ("/api/search?\(HTML.query([("q", numb)]))", try searched(numb, limit: 10)),
        ("/api/search?q=ketlebell", try searched("ketlebell", limit: 10)),
        ("/api/top", try printed(nil, try base.top(limit: 10), flagsFor: nil)),
        (
          "/api/remedy/foam%20rolling",
          try printed(
            "foam rolling", [try #require(try base.remedy(named: "foam rolling"))], flagsFor: nil)
        ),
        ("/api/threads", AnswerJSON.threads(try base.threads())),
      ]
      for (uri, expected) in cases {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .ok, "\(uri)")
        #expect(String(buffer: response.body) == expected + "\n", "\(uri)")
      }
    }
  }

  @Test("Answers carry the contract's fields, in its order")
  func contractShape() async throws {
    try await WebFixture.withServer { _, client in
      let body = String(
        buffer: try await client.execute(uri: "/api/search?q=foam+roll", method: .get).body)
      #expect(
        body.hasPrefix(
          """
          {
            "query": "foam roll",
            "remedies": [
              {
                "name": "foam rolling",
                "kind": "self-massage",
                "muscles": [
                  "quads"
                ],
                "tools": [
                  "foam roller"
                ],
          """))
      #expect(
        body.contains(
          """
                "tips": [
                  {
                    "thread": "discourse-5150",
                    "post": 5,
                    "author": "mtb_sam",
                    "likes": 2,
                    "quote": "Foam roll the quads after every ride."
                  }
                ],
          """))
      let top = String(buffer: try await client.execute(uri: "/api/top", method: .get).body)
      #expect(top.hasPrefix("{\n  \"query\": null,\n  \"remedies\": [\n"))
    }
  }

  @Test(
    "Requests the API cannot answer get an error object and a status",
    arguments: [
      ("/api/search", 400, "give the query as q: /api/search?q=hip+flexor"),
      ("/api/search?q=knee&limit=0", 400, "limit must be a number from 1 to 100"),
      (
        "/api/top?kind=magic", 400,
        "unknown kind 'magic'; one of stretch, strength, "
          + "mobility, self-massage, equipment, practitioner, activity, app-or-media, lifestyle, "
          + "other"
      ),
      ("/api/remedy/levitation", 404, "no remedy named 'levitation' in the index"),
    ])
  func errors(uri: String, status: Int, message: String) async throws {
    try await WebFixture.withServer { _, client in
      let response = try await client.execute(uri: uri, method: .get)
      #expect(response.status.code == status)
      let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
      #expect((json as? [String: String]) == ["error": message])
    }
  }
}

@Test(
  "Form fields decode as browsers send them",
  arguments: zip(
    ["q=hip+flexor", "q=%E2%80%9Ccouch%E2%80%9D", "q=100%", "q=%zz&q=second", "kind=&q=+a+"],
    ["hip flexor", "“couch”", "100%", "%zz", "a"]))
func formDecoding(query: String, expected: String) {
  #expect(FormQuery(query)["q"] == expected)
}
