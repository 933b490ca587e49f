extension UsenetReader {
  /// One message as read, before its thread numbers it.
  struct Message: Sendable, Hashable {
    var author: MailAddress?
    var subject: SubjectLine
    /// ISO 8601 in UTC; nil when there is no `Date:` or it does not parse.
    var date: String?
    var messageID: String?
    /// Ancestors' message ids, oldest first: `References`, then `In-Reply-To`.
    var references: [String]
    /// The person an `In-Reply-To` names when it gives no message id, as news readers of the
    /// 1990s wrote it: "dyer@spdcc.com's message of Tue, 6 Apr 1993 03:28:57 GMT".
    var inReplyToAuthor: MailAddress?
    var body: MessageBody

    /// Reads `text`, one message with its header; nil when nothing but blank lines follows
    /// the header. `isFromMbox` undoes the mbox escape of body lines starting with "From ".
    init?(text: String, isFromMbox: Bool) {
      var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      if isFromMbox {
        lines = lines.map { line in
          line.drop { $0 == ">" }.hasPrefix("From ") && line.first == ">" ? line.dropFirst() : line
        }
      }
      let (header, bodyStart) = MailHeader.parse(lines)
      guard let bodyStart,
        lines[bodyStart...].contains(where: { !UsenetReader.trimmed($0).isEmpty })
      else { return nil }
      author = header.value("from").flatMap { MailAddress(parsing: $0[...]) }
      subject = SubjectLine(header.value("subject") ?? "")
      date = header.value("date").flatMap(MailDate.isoDate)
      messageID = header.value("message-id").flatMap { MailHeader.messageIDs(in: $0).first }
      let inReplyTo = header.value("in-reply-to") ?? ""
      let inReplyToIDs = MailHeader.messageIDs(in: inReplyTo)
      references =
        MailHeader.messageIDs(in: header.value("references") ?? "")
        + inReplyToIDs.filter { !(header.value("references") ?? "").contains($0) }
      inReplyToAuthor = inReplyToIDs.isEmpty ? Self.person(in: inReplyTo) : nil
      body = MessageBody(lines: lines[bodyStart...], author: author)
    }

    /// The first address in `text`, its possessive and punctuation removed.
    private static func person(in text: String) -> MailAddress? {
      guard let word = text.split(separator: " ").first(where: { $0.contains("@") }) else {
        return nil
      }
      var address = word.trimmingPrefix { "<(\"".contains($0) }
      if address.hasSuffix("'s") { address = address.dropLast(2) }
      while let last = address.last, ">),;:\"".contains(last) { address = address.dropLast() }
      return MailAddress(parsing: address)
    }
  }
}
