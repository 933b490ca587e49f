import TipsKnowledgeBase

/// The red-flag line an answer opens with, as the command line prints it before any card,
/// with the clinical pages it cites as links.
enum RedFlagBox {
  static func html(_ notice: RedFlagNotice) -> String {
    var seen: Set<String> = []
    let links = notice.flags.flatMap(\.sources).filter { source in
      (source.url.hasPrefix("https://") || source.url.hasPrefix("http://"))
        && seen.insert(source.url).inserted
    }.map { "<li><a href=\"\(HTML.escaped($0.url))\">\(HTML.escaped($0.title))</a></li>" }
    return "<div class=\"redflag\" role=\"note\" aria-label=\"Red flag\">"
      + "<p>\(HTML.escaped(notice.line))</p>"
      + (links.isEmpty ? "" : "<ul>\(links.joined())</ul>") + "</div>"
  }
}
