extension CopiedTextReader {
  /// The lines a forum engine prints above a post, read as one header: who posted, when,
  /// and with what score. A header always starts a new post.
  ///
  /// Engines print the same parts in different orders, each on its own line or several on
  /// one, so a header is a run of header-shaped lines (`PageLine`), blank lines allowed
  /// between them:
  ///
  /// - Discourse: "chad" then "Jun '19", or "Coach Chad" then "chad" then the date.
  /// - XenForo 2: name, rank ("Well-known member"), optional "Joined"/"Messages" pairs,
  ///   date, "#2".
  /// - vBulletin 3/4: "#2", "Old 11-02-09, 07:41 PM", name (or "NAME NAME is offline"),
  ///   rank, "Join Date: …", "Posts: …", "Re: TITLE" (or "Default Re: TITLE").
  /// - phpBB 3.1+: name, rank, "Posts: …", "Joined: …", subject, "Post by NAME » DATE".
  /// - SMF: name, rank, "Posts: …", subject, "« Reply #3 on: DATE »".
  /// - Reddit: "level 2", name, "· 5h" (new); "[–] name 12 points 5 hours ago" (old).
  /// - XenForo 1: name, rank above the text; "name, date #2" under it (a signature block).
  ///
  /// A run counts only with a date, counter, subject, poster detail, Reddit level,
  /// author-and-date line, or a name above a rank the engines give ("Well-Known Member") in
  /// it: a user name alone is too weak (a post can have a one-word line). A name-shaped line joins only while the header has no author yet, so the
  /// first line of the post below ("Thanks") stays text.
  struct PostHeader: Sendable, Hashable {
    var author: String?
    /// ISO 8601 when the copied date fixes it; nil for relative dates ("2d") and dates
    /// without a year ("Jun 12"), which depend on the day the page was copied.
    var date: String?
    /// The score or likes the header shows (old Reddit's "12 points"); nil when it shows none.
    var likes: Int?

    /// The header starting at `index`, and the index of the line after it; nil when the
    /// line does not start one. `kinds` are the lines' shapes, `title` the thread's title,
    /// which phpBB repeats above the first post as its subject.
    static func parse(
      _ lines: [Substring], kinds: [PageLine], at index: Int, title: Substring
    ) -> (PostHeader, next: Int)? {
      var header = PostHeader()
      var state = State()
      var line = index
      var end = index
      var blankRun = 0
      while line < lines.endIndex {
        let kind = kinds[line]
        if kind == .blank || kind == .chrome {
          if kind == .blank { blankRun += 1 }
          guard blankRun <= 2 else { break }
          line += 1
          continue
        }
        blankRun = 0
        if state.awaitsValue {
          state.awaitsValue = false
        } else if line == index, kind == .text, isCounterAndName(at: line, in: lines, kinds: kinds)
        {
          state.hasCounter = true
        } else if line == index, kind == .text,
          let name = rankedName(at: line, in: lines, kinds: kinds)
        {
          header.author = name
          state.names = 1
          state.lastName = line
        } else if line == index, state.names == 0, kind == .text, line + 1 < lines.endIndex,
          case .stamp(_?) = kinds[line + 1], CopiedTextReader.userName(lines[line]) == nil,
          let name = handle(at: line, in: lines, kinds: kinds)
        {
          header.author = name
          state.names = 1
          state.lastName = line
        } else if !state.take(
          kind, line: lines[line], previous: end, at: line, into: &header,
          title: title)
        {
          break
        }
        end = line
        line += 1
      }
      guard state.isHeader else { return nil }
      return (header, end + 1)
    }

    /// A name of any shape ("ron roth", "Keith F. Lynch") on the line at `index`, where the
    /// next line that is not blank is a rank engines give ("New Member", "Members"): the
    /// rank vouches for the name. Nil for any other line.
    private static func rankedName(at index: Int, in lines: [Substring], kinds: [PageLine])
      -> String?
    {
      guard let next = kinds[(index + 1)...].firstIndex(where: { $0 != .blank }),
        kinds[next] == .userTitle
      else { return nil }
      return CopiedTextReader.vouchedName(lines[index])
    }

    /// True for Invision 3's "#2 Coach Dan": the post's counter and its poster's name, which
    /// the next line that is not blank prints again. The repeated name tells it from a list
    /// item of a post ("#1 Stretching").
    private static func isCounterAndName(
      at index: Int, in lines: [Substring], kinds: [PageLine]
    ) -> Bool {
      let line = CopiedTextReader.trimmed(lines[index])
      guard line.first == "#", let space = line.firstIndex(of: " "),
        line[line.index(after: line.startIndex)..<space].allSatisfy(\.isNumber),
        space > line.index(after: line.startIndex)
      else { return false }
      let name = CopiedTextReader.trimmed(line[space...])
      guard CopiedTextReader.userName(name) != nil,
        let next = kinds[(index + 1)...].firstIndex(where: { $0 != .blank })
      else { return false }
      return CopiedTextReader.trimmed(lines[next]) == name
    }

    /// A handle that is no user name ("ex-D2 guy", "Coach K (not that one)": forums that let
    /// anyone post under any words) on the line at `index`, taken as the author where the
    /// line stands alone after a blank line or a footer and a date follows it directly, as
    /// the name and date lines of LetsRun and Discourse do. Nil for any other line.
    private static func handle(at index: Int, in lines: [Substring], kinds: [PageLine])
      -> String?
    {
      guard let text = CopiedTextReader.handleName(lines[index]),
        index + 1 < lines.endIndex, case .stamp(_?) = kinds[index + 1]
      else { return nil }
      let above = kinds[..<index].last { $0 != .blank && $0 != .chrome }
      guard index == 0 || kinds[index - 1] == .blank || above.map({ $0.isFooter }) != false
      else { return nil }
      return repliedToName(Substring(text)) ?? text
    }

    /// The first of two one-word user names on a line, the second with a digit or "_" as
    /// generated names have ("tim57 maureen_48210"): nil for any other line.
    fileprivate static func repliedToName(_ line: Substring) -> String? {
      guard line.utf8.count <= 64, line.utf8.contains(0x20) else { return nil }
      let words = CopiedTextReader.trimmed(line).split(separator: " ")
      guard words.count == 2,
        words.allSatisfy({ CopiedTextReader.userName($0) != nil && !$0.contains(".") }),
        words[1].contains(where: { $0.isNumber || $0 == "_" })
      else { return nil }
      return String(words[0])
    }

    /// What the run of lines has shown so far.
    private struct State {
      var hasDate = false
      var hasCounter = false
      var hasSubject = false
      var hasLevel = false
      var hasByline = false
      var hasDetails = false
      var names = 0
      var lastName: Int?
      var awaitsValue = false

      /// A rank the engine gives the poster ("Well-Known Member") under a name.
      var hasTitle = false

      var isHeader: Bool {
        hasDate || hasCounter || hasSubject || hasLevel || hasByline || hasDetails
          || names > 0 && hasTitle
      }

      /// Adds the line at `index` to the header; false when it belongs after it.
      mutating func take(
        _ kind: PageLine, line: Substring, previous: Int, at index: Int,
        into header: inout PostHeader, title: Substring
      ) -> Bool {
        switch kind {
        case .stamp(let date?):
          guard !hasDate else { return false }
          hasDate = true
          header.date = date.iso8601
        case .stamp(nil):
          guard !hasCounter else { return false }
          hasCounter = true
        case .byline(let author, let date, let score):
          guard !hasByline, !(names > 0 && hasDate) else { return false }
          hasByline = true
          header.author = author
          if let date {
            hasDate = true
            header.date = date.iso8601
          }
          if let score { header.likes = score }
        case .subject:
          guard !hasSubject else { return false }
          hasSubject = true
        case .userInfo(let labelOnly):
          hasDetails = true
          awaitsValue = labelOnly
        case .footer(.likes) where hasDetails:
          // vBulletin 4's "Likes: 1,906" among the poster's details counts the poster's
          // likes, not the post's.
          break
        case .userTitle:
          guard names > 0 || hasDate || hasCounter else { return false }
          hasTitle = true
        case .number:
          // The poster's post count under the name ("2.1k", Invision).
          guard names > 0, !hasDate, !hasCounter else { return false }
        case .level:
          guard !hasLevel, !isHeader else { return false }
          hasLevel = true
        case .score(let points):
          guard names > 0 || hasByline, header.likes == nil else { return false }
          header.likes = points
        case .text
        where CopiedTextReader.trimmed(line) == CopiedTextReader.trimmed(title)
          || CopiedTextReader.trimmed(line).lowercased()
            == "default " + CopiedTextReader.trimmed(title).lowercased():
          guard !hasSubject else { return false }
          hasSubject = true
        case .text where names == 0 && !hasByline && PostHeader.repliedToName(line) != nil:
          // patient.info: "tim57 maureen_48210", the poster, then whom the reply answers.
          header.author = PostHeader.repliedToName(line)
          names += 1
          lastName = index
        case .text:
          guard let name = CopiedTextReader.userName(line), !hasByline else { return false }
          if names == 0 {
            header.author = name
          } else if names == 1, lastName == previous, index == previous + 1, !hasDate {
            // "Coach Chad" then "chad": the display name, then the user name others quote,
            // which is one word and mostly lower case. "runnerbob" then "Cat 2 Racer", or
            // "Coach Dan" then "Posting Freak", is the forum's own rank for the poster.
            if !name.contains(where: \.isUppercase)
              || header.author?.contains(" ") == true && !name.contains(" ")
            {
              header.author = name
            }
          } else {
            return false
          }
          names += 1
          lastName = index
        default:
          return false
        }
        return true
      }
    }
  }
}
