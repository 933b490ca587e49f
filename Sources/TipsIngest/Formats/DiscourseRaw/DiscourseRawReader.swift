import TipsCore

/// Reads Discourse's plain-text topic export (`/raw/ID`): each post is a header line
/// `username | 2019-06-30 17:38:12 UTC | #1`, a blank line and the post's markdown, and a line
/// of 25 dashes stands between posts.
///
/// The export holds no title, no likes and no reply links. The title is taken from the file's
/// name ("knee-pain-after-rides.5267.md" is "knee pain after rides"), likes are 0, and what a
/// post answers is found as in copied text, from its quotes and a leading "@name". Markdown
/// is reduced to what a reader of the page sees (`DiscourseMarkdown`): quote blocks leave the
/// text and become quotes, images go, links keep their words.
enum DiscourseRawReader {
  static let formatName = "Discourse raw"

  /// A post's header line, read.
  struct Header: Sendable, Hashable {
    var author: String
    /// ISO 8601, to the second, in UTC.
    var date: String
    var number: Int

    /// The header `line` is; nil for any other line. Discourse user names have no spaces
    /// and no "|", so the split is unambiguous.
    init?(_ line: Substring) {
      let parts = line.split(separator: " | ", omittingEmptySubsequences: false)
      guard parts.count == 3, let name = parts.first,
        (1...60).contains(name.count), !name.contains(where: \.isWhitespace),
        let number = parts[2].trimmingTrailingWhitespace.dropFirstIfHash.flatMap({ Int($0) }),
        let date = Self.isoDate(parts[1])
      else { return nil }
      self.author = String(name)
      self.date = date
      self.number = number
    }

    /// "2019-06-30 17:38:12 UTC" as "2019-06-30T17:38:12Z"; nil for anything else.
    private static func isoDate(_ text: Substring) -> String? {
      let words = text.split(separator: " ")
      guard words.count == 3, words[2] == "UTC", words[0].count == 10, words[1].count == 8,
        words[0].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
        words[1].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") })
      else { return nil }
      return "\(words[0])T\(words[1])Z"
    }
  }

  /// True when the first line of `bytes` that is not blank is a post header: the only way
  /// the export starts.
  static func startsWithHeader(_ bytes: ArraySlice<UInt8>) -> Bool {
    let start = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    let line = start.prefix { $0 != 0x0A && $0 != 0x0D }.prefix(200)
    return Header(Substring(decoding: line, as: UTF8.self)) != nil
  }

  /// The thread in `text`, whose first line is a header (`startsWithHeader`); `id` is the
  /// thread's stable id, the file stem.
  static func thread(from text: String, id: String, path: String) throws(IngestError) -> Thread {
    var posts: [Post] = []
    var header: Header?
    var body: [Substring] = []
    func finishPost() {
      guard let header else { return }
      let reduced = DiscourseMarkdown(lines: body)
      guard !reduced.text.isEmpty || !reduced.quotes.isEmpty else { return }
      posts.append(
        Post(
          number: header.number, author: header.author, date: header.date,
          quotes: reduced.quotes, text: reduced.text))
    }
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      if let next = Header(line) {
        finishPost()
        header = next
        body = []
      } else {
        body.append(line)
      }
    }
    finishPost()
    guard !posts.isEmpty else { throw .noPosts(path: path, format: formatName) }
    keepQuotesOfThisTopic(&posts)
    CopiedTextReader.ReplyResolver.resolve(&posts)
    return Thread(id: id, title: title(fromStem: id), format: .discourseRaw, posts: posts)
  }

  /// Drops the post number of a quote from another topic. The export does not say which
  /// topic it is, so a quote's "post:N" counts only where post N of this thread is by the
  /// quoted author.
  private static func keepQuotesOfThisTopic(_ posts: inout [Post]) {
    var authors: [Int: String] = [:]
    for post in posts { authors[post.number] = post.author?.lowercased() }
    for index in posts.indices {
      for position in posts[index].quotes.indices {
        let quote = posts[index].quotes[position]
        guard let number = quote.post else { continue }
        if number >= posts[index].number || authors[number] != quote.author?.lowercased() {
          posts[index].quotes[position].post = nil
        }
      }
    }
  }

  /// "knee-pain-after-rides.5267" as "knee pain after rides": the slug the archive names the
  /// file by, without the topic's number.
  static func title(fromStem stem: String) -> String {
    var slug = Substring(stem)
    if let dot = slug.lastIndex(of: "."), slug[slug.index(after: dot)...].allSatisfy(\.isNumber) {
      slug = slug[..<dot]
    }
    let words = slug.split { $0 == "-" || $0 == "_" || $0 == " " }
    return words.isEmpty ? stem : words.joined(separator: " ")
  }
}

extension Substring {
  fileprivate var trimmingTrailingWhitespace: Substring {
    var text = self
    while text.last?.isWhitespace == true { text = text.dropLast() }
    return text
  }

  fileprivate var dropFirstIfHash: Substring? {
    first == "#" && count > 1 ? dropFirst() : nil
  }
}
