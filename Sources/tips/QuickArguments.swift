import TipsKnowledgeBase

/// Reads the arguments of an answer in its common forms (`search QUERY` or `top`, with
/// `--index DIR`, `--limit N`, `--json`, `--explain`) without swift-argument-parser, whose
/// reflection over the command tree costs a third of a search that finds nothing.
///
/// Anything else (help, filters, colour, a lexicon, a repeated or unknown option, a value
/// that is not one, a query that starts with "-") gives nil and is parsed by
/// swift-argument-parser, which owns the grammar, its help and its messages; what this
/// reads, it reads as that parser does.
enum QuickArguments {
  static func request(_ arguments: [String]) -> AnswerRequest? {
    guard let command = arguments.first, command == "search" || command == "top" else {
      return nil
    }
    var request = AnswerRequest(query: nil, settings: KnowledgeBaseSettings())
    var seen = Set<String>()
    var query: String? = nil
    var rest = arguments.dropFirst()[...]
    while let argument = rest.popFirst() {
      guard argument.hasPrefix("-") else {
        guard command == "search", query == nil else { return nil }
        query = argument
        continue
      }
      var name = argument
      var inlineValue: String? = nil
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard seen.insert(name).inserted else { return nil }
      switch name {
      case "--json", "--explain":
        guard inlineValue == nil else { return nil }
        if name == "--json" { request.json = true } else { request.explain = true }
      case "--index", "--limit":
        guard let value = inlineValue ?? rest.popFirst(), !value.hasPrefix("-"), !value.isEmpty
        else {
          return nil
        }
        if name == "--index" {
          request.settings.index = value
        } else {
          guard let limit = Int(value), limit > 0 else { return nil }
          request.limit = limit
        }
      default:
        return nil
      }
    }
    guard (command == "search") == (query != nil) else { return nil }
    request.query = query
    return request
  }
}
