import TipsCore
import TipsIndex

/// Answers as JSON in the command-line contract's shape and key order (plus `conditions`,
/// `disputed`, `against` and each evidence's `recommenders`/`against`), for every front end:
/// `tips search --json` and the web page's `/api/search` print the same bytes.
public enum AnswerJSON {
  /// `{"query": ..., "remedies": [...]}`; `query` is nil for `top`. With `redFlags`, a
  /// `red_flags` object comes between them, as the line opens the text answer, and so does a
  /// `respelled` list of `{"typed", "searched"}` when a search looked for words under another
  /// spelling; without either, the answer is exactly the contract's.
  public static func answer(
    query: String?, remedies: [Remedy], redFlags: RedFlagNotice? = nil,
    respellings: [Respelling] = []
  ) -> String {
    var fields: [(String, JSONValue)] = [("query", query.map(JSONValue.string) ?? .null)]
    if !respellings.isEmpty {
      let pairs: [JSONValue] = respellings.map {
        .object([("typed", .string($0.typed)), ("searched", .string($0.searched))])
      }
      fields.append(("respelled", .array(pairs)))
    }
    if let redFlags { fields.append(("red_flags", notice(redFlags))) }
    fields.append(("remedies", .array(remedies.map(remedy))))
    return JSONValue.object(fields).rendered()
  }

  /// `{"line", "in_question", "threads", "flags": [{"name", "sources": [{"url", "title"}]}]}`.
  public static func notice(_ notice: RedFlagNotice) -> JSONValue {
    .object([
      ("line", .string(notice.line)),
      ("in_question", .bool(notice.isInQuestion)),
      ("threads", .array(notice.threads.map(JSONValue.string))),
      (
        "flags",
        .array(
          notice.flags.map { flag in
            .object([
              ("name", .string(flag.name)),
              (
                "sources",
                .array(
                  flag.sources.map {
                    .object([("url", .string($0.url)), ("title", .string($0.title))])
                  })
              ),
            ])
          })
      ),
    ])
  }

  /// One remedy: its tags, evidence, score, caveats, the tips for it and those against it.
  public static func remedy(_ remedy: Remedy) -> JSONValue {
    let e = remedy.evidence
    return .object([
      ("name", .string(remedy.wording)),
      ("kind", .string(remedy.kind.rawValue)),
      ("muscles", .array(remedy.muscles.map(JSONValue.string))),
      ("tools", .array(remedy.tools.map(JSONValue.string))),
      ("conditions", .array(remedy.conditions.map(JSONValue.string))),
      (
        "evidence",
        .object([
          ("posts", .int(e.posts)), ("people", .int(e.people)), ("likes", .int(e.likes)),
          ("agreements", .int(e.agreements)), ("recommenders", .int(e.recommenders)),
          ("against", .int(e.against)), ("accepted", .int(e.accepted)),
        ])
      ),
      ("disputed", .bool(remedy.isDisputed)),
      ("score", .number((remedy.score.total * 100).rounded() / 100)),
      (
        "caveats",
        .array(
          remedy.caveats.map {
            .object([
              ("text", .string($0.text)), ("thread", .string($0.thread)), ("post", .int($0.post)),
            ])
          })
      ),
      ("tips", .array(remedy.tips.filter(\.stance.supports).map(tip))),
      ("against", .array(remedy.tips.filter { $0.stance == .against }.map(tip))),
    ])
  }

  public static func tip(_ tip: Tip) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("thread", .string(tip.thread)), ("post", .int(tip.post)),
      ("author", tip.author.map(JSONValue.string) ?? .null), ("likes", .int(tip.likes)),
      ("quote", .string(tip.quote)),
    ]
    if let target = tip.agreesWith { fields.append(("agrees_with", .int(target))) }
    return .object(fields)
  }

  /// The threads of the index, as `tips threads --json` lists them.
  public static func threads(_ threads: [ThreadSummary]) -> String {
    JSONValue.array(
      threads.map { thread in
        .object([
          ("id", .string(thread.id)), ("title", .string(thread.title)),
          ("format", .string(thread.format.rawValue)),
          ("url", thread.url.map(JSONValue.string) ?? .null), ("posts", .int(thread.postCount)),
          ("tips", .int(thread.tipCount)),
        ])
      }
    ).rendered()
  }
}
