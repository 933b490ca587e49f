extension CopiedTextReader {
  /// A Stack Exchange question page copied from the browser, whose posts print their author
  /// below their text rather than above it:
  ///
  ///     Asked 8 years, 9 months ago / Modified … / Viewed 2k times
  ///     5                                 the question's score
  ///     TEXT, then its tags one a line
  ///     Share / Improve this question / Follow
  ///     asked Mar 3, 2015 at 22:12 / NAME / 1,20411 silver badge…
  ///     comments ("TEXT – NAME Mar 9, 2015 at 19:15"), Add a comment
  ///     2 Answers / Sorted by: / Highest score (default)
  ///     7                                 an answer's score
  ///     TEXT / Share / Improve this answer / Follow / answered DATE / NAME / reputation
  ///
  /// The header model of other engines would give each post the name of the one before it,
  /// so the page is read here, post by post. Scores are likes. Comments are left out, as the
  /// data dump's `Posts.xml` leaves them out.
  enum StackExchangePage {
    /// The posts of `lines` (the lines after the title); nil when they are not a Stack
    /// Exchange page (no "Improve this question" or "Improve this answer").
    static func posts(in lines: [Substring], title: Substring) -> [PostDraft]? {
      // Most pages are not: tell them by one cheap look at each line.
      guard
        lines.contains(where: {
          let line = CopiedTextReader.trimmed($0)
          return line.utf8.count == 21 && line.lowercased() == "improve this question"
        })
      else { return nil }
      let trimmedLines = lines.map { CopiedTextReader.trimmed($0).lowercased() }
      let improveLines = trimmedLines.indices.filter {
        trimmedLines[$0] == "improve this question" || trimmedLines[$0] == "improve this answer"
      }
      guard let firstImprove = improveLines.first, trimmedLines[firstImprove].hasSuffix("question")
      else { return nil }
      var drafts: [PostDraft] = []
      var start = 0
      for (position, improve) in improveLines.enumerated() {
        let isQuestion = position == 0
        var textStart = firstText(from: start, upTo: improve, in: trimmedLines)
        var likes = 0
        // The score stands alone above the text.
        if let score = Int(trimmedLines[textStart]) {
          likes = score
          textStart = firstText(from: textStart + 1, upTo: improve, in: trimmedLines)
        }
        var textEnd = improve
        while textEnd > textStart, actionLines.contains(trimmedLines[textEnd - 1]) { textEnd -= 1 }
        if isQuestion {
          while textEnd > textStart, isTag(trimmedLines[textEnd - 1]) { textEnd -= 1 }
        }
        let card = signature(after: improve, in: lines, lowered: trimmedLines)
        let paragraphs = CopiedTextReader.blocks(
          in: Array(lines[textStart..<textEnd]), title: title
        )
        .compactMap { block -> String? in
          if case .paragraph(let paragraph) = block { paragraph.text } else { nil }
        }
        drafts.append(
          PostDraft(
            paragraphs: paragraphs, author: card.author, date: card.date, likes: max(0, likes)))
        start = card.end
      }
      return drafts
    }

    /// The buttons under a post's text.
    private static let actionLines: Set<String> = ["share", "cite", "edit", "flag", "follow"]

    /// What stands between a post's card and the next post's score or text.
    private static let betweenPosts: Set<String> = [
      "add a comment", "sorted by:", "highest score (default)",
      "trending (recent votes count more)",
      "date modified (newest first)", "date created (oldest first)", "reset to default",
      "modified", "viewed", "follow",
    ]

    /// The first line at or after `index`, before `end`, that is a post's text or score
    /// rather than the page's statistics, comments, answer count or sort box.
    private static func firstText(from index: Int, upTo end: Int, in lowered: [String]) -> Int {
      var line = index
      while line < end {
        let text = lowered[line]
        let isBetween =
          text.isEmpty || betweenPosts.contains(text)
          || text.hasPrefix("asked ") && text.hasSuffix(" ago")
          || text.hasPrefix("modified ") || text.hasPrefix("viewed ")
          || text.hasPrefix("show ") && text.hasSuffix(" more comments")
          || text.hasSuffix(" answers") && Int(text.dropLast(8)) != nil
          || text.hasSuffix(" answer") && Int(text.dropLast(7)) != nil
          || isComment(text)
          // A comment's score, above the comment.
          || Int(text) != nil && line + 1 < end && isComment(lowered[line + 1])
        guard isBetween else { return line }
        line += 1
      }
      return end
    }

    /// "Thanks, that worked. – spinwheel Mar 9, 2015 at 19:15": a comment, signed and dated.
    private static func isComment(_ lowered: String) -> Bool {
      guard let dash = lowered.ranges(of: " – ").last else { return false }
      let signature = lowered[dash.upperBound...]
      // The name may have several words ("Dave R. Smith"): the date is what ends the line.
      let words = signature.split(separator: " ")
      return words.indices.dropFirst().contains { start in
        PostDate(line: signature[words[start].startIndex...]) != nil
      }
    }

    /// A tag line under the question: one word of lower-case letters, digits and hyphens.
    private static func isTag(_ lowered: String) -> Bool {
      !lowered.isEmpty && lowered.count <= 35
        && lowered.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
    }

    /// The "asked" or "answered" card below a post (after any "edited" card): its name and
    /// date, and the index of the line after it.
    private static func signature(after improve: Int, in lines: [Substring], lowered: [String])
      -> (author: String?, date: String?, end: Int)
    {
      var author: String?
      var date: String?
      var line = improve + 1
      while line < lines.endIndex, lowered[line].isEmpty || lowered[line] == "follow" {
        line += 1
      }
      while line < lines.endIndex, let (verb, when) = cardDate(lowered[line], lines[line]) {
        line += 1
        var name: String?
        // The card's next line is the name, whatever it holds ("Keith F. Lynch").
        if line < lines.endIndex, cardDate(lowered[line], lines[line]) == nil,
          let user = CopiedTextReader.vouchedName(lines[line])
        {
          name = user
          line += 1
          // The poster's reputation and badges, run together by the copy.
          if line < lines.endIndex, lowered[line].first?.isNumber == true { line += 1 }
        }
        if verb != "edited" {
          author = name
          date = when
        }
      }
      return (author, date, line)
    }

    /// "answered Mar 3, 2015 at 23:40" as its verb and ISO date.
    private static func cardDate(_ lowered: String, _ line: Substring) -> (String, String?)? {
      for verb in ["asked", "answered", "edited"] where lowered.hasPrefix(verb + " ") {
        let rest = CopiedTextReader.trimmed(line.dropFirst(verb.count + 1))
        guard let date = PostDate(line: rest) else { return nil }
        return (verb, date.iso8601)
      }
      return nil
    }
  }
}
