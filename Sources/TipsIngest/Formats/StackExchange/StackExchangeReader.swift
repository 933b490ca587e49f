import TipsCore

/// Streams a Stack Exchange data-dump `Posts.xml` into one thread per question.
///
/// A dump can be gigabytes, so rows are read one at a time (`XMLRowReader`), as the caller
/// asks for threads, and a question's thread is handed out as soon as its last answer has
/// arrived (the question row's
/// `AnswerCount` says how many to wait for); only questions still waiting for answers are
/// held. Dumps list rows by `Id`, so an answer almost always follows its question closely;
/// threads still incomplete at the end of the file (answers missing from the dump) are
/// handed out then, by question `Id`. An answer met before its question is kept until it comes.
struct StackExchangeReader {
  static let formatName = "Stack Exchange Posts.xml"

  /// The site's domain, taken from the dump's folder name when it is one
  /// (`history.meta.stackexchange.com/Posts.xml`), else nil: it prefixes thread ids and
  /// builds post URLs, and ids stay "stackexchange-<Id>" without it.
  let site: String?
  let path: String

  init(path: String) {
    self.path = path
    site = Self.site(inFolderOf: path)
  }

  /// The threads of the file at `path`, streamed from disk.
  func threads() throws(IngestError) -> Threads {
    guard let reader = XMLRowReader(path: path) else {
      throw .unreadable(path: path, reason: "libxml2 could not open the file")
    }
    return Threads(source: self, reader: reader)
  }

  /// The threads of `bytes`, the whole file already in memory.
  func threads(in bytes: [UInt8]) throws(IngestError) -> Threads {
    guard let reader = XMLRowReader(bytes: bytes) else {
      throw .malformed(
        path: path, format: Self.formatName, reason: "file too large to read in memory")
    }
    return Threads(source: self, reader: reader)
  }

  /// A dump's threads, read row by row as they are asked for.
  struct Threads {
    let source: StackExchangeReader
    let reader: XMLRowReader
    private var open: [Int: OpenThread] = [:]
    private var earlyAnswers: [Int: [StackExchangeRow]] = [:]
    private var emittedCount = 0
    /// Threads still incomplete when the file ended, by question id, handed out last.
    private var leftovers: [OpenThread]? = nil

    init(source: StackExchangeReader, reader: XMLRowReader) {
      self.source = source
      self.reader = reader
    }

    /// The next complete thread, nil after the last; throws when the file turns out to be
    /// malformed (possibly after some threads were handed out).
    mutating func next() throws(IngestError) -> Thread? {
      if leftovers == nil, let thread = try nextCompleteThread() { return thread }
      if leftovers == nil {
        leftovers = open.keys.sorted().compactMap { open[$0] }
        open = [:]
        emittedCount += leftovers?.count ?? 0
        guard emittedCount > 0 else {
          throw .noPosts(path: source.path, format: StackExchangeReader.formatName)
        }
      }
      guard let thread = leftovers?.first else { return nil }
      leftovers?.removeFirst()
      return source.makeThread(thread)
    }

    /// Reads rows until a question's last answer arrives; nil at the end of the file.
    private mutating func nextCompleteThread() throws(IngestError) -> Thread? {
      let path = source.path
      let format = StackExchangeReader.formatName
      do {
        var fields = StackExchangeRow.Fields()
        while try reader.nextRow({ fields.take($0) }) {
          defer { fields = StackExchangeRow.Fields() }
          guard reader.rootElementName == "posts" else { break }
          guard let row = StackExchangeRow(fields) else { continue }
          switch row.kind {
          case .question(let title, let acceptedAnswerID, let answerCount):
            var thread = OpenThread(
              question: row, title: title, acceptedAnswerID: acceptedAnswerID,
              answerCount: answerCount)
            thread.answers = earlyAnswers.removeValue(forKey: row.id) ?? []
            if thread.isComplete {
              emittedCount += 1
              return source.makeThread(thread)
            }
            open[row.id] = thread
          case .answer(let questionID):
            guard var thread = open[questionID] else {
              earlyAnswers[questionID, default: []].append(row)
              continue
            }
            thread.answers.append(row)
            if thread.isComplete {
              open[questionID] = nil
              emittedCount += 1
              return source.makeThread(thread)
            }
            open[questionID] = thread
          }
        }
      } catch {
        if error.isEncodingError { throw .notText(path: path) }
        throw .malformed(path: path, format: format, reason: "line \(error.line): \(error.message)")
      }
      guard reader.rootElementName == "posts" else {
        throw .malformed(
          path: path, format: format,
          reason: "root element is <\(reader.rootElementName ?? "none")>, not <posts>")
      }
      return nil
    }
  }

  /// Post 1 is the question; answers follow in Stack Exchange's default "votes" order:
  /// score, highest first, then the older answer first. The accepted answer is not pinned
  /// to the top (Stack Exchange stopped doing that in 2021); `isAccepted` marks it instead.
  fileprivate func makeThread(_ open: OpenThread) -> Thread {
    let question = open.question
    let answers = open.answers.sorted {
      ($1.score, $0.creationDate ?? "", $0.id) < ($0.score, $1.creationDate ?? "", $1.id)
    }
    var posts = [
      Post(
        number: 1, author: question.author, date: question.creationDate,
        likes: max(question.score, 0), text: question.text)
    ]
    for (offset, answer) in answers.enumerated() {
      posts.append(
        Post(
          number: offset + 2, author: answer.author, date: answer.creationDate,
          likes: max(answer.score, 0), replyTo: 1, isAccepted: answer.id == open.acceptedAnswerID,
          text: answer.text))
    }
    return Thread(
      id: "\(site ?? "stackexchange")-\(question.id)", title: open.title,
      url: site.map { "https://\($0)/q/\(question.id)" }, format: .stackExchangeXML,
      posts: posts)
  }

  /// The dump folder's name when it is a Stack Exchange domain (ends in .com or .net, as
  /// `*.stackexchange.com`, `stackoverflow.com`, `mathoverflow.net` do); a folder such as
  /// `slice-history.meta` is a name someone chose, not a site, and gives nil.
  static func site(inFolderOf path: String) -> String? {
    let components = path.split(separator: "/")
    guard components.count >= 2 else { return nil }
    let folder = components[components.count - 2]
    guard folder.hasSuffix(".com") || folder.hasSuffix(".net"),
      folder.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
    else { return nil }
    return folder.lowercased()
  }
}

/// A question whose answers are still arriving.
private struct OpenThread {
  var question: StackExchangeRow
  var title: String
  var acceptedAnswerID: Int?
  /// The question's `AnswerCount`; nil (absent from the row) waits for the end of the file.
  var answerCount: Int?
  var answers: [StackExchangeRow] = []

  /// True once as many answers as the question's `AnswerCount` have arrived.
  var isComplete: Bool {
    guard let answerCount else { return false }
    return answers.count >= answerCount
  }
}
