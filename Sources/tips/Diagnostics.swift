import ArgumentParser
import Foundation

/// The one way the tool speaks on standard error: `tips: ` and one line.
enum Diagnostics {
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data("tips: \(message)\n".utf8))
  }
}

/// A failure the user caused or can fix: printed as one line, exit status 1.
struct Failure: Error, CustomStringConvertible {
  var description: String
  /// True when the details were already printed (one line per bad file).
  var printed = false

  init(_ description: String, printed: Bool = false) {
    self.description = description
    self.printed = printed
  }
}

/// Runs `body`, turning a library error into a one-line message and exit status 1.
func orFail<T, E: Error & CustomStringConvertible>(_ body: () throws(E) -> T) throws -> T {
  do {
    return try body()
  } catch {
    Diagnostics.warn(error.description)
    throw ExitCode(1)
  }
}

func orFail<T, E: Error & CustomStringConvertible>(_ body: () async throws(E) -> T) async throws
  -> T
{
  do {
    return try await body()
  } catch {
    Diagnostics.warn(error.description)
    throw ExitCode(1)
  }
}
