import TipsCore

/// Reads a thread copied as plain text from a forum page in a browser.
///
/// The copy keeps the words and loses the markup: the first line is the title, paragraphs
/// are separated by blank lines, and what the forum engine printed around each post (author
/// and date lines, counters, ranks, buttons, likes, quote headers) comes through as lines
/// of recognisable shapes (`PageLine`, `PostHeader`, `PostFooter`, `QuoteHeader`). Where a
/// copy shows no headers, post boundaries are inferred from footers, gaps and how replies
/// open (`PostSplitter`, `ParagraphCue`), so a post's boundaries, authors and `replyTo` are
/// best guesses unless the copy shows them.
enum CopiedTextReader {
  /// A thread read from a copy, and what the reader could not make out.
  struct Reading: Sendable {
    var thread: Thread
    /// One line for the user when the thread was read worse than the copy deserves: a copy
    /// with several paragraphs but no post boundary at all is read as a single post.
    var warning: String?
  }

  /// Splits `text` into the thread's posts. `id` is the thread's stable id (the file stem).
  static func thread(from text: String, id: String, path: String) throws(IngestError) -> Thread {
    try reading(from: text, id: id, path: path).thread
  }

  /// `thread(from:id:path:)` with its warning.
  static func reading(from text: String, id: String, path: String) throws(IngestError) -> Reading {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    guard let titleIndex = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
      throw .noPosts(path: path, format: formatName)
    }
    let title = trimmed(lines[titleIndex])
    let blocks = blocks(in: Array(lines[(titleIndex + 1)...]), title: title)
    let drafts = PostSplitter.posts(from: blocks)
    guard !drafts.isEmpty else { throw .noPosts(path: path, format: formatName) }
    var posts = drafts.enumerated().map { offset, draft in
      Post(
        number: offset + 1, author: draft.author, date: draft.date, likes: draft.likes,
        quotes: draft.quotedAuthors.map { QuotedPost(post: nil, author: $0) },
        isAccepted: draft.isAccepted,
        text: String(trimmed(draft.paragraphs.joined(separator: "\n\n")[...])))
    }
    ReplyResolver.resolve(&posts)
    let paragraphs = blocks.count { if case .paragraph = $0 { true } else { false } }
    let warning =
      paragraphs > 1 && !PostSplitter.showsBoundaries(blocks)
      ? "\(path): no post boundaries found in copied text; read as one post" : nil
    return Reading(
      thread: Thread(id: id, title: String(title), format: .copiedText, posts: posts),
      warning: warning)
  }

  /// The format's name in messages.
  static let formatName = "copied text"

  /// `text` without leading and trailing whitespace.
  static func trimmed(_ text: Substring) -> Substring {
    guard let start = text.firstIndex(where: { !$0.isWhitespace }),
      let end = text.lastIndex(where: { !$0.isWhitespace })
    else { return text[text.endIndex...] }
    return text[start...end]
  }
}
