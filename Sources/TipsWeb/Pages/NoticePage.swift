/// A page that only says what went wrong, and the way back: an unknown remedy, a missing
/// index, an address that is not a page.
enum NoticePage {
  static func html(title: String, message: String) -> String {
    PageLayout.page(
      title: HTML.escaped(title), current: .other,
      body: "<h1>\(HTML.escaped(title))</h1>\n"
        + "<p class=\"notice\" role=\"alert\">\(HTML.escaped(message))</p>\n"
        + "<p><a href=\"/\">← Search</a></p>")
  }
}
