import TipsCore

extension CopiedTextReader {
  /// What one line of a copied forum page is, judged from its shape alone.
  ///
  /// Forum engines print the same few things around every post, and a browser copy keeps
  /// their text: who posted and when, a post counter, the reply's subject, the poster's rank
  /// and statistics, the buttons under the post and its likes, the header of a quoted post.
  /// Each case says which engines print it. Anything else is `.text`, and a `.text` line that
  /// looks like a user name becomes an author only next to a header line (`PostHeader`).
  enum PageLine: Sendable, Hashable {
    case blank
    case text
    /// A date line ("Mar 3, 2015", "5h ago"), a post counter ("#2", "Post #5", vBulletin,
    /// XenForo, phpBB) or both ("Reply #3 on: March 3, 2015", SMF). `date` is nil for a
    /// counter alone.
    case stamp(date: PostDate?)
    /// Author and date, or author and score, on one line: "chad Jun '19" (Discourse),
    /// "bikefan, Mar 3, 2015" (XenForo 1), "by bikefan » Tue Mar 03, 2015 10:12 pm" (phpBB),
    /// "[–] bikefan 12 points 5 hours ago" (old Reddit), "bikefan · 5h" (Reddit).
    case byline(author: String, date: PostDate?, score: Int?)
    /// "Re: TITLE": the subject vBulletin, phpBB and SMF print on every reply.
    case subject
    /// A line of the poster's details that vBulletin, XenForo, phpBB and SMF print under the
    /// name: "Join Date: Mar 2009", "Posts: 1,234", "Location: Ohio"; or a label alone
    /// ("Joined", "Messages", XenForo 2), whose value is the next line.
    case userInfo(labelOnly: Bool)
    /// The poster's rank under the name: "Senior Member" (vBulletin), "Well-known member"
    /// (XenForo), "Moderator", Reddit's "OP".
    case userTitle
    /// "level 2": the nesting depth new Reddit prints above each comment.
    case level
    /// A post's score or reactions without a name: "12 points · 5h ago" (old Reddit), which
    /// belongs to the header when it follows a name, else to the post above.
    case score(Int)
    /// A bare number: new Reddit's vote count, when the post's buttons follow it.
    case number(Int)
    /// Buttons, likes and other lines printed under a post (`PostFooter`).
    case footer(PostFooter)
    /// Page chrome that belongs to no post text: "Last edited by …", "edited 3 days ago",
    /// a row of "•" or "***".
    case chrome
    /// The header of a quoted post (`QuoteHeader`).
    case quoteStart(QuoteHeader)
    /// "Click to expand...": the end of a long quote on XenForo.
    case quoteEnd

    var isFooter: Bool {
      if case .footer = self { true } else { false }
    }

    init(_ raw: Substring) {
      let line = CopiedTextReader.trimmed(raw)
      if line.isEmpty {
        self = .blank
        return
      }
      if line.count > 160 {
        self = .text
        return
      }
      if !line.contains(where: { $0.isLetter || $0.isNumber }) {
        self = .chrome
      } else if let kind = Self.kind(of: line) {
        self = kind
      } else {
        self = .text
      }
    }

    private static func kind(of line: Substring) -> PageLine? {
      let lowered = line.lowercased()
      if lowered == "click to expand..." || lowered == "click to expand…" { return .quoteEnd }
      if isChrome(lowered) { return .chrome }
      if let quote = QuoteHeader(line: line) { return .quoteStart(quote) }
      if let footer = PostFooter(line: line) { return .footer(footer) }
      if let number = Int(line.filter { $0 != "," }), line.count <= 9 { return .number(number) }
      if let number = compactCount(line) { return .number(number) }
      if let info = userInfo(lowered) { return .userInfo(labelOnly: info) }
      if isUserTitle(lowered) { return .userTitle }
      // vBulletin prints its "Default" post icon's text before a reply's subject.
      if lowered.hasPrefix("re:") || lowered.hasPrefix("re :") || lowered.hasPrefix("default re:")
        || lowered.hasPrefix("post subject:")
      {
        return .subject
      }
      if let author = onlineStatusName(line, lowered: lowered) ?? nameWithPostCount(line) {
        return .byline(author: author, date: nil, score: nil)
      }
      if let level = lowered.split(separator: " ").dropFirst().first, lowered.hasPrefix("level "),
        lowered.split(separator: " ").count == 2, Int(level) != nil
      {
        return .level
      }
      if let stamp = stamp(line) { return stamp }
      if let score = score(lowered[...]) { return .score(score.points) }
      if let byline = byline(line, lowered: lowered) { return byline }
      return nil
    }

    /// "2.1k", "12K", "1.5m": a count as engines abbreviate it under a poster's name.
    private static func compactCount(_ line: Substring) -> Int? {
      guard line.count <= 6, let unit = line.last?.lowercased(), unit == "k" || unit == "m",
        let value = Double(line.dropLast()), value >= 0, value < 1000
      else { return nil }
      return Int(value * (unit == "k" ? 1_000 : 1_000_000))
    }

    /// "bikefan bikefan is offline": vBulletin's name link, then its online-status icon's
    /// text, which a copy runs together. Nil for any other line. `lowered` is `line` in lower
    /// case.
    private static func onlineStatusName(_ line: Substring, lowered: String) -> String? {
      guard let suffix = [" is offline", " is online"].first(where: lowered.hasSuffix) else {
        return nil
      }
      let names = CopiedTextReader.trimmed(line.dropLast(suffix.count))
      // phpBB's "Who is online" box under the topic.
      guard names.lowercased() != "who" else { return nil }
      let words = names.split(separator: " ")
      // The name printed twice: take one of them.
      // The name printed twice is one, whatever its case ("ron roth ron roth is offline").
      if words.count % 2 == 0, (2...6).contains(words.count),
        words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...])
      {
        let name = names[words[0].startIndex..<words[words.count / 2 - 1].endIndex]
        return name.allSatisfy({ $0.isLetter || $0.isNumber || "_.- '".contains($0) })
          ? String(name) : nil
      }
      return CopiedTextReader.userName(names)
    }

    /// "bikefan Posts: 1,204 Member": Vanilla prints the name, the post count and the rank
    /// on one line above each post. Nil for any other line.
    private static func nameWithPostCount(_ line: Substring) -> String? {
      guard let label = CopiedTextReader.firstRange(of: " Posts: ", in: line) else { return nil }
      let after = line[label.upperBound...].split(separator: " ", maxSplits: 1)
      // The rank may come with a badge: "Member, Premium".
      guard let count = after.first,
        ForumNumber.integer(parsing: count.filter { $0 != "," }) != nil,
        after.count == 1
          || after[1].lowercased().split(separator: ", ").first.map({ isUserTitle(String($0)) })
            == true
      else { return nil }
      return CopiedTextReader.userName(line[..<label.lowerBound])
    }

    /// "Last edited by X; 11-02-09 at 07:45 PM." (vBulletin), "Last edited by X on …, edited
    /// 1 time in total." (phpBB), "Last edited: Mar 3, 2015" (XenForo), "edited 3 days ago"
    /// (Reddit, Discourse), "Thread starter bikefan Start date Mar 3, 2015" (XenForo),
    /// "all 12 comments" and "sorted by: best" (old Reddit), "Pages: [1] 2" (SMF), "Sent from
    /// my iPhone using Tapatalk".
    private static func isChrome(_ lowered: String) -> Bool {
      lowered.hasPrefix("last edited") || lowered.hasPrefix("thread starter")
        || lowered.hasPrefix("sorted by:") || lowered.hasPrefix("sort by:")
        // SMF's page list, "Pages: [1] 2 3   Go Down", and its edit note, "« Last Edit: …";
        // Invision's note under the last post.
        || lowered.hasPrefix("pages: [") || lowered.hasPrefix("« last edit")
        || lowered.hasPrefix("create an account or sign in")
        // "Page 1 of 3": a page list.
        || isPagePosition(lowered)
        // phpBB's sort box under the posts, and phpBB 2's links under each post.
        || lowered.hasPrefix("display posts from previous")
        || lowered.hasPrefix("view user's profile")
        // The signature phone apps add ("Sent from my iPhone using Tapatalk").
        || lowered.hasPrefix("sent from my ") && lowered.split(separator: " ").count <= 10
        || lowered.hasSuffix("% upvoted") || lowered == "labels:"
        || lowered.hasPrefix("all ")
          && lowered.hasSuffix(" comments") && lowered.split(separator: " ").count == 3
        || (lowered.hasPrefix("edited ") && PostDate(line: lowered.dropFirst(7)[...]) != nil)
        || lowered == "edited" || lowered == "(edited)"
        // Discourse's timeline: "1 / 9", the post shown of how many.
        || isTimelinePosition(lowered)
        || lowered.utf8.count <= 24 && chromeLines.contains(lowered)
        // HealthUnlocked's "in reply to NAME" under the poster's name.
        || lowered.hasPrefix("in reply to ") && lowered.split(separator: " ").count <= 6
        // A letter standing in for an avatar (XenForo 2).
        || lowered.utf8.count == 1 && lowered.utf8.first.map { (0x61...0x7A).contains($0) } == true
    }

    /// Whole lines engines print around posts that say nothing of them.
    private static let chromeLines: Set<String> = [
      // XenForo 2's bookmark button beside the date.
      "add bookmark",
      // vBulletin's menus above and below a thread.
      "thread tools", "search this thread", "display modes", "show printable version",
      "email this page", "rate this thread",
      // New Reddit's comment tools and badges.
      "best", "search comments", "expand comment search", "comments section", "go to comments",
      "top 1% commenter", "top 10% commenter",
      // Mumsnet's links beside the original poster's name, and its advertisement slots.
      "op posts:", "see next", "see all", "advertisement",
      // SMF's links to the topics beside this one.
      "« previous next »",
      // Invision 4's links under a post and around the topic.
      "link to comment", "share on other sites", "more sharing options...",
      "more sharing options…", "recommended posts", "reply to this topic", "start new topic",
    ]

    /// "page 1 of 3", and what follows it on the line ("page 1 of 1 all times are utc").
    private static func isPagePosition(_ lowered: String) -> Bool {
      guard lowered.hasPrefix("page ") else { return false }
      let words = lowered.split(separator: " ", maxSplits: 4)
      return words.count >= 4 && Int(words[1]) != nil && words[2] == "of" && Int(words[3]) != nil
    }

    /// Discourse's timeline position, "1 / 9", in lower case.
    static func isTimelinePosition(_ lowered: String) -> Bool {
      guard lowered.utf8.count <= 13, lowered.contains(" / ") else { return false }
      let parts = lowered.split(separator: " ")
      return parts.count == 3 && parts[1] == "/" && Int(parts[0]) != nil && Int(parts[2]) != nil
    }

    /// Labels of the poster's details; `true` when the line is the label alone.
    private static let userInfoLabels = [
      "join date", "joined", "posts", "messages", "location", "reaction score", "likes received",
      "trophy points", "points", "karma", "rep power", "reputation", "thanks", "age", "gender",
      "bike", "bikes", "my bikes", "status", "member since", "post count", "threads",
      // vBulletin 4: "Mentioned: 11 Post(s)", "Tagged: 0 Thread(s)", "Quoted: 2,310 Post(s)".
      "mentioned", "tagged", "quoted",
      // UBB.threads: "Registered: 03/01/15", "Loc: Leeds".
      "registered", "loc",
    ]

    private static func userInfo(_ lowered: String) -> Bool? {
      // Invision: "1,204 posts" under the poster's name.
      let words = lowered.split(separator: " ")
      if words.count == 2, ["posts", "post", "messages"].contains(words[1]),
        ForumNumber.integer(parsing: words[0].filter { $0 != "," }) != nil
      {
        return false
      }
      // vBulletin 4: "Liked 4,120 Times in 2,301 Posts".
      if lowered.hasPrefix("liked "), lowered.contains(" times in "),
        lowered.hasSuffix("post")
          || lowered.hasSuffix("posts")
      {
        return false
      }
      for label in userInfoLabels where lowered.hasPrefix(label) {
        let rest = lowered.dropFirst(label.count)
        if rest.isEmpty {
          return ["joined", "messages", "reaction score", "points", "location"].contains(label)
            ? true : nil
        }
        if rest.first == ":" { return false }
      }
      return nil
    }

    /// Ranks the engines give by default, and Reddit's badges; a forum's own titles are
    /// not knowable, so these are the ones nearly every board keeps.
    private static let userTitles: Set<String> = [
      "member", "new member", "junior member", "senior member", "well-known member",
      "active member", "registered user", "registered member", "moderator", "administrator",
      "admin", "staff member", "super moderator", "global moderator", "banned", "guest",
      "newbie", "op", "mod", "veteran member", "platinum member", "gold member", "premium member",
      "supporting member", "site team", "community leader", "members", "visitor", "mentor",
      "legend", "champion", "community manager",
      // UBB.threads' default ladder.
      "stranger", "journeyman", "enthusiast", "addict", "veteran", "old hand", "pooh-bah",
    ]

    /// A default rank, or one of the rank ladders engines ship ("Full Member", "Hero
    /// Member", "Jr. Member" on SMF; "Advanced Member" on Invision; "Frequent Contributor"
    /// on Khoros): up to three words ending in "member" or "contributor".
    private static func isUserTitle(_ lowered: String) -> Bool {
      if userTitles.contains(lowered) { return true }
      let words = lowered.split(separator: " ")
      return (1...3).contains(words.count)
        && (words.last == "member" || words.last == "contributor")
    }

    /// A date line, a counter line, or both ("Old 11-02-09, 07:41 PM #2", "Mar 3, 2015 #2",
    /// "« Reply #3 on: March 3, 2015, 10:12:00 PM »").
    private static func stamp(_ line: Substring) -> PageLine? {
      var words = line.split(whereSeparator: \.isWhitespace)
      var counter = false
      if let last = words.last, isCounter(last) {
        words.removeLast()
        counter = true
      }
      while let first = words.first, ["«", "post", "reply", "message"].contains(first.lowercased())
      {
        words.removeFirst()
      }
      if let first = words.first, isCounter(first.last == ":" ? first.dropLast() : first) {
        words.removeFirst()
        counter = true
        // UBB.threads: "#123451 - 03/03/15 11:40 PM Re: TITLE [Re: NAME]", and the opener's
        // "#123450 - 03/03/15 10:12 PM TITLE": the date is the longest run of words that
        // reads as one.
        if words.first == "-" {
          words.removeFirst()
          if let end = (1...min(words.count, 5)).reversed().first(where: {
            PostDate(line: line[words[0].startIndex..<words[$0 - 1].endIndex]) != nil
          }) {
            words.removeSubrange(end...)
          }
        }
      }
      if let first = words.first, first.lowercased() == "on:" || first.lowercased() == "on" {
        words.removeFirst()
      }
      // phpBB 2: "Posted: Tue Mar 03, 2015 10:12 pm    Post subject: Re: TITLE", the post
      // icon's "Post" often run into "Posted:".
      if let first = words.first, first.lowercased() == "postposted:" { words.removeFirst() }
      if let subject = words.indices.dropFirst().first(where: {
        words[$0].lowercased() == "subject:" && words[$0 - 1].lowercased() == "post"
      }) {
        words.removeSubrange((subject - 1)...)
      }
      while words.last == "»" { words.removeLast() }
      // Vanilla: "February 2022 edited February 2022 in Fitness and Exercise".
      if words.count > 2,
        let edited = words.firstIndex(where: { $0.utf8.count == 6 && $0.lowercased() == "edited" }),
        edited > 0
      {
        words.removeSubrange(edited...)
      }
      // Vanilla, above the opener: "March 2015 in Road Cycling", a month and year before the
      // category ("Today in the evening …" is text).
      if words.count > 2, let category = words.firstIndex(where: { $0 == "in" }), category > 1,
        words[category - 1].count == 4, words[category - 1].allSatisfy(\.isNumber)
      {
        words.removeSubrange(category...)
      }
      if words.isEmpty { return counter ? .stamp(date: nil) : nil }
      let rest = line[words[0].startIndex..<words[words.count - 1].endIndex]
      guard let date = PostDate(line: rest) else { return nil }
      return .stamp(date: date)
    }

    /// "#2".
    static func isCounter(_ word: Substring) -> Bool {
      word.first == "#" && word.count > 1 && word.dropFirst().allSatisfy(\.isNumber)
    }

    /// "12 points", "1 point · 5h ago", "12 points 5 hours ago (1 child)", "score hidden":
    /// the score and whatever follows it.
    static func score(_ lowered: Substring) -> (points: Int, rest: Substring)? {
      var text = lowered
      if text.hasPrefix("[score hidden]") { return (0, text.dropFirst(14)) }
      let words = text.split(separator: " ", maxSplits: 2)
      guard words.count >= 2,
        let points = ForumNumber.integer(parsing: words[0].filter { $0 != "," }),
        words[1] == "point" || words[1] == "points"
      else { return nil }
      text = words.count > 2 ? words[2] : ""
      if let paren = text.firstIndex(of: "(") { text = text[..<paren] }
      text = CopiedTextReader.trimmed(text)
      guard text.isEmpty || PostDate(line: text) != nil else { return nil }
      return (points, text)
    }

    /// Author and date, or author and score, on one line; see `byline` in the cases above.
    /// `lowered` is `line` in lower case.
    private static func byline(_ line: Substring, lowered: String) -> PageLine? {
      // "submitted 5 hours ago by ana_r" (old Reddit, above the opener)
      if lowered.hasPrefix("submitted "), let by = lowered.ranges(of: " by ").last {
        let offset = lowered.distance(from: lowered.startIndex, to: by.lowerBound)
        let date = PostDate(line: line.dropFirst(10).prefix(offset - 10))
        let by = line.dropFirst(offset + 4)
        guard
          let author = CopiedTextReader.userName(by)
            ?? by.split(separator: " ").first.flatMap(nameBeforeFlair)
        else { return nil }
        return .byline(author: author, date: date, score: nil)
      }
      var text = line
      for prefix in ["[–]", "[-]", "[+]", "post by ", "posted by ", "by "]
      where lowered.hasPrefix(prefix) {
        text = CopiedTextReader.trimmed(text.dropFirst(prefix.count))
        // "Posted by u/ana_r" (new Reddit, above the opener): the date is on the next line.
        if prefix.hasSuffix("by "), let author = CopiedTextReader.userName(text) {
          return .byline(author: author, date: nil, score: nil)
        }
        break
      }
      // phpBB's print view: "NAME [ Tue Mar 03, 2015 10:12 pm ]".
      if text.hasSuffix(" ]"), let open = CopiedTextReader.firstRange(of: " [ ", in: text),
        let author = CopiedTextReader.userName(text[..<open.lowerBound]),
        let date = PostDate(line: text[open.upperBound...].dropLast())
      {
        return .byline(author: author, date: date, score: nil)
      }
      for separator in [" » ", " · ", " • ", " - ", " on ", ", "] {
        guard let range = CopiedTextReader.firstRange(of: separator, in: text) else { continue }
        guard let author = CopiedTextReader.userName(text[..<range.lowerBound]) else { continue }
        let rest = CopiedTextReader.trimmed(text[range.upperBound...])
        if let date = PostDate(line: rest) {
          return .byline(author: author, date: date, score: nil)
        }
      }
      let words = text.split(whereSeparator: \.isWhitespace)
      // Old Reddit runs the poster's "[S]" into the name: "ana_r[S]".
      let name = words.first.map { $0.lowercased().hasSuffix("[s]") ? $0.dropLast(3) : $0 }
      guard words.count > 1, let name else { return nil }
      guard let author = CopiedTextReader.userName(name) else {
        return flairedByline(words, in: text, lowered: lowered)
      }
      var rest = CopiedTextReader.trimmed(text[words[0].endIndex...])
      // Reddit marks the thread's poster with "[S]" or "OP" after the name.
      for badge in ["[s]", "op ", "[m]"] where rest.lowercased().hasPrefix(badge) {
        rest = CopiedTextReader.trimmed(rest.dropFirst(badge.count))
      }
      if let (points, after) = score(rest.lowercased()[...]) {
        let date = after.isEmpty ? nil : PostDate(line: after)
        return .byline(author: author, date: date, score: points)
      }
      guard let date = PostDate(line: rest) else {
        return flairedByline(words, in: text, lowered: lowered)
      }
      return .byline(author: author, date: date, score: nil)
    }

    /// Old Reddit runs the poster's flair into the name too: "[–]rider_77Trek Checkpoint 64
    /// points 2 years ago", "[–]ana_r[S]Specialized Allez 31 points 2 years ago".
    private static func flairedByline(
      _ words: [Substring], in text: Substring, lowered: String
    ) -> PageLine? {
      guard lowered.hasPrefix("[–]") || lowered.hasPrefix("[-]"), let first = words.first,
        let author = nameBeforeFlair(first),
        let count = words.indices.first(where: {
          $0 > 0 && $0 + 1 < words.count && Int(words[$0]) != nil
            && words[$0 + 1].lowercased().hasPrefix("point")
        }),
        let (points, after) = score(
          text[words[count].startIndex...].lowercased()[...])
      else { return nil }
      return .byline(
        author: author, date: after.isEmpty ? nil : PostDate(line: after), score: points)
    }

    /// The user name at the start of a name with a flair run into it: before "[S]", else
    /// before the capital that follows the name's last small letter or digit ("rider_77Trek").
    static func nameBeforeFlair(_ token: Substring) -> String? {
      if let mark = CopiedTextReader.firstRange(of: "[", in: token) {
        return CopiedTextReader.userName(token[..<mark.lowerBound])
      }
      let characters = Array(token)
      guard
        let cut = characters.indices.dropFirst(3).last(where: { i in
          characters[i].isUppercase
            && (characters[i - 1].isLowercase || characters[i - 1].isNumber
              || characters[i - 1] == "_")
        })
      else { return nil }
      return CopiedTextReader.userName(Substring(String(characters[..<cut])))
    }
  }

  /// `text` as a handle on a board that lets anyone post under any words ("ex-D2 guy",
  /// "Coach K (not that one)"), which no user name rule admits: a few words with a letter,
  /// none of a sentence's punctuation, not even the full stop a vouched name may hold.
  static func handleName(_ text: Substring) -> String? {
    guard let name = vouchedName(text), name.count <= 32, !name.contains(".") else { return nil }
    return name
  }

  /// `text` as a name of any shape ("ron roth", "Keith F. Lynch", "*Heather*") where the
  /// page's structure vouches for it: above a rank, on a signature's or a card's name line.
  /// Nil for a line that reads as a sentence or a label.
  static func vouchedName(_ text: Substring) -> String? {
    let text = trimmed(text)
    guard (1...40).contains(text.count), (1...5).contains(text.split(separator: " ").count),
      text.contains(where: \.isLetter), !text.contains(where: { "!?,:;\"".contains($0) })
    else { return nil }
    return String(text)
  }

  /// `text` as a user name: one word of letters, digits, "_", ".", "-" (an optional leading
  /// "@" or "u/"), or up to three capitalised words ("Coach Chad"), as display names are;
  /// nil for anything else, such as a sentence or a line ending in punctuation.
  static func userName(_ text: Substring) -> String? {
    var text = trimmed(text)
    for prefix in ["@", "u/", "/u/"] where text.hasPrefix(prefix) {
      text = text.dropFirst(prefix.count)
    }
    // Without a carriage return, each byte of ASCII text is one character.
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      return isASCIIUserName(text.utf8) ? String(text) : nil
    }
    let words = text.split(separator: " ")
    guard (2...40).contains(text.count), (1...3).contains(words.count),
      text.contains(where: \.isLetter),
      text.allSatisfy({ $0.isLetter || $0.isNumber || "_.- '".contains($0) }),
      text.last.map({ $0.isLetter || $0.isNumber || $0 == "_" }) == true
    else { return nil }
    if words.count > 1 {
      guard words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true })
      else { return nil }
    } else if !text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) })
    {
      return nil
    }
    return String(text)
  }

  /// `userName`'s rules on the bytes of ASCII text, which skip a Unicode property lookup per
  /// character: names are checked on most lines of a page.
  private static func isASCIIUserName(_ bytes: Substring.UTF8View) -> Bool {
    let isUpper = { (byte: UInt8) in (0x41...0x5A).contains(byte) }
    let isLetter = { (byte: UInt8) in isUpper(byte) || (0x61...0x7A).contains(byte) }
    let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
    let words = bytes.split(separator: 0x20)
    guard (2...40).contains(bytes.count), (1...3).contains(words.count),
      bytes.contains(where: isLetter),
      bytes.allSatisfy({ isLetter($0) || isDigit($0) || "_.- '".utf8.contains($0) }),
      let last = bytes.last, isLetter(last) || isDigit(last) || last == UInt8(ascii: "_")
    else { return false }
    if words.count > 1 {
      return words.allSatisfy { word in word.first.map { isUpper($0) || isDigit($0) } == true }
    }
    return bytes.allSatisfy { isLetter($0) || isDigit($0) || "_.-".utf8.contains($0) }
  }
}
