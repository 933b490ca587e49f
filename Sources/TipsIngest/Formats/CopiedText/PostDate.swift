extension CopiedTextReader {
  /// A date line as forum engines print it beside a post, in their English locales.
  ///
  /// - Discourse: relative ("2d", "5h", "3 days ago"), short ("Jun 12", "Jun '19"), long
  ///   ("June 12, 2019, 3:04pm").
  /// - XenForo: "Mar 3, 2015", "Yesterday at 9:14 AM", "Tuesday at 9:14 AM", "5 minutes ago".
  /// - vBulletin: "11-02-09, 07:41 PM" (month-day-year), "03-03-2015", "Today, 07:41 PM",
  ///   with the post icon's "Old" left in front by some copies.
  /// - phpBB: "Tue Mar 03, 2015 10:12 pm"; SMF: "March 03, 2015, 10:12:00 PM".
  /// - Reddit: "5h", "5h ago", "2 years ago", "· 5h" and "· edited 3h" after the age.
  /// - ISO and numeric: "2015-03-03 22:12", "03/03/2015", "3.3.2015".
  ///
  /// Recognising the line matters more than its value: it is what tells a post header from
  /// a one-word line of text.
  struct PostDate: Sendable, Hashable {
    /// "2019-06-12T15:04", "2019-06-12", "2019-06" or "2019" (ISO 8601 at the precision the
    /// line gives); nil when the line needs the copy's own date to resolve ("2d", "Jun 12",
    /// "Yesterday at 9:14 AM").
    var iso8601: String?

    init?(line: Substring) {
      guard let words = Self.words(of: line), let first = words.first else { return nil }
      if Self.isRelative(words) {
        iso8601 = nil
        return
      }
      if let numeric = Self.numericDay(first) {
        guard let iso = Self.withTime(numeric, clock: words.dropFirst()) else { return nil }
        iso8601 = iso.value
        return
      }
      if words.count == 1, Self.isShortRelative(first) {
        iso8601 = nil
        return
      }
      if let month = Self.month(first) {
        guard let iso = Self.monthFirst(month: month, rest: words.dropFirst()) else { return nil }
        iso8601 = iso.value
        return
      }
      if words.count >= 2, let day = Self.day(first), let month = Self.month(words[1]) {
        guard let iso = Self.dated(day: day, month: month, rest: words.dropFirst(2)) else {
          return nil
        }
        iso8601 = iso.value
        return
      }
      return nil
    }

    /// The line's words, lower-cased, without what engines print around a date: a leading
    /// "·", "Old", "Posted", "on" or weekday, a trailing "· edited 3h", "»" or note in
    /// brackets, "at" or "-" before the time, ordinal suffixes ("3rd"). Nil for an empty or
    /// long line.
    private static func words(of line: Substring) -> [Substring]? {
      // Old Reddit stars an edited comment's age: "3 hours ago*".
      let lowered = line.lowercased()
      var words: [Substring]
      // Every line is asked whether it is a date, so ASCII is split on bytes, without a
      // Unicode property lookup per character; without a carriage return, each byte of
      // ASCII is one character.
      if lowered.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
        words = lowered.utf8.split { byte in
          byte == 0x20 || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: "*")
        }.map { lowered[$0.startIndex..<$0.endIndex] }
      } else {
        words = lowered.split { $0.isWhitespace || $0 == "," || $0 == "*" }
      }
      // MyBB: "03-04-2015, 08:02 AM (This post was last modified: …)", a note in brackets
      // that ends the line after a date of two words or more.
      if lowered.last == ")", let note = words.dropFirst(2).firstIndex(where: { $0.first == "(" }) {
        words.removeSubrange(note...)
      }
      guard words.count <= 8 else { return nil }
      while let first = words.first, leadingWords.contains(first) { words.removeFirst() }
      if let first = words.first, weekday(first) { words.removeFirst() }
      if let cut = words.dropFirst().firstIndex(where: {
        ["·", "•", "edited", "(edited)"].contains($0)
      }) {
        words.removeSubrange(cut...)
      }
      while let last = words.last, ["»", "-"].contains(last) { words.removeLast() }
      // "at" before the time, and Invision's dash there: "03 March 2015 - 10:12 PM".
      words.removeAll { $0 == "at" || $0 == "-" }
      return words.map(withoutOrdinal)
    }

    /// What engines print before a date: "· 5h", "Old 11-02-09", "Posted on: …".
    private static let leadingWords: Set<Substring> = [
      "·", "•", "-", "«", "old", "posted", "posted:", "on", "on:",
    ]

    /// A parse result whose value may be unknown: `Optional<Optional<String>>` reads badly.
    private struct Resolved {
      var value: String?
    }

    private static let months = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// 1...12 for "jun", "june", "jun." or "sept"; nil otherwise.
    private static func month(_ word: Substring) -> Int? {
      let word = word.last == "." ? word.dropLast() : word
      guard word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))) else {
        return nil
      }
      let full = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
      ][index]
      guard full.hasPrefix(word) || (index == 8 && word == "sept") else { return nil }
      return index + 1
    }

    /// "tue", "tue.", "tuesday".
    private static func weekday(_ word: Substring) -> Bool {
      let word = word.last == "." ? word.dropLast() : word
      let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
      return word.count >= 3
        && days.contains { $0.hasPrefix(word) && (word.count == 3 || $0 == word) }
    }

    /// "3rd" → "3", "21st" → "21"; other words unchanged.
    private static func withoutOrdinal(_ word: Substring) -> Substring {
      for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
        let number = word.dropLast(2)
        if !number.isEmpty, number.count <= 2, number.allSatisfy(\.isNumber) { return number }
      }
      return word
    }

    /// The year a two-digit year means: 19YY from '70 on, since forums archive Usenet and
    /// mailing lists of the 1980s and 1990s ("Apr '93"), else 20YY.
    private static func fullYear(_ twoDigits: Int) -> Int {
      twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits
    }

    private static func day(_ word: Substring) -> Int? {
      guard word.count <= 2, let day = Int(word), (1...31).contains(day) else { return nil }
      return day
    }

    /// "2019" or "'19".
    private static func year(_ word: Substring) -> Int? {
      if word.count == 3, word.first == "'" || word.first == "’", let short = Int(word.dropFirst())
      {
        return fullYear(short)
      }
      guard word.count == 4, let year = Int(word), (1980...2100).contains(year) else { return nil }
      return year
    }

    /// "3:04pm", "3:04 pm", "15:04" or "22:12:05" from the words after the date; nil when
    /// not a time.
    private static func time(_ words: ArraySlice<Substring>) -> (hour: Int, minute: Int)? {
      guard let first = words.first, words.count <= 2 else { return nil }
      var clock = first
      var suffix = words.count == 2 ? words.last.map(String.init) : nil
      for meridiem in ["am", "pm"] where clock.hasSuffix(meridiem) {
        clock = clock.dropLast(2)
        suffix = meridiem
      }
      let parts = clock.split(separator: ":")
      guard (2...3).contains(parts.count), parts.dropFirst().allSatisfy({ $0.count == 2 }),
        var hour = Int(parts[0]), let minute = Int(parts[1]), (0...59).contains(minute)
      else { return nil }
      switch suffix {
      case nil: guard (0...23).contains(hour) else { return nil }
      case "am", "pm":
        guard (1...12).contains(hour) else { return nil }
        hour = hour % 12 + (suffix == "pm" ? 12 : 0)
      default: return nil
      }
      return (hour, minute)
    }

    private static func monthFirst(month: Int, rest: ArraySlice<Substring>) -> Resolved? {
      guard let first = rest.first else { return nil }
      if rest.count == 1, let year = year(first) {
        return Resolved(value: "\(year)-\(twoDigits(month))")
      }
      guard let day = day(first) else { return nil }
      return dated(day: day, month: month, rest: rest.dropFirst())
    }

    /// The date once day and month are read; `rest` is an optional year, then an optional time.
    private static func dated(day: Int, month: Int, rest: ArraySlice<Substring>) -> Resolved? {
      guard let first = rest.first else { return Resolved(value: nil) }
      guard let year = year(first) else {
        // "Jun 12 3:04pm": a time without a year still leaves the date unknown.
        return time(rest) == nil ? nil : Resolved(value: nil)
      }
      return withTime(
        Resolved(value: "\(year)-\(twoDigits(month))-\(twoDigits(day))"),
        clock: rest.dropFirst())
    }

    /// `date` with the time in `clock` appended when the date is a full day; nil when `clock`
    /// is not empty and not a time.
    private static func withTime(_ date: Resolved, clock: ArraySlice<Substring>) -> Resolved? {
      if clock.isEmpty { return date }
      guard let (hour, minute) = time(clock) else { return nil }
      guard let day = date.value, day.count == 10 else { return date }
      return Resolved(value: "\(day)T\(twoDigits(hour)):\(twoDigits(minute))")
    }

    /// "2d", "5h", "30m", "3w", "2mon", "1y".
    private static func isShortRelative(_ word: Substring) -> Bool {
      guard let unitStart = word.firstIndex(where: { !$0.isNumber }), unitStart > word.startIndex
      else { return false }
      return ["s", "m", "h", "d", "w", "mo", "mon", "y", "yr"].contains(String(word[unitStart...]))
    }

    /// "3 days ago", "an hour ago", "5h ago", "just now", "yesterday", "today 07:41 pm",
    /// "yesterday at 9:14 am", "tuesday at 9:14 am" (the weekday already removed).
    private static func isRelative(_ words: [Substring]) -> Bool {
      if words == ["just", "now"] || words == ["a", "moment", "ago"] { return true }
      if words.first == "today" || words.first == "yesterday" {
        return words.count == 1 || time(words.dropFirst()) != nil
      }
      // "Tuesday at 9:14 AM": the weekday was dropped, the time is left.
      if time(words[...]) != nil { return true }
      if words.count == 2, words[1] == "ago", isShortRelative(words[0]) { return true }
      guard words.count == 3, words[2] == "ago",
        words[0] == "a" || words[0] == "an" || Int(words[0]) != nil
      else { return false }
      // "3 yr. ago": an abbreviated unit keeps its full stop.
      let bare = words[1].last == "." ? words[1].dropLast() : words[1]
      let unit = bare.hasSuffix("s") ? bare.dropLast() : bare
      return [
        "second", "sec", "minute", "min", "hour", "hr", "day", "week", "wk", "month", "mo", "year",
        "yr",
      ].contains(
        String(unit))
    }

    /// "2015-03-03", "2015/03/03", "03/03/2015", "11-02-09", "3.3.2015": day-first when the
    /// first number cannot be a month, month-first when the second cannot, and only the year
    /// when both could be (the copy does not say which the forum uses).
    private static func numericDay(_ word: Substring) -> Resolved? {
      guard let separator = word.first(where: { "-/.".contains($0) }) else { return nil }
      let parts = word.split(separator: separator, omittingEmptySubsequences: false)
      guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
        let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
      else { return nil }
      if parts[0].count == 4 {
        guard year(parts[0]) != nil, (1...12).contains(b), (1...31).contains(c) else { return nil }
        return Resolved(value: "\(a)-\(twoDigits(b))-\(twoDigits(c))")
      }
      guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
        (1...31).contains(a), (1...31).contains(b)
      else { return nil }
      let fullYear = parts[2].count == 4 ? c : Self.fullYear(c)
      guard (1980...2100).contains(fullYear) else { return nil }
      let dayFirst: Bool
      if a > 12, b <= 12 {
        dayFirst = true
      } else if b > 12, a <= 12 {
        dayFirst = false
      } else if a == b {
        dayFirst = true
      } else {
        return a > 12 ? nil : Resolved(value: "\(fullYear)")
      }
      let (day, month) = dayFirst ? (a, b) : (b, a)
      return Resolved(value: "\(fullYear)-\(twoDigits(month))-\(twoDigits(day))")
    }

    private static func twoDigits(_ value: Int) -> String {
      value < 10 ? "0\(value)" : "\(value)"
    }
  }
}
