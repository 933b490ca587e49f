import ArgumentParser
import Foundation
import TipsKnowledgeBase

@main
struct Tips: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tips",
    abstract: "Consensus advice from forum threads: what people recommend, and how many agree.",
    discussion: """
      Add thread exports (Discourse JSON, HTML or copied text, Reddit JSON, Stack Exchange \
      Posts.xml, Usenet/mail messages or mbox), then search them:

        tips add corpus/
        tips search "hip flexor"
        tips top
      """,
    version: KnowledgeBase.versionDescription,
    subcommands: [
      Add.self, Search.self, Top.self, Show.self, Threads.self, Remove.self, Stats.self,
      Serve.self, Extract.self,
    ])

  /// Runs the command; a `Failure` becomes one `tips: ...` line on stderr and exit status 1,
  /// usage errors keep swift-argument-parser's message and exit status 64.
  static func main() async {
    // Commands that answer or add need the shipped lexicon (and answers the red flags): read
    // them while arguments are parsed. A guess from the raw arguments, so a wrong one costs
    // time, never correctness.
    let needsLexicon: [any ParsableCommand.Type] = [
      Add.self, Search.self, Top.self, Show.self, Remove.self, Serve.self, Extract.self,
    ]
    let subcommand = CommandLine.arguments.dropFirst().first { !$0.hasPrefix("-") }
    if needsLexicon.contains(where: { $0.configuration.commandName == subcommand }),
      !CommandLine.arguments.contains("--read-only")
    {
      KnowledgeBase.startReadingShippedFiles()
    }
    do {
      if let request = QuickArguments.request(Array(CommandLine.arguments.dropFirst())) {
        try await request.run()
        return
      }
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let failure as Failure {
      if !failure.printed { Diagnostics.warn(failure.description) }
      Self.exit(withError: ExitCode(1))
    } catch {
      Self.exit(withError: error)
    }
  }
}

/// Options every command shares: where the index lives and which lexicon reads it.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long, help: "Index folder (default: $TIPS_INDEX, else ./index).",
    completion: .directory)
  var index: String?

  @Option(
    name: .long, help: "An extra lexicon file merged over the shipped one.",
    completion: .file(extensions: ["txt"]))
  var lexicon: String?
}

struct Add: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Ingest thread exports (files or folders); re-adding a thread replaces it.")

  @Argument(
    help: ArgumentHelp(
      "Files or folders of thread exports, or addresses of threads.",
      discussion: "An address is a Discourse topic (https://forum/t/slug/ID), a Reddit "
        + "comments page or a Stack Exchange question, read through its JSON."))
  var paths: [String]

  @Flag(name: [.short, .long], help: "No progress line on a terminal, only the summary.")
  var quiet = false

  @Flag(help: "The paths hold lines 'tips extract' wrote: store them without extracting again.")
  var fromTips = false

  /// Reads the files (`xml`: a dump's rows; `threads`: whole threads) and stops there,
  /// writing nothing: how ingest speed is measured against `xmllint --stream`.
  @Option(help: .hidden)
  var readOnly: KnowledgeBase.ReadingDepth?

  @OptionGroup var common: CommonOptions
}

struct Extract: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print each thread and its tips as one JSON line (docs/extract-lines.md).",
    discussion: """
      Reads what `add` reads, Reddit comment lines, or lines `extract` wrote; - reads \
      standard input. Writes no index: `tips add --from-tips` stores the lines later.
      """)

  @Argument(help: "Files or folders of thread exports, or - for standard input.")
  var paths: [String]

  @OptionGroup var common: CommonOptions
}

struct Search: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "The most-endorsed remedies for a query, with quotes and caveats.",
    discussion: """
      QUERY words are matched with their synonyms (psoas finds hip-flexor tips). Put a phrase \
      in double quotes; prefix a word with - to leave out tips containing it.
      """)

  @Argument(help: "What to search for, e.g. \"hip flexor\".")
  var query: String

  @OptionGroup var output: OutputOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var common: CommonOptions
}

struct Top: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "top",
    abstract: "The most-endorsed remedies in the whole index.")

  @OptionGroup var output: OutputOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var common: CommonOptions
}

struct Show: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "One remedy with every tip, caveat and the parts of its score.")

  @Argument(help: "A remedy's name or any alias, e.g. \"couch stretch\".")
  var remedy: String

  @Flag(help: "Print JSON instead of text.")
  var json = false

  @OptionGroup var colors: ColorOptions
  @OptionGroup var common: CommonOptions
}

struct Threads: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "threads", abstract: "The threads in the index.")

  @Flag(help: "Print JSON instead of text.")
  var json = false

  @OptionGroup var common: CommonOptions
}

struct Remove: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove a thread (by the id `tips threads` shows) and its tips.")

  @Argument(help: "The thread's id.")
  var thread: String

  @OptionGroup var common: CommonOptions
}

struct Stats: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "What the index holds: threads, posts, tips, remedies, terms and bytes.")

  @Flag(help: "Print JSON instead of text.")
  var json = false

  @OptionGroup var common: CommonOptions
}

struct OutputOptions: ParsableArguments {
  @Option(help: "How many remedies to show.")
  var limit = 10

  @Flag(help: "Print JSON (see the command-line contract) instead of cards.")
  var json = false

  @Flag(help: "Show the parts of each remedy's score.")
  var explain = false

  @OptionGroup var colors: ColorOptions

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }
}

struct FilterOptions: ParsableArguments {
  @Option(help: "Only tips tagged with this muscle group (any synonym).")
  var muscle: String?

  @Option(help: "Only tips using this tool (any synonym).")
  var tool: String?

  @Option(
    help:
      "Only remedies of this kind: \(RemedyKind.allCases.map(\.rawValue).joined(separator: ", ")).",
    completion: .list(RemedyKind.allCases.map(\.rawValue)))
  var kind: String?

  @Option(help: "Only tips from this thread id.")
  var thread: String?
}
