import Foundation
import Testing

@Suite("Colour, version and help")
final class OutputStyleTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "tips-style-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  @Test("--color always paints names bold, caveats yellow, and changes nothing else")
  func colourAlways() throws {
    _ = try Run(["add", seed, "--index", "ix"], in: folder)
    let plain = try Run(["top", "--limit", "5", "--index", "ix"], in: folder)
    let coloured = try Run(
      ["top", "--limit", "5", "--color", "always", "--index", "ix"], in: folder)
    #expect(!plain.stdout.contains("\u{1B}"))
    #expect(withoutEscapes(coloured.stdout) == plain.stdout)
    // A caveat or a report against keeps its colour on the lines it wraps onto.
    var colour: String?
    for (line, paintedLine) in zip(
      plain.stdout.split(separator: "\n"), coloured.stdout.split(separator: "\n"))
    {
      if line.hasPrefix("   ! ") {
        colour = "33"
      } else if line.hasPrefix("   ✗ ") {
        colour = "31"
      } else if !line.hasPrefix("     ") {
        colour = nil
      }
      if let rank = line.firstMatch(of: #/^(\d+\. )(.+?)  /#) {
        #expect(paintedLine.hasPrefix(rank.1 + "\u{1B}[1m" + rank.2 + "\u{1B}[0m"))
      } else if let colour {
        let text = line.drop { $0 == " " }
        let indent = line.prefix(line.count - text.count)
        #expect(paintedLine == indent + "\u{1B}[\(colour)m" + text + "\u{1B}[0m")
      } else if !line.contains("disputed: ") {
        #expect(paintedLine == line)
      }
    }
    #expect(plain.stdout.contains("\n   ! "))
  }

  @Test("--color never and JSON have no escape codes, even when NO_COLOR is unset")
  func colourNever() throws {
    _ = try Run(["add", seed, "--index", "ix"], in: folder)
    let never = try Run(["top", "--color", "never", "--index", "ix"], in: folder)
    let json = try Run(["top", "--json", "--color", "always", "--index", "ix"], in: folder)
    #expect(never.status == 0 && json.status == 0)
    #expect(!never.stdout.contains("\u{1B}") && !json.stdout.contains("\u{1B}"))
  }

  @Test("--version names the tool's version and the index format it writes")
  func version() throws {
    let run = try Run(["--version"], in: folder)
    #expect(run.status == 0)
    #expect(run.stdout == "tips 0.1.0, index format 14\n")
  }

  @Test("The help overview wraps its paragraphs whole, never breaking a line mid-sentence")
  func helpOverview() throws {
    let help = try Run(["--help"], in: folder).stdout
    // Every line of a paragraph but its last is filled to at least 60 of 80 columns.
    let paragraphs = help.components(separatedBy: "\n\n").prefix(2)
    for paragraph in paragraphs {
      let lines = paragraph.split(separator: "\n")
      for line in lines.dropLast() {
        #expect(line.count >= 60, "\(line)")
      }
    }
  }
}
