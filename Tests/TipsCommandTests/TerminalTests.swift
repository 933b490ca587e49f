import Foundation
import Testing

/// What a terminal shows after `bytes` were written to it: carriage returns, line feeds and
/// "erase to the end of the line" applied, other escape sequences dropped, rows without
/// their trailing blanks, empty rows left out.
func screen(after bytes: String) -> [String] {
  var rows: [[Character]] = [[]]
  var column = 0
  var characters = bytes.makeIterator()
  while let character = characters.next() {
    switch character {
    case "\r":
      column = 0
    case "\n", "\r\n":
      rows.append([])
      column = 0
    case "\u{1B}":
      guard characters.next() == "[" else { continue }
      var final = characters.next()
      while let next = final, !next.isLetter { final = characters.next() }
      let width = rows[rows.count - 1].count
      if final == "K" { rows[rows.count - 1].removeSubrange(min(column, width)...) }
    default:
      var row = rows[rows.count - 1]
      while row.count < column { row.append(" ") }
      if column < row.count { row[column] = character } else { row.append(character) }
      rows[rows.count - 1] = row
      column += 1
    }
  }
  return rows.map {
    String($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
  }
  .filter { !$0.isEmpty }
}

/// Runs `tips` on a pseudo-terminal with `script` (util-linux) and returns everything the
/// terminal received, standard output and standard error together, as a person sees them.
func runOnTerminal(
  _ arguments: [String], in directory: String, environment extra: [String: String] = [:]
) throws -> String {
  let command = ([Run.executable.path] + arguments).map { "'" + $0 + "'" }
    .joined(separator: " ")
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
  process.arguments = ["-qfec", command, "/dev/null"]
  process.currentDirectoryURL = URL(fileURLWithPath: directory)
  var environment = ProcessInfo.processInfo.environment
  environment["TIPS_INDEX"] = nil
  environment["TERM"] = "xterm"
  environment["XDG_CONFIG_HOME"] = directory + "/config"
  environment["NO_COLOR"] = nil
  environment.merge(extra) { $1 }
  process.environment = environment
  let out = Pipe()
  process.standardOutput = out
  process.standardInput = FileHandle.nullDevice
  try process.run()
  let data = out.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}

@Suite(
  "tips on a terminal",
  .enabled(
    if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"),
    "needs script(1) from util-linux (.ci/run installs it)"))
final class TerminalTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "tips-progress-" + UUID().uuidString
    for place in ["terminal", "pipe", "quiet"] {
      try FileManager.default.createDirectory(
        atPath: folder + "/" + place, withIntermediateDirectories: true)
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  @Test("On a terminal, add redraws one progress line and leaves only the summary on screen")
  func progressLine() throws {
    let piped = try Run(["add", seed, "--index", "ix"], in: folder + "/pipe")
    #expect(piped.status == 0)
    #expect(piped.stderr.isEmpty)
    #expect(!piped.stdout.contains("\r") && !piped.stdout.contains("\u{1B}"))

    let shown = try runOnTerminal(["add", seed, "--index", "ix"], in: folder + "/terminal")
    // At least the first frame, drawn as the add starts, then cleared.
    #expect(shown.hasPrefix("\rstarting · 0 threads · 0 tips\u{1B}[K"))
    #expect(shown.contains(" threads · ") || shown.contains(" thread · "))
    #expect(shown.contains("\r\u{1B}[K" + piped.stdout.dropLast() + "\r\n"))
    #expect(screen(after: shown) == [String(piped.stdout.dropLast())])
  }

  @Test("With --quiet, add on a terminal prints the summary alone")
  func quiet() throws {
    let piped = try Run(["add", seed, "--index", "ix"], in: folder + "/pipe")
    let shown = try runOnTerminal(
      ["add", seed, "--index", "ix", "--quiet"], in: folder + "/quiet")
    #expect(shown == piped.stdout.replacingOccurrences(of: "\n", with: "\r\n"))
  }
}

extension TerminalTests {
  @Test("On a terminal, cards are coloured, unless NO_COLOR is set")
  func colourOnTerminal() throws {
    _ = try Run(["add", seed, "--index", "ix"], in: folder + "/terminal")
    let plain = try Run(["top", "--limit", "3", "--index", "ix"], in: folder + "/terminal")
    #expect(!plain.stdout.contains("\u{1B}"))
    let shown = try runOnTerminal(
      ["top", "--limit", "3", "--index", "ix"], in: folder + "/terminal")
    #expect(shown.contains("\u{1B}[1m"))
    #expect(withoutEscapes(shown) == plain.stdout.replacingOccurrences(of: "\n", with: "\r\n"))
    let noColor = try runOnTerminal(
      ["top", "--limit", "3", "--index", "ix"], in: folder + "/terminal",
      environment: ["NO_COLOR": "1"])
    #expect(noColor == plain.stdout.replacingOccurrences(of: "\n", with: "\r\n"))
  }
}

/// `text` without its SGR escape codes.
func withoutEscapes(_ text: String) -> String {
  text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
}
