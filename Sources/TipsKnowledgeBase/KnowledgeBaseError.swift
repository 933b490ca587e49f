import TipsCore
import TipsIndex
import TipsLanguage

/// Why the knowledge base could not answer or add, as the one line a front end shows.
///
/// Front ends (the command line, the web page) match on the cases to choose what to do: a
/// missing index is the normal state of a fresh folder, a busy one is worth a retry, anything
/// else is shown as is. The layers underneath have their own errors; their one-line
/// descriptions are kept word for word in `reason`, since those words are interface too.
public enum KnowledgeBaseError: Error, CustomStringConvertible, Equatable, Sendable {
  /// No committed index in the folder.
  case missingIndex(directory: String)
  /// Another process is writing the index and did not finish within the writer's wait.
  case busyIndex(directory: String)
  /// The index cannot be read or written: damaged, of another tips's format, or a system call
  /// failed (permissions, a full disk). `reason` names the file and the way out.
  case unusableIndex(reason: String)
  /// The shipped lexicon or a user's lexicon file is missing or malformed.
  case lexicon(reason: String)
  /// The shipped language model, which adding threads needs, is missing or damaged.
  case languageModel(reason: String)

  public var description: String {
    switch self {
    case .missingIndex(let directory): IndexError.missing(directory: directory).description
    case .busyIndex(let directory): IndexError.locked(directory: directory).description
    case .unusableIndex(let reason), .lexicon(let reason), .languageModel(let reason): reason
    }
  }

  init(_ error: IndexError) {
    switch error {
    case .missing(let directory): self = .missingIndex(directory: directory)
    case .locked(let directory): self = .busyIndex(directory: directory)
    case .corrupt, .tooNew, .tooOld, .notAFolder, .cannotCreate, .io:
      self = .unusableIndex(reason: error.description)
    }
  }

  init(_ error: LexiconError) {
    self = .lexicon(reason: error.description)
  }

  init(_ error: LanguageError) {
    self = .languageModel(reason: error.description)
  }
}
