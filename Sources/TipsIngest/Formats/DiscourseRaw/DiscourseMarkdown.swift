import TipsCore

/// A post's Discourse markdown reduced to what a reader of the page sees, as `HTMLText` reduces
/// the HTML Discourse renders from it: `[quote="name, post:N, topic:T"]` blocks (nested ones
/// too) leave the text and become `quotes`; the rest is reduced by `MarkdownText`.
struct DiscourseMarkdown: Sendable {
  private(set) var text = ""
  private(set) var quotes: [QuotedPost] = []

  init(lines: [Substring]) {
    var kept: [String] = []
    var quoteDepth = 0
    var inCode = false
    for line in lines {
      if quoteDepth == 0, MarkdownText.isFence(line) {
        inCode.toggle()
        continue
      }
      if inCode {
        kept.append(String(line))
        continue
      }
      let own = ownText(of: line, depth: &quoteDepth)
      guard let own, let reduced = MarkdownText.reduced(own) else { continue }
      kept.append(reduced)
    }
    text = MarkdownText.joined(kept)
  }

  /// The parts of `line` outside quote blocks, reading the quote tags it opens and closes;
  /// nil when nothing of the line is the post's own (inside a quote, or only tags).
  private mutating func ownText(of line: Substring, depth: inout Int) -> Substring? {
    var own = ""
    var rest = line
    var hadTag = false
    while let tag = Self.nextTag(in: rest) {
      if depth == 0 { own += rest[..<tag.range.lowerBound] }
      hadTag = true
      switch tag.kind {
      case .open(let quote):
        if depth == 0 { quotes.append(quote) }
        depth += 1
      case .close:
        depth = max(0, depth - 1)
      }
      rest = rest[tag.range.upperBound...]
    }
    if depth == 0 { own += rest }
    if hadTag && own.allSatisfy(\.isWhitespace) { return nil }
    return depth == 0 || !own.isEmpty ? Substring(own) : nil
  }

  private enum TagKind {
    case open(QuotedPost)
    case close
  }

  /// The first `[quote…]` or `[/quote]` tag in `text`, case-insensitive.
  private static func nextTag(in text: Substring) -> (range: Range<Substring.Index>, kind: TagKind)?
  {
    var index = text.startIndex
    while let bracket = text[index...].firstIndex(of: "[") {
      let after = text[text.index(after: bracket)...]
      if after.prefix(6).lowercased() == "/quote", let end = after.firstIndex(of: "]") {
        return (bracket..<text.index(after: end), .close)
      }
      if after.prefix(5).lowercased() == "quote", let end = after.firstIndex(of: "]") {
        let attributes = after[after.index(after.startIndex, offsetBy: 5)..<end]
        if attributes.isEmpty || attributes.first == "=" {
          return (bracket..<text.index(after: end), .open(quote(attributes)))
        }
      }
      index = text.index(after: bracket)
    }
    return nil
  }

  /// `="name, post:7, topic:5267, full:true"` (or empty) as the post and author it quotes.
  private static func quote(_ attributes: Substring) -> QuotedPost {
    let value = attributes.drop { $0 == "=" || $0 == "\"" }.prefix { $0 != "\"" }
    let parts = value.split(separator: ",").map { CopiedTextReader.trimmed($0) }
    var post: Int?
    for part in parts.dropFirst() where part.hasPrefix("post:") {
      post = Int(part.dropFirst(5))
    }
    let name = parts.first.flatMap { $0.isEmpty ? nil : String($0) }
    return QuotedPost(post: post, author: name)
  }
}
