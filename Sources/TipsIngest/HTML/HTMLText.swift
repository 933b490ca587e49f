import TipsCore

/// A post's HTML reduced to what a reader sees as its own words, plus the posts it quotes.
///
/// Forum bodies are HTML (Discourse `cooked`, Stack Exchange `Body`); extraction works on
/// plain text, and must not count a quoted recommendation twice. So Discourse quote blocks
/// (`aside.quote`) leave the text and become `quotes`, link previews (oneboxes) and image
/// lightboxes disappear, emoji images become their `:code:`, and the rest keeps its paragraphs.
/// Plain `blockquote`s stay: on Stack Exchange they are how an answer cites a source, and
/// Discourse writes attributed quotes as `aside.quote`, never as a bare `blockquote`.
struct HTMLText: Sendable, Hashable {
  /// Paragraphs separated by a blank line, list items and `<br>` lines by one newline,
  /// whitespace inside a line collapsed to single spaces; `pre` blocks keep their lines.
  var text: String
  /// The `aside.quote` blocks removed from `text`, in document order.
  var quotes: [QuotedPost]

  /// Reduces `html`, a fragment or a page, parsed with libxml2's forgiving HTML parser.
  ///
  /// `topicID` is the Discourse topic the post belongs to: a quote whose `data-topic` names
  /// another topic keeps its author but drops its post number, which would otherwise point
  /// at an unrelated post of this thread. Nil accepts every number.
  ///
  /// Read in one streaming pass with no tree (`HTMLTextStream`), the way every post body of a
  /// dump is read.
  init(html: String, topicID: Int? = nil) {
    var html = html
    self = html.withUTF8 { HTMLTextStream.text(of: $0, topicID: topicID) }
  }

  /// Reduces an already parsed element's content (a crawler page's post body).
  init(element: HTMLElement, topicID: Int? = nil) {
    var writer = Writer(topicID: topicID)
    writer.visitChildren(of: element)
    writer.flushLine()
    self.init(text: writer.output, quotes: writer.quotes)
  }

  init(text: String, quotes: [QuotedPost]) {
    self.text = text
    self.quotes = quotes
  }
}

/// The separation asked for before the next text; the strongest request since the last text
/// wins, so nested blocks never pile up blank lines.
enum HTMLBreak: Int, Comparable {
  case none, space, line, paragraph
  static func < (lhs: HTMLBreak, rhs: HTMLBreak) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Elements that start and end a paragraph.
let paragraphElements: Set<String> = [
  "address", "article", "aside", "blockquote", "center", "details", "dl", "div", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav",
  "ol", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "ul",
]

/// Elements that start and end a line inside a paragraph: one list item, row or term per line.
let lineElements: Set<String> = ["dd", "dt", "li", "tr"]

/// Elements whose content is never text a reader sees.
let invisibleElements: Set<String> = [
  "head", "noscript", "script", "style", "svg", "template", "title", "video", "audio",
]

/// Accumulates text with pending breaks, so leading and trailing breaks of nested blocks never
/// pile up into runs of blank lines.
private struct Writer {
  typealias Break = HTMLBreak

  let topicID: Int?
  var output = ""
  var quotes: [QuotedPost] = []
  /// Raw inline text of the current line, collapsed when the line ends.
  private var line = ""
  private var pendingBreak = Break.none

  init(topicID: Int?) {
    self.topicID = topicID
  }

  mutating func visitChildren(of element: HTMLElement) {
    for child in element.children {
      switch child {
      case .text(let text): line += text
      case .element(let element): visit(element)
      }
    }
  }

  private mutating func visit(_ element: HTMLElement) {
    let name = element.name
    if invisibleElements.contains(name) { return }
    if name == "aside", element.hasClass("quote") {
      quotes.append(quote(from: element))
      requestBreak(.paragraph)
      return
    }
    if element.hasClass("onebox") || element.hasClass("lightbox-wrapper") {
      // Oneboxes are link previews Discourse fetched from elsewhere (a video, a GitHub file);
      // a lightbox's text is the image's file name and size. Neither is the author's words.
      if name == "a" {
        visitChildren(of: element)  // `a.onebox` is a bare link on its own line: keep it.
      } else {
        requestBreak(.paragraph)
      }
      return
    }
    switch name {
    case "br":
      requestBreak(.line)
    case "img":
      if element.hasClass("emoji"),
        let code = element[attribute: "alt"] ?? element[attribute: "title"]
      {
        line += code
      }
    case "pre":
      requestBreak(.paragraph)
      appendPreformatted(element.collapsedLines)
      requestBreak(.paragraph)
    case "td", "th":
      requestBreak(.space)
      visitChildren(of: element)
      requestBreak(.space)
    case _ where paragraphElements.contains(name):
      requestBreak(.paragraph)
      visitChildren(of: element)
      requestBreak(.paragraph)
    case _ where lineElements.contains(name):
      requestBreak(.line)
      visitChildren(of: element)
      requestBreak(.line)
    default:
      visitChildren(of: element)
    }
  }

  private func quote(from aside: HTMLElement) -> QuotedPost {
    let author = aside[attribute: "data-username"].flatMap { $0.isEmpty ? nil : $0 }
    var post = aside[attribute: "data-post"].flatMap { Int($0) }
    if let topicID, let quotedTopic = aside[attribute: "data-topic"].flatMap({ Int($0) }),
      quotedTopic != topicID
    {
      post = nil
    }
    return QuotedPost(post: post, author: author)
  }

  /// Ends the current line (if it has text) and asks for at least `kind` before the next text.
  private mutating func requestBreak(_ kind: Break) {
    flushLine()
    pendingBreak = max(pendingBreak, kind)
  }

  /// Writes the current line, collapsed, after the strongest break requested since the last text.
  mutating func flushLine() {
    let collapsed = line.collapsingWhitespace
    line = ""
    guard !collapsed.isEmpty else { return }
    write(collapsed)
  }

  private mutating func appendPreformatted(_ text: String) {
    flushLine()
    guard !text.isEmpty else { return }
    write(text)
  }

  private mutating func write(_ text: String) {
    if !output.isEmpty {
      switch pendingBreak {
      case .none: break
      case .space: output += " "
      case .line: output += "\n"
      case .paragraph: output += "\n\n"
      }
    }
    output += text
    pendingBreak = .none
  }
}

extension HTMLElement {
  /// The raw text of a `pre` block: lines kept, trailing spaces and blank edges dropped.
  fileprivate var collapsedLines: String {
    var raw = ""
    func collect(_ element: HTMLElement) {
      for child in element.children {
        switch child {
        case .text(let text): raw += text
        case .element(let element): collect(element)
        }
      }
    }
    collect(self)
    return HTMLText.preformattedLines(raw)
  }
}

extension HTMLText {
  /// The raw text of a `pre` block: lines kept, trailing spaces and blank edges dropped.
  static func preformattedLines(_ raw: String) -> String {
    var lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.reversed().drop(while: \.isWhitespace).reversed())
    }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
