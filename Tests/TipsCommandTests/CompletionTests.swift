import Foundation
import Testing

/// What bash offers for the words of `line` after sourcing `tips`'s completion script, as
/// pressing Tab twice would list them.
func bashCompletions(_ line: [String], script: String, in folder: String) throws -> [String] {
  let scriptPath = folder + "/tips.bash"
  try Data(script.utf8).write(to: URL(fileURLWithPath: scriptPath))
  let words = line.map { "'\($0)'" }.joined(separator: " ")
  let program = """
    source '\(scriptPath)'
    COMP_WORDS=(\(words)); COMP_CWORD=\(line.count - 1)
    COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
    _tips tips "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\\n' "${COMPREPLY[@]}"
    """
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/bash")
  process.arguments = ["--norc", "-c", program]
  let out = Pipe()
  process.standardOutput = out
  try process.run()
  let data = out.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
}

@Suite("Shell completions")
final class CompletionTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "tips-completion-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  @Test(
    "The bash script completes subcommands and the values of --color and --kind",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
  func bash() throws {
    let run = try Run(["--generate-completion-script", "bash"], in: folder)
    #expect(run.status == 0)
    #expect(
      try bashCompletions(["tips", "se"], script: run.stdout, in: folder) == ["search", "serve"])
    #expect(
      try bashCompletions(["tips", "top", "--color", "a"], script: run.stdout, in: folder)
        == ["always", "auto"])
    #expect(
      try bashCompletions(
        ["tips", "search", "knee", "--kind", "s"], script: run.stdout, in: folder)
        == ["self-massage", "strength", "stretch"])
  }

  @Test("zsh and fish scripts name every subcommand", arguments: ["zsh", "fish"])
  func otherShells(shell: String) throws {
    let run = try Run(["--generate-completion-script", shell], in: folder)
    #expect(run.status == 0)
    for command in ["add", "search", "top", "show", "threads", "remove", "stats", "serve"] {
      #expect(run.stdout.contains(command), "\(command)")
    }
  }
}
