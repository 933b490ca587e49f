import TipsCore

/// Reads the HTML page Discourse serves to crawlers and browsers without JavaScript.
///
/// The page marks each post with schema.org microdata: current Discourse renders every post
/// as `div.topic-body.crawler-post` (author in `[itemprop=author] [itemprop=name]`, number in
/// `[itemprop=position]`, body in `div.post[itemprop=text]`, likes in an `interactionStatistic`
/// block); Discourse before 2020 rendered `div[itemtype=…/DiscussionForumPosting]` per post
/// with `b[itemprop=author]`, `span[itemprop=position]` "#N" and `div.post[itemprop=articleBody]`,
/// likes in `meta[itemprop=interactionCount] content="UserLikes:N"`. Both are read.
/// With the Solved plugin the page is a schema.org `QAPage` and the solution's container has
/// `itemprop="acceptedAnswer"`. A page holds one page of a long topic (`?page=2` for the next): each file is read as is.
enum DiscourseHTMLReader {
  static let formatName = "Discourse HTML"

  /// The thread on a parsed page, nil when the page carries no Discourse marker at all
  /// (the caller then says the format is unknown rather than that a thread is broken).
  static func thread(from root: HTMLElement, path: String) throws(IngestError) -> Thread? {
    let containers = postContainers(in: root)
    guard !containers.isEmpty || isDiscoursePage(root) else { return nil }
    let canonicalURL = root.firstDescendant {
      $0.name == "link" && $0[attribute: "rel"] == "canonical"
    }?[attribute: "href"]
    let topicID = canonicalURL.flatMap(topicID(inURL:))
    var posts: [Post] = []
    for (index, container) in containers.enumerated() {
      guard let body = container.firstDescendant(where: isPostBody) else { continue }
      let text = HTMLText(element: body, topicID: topicID)
      guard !text.text.isEmpty || !text.quotes.isEmpty else { continue }
      posts.append(
        Post(
          number: number(in: container) ?? index + 1, author: author(in: container),
          date: date(in: container), likes: likes(in: container), quotes: text.quotes,
          isAccepted: container.hasItemProperty("acceptedAnswer"), text: text.text))
    }
    guard !posts.isEmpty else { throw .noPosts(path: path, format: formatName) }
    let id = topicID.map { "discourse-\($0)" } ?? "discourse-\(ThreadImporter.fileStem(of: path))"
    return Thread(
      id: id, title: title(of: root) ?? ThreadImporter.fileStem(of: path), url: canonicalURL,
      format: .discourseHTML, posts: posts)
  }

  private static func postContainers(in root: HTMLElement) -> [HTMLElement] {
    let current = root.descendants { $0.hasClass("crawler-post") }
    if !current.isEmpty { return current }
    return root.descendants {
      $0[attribute: "itemtype"]?.hasSuffix("DiscussionForumPosting") == true
        && $0.firstDescendant(where: isPostBody) != nil
    }
  }

  private static func isPostBody(_ element: HTMLElement) -> Bool {
    element.hasItemProperty("text") || element.hasItemProperty("articleBody")
  }

  /// `<meta name="generator" content="Discourse 3.2…">` or `body.crawler`, for a page whose
  /// posts could not be found: it is a Discourse page, so "no posts" is the right complaint.
  private static func isDiscoursePage(_ root: HTMLElement) -> Bool {
    root.firstDescendant {
      ($0.name == "meta" && $0[attribute: "name"] == "generator"
        && $0[attribute: "content"]?.hasPrefix("Discourse") == true)
        || ($0.name == "body" && $0.hasClass("crawler"))
    } != nil
  }

  private static func author(in container: HTMLElement) -> String? {
    guard let author = container.firstDescendant(where: { $0.hasItemProperty("author") }) else {
      return nil
    }
    let name = author.firstDescendant { $0.hasItemProperty("name") } ?? author
    let text = name.collapsedText
    return text.isEmpty ? nil : text
  }

  private static func number(in container: HTMLElement) -> Int? {
    container.firstDescendant { $0.hasItemProperty("position") }
      .flatMap { ForumNumber.integer(parsing: $0.collapsedText.drop { $0 == "#" }) }
  }

  private static func date(in container: HTMLElement) -> String? {
    if let time = container.firstDescendant(where: { $0.name == "time" }),
      let datetime = time[attribute: "datetime"]
    {
      return datetime
    }
    return container.firstDescendant {
      $0.name == "meta" && $0.hasItemProperty("datePublished")
    }?[attribute: "content"]
  }

  /// The like count from the `LikeAction` interaction counter, else the "N Likes" label,
  /// else the old `UserLikes:N` meta, else 0 (Discourse prints nothing for no likes).
  private static func likes(in container: HTMLElement) -> Int {
    let statistics = container.descendants { $0.hasItemProperty("interactionStatistic") }
    for statistic in statistics {
      let type = statistic.firstDescendant { $0.hasItemProperty("interactionType") }
      guard type?[attribute: "content"]?.hasSuffix("LikeAction") == true else { continue }
      if let count = statistic.firstDescendant(where: { $0.hasItemProperty("userInteractionCount") }
      )?[
        attribute: "content"
      ].flatMap({ ForumNumber.integer(parsing: $0) }) {
        return count
      }
    }
    if let label = container.firstDescendant(where: { $0.hasClass("post-likes") }),
      let count = label.collapsedText.split(separator: " ").first
        .flatMap({ ForumNumber.integer(parsing: $0) })
    {
      return count
    }
    let counters = container.descendants { $0.hasItemProperty("interactionCount") }
    for counter in counters {
      if let content = counter[attribute: "content"], content.hasPrefix("UserLikes:") {
        return ForumNumber.integer(parsing: content.dropFirst("UserLikes:".count)) ?? 0
      }
    }
    return 0
  }

  private static func title(of root: HTMLElement) -> String? {
    let candidates = [
      root.firstDescendant { $0[attribute: "id"] == "topic-title" }?
        .firstDescendant { $0.name == "h1" }?.collapsedText,
      root.firstDescendant { $0.name == "h1" }?.collapsedText,
      root.firstDescendant { $0.hasItemProperty("headline") }?[attribute: "content"],
      root.firstDescendant { $0.name == "title" }?.collapsedText,
    ]
    return candidates.lazy.compactMap { $0 }.first { !$0.isEmpty }
  }

  /// The topic id in a `/t/slug/ID` URL (also `/t/ID`, `/t/slug/ID/5` for post 5).
  private static func topicID(inURL url: String) -> Int? {
    let path = url.split(separator: "?").first ?? ""
    let components = path.split(separator: "/")
    guard let t = components.firstIndex(of: "t") else { return nil }
    return components[(t + 1)...].first { $0.allSatisfy(\.isNumber) }.flatMap { Int($0) }
  }
}
