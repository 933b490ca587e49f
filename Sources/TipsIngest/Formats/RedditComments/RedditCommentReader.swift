import TipsCore

/// Reads Reddit archive lines (one comment or submission object per line, as in the public
/// Reddit dumps) from one or more files and hands back one thread per submission id.
///
/// Lines are grouped by `link_id` with `CommentRunSorter`, an external sort, so a file of
/// gigabytes costs a bounded buffer (`bufferBytes`) plus the one thread being built, never
/// the whole file. Submission lines may sit in the same files or in files given beside them:
/// all files of one reader are sorted together. Bad lines are counted per file in `reports`,
/// never thrown.
final class RedditCommentReader {
  static let formatName = "Reddit comment lines"

  private let paths: [String]
  private let sorter: CommentRunSorter
  private var isSorted = false
  private var pending: CommentEntry?
  private(set) var reports: [CommentLineReport]
  /// Bytes of the files read so far.
  private(set) var bytesRead = 0

  init(paths: [String], bufferBytes: Int) {
    self.paths = paths
    self.sorter = CommentRunSorter(bufferBytes: bufferBytes)
    self.reports = paths.map(CommentLineReport.init(path:))
  }

  /// The next thread in submission-id order; nil after the last.
  func next() throws(IngestError) -> Thread? {
    if !isSorted {
      try readAll()
      isSorted = true
      pending = try sorter.next()
    }
    while let first = pending {
      var group = [first]
      pending = try sorter.next()
      while let entry = pending, entry.thread == first.thread {
        group.append(entry)
        pending = try sorter.next()
      }
      if let thread = Self.thread(from: group) { return thread }
    }
    return nil
  }

  private func readAll() throws(IngestError) {
    var sequence = 0
    for (fileIndex, path) in paths.enumerated() {
      let reader = try LineReader(path: path, maximumLength: ThreadImporter.maximumLineLength)
      var lineNumber = 0
      var done = 0
      while let line = reader.next() {
        lineNumber += 1
        bytesRead += reader.bytesConsumed - done
        done = reader.bytesConsumed
        guard case .text(let bytes) = line else {
          reports[fileIndex].lines += 1
          reports[fileIndex].count(.tooLong, line: lineNumber)
          continue
        }
        guard bytes.contains(where: { !Self.isBlank($0) }) else { continue }
        reports[fileIndex].lines += 1
        sequence += 1
        switch RedditCommentLine.entry(from: bytes, sequence: sequence) {
        case .success(let entry): try sorter.add(entry)
        case .failure(let problem): reports[fileIndex].count(problem, line: lineNumber)
        }
      }
    }
    try sorter.finish()
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D
  }

  /// One thread from its submission's entries, or nil when nothing in it has text.
  ///
  /// Post 1 is the submission (title and self text) when its line was read; comments follow
  /// depth-first, siblings ordered by creation time then id, so the same comments give the
  /// same post numbers in whatever order they arrive. A deleted or removed comment is left
  /// out and its replies answer its nearest kept ancestor; a comment whose parent is not in
  /// the input answers the submission. Without a submission line the first comment opens the
  /// thread and names it.
  static func thread(from group: [CommentEntry]) -> Thread? {
    guard let key = group.first?.thread else { return nil }
    let submission = group.first { $0.isSubmission }
    var comments: [String: CommentEntry] = [:]
    for entry in group where !entry.isSubmission && comments[entry.id] == nil {
      comments[entry.id] = entry
    }
    var children: [String: [CommentEntry]] = [:]
    var roots: [CommentEntry] = []
    for comment in comments.values {
      if let parent = comment.parent, parent.hasPrefix("t1_"),
        comments[String(parent.dropFirst(3))] != nil
      {
        children[String(parent.dropFirst(3)), default: []].append(comment)
      } else {
        roots.append(comment)
      }
    }
    var posts: [Post] = []
    let opener = submission.map { entry in
      let text = RedditText.plainText(isGone(entry.text) ? "" : entry.text)
      return Post(
        number: 1, author: author(entry.author), date: RedditText.isoDate(entry.created),
        likes: entry.score.map(ForumNumber.likes) ?? 0, text: text)
    }
    if let opener { posts.append(opener) }
    var visited: Set<String> = []
    func append(_ siblings: [CommentEntry], replyTo parent: Int?) {
      for comment in siblings.sorted(by: Self.isEarlier) where visited.insert(comment.id).inserted {
        var number = parent
        if !isGone(comment.text) {
          let (text, quotes) = RedditText.ownText(comment.text)
          if !text.isEmpty {
            number = posts.count + 1
            let quoted = parent.flatMap { parent in posts.first { $0.number == parent } }
            posts.append(
              Post(
                number: number ?? 1, author: author(comment.author),
                date: RedditText.isoDate(comment.created),
                likes: comment.score.map(ForumNumber.likes) ?? 0, replyTo: parent,
                quotes: quotes && parent != nil
                  ? [QuotedPost(post: parent, author: quoted?.author)] : [],
                text: text))
          }
        }
        append(children[comment.id] ?? [], replyTo: number)
      }
    }
    append(roots, replyTo: opener == nil ? nil : 1)
    // Comments whose parents form a loop are reached from no root: they answer the opener.
    append(comments.values.filter { !visited.contains($0.id) }, replyTo: opener == nil ? nil : 1)
    guard let first = posts.first else { return nil }
    let title =
      submission.map { RedditText.decodingEntities($0.title ?? "") }
      ?? titleFromOpening(first.text)
    let url =
      submission?.permalink.map { "https://www.reddit.com\($0)" }
      ?? "https://www.reddit.com/comments/\(key)/"
    return Thread(id: "reddit-\(key)", title: title, url: url, format: .redditJSON, posts: posts)
  }

  /// Oldest first; the id, then the place in the input, break ties.
  private static func isEarlier(_ lhs: CommentEntry, _ rhs: CommentEntry) -> Bool {
    let (left, right) = (lhs.created ?? .infinity, rhs.created ?? .infinity)
    if left != right { return left < right }
    if lhs.id != rhs.id { return lhs.id < rhs.id }
    return lhs.sequence < rhs.sequence
  }

  /// A title for a thread whose submission line is missing: the first comment's first line,
  /// cut at a word before 80 characters.
  static func titleFromOpening(_ text: String) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? ""
    guard line.count > 80 else { return line }
    let cut = line.prefix(80)
    let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
    return words + "…"
  }

  /// Reddit's placeholders for text that is gone.
  private static func isGone(_ text: String) -> Bool {
    text == "[deleted]" || text == "[removed]" || text.isEmpty
  }

  /// The author, or nil for Reddit's "[deleted]" account placeholder.
  private static func author(_ name: String?) -> String? {
    name == "[deleted]" ? nil : name
  }
}
