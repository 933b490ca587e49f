import Foundation

/// Where a front end's knowledge base lives and which lexicon files it merges, resolved the
/// same way for the command line and the web page, so both answer from the same index with
/// the same words.
public struct KnowledgeBaseSettings: Sendable, Hashable {
  /// The index folder the user named (`--index`); nil for `$TIPS_INDEX`, else `./index`.
  public var index: String?
  /// A lexicon file the user named (`--lexicon`), merged last; it must exist.
  public var extraLexicon: String?
  /// The process environment's variables these settings read, passed in so tests need not
  /// change the real one.
  public var environment: [String: String]

  public init(
    index: String? = nil, extraLexicon: String? = nil,
    environment: [String: String] = Self.processEnvironment()
  ) {
    self.index = index
    self.extraLexicon = extraLexicon
    self.environment = environment
  }

  /// The variables these settings read, from the process environment (only those: copying
  /// the whole environment into a dictionary was a measurable part of a search's start).
  public static func processEnvironment() -> [String: String] {
    var environment: [String: String] = [:]
    for name in ["TIPS_INDEX", "XDG_CONFIG_HOME", "HOME"] {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return environment
  }

  /// `index`, else `$TIPS_INDEX`, else `index` in the working folder.
  public var indexDirectory: String {
    index ?? environment["TIPS_INDEX"] ?? "index"
  }

  /// True when nobody chose the folder: the one case where a missing index is built from
  /// `./corpus`, so a fresh clone answers its first search but a typo in `--index` does not
  /// quietly build a new index somewhere.
  public var isDefaultIndex: Bool {
    index == nil && environment["TIPS_INDEX"] == nil
  }

  /// `$XDG_CONFIG_HOME/tips/lexicon.txt`, else `~/.config/tips/lexicon.txt`; merged over the
  /// shipped lexicon when it exists.
  public var userLexiconPath: String? {
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      return config + "/tips/lexicon.txt"
    }
    return environment["HOME"].map { $0 + "/.config/tips/lexicon.txt" }
  }
}
