import ArgumentParser
import Foundation

/// `--color auto|always|never` for the commands that print cards.
struct ColorOptions: ParsableArguments {
  enum Choice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  @Option(
    help: ArgumentHelp(
      "When to colour cards: auto, always or never.",
      discussion: "auto colours only when standard output is a terminal and NO_COLOR is unset."))
  var color: Choice = .auto

  /// The palette cards are printed with.
  var palette: Palette { color.palette }
}

extension ColorOptions.Choice {
  /// The palette cards are printed with.
  ///
  /// `auto` follows the convention of no-color.org: a non-empty `NO_COLOR` turns colour off,
  /// and so does a pipe or a file (escape codes would end up in them) or `TERM=dumb`. An
  /// explicit `--color always` wins over all of them, as a flag given on purpose should.
  var palette: Palette {
    switch self {
    case .always: return .ansi
    case .never: return .plain
    case .auto:
      let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
      let isTerminal = isatty(STDOUT_FILENO) == 1 && !Terminal.isDumb
      return isTerminal && !noColor ? .ansi : .plain
    }
  }
}

/// What the environment says of the terminal.
enum Terminal {
  /// `TERM=dumb`: a terminal that takes no escape codes and cannot redraw a line.
  static var isDumb: Bool { getenv("TERM").map { String(cString: $0) == "dumb" } ?? false }
}
