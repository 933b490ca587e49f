import TipsCore

extension UsenetReader {
  /// RFC 822 / 1036 dates (`Tue, 6 Apr 1993 03:28:57 GMT`, `20 Apr 1993 00:09:31 -0500`,
  /// `19 Apr 93 16:33 EDT`) turned into ISO 8601 in UTC.
  ///
  /// Parsed by hand rather than with a `DateFormatter`: the format has a dozen variants in the
  /// wild, and a fixed grammar with an explicit zone table gives the same answer on every
  /// machine. Converting to UTC makes the ISO strings sort in time order, which is how posts
  /// are ordered.
  enum MailDate {
    /// `value` as `1993-04-06T03:28:57Z`; nil when it is not a date this grammar reads.
    static func isoDate(_ value: String) -> String? {
      var tokens = value.split { $0 == " " || $0 == "," || $0 == "\t" }[...]
      if let first = tokens.first, first.allSatisfy(\.isLetter), month(first) == nil {
        tokens = tokens.dropFirst()  // the day of the week
      }
      guard tokens.count >= 4, let day = Int(tokens[tokens.startIndex]), (1...31).contains(day),
        let month = month(tokens[tokens.startIndex + 1]),
        var year = Int(tokens[tokens.startIndex + 2])
      else { return nil }
      if tokens[tokens.startIndex + 2].count == 2 { year += year < 50 ? 2000 : 1900 }
      // A year far outside any archive's is a hostile header; it would also overflow below.
      guard ForumNumber.yearRange.contains(year) else { return nil }
      let clock = tokens[tokens.startIndex + 3].split(separator: ":").map { Int($0) }
      guard (2...3).contains(clock.count), let hour = clock[0], let minute = clock[1],
        (0...23).contains(hour), (0...59).contains(minute)
      else { return nil }
      let second = clock.count == 3 ? clock[2] : 0
      guard let second, (0...60).contains(second) else { return nil }
      let zone = tokens.count > 4 ? tokens[tokens.startIndex + 4] : nil
      guard let offset = zone.map(offsetMinutes) ?? 0 else { return nil }
      let seconds =
        daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60
        + second - offset * 60
      return iso(seconds)
    }

    /// Minutes east of UTC for `+hhmm`, `-hhmm` or a zone name; an unknown name counts as UTC,
    /// as RFC 5322 asks for zones it does not define. Nil for a malformed numeric zone.
    private static func offsetMinutes(_ zone: Substring) -> Int? {
      if let sign = zone.first, sign == "+" || sign == "-" {
        guard zone.count == 5, let value = Int(zone.dropFirst()) else { return nil }
        let minutes = value / 100 * 60 + value % 100
        return sign == "-" ? -minutes : minutes
      }
      return zoneNames[zone.uppercased()].map { $0 * 60 } ?? 0
    }

    private static let zoneNames: [String: Int] = [
      "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
      "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "MET": 1, "CEST": 2,
      "MEST": 2,
    ]

    private static let monthNames = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    private static func month(_ token: Substring) -> Int? {
      guard token.count >= 3 else { return nil }
      return monthNames.firstIndex(of: token.prefix(3).lowercased()).map { $0 + 1 }
    }

    /// Days from 1970-01-01 to the given civil date (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
      let y = month <= 2 ? year - 1 : year
      let era = (y >= 0 ? y : y - 399) / 400
      let yearOfEra = y - era * 400
      let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
      let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
      return era * 146_097 + dayOfEra - 719_468
    }

    /// Seconds since the epoch as `yyyy-MM-ddTHH:mm:ssZ` (`civil_from_days`).
    private static func iso(_ seconds: Int) -> String {
      let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
      let time = seconds - days * 86_400
      let z = days + 719_468
      let era = (z >= 0 ? z : z - 146_096) / 146_097
      let dayOfEra = z - era * 146_097
      let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
      let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
      let monthIndex = (5 * dayOfYear + 2) / 153
      let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
      let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
      let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
      return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))T"
        + "\(padded(time / 3_600, 2)):\(padded(time / 60 % 60, 2)):\(padded(time % 60, 2))Z"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
  }
}
