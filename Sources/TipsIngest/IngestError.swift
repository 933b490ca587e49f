/// Why a file could not be read as a thread export. Each case renders as one line that names
/// the file, says what is wrong and, where it helps, what to do.
public enum IngestError: Error, CustomStringConvertible, Equatable {
  case unreadable(path: String, reason: String)
  case empty(path: String)
  case notText(path: String)
  case unrecognizedFormat(path: String)
  case malformed(path: String, format: ThreadFormatName, reason: String)
  case noPosts(path: String, format: ThreadFormatName)
  /// Another file of a Stack Exchange dump: not an error when a folder of a dump is added.
  case stackExchangeCompanion(path: String, root: String)
  /// A file read whole that is larger than `FileBytes.maximumWholeFileLength`.
  case tooLarge(path: String, limit: Int)
  /// A line longer than `ThreadImporter.maximumLineLength` in a post or a text file: no
  /// person writes one, and reading it as a sentence would take minutes.
  case lineTooLong(path: String, limit: Int)

  /// A format's human name, for messages.
  public typealias ThreadFormatName = String

  public var path: String {
    switch self {
    case .unreadable(let path, _), .empty(let path), .notText(let path),
      .unrecognizedFormat(let path), .malformed(let path, _, _), .noPosts(let path, _),
      .stackExchangeCompanion(let path, _), .tooLarge(let path, _), .lineTooLong(let path, _):
      path
    }
  }

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .empty(let path): "\(path): empty file"
    case .notText(let path): "\(path): not a text file (binary or invalid UTF-8)"
    case .unrecognizedFormat(let path):
      "\(path): not a thread export tips knows (Discourse JSON or HTML, Reddit JSON, Stack Exchange Posts.xml, Usenet/mail or mbox, copied text)"
    case .malformed(let path, let format, let reason): "\(path): malformed \(format): \(reason)"
    case .noPosts(let path, let format): "\(path): \(format) with no posts in it"
    case .stackExchangeCompanion(let path, let root):
      "\(path): the <\(root)> file of a Stack Exchange dump; tips reads the dump's Posts.xml"
    case .tooLarge(let path, let limit):
      "\(path): larger than \(limit / 1_048_576) MB; only Stack Exchange dumps may be larger"
    case .lineTooLong(let path, let limit):
      "\(path): a line longer than \(limit / 1_024) KB; not a thread a person wrote"
    }
  }
}
