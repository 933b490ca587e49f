import TipsKnowledgeBase

/// One remedy, as `tips show` prints it: every tip and caveat, and the parts of its score.
enum RemedyPage {
  /// The page of `remedy`; `isNamedByLexicon` is false when it was named from the posts'
  /// own words, so a reader knows to judge its name.
  static func html(
    _ remedy: Remedy, isNamedByLexicon: Bool, redFlags: RedFlagNotice? = nil
  ) -> String {
    let origin =
      isNamedByLexicon
      ? "Named by the lexicon." : "Found in the text: named from the posts' own words."
    let body = [
      "<p class=\"summary\"><a href=\"/\">← Search</a></p>",
      redFlags.map(RedFlagBox.html) ?? "",
      RemedyCard.html(remedy, rank: nil, quotes: .max, isFull: true),
      "<p class=\"summary\">\(origin) As JSON: "
        + "<a href=\"/api/remedy/\(HTML.pathSegment(remedy.name))\">"
        + "/api/remedy/\(HTML.escaped(HTML.pathSegment(remedy.name)))</a></p>",
    ]
    return PageLayout.page(
      title: HTML.escaped(remedy.wording), current: .other, body: body.joined(separator: "\n"))
  }
}
