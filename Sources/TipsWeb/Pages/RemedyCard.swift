import Foundation
import TipsKnowledgeBase

/// One remedy as a card: the values of `tips search`'s card (name, kind, score, tags, the
/// evidence line, best quotes with thread and post, a report against, caveats, the disputed
/// marker) as markup, every text escaped.
enum RemedyCard {
  /// The card of `remedy`. `rank` is its position in a result list, nil on its own page;
  /// `quotes` the posts quoted at most (`tips search` shows 2, `tips show` all); `isFull`
  /// makes the remedy's own page: every caveat and report against, quotes uncut, and the
  /// parts of the score.
  static func html(_ remedy: Remedy, rank: Int?, quotes: Int = 2, isFull: Bool = false)
    -> String
  {
    let id = "remedy-\(rank.map(String.init) ?? "page")"
    let name = HTML.escaped(remedy.wording)
    let title =
      rank == nil
      ? name
      : "<span class=\"rank\">\(rank.map(String.init) ?? "").</span> "
        + "<a href=\"/remedy/\(HTML.pathSegment(remedy.name))\">\(name)</a>"
    let heading = rank == nil ? "h1" : "h2"
    var parts = [
      "<article class=\"card\" aria-labelledby=\"\(id)\">",
      "<header><\(heading) id=\"\(id)\">\(title)</\(heading)>",
      "<p class=\"meta\"><span class=\"kind\">\(HTML.escaped(remedy.kind.rawValue))</span>"
        + " · score \(CardWording.formatted(remedy.score.total))"
        + (remedy.isDisputed ? " · <span class=\"disputed\">disputed</span>" : "") + "</p>",
      "</header>",
    ]
    let tags = remedy.muscles + remedy.tools.map { "with \($0)" }
    if !tags.isEmpty {
      parts.append("<p class=\"tags\">\(HTML.escaped(tags.joined(separator: ", ")))</p>")
    }
    parts.append(
      "<p class=\"evidence\">\(HTML.escaped(CardWording.evidenceLine(remedy.evidence)))</p>")
    if isFull {
      parts.append(
        "<p class=\"explain\">\(HTML.escaped(CardWording.explanation(remedy.score)))</p>")
    }
    var quotedPosts = Set<String>()
    let distinctPosts = remedy.tips.filter {
      $0.stance.supports && quotedPosts.insert("\($0.thread)#\($0.post)").inserted
    }
    let shown = isFull ? remedy.tips.filter(\.stance.supports) : distinctPosts
    if !shown.isEmpty {
      parts.append("<ul class=\"quotes\" aria-label=\"What people said\">")
      for tip in shown.prefix(quotes) { parts.append(quoteItem(tip, isFull: isFull)) }
      parts.append("</ul>")
    }
    let against = remedy.tips.filter { $0.stance == .against }.prefix(isFull ? .max : 1)
    if !against.isEmpty {
      parts.append("<ul class=\"against\" aria-label=\"Reports against\">")
      for tip in against {
        parts.append(
          "<li>\(HTML.escaped(text(tip.quote, isFull: isFull))) (\(source(of: tip)))</li>")
      }
      parts.append("</ul>")
    }
    let caveats = remedy.caveats.prefix(isFull ? .max : 2)
    if !caveats.isEmpty {
      parts.append("<ul class=\"caveats\" aria-label=\"Caveats\">")
      for caveat in caveats {
        parts.append(
          "<li>\(HTML.escaped(text(caveat.text, isFull: isFull))) "
            + "(\(threadLink(caveat.thread, post: caveat.post)))</li>")
      }
      parts.append("</ul>")
    }
    parts.append("</article>")
    return parts.joined(separator: "\n")
  }

  private static func quoteItem(_ tip: Tip, isFull: Bool) -> String {
    let agrees = tip.stance == .agrees
    return "<li\(agrees ? " class=\"agrees\"" : "")>"
      + (agrees ? "<span class=\"mark\">+ agrees</span> " : "")
      + "<blockquote>“\(HTML.escaped(text(tip.quote, isFull: isFull)))”</blockquote>"
      + "<p class=\"source\">— \(source(of: tip))</p></li>"
  }

  /// "chad, lower-back-pain #6", the thread linked to its row on the threads page.
  private static func source(of tip: Tip) -> String {
    let by = tip.author.map { HTML.escaped($0) + ", " } ?? ""
    return by + threadLink(tip.thread, post: tip.post)
  }

  private static func threadLink(_ thread: String, post: Int) -> String {
    "<a href=\"/threads#thread-\(HTML.pathSegment(thread))\">\(HTML.escaped(thread)) #\(post)</a>"
  }

  /// Cards cut quotes past 220 characters at a word, as the command line does; the remedy's
  /// own page shows them whole.
  private static func text(_ text: String, isFull: Bool) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard !isFull, flat.count > 220 else { return flat }
    let cut = flat.prefix(220)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return cut[..<end] + " …"
  }
}
