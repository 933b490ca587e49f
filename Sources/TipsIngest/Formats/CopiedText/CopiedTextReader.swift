import TipsCore

/// Reads a thread copied as plain text from a forum page in a browser.
///
/// The copy keeps the words and loses the markup: the first line is the title, paragraphs
/// are separated by blank lines, and what the forum engine printed around each post (author
/// and date lines, counters, ranks, buttons, likes, quote headers) comes through as lines
/// of recognisable shapes (`PageLine`, `PostHeader`, `PostFooter`, `QuoteHeader`). Where a
/// copy shows no headers, post boundaries are inferred from footers, gaps and how replies
/// open (`PostSplitter`, `ParagraphCue`), so a post's boundaries, authors and `replyTo` are
/// best guesses unless the copy shows them.
enum CopiedTextReader {
  /// A thread read from a copy, and what the reader could not make out.
  struct Reading: Sendable {
    var thread: Thread
    /// One line for the user when the thread was read worse than the copy deserves: a copy
    /// with several paragraphs but no post boundary at all is read as a single post.
    var warning: String?
  }

  /// Splits `text` into the thread's posts. `id` is the thread's stable id (the file stem).
  static func thread(from text: String, id: String, path: String) throws(IngestError) -> Thread {
    try reading(from: text, id: id, path: path).thread
  }

  /// `thread(from:id:path:)` with its warning.
  static func reading(from text: String, id: String, path: String) throws(IngestError) -> Reading {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    guard let firstLine = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
      throw .noPosts(path: path, format: formatName)
    }
    let titleIndex = titleBelowPageChrome(in: lines, first: lines[firstLine]) ?? firstLine
    var title = pageTitle(trimmed(lines[titleIndex]))
    var body = Array(lines[(titleIndex + 1)...])
    // New Reddit's page opens with the subreddit ("r/running"), then the poster, the age and
    // the post's own title.
    if isSubreddit(title),
      let heading = body.prefix(8).firstIndex(where: {
        PageLine($0) == .text && userName(trimmed($0)) == nil
      })
    {
      title = trimmed(body.remove(at: heading))
    }
    dropTimeline(from: &body)
    // What the page lists below the thread: other threads, not posts of this one.
    if let listed = body.indices.dropFirst(body.count / 3).first(where: {
      otherThreadHeadings.contains(trimmed(body[$0]).lowercased())
    }) {
      body.removeSubrange(listed...)
    }
    let blocks = blocks(in: body, title: title)
    var drafts = StackExchangePage.posts(in: body, title: title) ?? PostSplitter.posts(from: blocks)
    while drafts.count > 1, let last = drafts.last, last.author == nil,
      isPageMenu(last.paragraphs)
    {
      drafts.removeLast()
    }
    // A count left between posts ("97" comments under new Reddit's opener) is no post.
    if drafts.count > 1 {
      drafts.removeAll {
        $0.author == nil && $0.paragraphs.allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "," } }
      }
    }
    markCopiedOpenings(in: &drafts)
    guard !drafts.isEmpty else { throw .noPosts(path: path, format: formatName) }
    var posts = drafts.enumerated().map { offset, draft in
      Post(
        number: offset + 1, author: draft.author, date: draft.date, likes: draft.likes,
        quotes: draft.quotedAuthors.map { QuotedPost(post: nil, author: $0) },
        isAccepted: draft.isAccepted,
        text: String(trimmed(draft.paragraphs.joined(separator: "\n\n")[...])))
    }
    ReplyResolver.resolve(&posts)
    let paragraphs = blocks.count { if case .paragraph = $0 { true } else { false } }
    let warning =
      paragraphs > 1 && !PostSplitter.showsBoundaries(blocks)
      ? "\(path): no post boundaries found in copied text; read as one post" : nil
    return Reading(
      thread: Thread(id: id, title: String(title), format: .copiedText, posts: posts),
      warning: warning)
  }

  /// Where the title is when the copy starts above it, with the site's menus ("Skip to
  /// content", "Board index", "Forums"): the line that replies repeat as their subject
  /// ("Re: TITLE"), or the line above XenForo's "Thread starter NAME". Nil when the copy
  /// shows neither, and its first line is taken as the title.
  static func titleBelowPageChrome(in lines: [Substring], first: Substring) -> Int? {
    let probe = lines.prefix(400)
    let firstTitle = pageTitle(trimmed(first)).lowercased()
    // phpBB's print view prints "Post subject: Re: TITLE".
    if let subject = probe.lazy.map({ withoutSubjectLabel(trimmed($0)) }).first(where: {
      $0.lowercased().hasPrefix("re: ") && $0.count > 8
    }) {
      let title = trimmed(subject.dropFirst(4)).lowercased()
      // The copy starts at the title, which the opener repeats as its subject (SMF).
      if title == firstTitle { return nil }
      if let index = probe.firstIndex(where: { trimmed($0).lowercased() == title }) {
        return index
      }
    }
    // Old Reddit: "TITLE (self.bicycling)".
    if let titled = probe.firstIndex(where: {
      let line = trimmed($0)
      return line.hasSuffix(")") && line.contains(" (self.")
    }) {
      return titled
    }
    // vBulletin: "Reload this Page TITLE" above the thread tools.
    if let reload = probe.firstIndex(where: { trimmed($0).hasPrefix("Reload this Page ") }) {
      return reload
    }
    if let starter = probe.firstIndex(where: { trimmed($0).hasPrefix("Thread starter ") }),
      let above = probe[..<starter].lastIndex(where: { !trimmed($0).isEmpty })
    {
      return above
    }
    // "Skip to main content", then the site's name, menus and crumbs: the title is the last
    // line of several words above the first post's date.
    if skipLinks.contains(firstTitle) {
      let menus = probe.prefix(60)
      // Stack Exchange: the title stands above "Asked 8 years, 9 months ago".
      if let asked = menus.indices.dropFirst().first(where: {
        let line = trimmed(menus[$0])
        return line.hasPrefix("Asked ") && line.hasSuffix(" ago")
      }) {
        return menus[..<asked].lastIndex { !trimmed($0).isEmpty }
      }
      let firstDate =
        menus.firstIndex { if case .stamp(_?) = PageLine($0) { true } else { false } }
        ?? menus.endIndex
      // New Reddit: "r/running", "•", the age, the poster, then the title.
      if let subreddit = menus[..<firstDate].lastIndex(where: { isSubreddit(trimmed($0)) }),
        firstDate - subreddit <= 3
      {
        return subreddit
      }
      return menus[..<firstDate].indices.dropFirst().last { index in
        let line = trimmed(probe[index])
        let words = line.split(separator: " ")
        // "Home › Fitness and Exercise": the site's crumbs, not the thread's title.
        // A notice the site prints above every thread is longer than a title.
        return (4...20).contains(words.count) && PageLine(line) == .text
          && !words.contains { ["›", "»", ">", "/", "|"].contains($0) }
          // Invision's "By NAME, DATE in FORUM" under the title.
          && !(words.first == "By" && line.contains(","))
      }
    }
    return nil
  }

  /// Removes what a whole-page copy of a Discourse topic shows between the title and the
  /// first post: the category, then the timeline's first date, "1 / 9" and its last date.
  /// The category and the first date would read as a post's author and date.
  static func dropTimeline(from body: inout [Substring]) {
    var opening: [Int] = []
    for index in body.indices where !trimmed(body[index]).isEmpty {
      opening.append(index)
      if opening.count == 6 { break }
    }
    guard
      let position = opening.first(where: {
        PageLine.isTimelinePosition(trimmed(body[$0]).lowercased())
      }),
      let before = opening.last(where: { $0 < position }),
      case .stamp = PageLine(body[before]),
      let after = opening.first(where: { $0 > position }),
      case .stamp = PageLine(body[after])
    else { return }
    body.removeSubrange(...after)
  }

  /// Headings engines print above a list of other threads under the last post.
  private static let otherThreadHeadings: Set<String> = [
    "related topics", "suggested topics", "similar threads", "similar topics",
    "more posts you may like", "related answers", "related answers section", "related posts",
    "related discussions",
    "you might also like",
    "you may also like", "you may also like...",
  ]

  /// "r/running": a subreddit's name, which new Reddit prints above a post's title.
  static func isSubreddit(_ line: Substring) -> Bool {
    line.hasPrefix("r/") && line.count > 2 && !line.contains(" ")
  }

  private static let skipLinks: Set<String> = [
    "skip to main content", "skip to content", "skip to navigation", "jump to content",
    "skip navigation",
  ]

  /// A reply's opening paragraphs that repeat an earlier post word for word are a quote of
  /// it, though the copy kept no mark of one: Reddit and Stack Exchange set a quote as a
  /// plain paragraph. Looks back over the last `quoteReach` posts.
  static func markCopiedOpenings(in drafts: inout [PostDraft]) {
    // Compared as UTF-8 bytes: a scalar-exact match, without the cost of a character one.
    var texts: [[UInt8]] = []
    for index in drafts.indices {
      while drafts[index].paragraphs.count > 1, let first = drafts[index].paragraphs.first,
        case let opening = Array(normalized(first).utf8), opening.count >= 20,
        let source = texts.indices.suffix(quoteReach).last(where: {
          holds(texts[$0], opening)
        })
      {
        drafts[index].paragraphs.removeFirst()
        drafts[index].quotedAuthors.append(drafts[source].author)
      }
      texts.append(Array(normalized(drafts[index].paragraphs.joined(separator: " ")).utf8))
    }
  }

  /// True when `needle` occurs in `haystack`.
  private static func holds(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return false }
    var start = 0
    let last = haystack.count - needle.count
    while start <= last {
      guard let found = haystack[start...last].firstIndex(of: first) else { return false }
      if haystack[found..<(found + needle.count)].elementsEqual(needle) { return true }
      start = found + 1
    }
    return false
  }

  static let quoteReach = 50

  /// True for what a copy of the whole page brings below the last post: the reply box, share
  /// links, the site's menus ("Write your reply...", "Post reply", "Facebook", "Contact us",
  /// "Terms and rules"): lines of a few words that end no sentence, three or more and most
  /// of the lines. Among them a site's notices may stand ("To comment on this thread you need
  /// to create an account.", "Use of this site constitutes acceptance of our User Agreement
  /// ..."): a line in four at most of more than twelve words, none a post's length.
  static func isPageMenu(_ paragraphs: [String]) -> Bool {
    let lines = paragraphs.flatMap { $0.split(whereSeparator: \.isNewline) }
    let lengths = lines.map { $0.split(separator: " ").count }
    let menuLines = zip(lines, lengths).count { line, length in
      length <= 5 && (line.hasSuffix("...") || line.last.map { !".!?".contains($0) } ?? true)
    }
    return menuLines >= 3 && menuLines * 2 > lines.count
      && lengths.count { $0 > 12 } * 4 <= lines.count && lengths.allSatisfy { $0 <= 30 }
  }

  /// The thread's title without what SMF prints around it on the topic's first line:
  /// "Author<TAB>Topic: Lower back pain  (Read 1234 times)".
  /// `line` without phpBB's "Post subject: " label.
  static func withoutSubjectLabel(_ line: Substring) -> Substring {
    line.lowercased().hasPrefix("post subject: ") ? line.dropFirst(14) : line
  }

  static func pageTitle(_ line: Substring) -> Substring {
    var title = line
    for prefix in ["Reload this Page ", "View Full Version : "] where title.hasPrefix(prefix) {
      title = title.dropFirst(prefix.count)
    }
    if title.hasSuffix(")"), let open = title.range(of: " (self.", options: .backwards) {
      title = title[..<open.lowerBound]
    }
    if let topic = title.range(of: "Topic: "),
      title[..<topic.lowerBound].allSatisfy({ $0.isLetter || $0.isWhitespace }),
      title.distance(from: title.startIndex, to: topic.lowerBound) <= 8
    {
      title = title[topic.upperBound...]
    }
    if title.hasSuffix(" times)"), let open = title.lastIndex(of: "("),
      title[open...].lowercased().hasPrefix("(read ")
    {
      title = title[..<open]
    }
    return trimmed(title)
  }

  /// The format's name in messages.
  static let formatName = "copied text"

  /// `text` without leading and trailing whitespace, nor the invisible marks some engines
  /// print around dates and names (a left-to-right mark before "03-03-2015 10:12 PM").
  ///
  /// Every line is trimmed several times, so ASCII ends are trimmed on bytes: a character's
  /// Unicode properties cost a table lookup even for ASCII, which has no invisible marks.
  /// Where an end is not ASCII, the characters decide, since a combining mark joins a space
  /// into one character.
  static func trimmed(_ text: Substring) -> Substring {
    let bytes = text.utf8
    let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
    if let first = bytes.firstIndex(where: { !isSpace($0) }), bytes[first] < 0x80,
      let last = bytes.lastIndex(where: { !isSpace($0) }), bytes[last] < 0x80
    {
      return text[first..<bytes.index(after: last)]
    }
    guard bytes.contains(where: { !isSpace($0) }) else { return text[text.endIndex...] }
    guard let start = text.firstIndex(where: { !isBlank($0) }),
      let end = text.lastIndex(where: { !isBlank($0) })
    else { return text[text.endIndex...] }
    return text[start...end]
  }

  /// Whitespace, or a format character that prints nothing (U+200B to U+200F, U+FEFF).
  private static func isBlank(_ character: Character) -> Bool {
    character.isWhitespace
      || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
  }
}
