import Foundation
import TipsKnowledgeBase

/// The one line `tips add` redraws on a terminal's standard error while it works: bytes read
/// of the total, threads, tips, rate and time left.
///
/// It redraws ten times a second on its own task, reading the add's counts (a dump gives
/// thousands of threads a second, and a terminal drawing each would slow the add; a batch's
/// extraction can hold reading up for a second, and the line should still move), and clears
/// itself at the end, so the summary line stands alone on the screen. Only on a terminal: a
/// log or a pipe gets no carriage returns, and `--quiet` turns it off.
struct ProgressDisplay {
  private static let interval = Duration.milliseconds(100)
  private let drawing: Task<Void, Never>

  /// Starts showing `progress` on standard error, or returns nil when standard error is not
  /// a terminal that can redraw a line. The first frame is drawn at once, so every add on a
  /// terminal shows one.
  static func start(showing progress: AddProgress) -> ProgressDisplay? {
    guard isatty(STDERR_FILENO) == 1, !Terminal.isDumb else { return nil }
    // A line as long as the terminal would wrap, and `\r` would redraw only its last row.
    var size = winsize()
    let width =
      ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
      ? Int(size.ws_col) : 80
    draw(line(progress.current, elapsed: .zero, width: width - 1))
    return ProgressDisplay(
      drawing: Task.detached {
        // The rate counts from when the files are listed, not from loading the language
        // model before, which would make the first seconds of a large add look slow.
        let clock = ContinuousClock()
        var readingStart: ContinuousClock.Instant?
        while true {
          try? await Task.sleep(for: interval)
          if Task.isCancelled { break }
          let counts = progress.current
          if readingStart == nil, counts.bytesTotal > 0 { readingStart = clock.now }
          let elapsed = readingStart.map { clock.now - $0 } ?? .zero
          draw(line(counts, elapsed: elapsed, width: width - 1))
        }
      })
  }

  /// Stops redrawing and clears the line, leaving the cursor where it began.
  func stop() async {
    drawing.cancel()
    await drawing.value
    Self.write("\r\u{1B}[K")
  }

  private static func draw(_ line: String) {
    write("\r" + line + "\u{1B}[K")
  }

  private static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// "1.2 of 3.5 MB (34%) · 512 threads · 1,024 tips · 410 KB/s · 0:06 left"
  ///
  /// Before the files are listed the total is unknown and the line says "starting"; the
  /// rate and time left wait for a second of reading, when they start to mean something;
  /// once every file is read, the last batch is extracted and the index written
  /// ("finishing"). Parts that do not fit in `width` columns are left off from the end.
  static func line(_ counts: AddProgress.Counts, elapsed: Duration, width: Int = 80) -> String {
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let total = max(counts.bytesTotal, counts.bytesRead)
    var parts = ["starting"]
    if total > 0 {
      parts[0] = "\(fraction(counts.bytesRead, of: total)) (\(counts.bytesRead * 100 / total)%)"
    }
    parts.append(grouped(counts.threads) + (counts.threads == 1 ? " thread" : " threads"))
    parts.append(grouped(counts.tips) + (counts.tips == 1 ? " tip" : " tips"))
    if counts.isReadingDone {
      parts.append("finishing")
    } else if seconds >= 1, counts.bytesRead > 0 {
      let rate = Double(counts.bytesRead) / seconds
      parts.append(bytes(Int(rate)) + "/s")
      parts.append(clockTime(Double(total - counts.bytesRead) / rate) + " left")
    }
    var line = parts.joined(separator: " · ")
    while line.count > width, parts.count > 1 {
      parts.removeLast()
      line = parts.joined(separator: " · ")
    }
    return String(line.prefix(max(width, 0)))
  }

  /// "1.2 of 3.5 MB", or "980 KB of 3.5 MB" when the units differ.
  static func fraction(_ part: Int, of whole: Int) -> String {
    let (partText, wholeText) = (bytes(part), bytes(whole))
    let unit = wholeText.drop { $0 != " " }
    guard partText.hasSuffix(unit) else { return partText + " of " + wholeText }
    return partText.dropLast(unit.count) + " of " + wholeText
  }

  /// Decimal units, as disks and downloads are sized, with a decimal below 100: "980 B",
  /// "12.3 KB", "117 KB", "1.2 GB".
  static func bytes(_ count: Int) -> String {
    let units = ["B", "KB", "MB", "GB", "TB"]
    var value = Double(count)
    var unit = 0
    while value >= 999.5, unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    let digits = unit == 0 || value >= 99.95 ? "%.0f " : "%.1f "
    return String(format: digits, value) + units[unit]
  }

  /// Thousands separated by commas: "12,345".
  static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var out = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }

  /// "0:07", "12:30", "1:02:03"; at most 99 hours.
  static func clockTime(_ seconds: Double) -> String {
    let whole = seconds.isFinite ? Int(min(max(seconds.rounded(.up), 0), 359_999)) : 359_999
    let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
    return hours > 0
      ? String(format: "%d:%02d:%02d", hours, minutes, rest)
      : String(format: "%d:%02d", minutes, rest)
  }
}
