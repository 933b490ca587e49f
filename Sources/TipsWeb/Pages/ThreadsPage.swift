import TipsKnowledgeBase

/// The threads in the index, as `tips threads` lists them, each linked to its remedies.
enum ThreadsPage {
  static func html(_ threads: [ThreadSummary]) -> String {
    var body = [
      "<h1>Threads</h1>",
      "<p class=\"summary\">\(CardWording.count(threads.count, "thread")) in the index.</p>",
    ]
    if !threads.isEmpty {
      body.append(
        "<table><caption class=\"visually-hidden\">Each thread with its format, posts and tips</caption>"
          + "<thead><tr><th scope=\"col\">Thread</th><th scope=\"col\">Format</th>"
          + "<th scope=\"col\" class=\"number\">Posts</th>"
          + "<th scope=\"col\" class=\"number\">Tips</th></tr></thead><tbody>")
      for thread in threads {
        let id = HTML.pathSegment(thread.id)
        let title = HTML.escaped(thread.title.isEmpty ? thread.id : thread.title)
        // Only web addresses become links: an export could carry `javascript:` as its URL.
        let original = thread.url.flatMap {
          $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil
        }
        .map { " · <a href=\"\(HTML.escaped($0))\" rel=\"noreferrer\">original</a>" }
        body.append(
          "<tr id=\"thread-\(id)\"><td><a href=\"/?\(HTML.query([("thread", thread.id)]))\">"
            + "\(title)</a><br><span class=\"source\">\(HTML.escaped(thread.id))"
            + "\(original ?? "")</span></td>"
            + "<td>\(HTML.escaped(thread.format.rawValue))</td>"
            + "<td class=\"number\">\(thread.postCount)</td>"
            + "<td class=\"number\">\(thread.tipCount)</td></tr>")
      }
      body.append("</tbody></table>")
    }
    return PageLayout.page(title: "Threads", current: .threads, body: body.joined(separator: "\n"))
  }
}
