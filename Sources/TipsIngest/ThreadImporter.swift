import TipsCore

/// Reads thread exports: finds the files, tells their format from their content, and
/// hands back `Thread`s.
///
/// The format is never taken from a file name: people save Discourse JSON as `.txt` and
/// Reddit pages as `.html`. What decides is the first significant byte (after a UTF-8 byte
/// order mark and whitespace): `{` Discourse topic JSON, `[` a Reddit comments page, `<` a Stack
/// Exchange `Posts.xml` (root `<posts>`) or a Discourse crawler page. Other text is a Usenet
/// article, mail message or mbox when it opens with an RFC 822 header block holding `From:`
/// and `Subject:` (see `UsenetReader.Mailbox`), else text copied from a browser.
public enum ThreadImporter {
  /// The threads in the file at `path`.
  public static func threads(fromFile path: String) throws(IngestError) -> [Thread] {
    var stream = try threadStream(fromFile: path)
    return try stream.remaining()
  }

  /// The threads of the file at `path`, handed out one at a time as they are complete.
  ///
  /// A Stack Exchange dump is streamed from disk: this is how to index gigabytes in batches,
  /// since memory holds only the questions still waiting for answers, not the whole file or
  /// all its threads. Other formats are small enough to read whole, here. A dump that turns
  /// out to be malformed throws from `next()`, possibly after some of its threads.
  public static func threadStream(fromFile path: String) throws(IngestError) -> ThreadStream {
    let prefix = try FileBytes.read(atPath: path, limit: FileBytes.detectionPrefixLength)
    let isWholeFile = prefix.count < FileBytes.detectionPrefixLength
    let kind = ContentSniffer.kind(of: prefix[...])
    try checkText(prefix[...], isPrefix: !isWholeFile, kind: kind, path: path)
    if kind == .stackExchangeXML {
      return ThreadStream(.stackExchange(try StackExchangeReader(path: path).threads()))
    }
    if isCommentLines(prefix[...], kind: kind) {
      return commentLineStream(fromFiles: [path])
    }
    if case .stackExchangeCompanion(let root) = kind {
      throw .stackExchangeCompanion(path: path, root: root)
    }
    let bytes =
      isWholeFile
      ? prefix : try FileBytes.read(atPath: path, limit: FileBytes.maximumWholeFileLength + 1)
    guard bytes.count <= FileBytes.maximumWholeFileLength else {
      throw .tooLarge(path: path, limit: FileBytes.maximumWholeFileLength)
    }
    var stream = try threadStream(in: bytes, path: path)
    stream.wholeFileByteCount = bytes.count
    return stream
  }

  /// Threads of one file, pulled one at a time (see `threadStream(fromFile:)`).
  public struct ThreadStream {
    enum Source {
      case stackExchange(StackExchangeReader.Threads)
      case commentLines(RedditCommentReader)
      case read([Thread])
    }

    private var source: Source
    private var position = 0
    /// The size of a file read whole when the stream was made; 0 for a streamed dump.
    var wholeFileByteCount = 0
    /// What the reader could not make out but read anyway, one line each for the user:
    /// a copied page with no post boundary read as one post.
    public let warnings: [String]

    init(_ source: Source, warnings: [String] = []) {
      self.source = source
      self.warnings = warnings
    }

    /// Bytes of the file read so far: a streamed dump's position in it, so a front end can
    /// show how far through gigabytes an add is; a file read whole counts whole at once.
    public var bytesRead: Int {
      switch source {
      case .stackExchange(let threads): max(wholeFileByteCount, threads.reader.bytesConsumed)
      case .commentLines(let reader): reader.bytesRead
      case .read: wholeFileByteCount
      }
    }

    /// For Reddit comment lines, each file's count of lines read and left out, complete once
    /// the first thread is handed out; empty for other formats.
    public var lineReports: [CommentLineReport] {
      guard case .commentLines(let reader) = source else { return [] }
      return reader.reports
    }

    /// Every thread not handed out yet, read to the end.
    public mutating func remaining() throws(IngestError) -> [Thread] {
      var threads: [Thread] = []
      while let thread = try next() { threads.append(thread) }
      return threads
    }

    /// The next thread; nil after the last.
    public mutating func next() throws(IngestError) -> Thread? {
      switch source {
      case .stackExchange(var threads):
        let thread = try threads.next()
        source = .stackExchange(threads)
        return thread
      case .commentLines(let reader):
        return try reader.next()
      case .read(let threads):
        guard position < threads.count else { return nil }
        position += 1
        return threads[position - 1]
      }
    }
  }

  /// How much entry text a Reddit comment-lines reader holds before it sorts it and spills
  /// it to a run file on disk (see `CommentRunSorter`).
  public static let commentSortBufferBytes = 64 * 1024 * 1024

  /// True when the file at `path` holds Reddit archive lines (one comment or submission
  /// object per line), which `commentLineStream(fromFiles:)` reads together.
  public static func isCommentLines(fromFile path: String) -> Bool {
    guard let prefix = try? FileBytes.read(atPath: path, limit: FileBytes.detectionPrefixLength)
    else { return false }
    return isCommentLines(prefix[...], kind: ContentSniffer.kind(of: prefix[...]))
  }

  /// The threads of Reddit archive lines in `paths` (files, or "-" for standard input), read
  /// together so submissions in one file title the comments of another. Streamed: see
  /// `RedditCommentReader` for how memory stays bounded.
  public static func commentLineStream(
    fromFiles paths: [String], bufferBytes: Int = commentSortBufferBytes
  ) -> ThreadStream {
    ThreadStream(.commentLines(RedditCommentReader(paths: paths, bufferBytes: bufferBytes)))
  }

  /// Whether a file's beginning is its first line of Reddit archive JSON.
  static func isCommentLines(_ prefix: ArraySlice<UInt8>, kind: ContentSniffer.Kind) -> Bool {
    guard kind == .jsonObject else { return false }
    let content = TextCheck.droppingByteOrderMark(prefix)
    let line = content.prefix { $0 != 0x0A }
    return RedditCommentLine.opensCommentLines(line)
  }

  /// The threads in `bytes`, the content of the file at `path`.
  ///
  /// `path` names the file in errors, gives copied text its thread id (the file name without
  /// extension) and a Stack Exchange dump its site (the folder name); it is not read.
  public static func threads(from bytes: [UInt8], path: String) throws(IngestError) -> [Thread] {
    var stream = try threadStream(in: bytes, path: path)
    return try stream.remaining()
  }

  /// `threads` with the Usenet threads that share an id merged into one, each where its id
  /// first appears; threads of other formats are returned as they are.
  ///
  /// Call it on all the threads of one `add`: a folder of one-message files (the 20
  /// Newsgroups layout) gives one single-post thread per file, all with the id of their
  /// subject, and only merged do they make the thread. Merged posts are ordered by date when
  /// every post has one, else in the order given (sorted file paths, from `files(in:)`), then
  /// renumbered, and replies are resolved again. Merging happens within one call only: adding
  /// some of a thread's messages later gives a thread of just those, which replaces the whole
  /// thread already indexed under that id, so add a thread's messages together.
  public static func mergingThreads(_ threads: [Thread]) -> [Thread] {
    var pieces: [String: [Thread]] = [:]
    for thread in threads where thread.format == .usenet {
      pieces[thread.id, default: []].append(thread)
    }
    var merged: [Thread] = []
    var done: Set<String> = []
    for thread in threads {
      guard thread.format == .usenet, let group = pieces[thread.id] else {
        merged.append(thread)
        continue
      }
      guard done.insert(thread.id).inserted else { continue }
      merged.append(group.count == 1 ? thread : UsenetReader.ThreadMerger.merged(group))
    }
    return merged
  }

  /// The files to import for `paths`: a file as given, a folder's files recursively, each
  /// folder's files sorted by path so imports are reproducible, hidden files and folders
  /// (names starting with ".") skipped inside folders. A file reached twice (a folder and
  /// its subfolder both given) is listed once, where first met.
  ///
  /// A path that does not exist throws: a typo must not silently import nothing.
  public static func files(in paths: [String]) throws(IngestError) -> [String] {
    var files: [String] = []
    var seen: Set<String> = []
    for path in paths {
      for file in try FileList.files(at: path) where seen.insert(file).inserted {
        files.append(file)
      }
    }
    return files
  }

  private static func threadStream(
    in bytes: [UInt8], path: String
  ) throws(IngestError) -> ThreadStream {
    let kind = ContentSniffer.kind(of: bytes[...])
    try checkText(bytes[...], isPrefix: false, kind: kind, path: path)
    switch kind {
    case .jsonObject:
      return ThreadStream(.read([try discourseThread(from: bytes, path: path)]))
    case .jsonArray:
      return ThreadStream(.read([try RedditJSONReader.thread(from: bytes, path: path)]))
    case .stackExchangeXML:
      return ThreadStream(.stackExchange(try StackExchangeReader(path: path).threads(in: bytes)))
    case .otherXML:
      throw .unrecognizedFormat(path: path)
    case .stackExchangeCompanion(let root):
      throw .stackExchangeCompanion(path: path, root: root)
    case .html:
      guard let root = HTMLParser.rootElement(of: bytes),
        let thread = try DiscourseHTMLReader.thread(from: root, path: path)
      else { throw .unrecognizedFormat(path: path) }
      return ThreadStream(.read([thread]))
    case .mail:
      try checkLineLengths(bytes[...], path: path)
      return ThreadStream(.read(try UsenetReader.threads(from: bytes, path: path)))
    case .discourseRaw:
      try checkLineLengths(bytes[...], path: path)
      let text = String(decoding: TextCheck.droppingByteOrderMark(bytes[...]), as: UTF8.self)
      return ThreadStream(
        .read([try DiscourseRawReader.thread(from: text, id: fileStem(of: path), path: path)]))
    case .text:
      try checkLineLengths(bytes[...], path: path)
      let text = String(decoding: TextCheck.droppingByteOrderMark(bytes[...]), as: UTF8.self)
      let reading = try CopiedTextReader.reading(from: text, id: fileStem(of: path), path: path)
      return ThreadStream(.read([reading.thread]), warnings: reading.warning.map { [$0] } ?? [])
    }
  }

  /// A JSON object is a Discourse topic when it has a `post_stream`; a Reddit listing of posts
  /// gets its own message because saving a subreddit page instead of a thread is a common slip.
  private static func discourseThread(from bytes: [UInt8], path: String) throws(IngestError)
    -> Thread
  {
    let probe = try JSONDecoding.decode(
      JSONObjectProbe.self, from: bytes, path: path, format: "JSON")
    if probe.postStream != nil {
      return try DiscourseJSONReader.thread(from: bytes, path: path)
    }
    if probe.kind == "Listing", RedditJSONReader.isPostListing(bytes, path: path) {
      throw .malformed(
        path: path, format: RedditJSONReader.formatName,
        reason: RedditJSONReader.postListingReason)
    }
    throw .unrecognizedFormat(path: path)
  }

  /// Empty and binary files fail before any format reader, with the same message for all.
  ///
  /// Mail is exempt from the UTF-8 check only: its reader decodes a message that is not
  /// UTF-8 as ISO-8859-1, what 1990s articles are, while a NUL still means binary.
  private static func checkText(
    _ bytes: ArraySlice<UInt8>, isPrefix: Bool, kind: ContentSniffer.Kind, path: String
  ) throws(IngestError) {
    guard !TextCheck.isBlank(bytes) || isPrefix else { throw .empty(path: path) }
    let isText =
      kind == .mail ? !bytes.contains(0) : TextCheck.isText(bytes, isPrefix: isPrefix)
    guard isText else { throw .notText(path: path) }
  }

  /// The longest line a text export may have, in bytes. Forums cap a whole post well below
  /// it (Discourse at 32,000 characters, Reddit at 10,000), and a sentence this long already
  /// takes extraction seconds; a longer line is a generated file, not a conversation.
  public static let maximumLineLength = 64 * 1024

  /// Refuses `bytes` of a text export (copied text, mail) when a line is longer than
  /// `maximumLineLength`, before any reader spends time on it.
  private static func checkLineLengths(_ bytes: ArraySlice<UInt8>, path: String)
    throws(IngestError)
  {
    var lineStart = bytes.startIndex
    for index in bytes.indices where bytes[index] == 0x0A {
      guard index - lineStart <= maximumLineLength else {
        throw .lineTooLong(path: path, limit: maximumLineLength)
      }
      lineStart = index + 1
    }
    guard bytes.endIndex - lineStart <= maximumLineLength else {
      throw .lineTooLong(path: path, limit: maximumLineLength)
    }
  }

  /// The file name without its folder and last extension: copied text's thread id.
  static func fileStem(of path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}

/// The two top-level keys that tell JSON objects apart, decoded before the full read.
private struct JSONObjectProbe: Decodable {
  var postStream: Present?
  var kind: String?

  /// Decodes any JSON value: only whether the key is there matters.
  struct Present: Decodable {
    init(from decoder: any Decoder) throws {}
  }

  enum CodingKeys: String, CodingKey {
    case postStream = "post_stream"
    case kind
  }

  /// Lenient on purpose: a `kind` that is not a string just means "not a Reddit listing".
  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    postStream = try container.decodeIfPresent(Present.self, forKey: .postStream)
    kind = try? container.decodeIfPresent(String.self, forKey: .kind)
  }
}
