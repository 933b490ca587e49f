/// Markdown reduced to what a reader of the rendered page sees, for the forums that store
/// posts as markdown (Discourse's raw export, Reddit's `selftext` and `body`): images go; a
/// link keeps its words (`[the video](https://…)` is "the video"); bold, strike-through,
/// heading and block-quote marks, code fences, table rules and rules of dashes go; a
/// backslash escape is the character it escapes; code keeps its lines.
///
/// Quotes are the caller's business: each forum marks them its own way.
enum MarkdownText {
  /// The whole of `markdown` reduced, lines joined as `joined` does.
  static func plainText(_ markdown: String) -> String {
    var kept: [String] = []
    var inCode = false
    for line in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      if isFence(line) {
        inCode.toggle()
        continue
      }
      if inCode {
        kept.append(String(line))
      } else if let reduced = reduced(line) {
        kept.append(reduced)
      }
    }
    return joined(kept)
  }

  /// True for a line that opens or closes a code block (```` ``` ```` or `~~~`).
  static func isFence(_ line: Substring) -> Bool {
    let trimmed = line.drop(while: \.isWhitespace)
    return trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~")
  }

  /// One line outside code, without its block marks and inline markup; nil for the rule
  /// under a table's header (`|:---|---:|`), which the page does not show as a line.
  static func reduced(_ line: Substring) -> String? {
    let trimmed = line.drop(while: \.isWhitespace)
    if trimmed.first == "|", trimmed.contains("-"), trimmed.allSatisfy({ "|:- ".contains($0) }) {
      return nil
    }
    return inline(withoutBlockMarks(trimmed))
  }

  /// `line` without a heading's "#"s or a block quote's ">"; a rule of dashes is empty.
  /// Old Reddit renders "##Heading" without the space CommonMark asks for, so a letter after
  /// the marks ends them too.
  private static func withoutBlockMarks(_ trimmed: Substring) -> Substring {
    if trimmed.count >= 3, trimmed.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" }) {
      return ""
    }
    var text = trimmed
    while text.first == ">" { text = text.dropFirst().drop(while: \.isWhitespace) }
    if text.first == "#" {
      let marks = text.prefix { $0 == "#" }
      let next = text.dropFirst(marks.count).first
      if marks.count <= 6, next == " " || next?.isLetter == true {
        text = text.dropFirst(marks.count).drop(while: { $0 == " " })
      }
    }
    return text
  }

  /// `line` without images, bold and strike-through marks, code ticks and formatting tags,
  /// links reduced to their words, escapes to what they escape.
  private static func inline(_ line: Substring) -> String {
    var out = ""
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      let next = line.index(after: index)
      if character == "\\", next < line.endIndex, isEscapable(line[next]) {
        out.append(line[next])
        index = line.index(after: next)
        continue
      }
      if character == "[" || character == "<", let tag = formattingTag(at: index, in: line) {
        index = tag
        continue
      }
      if character == "`" {
        index = next
        continue
      }
      if character == "!" || character == "[",
        let link = self.link(at: character == "!" ? next : index, in: line)
      {
        if character == "[" { out += link.words }
        index = link.end
        continue
      }
      if "*_~".contains(character), next < line.endIndex, line[next] == character {
        index = line.index(after: next)
        continue
      }
      out.append(character)
      index = next
    }
    return out
  }

  /// ASCII punctuation, which a backslash makes literal ("\\*" is "*").
  private static func isEscapable(_ character: Character) -> Bool {
    character.isASCII && (character.isPunctuation || character.isSymbol)
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
  static func joined(_ lines: [String]) -> String {
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
