import TipsCore

/// Reads Usenet articles and mail messages (RFC 822/1036): one message per file, as the
/// 20 Newsgroups collection keeps them, or many in an mbox.
///
/// Messages become threads by subject: the same subject once "Re:" and "[group]" prefixes
/// are gone, ignoring case, spacing and punctuation (what the thread id keeps of it). A file holding one message gives a thread of one post;
/// `ThreadImporter.mergingThreads(_:)` joins the messages of a thread read from several files.
enum UsenetReader {
  static let formatName = "Usenet/mail message"

  /// The threads in `bytes`, a file already recognised by its header block, in the order
  /// their first message appears.
  static func threads(from bytes: [UInt8], path: String) throws(IngestError) -> [Thread] {
    let content = TextCheck.droppingByteOrderMark(bytes[...])
    let isMbox = Mailbox.isMbox(content)
    let messages = Mailbox.messages(in: content).compactMap { slice in
      Message(text: Mailbox.text(of: slice), isFromMbox: isMbox)
    }
    guard !messages.isEmpty else {
      throw .malformed(
        path: path, format: formatName,
        reason: "headers but no message text: a blank line and the body must follow them")
    }
    // By thread id rather than subject key, as `ThreadImporter.mergingThreads(_:)` joins
    // files: "Can't breathe" and "\"CAN'T BREATHE\"" are one thread either way.
    var order: [String] = []
    var byThread: [String: [Message]] = [:]
    for message in messages {
      let id = message.subject.threadID
      if byThread[id] == nil { order.append(id) }
      byThread[id, default: []].append(message)
    }
    return order.map { thread(from: byThread[$0] ?? []) }
  }

  /// One thread from its messages: ordered by date when every date parses, else as given;
  /// numbered from 1; replies and quotes resolved against the earlier posts.
  ///
  /// A reply answers the latest earlier message its `References`/`In-Reply-To` names, else
  /// the latest earlier message by the person its attribution line names, else post 1 when
  /// its subject says "Re:".
  static func thread(from messages: [Message]) -> Thread {
    var ordered = messages
    if messages.allSatisfy({ $0.date != nil }) {
      ordered = messages.enumerated().sorted { left, right in
        (left.element.date ?? "", left.offset) < (right.element.date ?? "", right.offset)
      }.map(\.element)
    }
    var posts: [Post] = []
    for (index, message) in ordered.enumerated() {
      let earlier = ordered[..<index]
      let referenced = message.references.reversed().lazy.compactMap { id in
        earlier.lastIndex { $0.messageID == id }
      }.first
      let attributed = message.body.quoteSources.lazy.compactMap { source in
        source.flatMap { target(of: $0, in: earlier) }
      }.first
      let addressed = message.inReplyToAuthor.flatMap { person in
        earlier.lastIndex { $0.author?.isSamePerson(as: person) == true }
      }
      let replyTo =
        (referenced ?? attributed ?? addressed).map { $0 + 1 }
        ?? (message.subject.isReply && index > 0 ? 1 : nil)
      var quotes: [QuotedPost] = []
      for source in message.body.quoteSources {
        let quoted = source.map { target(of: $0, in: earlier) } ?? referenced
        let author =
          quoted.flatMap { ordered[$0].author?.displayName }
          ?? source?.author.flatMap { $0.name ?? $0.address }
        let quote = QuotedPost(post: quoted.map { $0 + 1 }, author: author)
        if !quotes.contains(quote) { quotes.append(quote) }
      }
      // The first message kept that says it answers another ("Re:", a reference) answers
      // one the archive lacks.
      let answersMissingPost =
        index == 0 && (message.subject.isReply || !message.references.isEmpty)
      posts.append(
        Post(
          number: index + 1, author: message.author?.displayName, date: message.date,
          replyTo: replyTo, quotes: quotes, answersMissingPost: answersMissingPost,
          text: message.body.text))
    }
    let subject = ordered.first?.subject ?? SubjectLine("")
    return Thread(id: subject.threadID, title: subject.title, format: .usenet, posts: posts)
  }

  /// The earlier message an attribution names: by message id, else the latest by its author.
  private static func target(of attribution: Attribution, in earlier: ArraySlice<Message>) -> Int? {
    if let id = attribution.messageID, let found = earlier.lastIndex(where: { $0.messageID == id })
    {
      return found
    }
    guard let person = attribution.author else { return nil }
    return earlier.lastIndex { $0.author?.isSamePerson(as: person) == true }
  }
}
