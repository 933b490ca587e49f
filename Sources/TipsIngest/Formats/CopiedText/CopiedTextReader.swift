import TipsCore

/// Reads a thread copied as plain text from a Discourse page in a browser.
///
/// The copy keeps the words and loses the markup: the first line is the title, paragraphs
/// are separated by blank lines, a liked post ends with a "N Likes" line, and only some
/// copies keep the author and date lines above each post. Where those are missing, post
/// boundaries are inferred from how replies open (`PostSplitter`, `ParagraphCue`), so a
/// post's boundaries, authors and `replyTo` are best guesses unless the copy shows them.
enum CopiedTextReader {
  /// Splits `text` into the thread's posts. `id` is the thread's stable id (the file stem).
  static func thread(from text: String, id: String, path: String) throws(IngestError) -> Thread {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    guard let titleIndex = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
      throw .noPosts(path: path, format: formatName)
    }
    let drafts = PostSplitter.posts(from: blocks(in: Array(lines[(titleIndex + 1)...])))
    guard !drafts.isEmpty else { throw .noPosts(path: path, format: formatName) }
    var posts = drafts.enumerated().map { offset, draft in
      Post(
        number: offset + 1, author: draft.author, date: draft.date, likes: draft.likes,
        isAccepted: draft.isAccepted,
        text: String(trimmed(draft.paragraphs.joined(separator: "\n\n")[...])))
    }
    ReplyResolver.resolve(&posts)
    return Thread(
      id: id, title: String(trimmed(lines[titleIndex])), format: .copiedText, posts: posts)
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
