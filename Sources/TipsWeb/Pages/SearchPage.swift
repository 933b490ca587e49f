import TipsKnowledgeBase

/// The front page: the search form, then the result cards, or the most-endorsed remedies
/// when nothing is asked yet.
enum SearchPage {
  /// What the form holds: the request's fields, shown back as they were typed.
  struct Form {
    var query: String?
    var muscle: String?
    var tool: String?
    var kind: String?
    var thread: String?
  }

  /// The page for `form`: `remedies` is the answer, nil when the request was refused;
  /// `notice` is one line shown above the results (a refused filter, a missing index).
  static func html(
    form: Form, remedies: [Remedy]?, redFlags: RedFlagNotice? = nil, notice: String? = nil,
    lexicon: Lexicon
  ) -> String {
    var body = [formHTML(form, lexicon: lexicon)]
    let heading =
      form.query.map { "Remedies for “\(HTML.escaped($0))”" } ?? "Most endorsed remedies"
    body.append("<h1 id=\"results\">\(heading)</h1>")
    if let notice {
      body.append("<p class=\"notice\" role=\"alert\">\(HTML.escaped(notice))</p>")
    }
    if let redFlags { body.append(RedFlagBox.html(redFlags)) }
    if let remedies {
      body.append("<p class=\"summary\">\(HTML.escaped(summary(form, count: remedies.count)))</p>")
      for (offset, remedy) in remedies.enumerated() {
        body.append(RemedyCard.html(remedy, rank: offset + 1))
      }
    }
    let title = form.query.map { "“\(HTML.escaped($0))”" } ?? "Search"
    return PageLayout.page(title: title, current: .search, body: body.joined(separator: "\n"))
  }

  /// "3 remedies · muscle: quads · kind: stretch", or what to do when there are none.
  private static func summary(_ form: Form, count: Int) -> String {
    let filters = [
      ("muscle", form.muscle), ("tool", form.tool), ("kind", form.kind), ("thread", form.thread),
    ].compactMap { name, value in value.map { "\(name): \($0)" } }
    guard count > 0 else {
      return form.query == nil && filters.isEmpty
        ? "The index holds no remedies yet: add threads with tips add."
        : "No remedies found. Try fewer words, a synonym, or fewer filters."
    }
    return ([CardWording.count(count, "remedy", plural: "remedies")] + filters)
      .joined(separator: " · ")
  }

  private static func formHTML(_ form: Form, lexicon: Lexicon) -> String {
    let kinds = RemedyKind.allCases.map { kind in
      let selected = form.kind?.lowercased() == kind.rawValue ? " selected" : ""
      return "<option value=\"\(kind.rawValue)\"\(selected)>\(kind.rawValue)</option>"
    }
    var lines = [
      "<form class=\"search\" method=\"get\" action=\"/\" role=\"search\" "
        + "aria-label=\"Search remedies\">",
      "<div class=\"query\"><label for=\"q\">What hurts, or what helps?</label>",
      "<input id=\"q\" name=\"q\" type=\"search\" value=\"\(HTML.escaped(form.query ?? ""))\" "
        + "placeholder=\"hip flexor\" autocomplete=\"off\"></div>",
      field("muscle", "Muscle group", form.muscle, list: "muscles"),
      field("tool", "Tool", form.tool, list: "tools"),
      "<div><label for=\"kind\">Kind</label><select id=\"kind\" name=\"kind\">"
        + "<option value=\"\">any kind</option>\(kinds.joined())</select></div>",
    ]
    if let thread = form.thread {
      lines.append("<input type=\"hidden\" name=\"thread\" value=\"\(HTML.escaped(thread))\">")
    }
    lines += [
      "<button type=\"submit\">Search</button>",
      "</form>",
      datalist("muscles", lexicon.muscles.names),
      datalist("tools", lexicon.tools.names),
    ]
    return lines.joined(separator: "\n")
  }

  private static func field(_ name: String, _ label: String, _ value: String?, list: String)
    -> String
  {
    "<div><label for=\"\(name)\">\(label)</label><input id=\"\(name)\" name=\"\(name)\" "
      + "list=\"\(list)\" value=\"\(HTML.escaped(value ?? ""))\" placeholder=\"any\"></div>"
  }

  /// The lexicon's canonical names, offered as the field is typed in (no script needed).
  private static func datalist(_ id: String, _ names: some Collection<String>) -> String {
    "<datalist id=\"\(id)\">"
      + names.sorted().map { "<option value=\"\(HTML.escaped($0))\">" }.joined()
      + "</datalist>"
  }
}
