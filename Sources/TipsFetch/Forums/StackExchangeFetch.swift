import Foundation
import TipsCore

/// Reads a Stack Exchange question and its answers through the public API, as the rows of a
/// `Posts.xml` the dump importer reads.
///
/// Going through the dump's format gives a fetched question the very thread a dump of its
/// site gives (id `SITE-ID`, address `https://SITE/q/ID`, answers by votes, the accepted one
/// marked), so adding the dump later replaces it instead of doubling it.
enum StackExchangeFetch {
  /// Answers asked for per page (the API's most) and pages read at most.
  static let pageSize = 100
  static let maximumPages = 10

  static func thread(
    site: String, questionID: Int, api: String, downloader: inout Downloader
  ) async throws(FetchError) -> TipsCore.Thread {
    let address = downloader.address
    let site =
      site.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["."]))
      ?? site
    let query = "site=\(site)&filter=withbody"
    let questions = try await page(
      Page<Question>.self, "\(api)/questions/\(questionID)?\(query)", downloader: &downloader)
    guard let question = questions.items.first else {
      throw .notFound(url: address)
    }
    var answers: [Answer] = []
    for number in 1...maximumPages {
      let page = try await page(
        Page<Answer>.self,
        "\(api)/questions/\(questionID)/answers?\(query)&sort=votes&order=desc"
          + "&pagesize=\(pageSize)&page=\(number)",
        downloader: &downloader)
      answers += page.items
      guard page.hasMore == true else { break }
    }
    let xml = PostsXML.document(question: question, answers: answers)
    return try ImportedThread.one(from: xml, path: "\(site)/Posts.xml", address: address)
  }

  /// One API response decoded; an error the API words itself is passed on in its words.
  private static func page<Item>(
    _ type: Page<Item>.Type, _ url: String, downloader: inout Downloader
  ) async throws(FetchError) -> Page<Item> {
    let response = try await downloader.response(from: url)
    let address = downloader.address
    if !response.isSuccess,
      let failure = try? JSONDecoder().decode(APIFailure.self, from: Data(response.body))
    {
      throw .apiError(url: address, message: HTMLEntities.decoded(failure.errorMessage))
    }
    try downloader.check(response)
    do {
      return try JSONDecoder().decode(Page<Item>.self, from: Data(response.body))
    } catch {
      throw .notThread(url: address, reason: "the API's answer is not the JSON it documents")
    }
  }

  /// `{"items": [...], "has_more": ...}`, the wrapper of every API response.
  struct Page<Item: Decodable>: Decodable {
    var items: [Item]
    var hasMore: Bool?

    enum CodingKeys: String, CodingKey {
      case items
      case hasMore = "has_more"
    }
  }

  /// `{"error_id": 400, "error_message": "...", "error_name": "bad_parameter"}`.
  struct APIFailure: Decodable {
    var errorMessage: String

    enum CodingKeys: String, CodingKey {
      case errorMessage = "error_message"
    }
  }

  /// A post's author: `display_name` (HTML-escaped, as the API sends every text field).
  struct Owner: Decodable {
    var displayName: String?

    enum CodingKeys: String, CodingKey {
      case displayName = "display_name"
    }
  }

  /// The fields of a question read with the `withbody` filter.
  struct Question: Decodable {
    var questionID: Int
    var title: String
    var body: String?
    var score: Int?
    var creationDate: Int?
    var acceptedAnswerID: Int?
    var owner: Owner?

    enum CodingKeys: String, CodingKey {
      case title, body, score, owner
      case questionID = "question_id"
      case creationDate = "creation_date"
      case acceptedAnswerID = "accepted_answer_id"
    }
  }

  /// The fields of an answer read with the `withbody` filter.
  struct Answer: Decodable {
    var answerID: Int
    var body: String?
    var score: Int?
    var creationDate: Int?
    var owner: Owner?

    enum CodingKeys: String, CodingKey {
      case body, score, owner
      case answerID = "answer_id"
      case creationDate = "creation_date"
    }
  }
}
