extension CopiedTextReader {
  /// A date line as Discourse prints it above a post, in the forms its English locale uses:
  /// relative ("2d", "5h", "3 days ago", "just now"), short ("Jun 12", "Jun '19"),
  /// long ("June 12, 2019", "June 12, 2019, 3:04pm") and ISO ("2019-06-12").
  ///
  /// Recognising the line matters more than its value: it is what tells a post header from
  /// a one-word line of text.
  struct PostDate: Sendable, Hashable {
    /// "2019-06-12T15:04", "2019-06-12" or "2019-06" (ISO 8601 at the precision the line
    /// gives); nil when the line needs the copy's own date to resolve ("2d", "Jun 12").
    var iso8601: String?

    init?(line: Substring) {
      let words = line.lowercased().split { $0.isWhitespace || $0 == "," }
      guard let first = words.first else { return nil }
      if words.count == 1, Self.isShortRelative(first) || Self.isoDay(first) != nil {
        iso8601 = Self.isoDay(first)
        return
      }
      if Self.isLongRelative(words) {
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

    private static func day(_ word: Substring) -> Int? {
      guard word.count <= 2, let day = Int(word), (1...31).contains(day) else { return nil }
      return day
    }

    /// "2019" or "'19" (the short form always means 20YY: Discourse dates are recent).
    private static func year(_ word: Substring) -> Int? {
      if word.count == 3, word.first == "'" || word.first == "’", let short = Int(word.dropFirst())
      {
        return 2000 + short
      }
      guard word.count == 4, let year = Int(word), (1990...2100).contains(year) else { return nil }
      return year
    }

    /// "3:04pm", "3:04 pm" or "15:04" from the words after the date; nil when not a time.
    private static func time(_ words: ArraySlice<Substring>) -> (hour: Int, minute: Int)? {
      guard let first = words.first, words.count <= 2 else { return nil }
      var clock = first
      var suffix = words.count == 2 ? words.last.map(String.init) : nil
      for meridiem in ["am", "pm"] where clock.hasSuffix(meridiem) {
        clock = clock.dropLast(2)
        suffix = meridiem
      }
      let parts = clock.split(separator: ":")
      guard parts.count == 2, parts[1].count == 2, var hour = Int(parts[0]),
        let minute = Int(parts[1]), (0...59).contains(minute)
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
      guard let year = year(first) else { return nil }
      let date = "\(year)-\(twoDigits(month))-\(twoDigits(day))"
      let clock = rest.dropFirst()
      if clock.isEmpty { return Resolved(value: date) }
      guard let (hour, minute) = time(clock) else { return nil }
      return Resolved(value: "\(date)T\(twoDigits(hour)):\(twoDigits(minute))")
    }

    /// "2d", "5h", "30m", "3w", "2mon", "1y".
    private static func isShortRelative(_ word: Substring) -> Bool {
      guard let unitStart = word.firstIndex(where: { !$0.isNumber }), unitStart > word.startIndex
      else { return false }
      return ["s", "m", "h", "d", "w", "mo", "mon", "y"].contains(String(word[unitStart...]))
    }

    /// "3 days ago", "an hour ago", "just now", "yesterday".
    private static func isLongRelative(_ words: [Substring]) -> Bool {
      if words == ["just", "now"] || words == ["yesterday"] { return true }
      guard words.count == 3, words[2] == "ago",
        words[0] == "a" || words[0] == "an" || Int(words[0]) != nil
      else { return false }
      let unit = words[1].hasSuffix("s") ? words[1].dropLast() : words[1]
      return ["second", "minute", "hour", "day", "week", "month", "year"].contains(String(unit))
    }

    /// "2019-06-12" as itself; nil for anything else.
    private static func isoDay(_ word: Substring) -> String? {
      let parts = word.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        year(parts[0]) != nil, let month = Int(parts[1]), (1...12).contains(month),
        let day = Int(parts[2]), (1...31).contains(day)
      else { return nil }
      return String(word)
    }

    private static func twoDigits(_ value: Int) -> String {
      value < 10 ? "0\(value)" : "\(value)"
    }
  }
}
