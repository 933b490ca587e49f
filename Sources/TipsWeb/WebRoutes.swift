import Hummingbird
import TipsKnowledgeBase

/// What each address of the page answers: the pages, then the JSON API in the command-line
/// contract's shapes (`AnswerJSON`, the very bytes `--json` prints).
///
/// | address | answers |
/// |---|---|
/// | `/?q=&muscle=&tool=&kind=&thread=` | the search page (the most endorsed without `q`); the same fields posted as a form give the same page |
/// | `/remedy/NAME` | one remedy with every tip and caveat, as `tips show` |
/// | `/threads` | the threads in the index |
/// | `/api/search?q=` (and the filters, `limit`) | `tips search --json` |
/// | `/api/top` (the filters, `limit`) | `tips top --json` |
/// | `/api/remedy/NAME` | `tips show --json` |
/// | `/api/threads` | `tips threads --json` |
struct WebRoutes: Sendable {
  let knowledgeBase: KnowledgeBase

  /// Remedies a page or an answer lists unless `limit` says otherwise, and the most it may.
  static let defaultLimit = 10
  static let maximumLimit = 100
  /// A posted form is a few fields; anything longer is not one.
  static let maximumFormBytes = 16 * 1_024

  func router() -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/") { request, _ in searchPage(FormQuery(request.uri.query)) }
    // A form posted instead of sent as a query (`method="post"`, or a script) gets the same
    // page; the page's own form uses GET, so results have an address to share.
    router.post("/") { request, _ in
      let body = try await request.body.collect(upTo: Self.maximumFormBytes)
      return searchPage(FormQuery(String(buffer: body)))
    }
    router.get("/remedy/:name") { _, context in
      remedyPage(Self.decodedSegment(context.parameters.get("name")))
    }
    router.get("/threads") { _, _ in threadsPage() }
    router.get("/api/search") { request, _ in answer(FormQuery(request.uri.query), isSearch: true) }
    router.get("/api/top") { request, _ in answer(FormQuery(request.uri.query), isSearch: false) }
    router.get("/api/remedy/:name") { _, context in
      remedyAnswer(Self.decodedSegment(context.parameters.get("name")))
    }
    router.get("/api/threads") { _, _ in threadsAnswer() }
    router.get("**") { _, _ in
      Self.html(
        NoticePage.html(title: "Not found", message: "No page at this address."),
        status: .notFound)
    }
    return router
  }

  // MARK: Pages

  private func searchPage(_ fields: FormQuery) -> Response {
    let form = SearchPage.Form(
      query: fields["q"], muscle: fields["muscle"], tool: fields["tool"], kind: fields["kind"],
      thread: fields["thread"])
    let lexicon = knowledgeBase.lexicon
    switch remedies(fields, isSearch: fields["q"] != nil) {
    case .success(let answer):
      return Self.html(
        SearchPage.html(
          form: form, remedies: answer.remedies, redFlags: answer.redFlags,
          notice: answer.respellings.flatMap(SearchResults.note(on:)), lexicon: lexicon))
    case .failure(let failure):
      return Self.html(
        SearchPage.html(form: form, remedies: nil, notice: failure.message, lexicon: lexicon),
        status: failure.status)
    }
  }

  private func remedyPage(_ name: String) -> Response {
    do {
      guard let remedy = try knowledgeBase.remedy(named: name) else {
        return Self.html(
          NoticePage.html(
            title: "Not found", message: "No remedy named “\(name)” in the index."),
          status: .notFound)
      }
      return Self.html(
        RemedyPage.html(
          remedy, isNamedByLexicon: knowledgeBase.isNamedByLexicon(remedy),
          redFlags: try knowledgeBase.redFlags(query: nil, remedies: [remedy])))
    } catch {
      let failure = Failure(error)
      return Self.html(
        NoticePage.html(title: "Index unavailable", message: failure.message),
        status: failure.status)
    }
  }

  private func threadsPage() -> Response {
    do {
      return Self.html(ThreadsPage.html(try knowledgeBase.threads()))
    } catch {
      let failure = Failure(error)
      return Self.html(
        NoticePage.html(title: "Index unavailable", message: failure.message),
        status: failure.status)
    }
  }

  // MARK: JSON

  private func answer(_ fields: FormQuery, isSearch: Bool) -> Response {
    if isSearch, fields["q"] == nil {
      return Self.jsonError(
        Failure(message: "give the query as q: /api/search?q=hip+flexor", status: .badRequest))
    }
    switch remedies(fields, isSearch: isSearch) {
    case .success(let answer):
      return Self.json(
        AnswerJSON.answer(
          query: isSearch ? fields["q"] : nil, remedies: answer.remedies,
          redFlags: answer.redFlags, respellings: answer.respellings ?? []))
    case .failure(let failure):
      return Self.jsonError(failure)
    }
  }

  private func remedyAnswer(_ name: String) -> Response {
    do {
      guard let remedy = try knowledgeBase.remedy(named: name) else {
        return Self.jsonError(
          Failure(message: "no remedy named '\(name)' in the index", status: .notFound))
      }
      let redFlags = try knowledgeBase.redFlags(query: nil, remedies: [remedy])
      return Self.json(AnswerJSON.answer(query: name, remedies: [remedy], redFlags: redFlags))
    } catch {
      return Self.jsonError(Failure(error))
    }
  }

  private func threadsAnswer() -> Response {
    do {
      return Self.json(AnswerJSON.threads(try knowledgeBase.threads()))
    } catch {
      return Self.jsonError(Failure(error))
    }
  }

  // MARK: Answering

  /// What a page or an API call answers, as the command line finds it.
  private struct Answer {
    var remedies: [Remedy]
    /// The red flags the answer opens with.
    var redFlags: RedFlagNotice?
    /// The words a search respelled; nil for the most endorsed remedies.
    var respellings: [Respelling]?
  }

  /// The remedies `fields` ask for (a search when `isSearch`, else the most endorsed).
  private func remedies(_ fields: FormQuery, isSearch: Bool) -> Result<Answer, Failure> {
    var limit = Self.defaultLimit
    if let given = fields["limit"] {
      guard let number = Int(given), (1...Self.maximumLimit).contains(number) else {
        return .failure(
          Failure(
            message: "limit must be a number from 1 to \(Self.maximumLimit)",
            status: .badRequest))
      }
      limit = number
    }
    var kind: RemedyKind? = nil
    if let given = fields["kind"] {
      guard let parsed = RemedyKind(rawValue: given.lowercased()) else {
        let kinds = RemedyKind.allCases.map(\.rawValue).joined(separator: ", ")
        return .failure(
          Failure(message: "unknown kind '\(given)'; one of \(kinds)", status: .badRequest))
      }
      kind = parsed
    }
    let filters = RemedyFilters(
      muscle: fields["muscle"], tool: fields["tool"], kind: kind, thread: fields["thread"])
    do {
      let query = isSearch ? fields["q"] : nil
      var answer: Answer
      if let query {
        let results = try knowledgeBase.search(query, filters: filters, limit: limit)
        answer = Answer(remedies: results.remedies, respellings: results.respellings)
      } else {
        answer = Answer(remedies: try knowledgeBase.top(filters: filters, limit: limit))
      }
      answer.redFlags = try knowledgeBase.redFlags(query: query, remedies: answer.remedies)
      return .success(answer)
    } catch {
      return .failure(Failure(error))
    }
  }

  /// Why a request got no answer: one line for the page or the `error` field, and its status.
  struct Failure: Error {
    var message: String
    var status: HTTPResponse.Status

    init(message: String, status: HTTPResponse.Status) {
      self.message = message
      self.status = status
    }

    /// A missing or busy index is the server's state, not the request's fault: 503.
    init(_ error: KnowledgeBaseError) {
      message = error.description
      switch error {
      case .missingIndex, .busyIndex: status = .serviceUnavailable
      default: status = .internalServerError
      }
    }
  }

  // MARK: Responses

  /// No script, no frames, no sources but this page's own: an escaping slip elsewhere would
  /// still run nothing.
  private static let securityHeaders: HTTPFields = [
    .contentSecurityPolicy:
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'",
    .xContentTypeOptions: "nosniff",
    .cacheControl: "no-store",
  ]

  static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
    var headers = securityHeaders
    headers[.contentType] = "text/html; charset=utf-8"
    return Response(
      status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
  }

  static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    var headers = securityHeaders
    headers[.contentType] = "application/json; charset=utf-8"
    return Response(
      status: status, headers: headers,
      body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
  }

  private static func jsonError(_ failure: Failure) -> Response {
    json(JSONValue.object([("error", .string(failure.message))]).rendered(), status: failure.status)
  }

  /// A path segment as the browser sent it, percent-decoded (`couch%20stretch`).
  private static func decodedSegment(_ segment: String?) -> String {
    FormQuery.decoded((segment ?? "")[...].replacing("+", with: "%2B")[...])
  }
}
