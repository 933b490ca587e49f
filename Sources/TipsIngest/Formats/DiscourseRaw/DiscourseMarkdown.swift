import TipsCore

/// A post's Discourse markdown reduced to what a reader of the page sees, as `HTMLText` reduces
/// the HTML Discourse renders from it: `[quote="name, post:N, topic:T"]` blocks (nested ones
/// too) leave the text and become `quotes`; images (`![alt](upload://…)`) go; a link keeps
/// its words (`[the video](https://…)` is "the video"); bold marks, heading marks, block-quote
/// marks, code fences and rules of dashes go; code keeps its lines.
struct DiscourseMarkdown: Sendable {
  private(set) var text = ""
  private(set) var quotes: [QuotedPost] = []

  init(lines: [Substring]) {
    var kept: [String] = []
    var quoteDepth = 0
    var inCode = false
    for line in lines {
      let trimmed = line.drop(while: \.isWhitespace)
      if quoteDepth == 0, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inCode.toggle()
        continue
      }
      if inCode {
        kept.append(String(line))
        continue
      }
      let own = ownText(of: line, depth: &quoteDepth)
      guard let own else { continue }
      kept.append(Self.inline(Self.withoutBlockMarks(own)))
    }
    text = Self.joined(kept)
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

  /// `line` without a heading's "#"s, a block quote's ">", or a rule of dashes (empty).
  private static func withoutBlockMarks(_ line: Substring) -> Substring {
    let trimmed = line.drop(while: \.isWhitespace)
    if trimmed.count >= 3, trimmed.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" }) {
      return ""
    }
    var text = trimmed
    while text.first == ">" { text = text.dropFirst().drop(while: \.isWhitespace) }
    if text.first == "#" {
      let marks = text.prefix { $0 == "#" }
      if marks.count <= 6, text.dropFirst(marks.count).first == " " {
        text = text.dropFirst(marks.count + 1)
      }
    }
    return text
  }

  /// `line` without images, bold marks, code ticks and formatting tags, links reduced to
  /// their words.
  private static func inline(_ line: Substring) -> String {
    var out = ""
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if character == "[" || character == "<", let tag = formattingTag(at: index, in: line) {
        index = tag
        continue
      }
      if character == "`" {
        index = line.index(after: index)
        continue
      }
      if character == "!" || character == "[",
        let link = self.link(at: character == "!" ? line.index(after: index) : index, in: line)
      {
        if character == "[" { out += link.words }
        index = link.end
        continue
      }
      if character == "*" || character == "_",
        line.index(after: index) < line.endIndex, line[line.index(after: index)] == character
      {
        index = line.index(index, offsetBy: 2)
        continue
      }
      out.append(character)
      index = line.index(after: index)
    }
    return out
  }

  /// Where the BBCode or HTML formatting tag at `start` ends ("[b]", "[/url]", "[url=…]",
  /// "<br>", "</span>", a whole "<img …>" or "[img]…[/img]"); nil when no such tag starts
  /// there. Imports from older forums keep their BBCode, and Discourse renders it.
  private static func formattingTag(at start: Substring.Index, in line: Substring)
    -> Substring.Index?
  {
    let opening = line[start]
    let closing: Character = opening == "[" ? "]" : ">"
    guard let end = line[start...].firstIndex(of: closing) else { return nil }
    var name = line[line.index(after: start)..<end]
    if name.first == "/" { name = name.dropFirst() }
    name = name.prefix { $0.isLetter }
    let tags = opening == "[" ? bbCodeTags : htmlTags
    guard tags.contains(name.lowercased()) else { return nil }
    let after = line.index(after: end)
    if name.lowercased() == "img", opening == "[",
      let close = line[after...].indices.first(where: {
        line[$0...].prefix(6).lowercased() == "[/img]"
      })
    {
      return line.index(close, offsetBy: 6)
    }
    return after
  }

  private static let bbCodeTags: Set<String> = [
    "b", "i", "u", "s", "url", "code", "img", "color", "size", "center", "list", "email",
  ]
  private static let htmlTags: Set<String> = [
    "img", "br", "b", "i", "u", "a", "span", "div", "p", "small", "sub", "sup", "kbd",
    "strong", "em", "details", "summary", "center", "font", "hr",
  ]

  /// The link `[words](target)` starting at `start`: its words and where it ends.
  private static func link(at start: Substring.Index, in line: Substring) -> (
    words: Substring, end: Substring.Index
  )? {
    guard start < line.endIndex, line[start] == "[",
      let close = line[start...].firstIndex(of: "]"),
      line.index(after: close) < line.endIndex, line[line.index(after: close)] == "(",
      let end = line[close...].firstIndex(of: ")")
    else { return nil }
    return (line[line.index(after: start)..<close], line.index(after: end))
  }

  /// Lines joined, trailing spaces cut, runs of blank lines made one, blank edges dropped.
  private static func joined(_ lines: [String]) -> String {
    var out: [String] = []
    for line in lines {
      var line = Substring(line)
      while line.last?.isWhitespace == true { line = line.dropLast() }
      if line.isEmpty, out.last?.isEmpty ?? true { continue }
      out.append(String(line))
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.joined(separator: "\n")
  }
}
