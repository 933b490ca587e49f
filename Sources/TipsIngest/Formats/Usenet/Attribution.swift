extension UsenetReader {
  /// The line a reply puts above what it quotes, saying whose words follow:
  /// `In article <1r1t1a$njq@europa.eng.gtefsd.com> draper@gnd1.wtp.gtefsd.com writes:`,
  /// `John Doe (jd@x.edu) wrote:`, `>>>>> On Tue, 6 Apr 1993 …, dyer@spdcc.com (Steve Dyer) said:`.
  struct Attribution: Sendable, Hashable {
    /// The quoted article's `<message-id>`, when the line gives it.
    var messageID: String?
    /// Who wrote the quoted words.
    var author: MailAddress?

    /// The verbs that end an attribution, before its colon.
    private static let verbs = ["writes", "wrote", "said", "says"]

    /// Reads an attribution from `text` (its lines joined by spaces); nil when `text` does not
    /// end with "writes:" or the like, or names nobody.
    ///
    /// Without an address or a message id, the part before the verb must look like a name
    /// (one to four capitalised words), so "The article said:" is not taken for a person.
    init?(_ text: Substring) {
      var who = UsenetReader.trimmed(text)
      guard who.count <= 300, who.last == ":" else { return nil }
      who = UsenetReader.trimmed(who.dropLast())
      guard let verb = Self.verbs.first(where: { who.lowercased().hasSuffix($0) }) else {
        return nil
      }
      who = UsenetReader.trimmed(who.dropLast(verb.count))
      who = who.drop { $0 == ">" || $0 == " " }
      var messageID: String?
      if who.hasPrefix("In ") {
        // "In article <id>, …", "In <id> …", "In an article …", "In message <id> …"
        var rest = UsenetReader.trimmed(who.dropFirst(3))
        for word in ["an ", "a ", "article", "message"] where rest.lowercased().hasPrefix(word) {
          rest = UsenetReader.trimmed(rest.dropFirst(word.count))
        }
        if rest.first == "<", let close = rest.firstIndex(of: ">") {
          messageID = String(rest[...close])
          rest = rest[rest.index(after: close)...]
        }
        who = UsenetReader.trimmed(rest.drop { $0 == "," || $0 == " " })
      }
      if who.hasPrefix("On "), let comma = who.lastIndex(of: ",") {
        who = UsenetReader.trimmed(who[who.index(after: comma)...])
      }
      if who.hasSuffix(",") { who = who.dropLast() }
      let author = MailAddress(parsing: who)
      if messageID == nil {
        guard let author else { return nil }
        if author.address == nil, !Self.looksLikeName(author.name ?? "") { return nil }
      }
      self.messageID = messageID
      self.author = author
    }

    /// One to four words, each starting with a capital letter: "Steve Dyer", "J. Smith".
    private static func looksLikeName(_ text: String) -> Bool {
      let words = text.split(separator: " ")
      return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }
  }
}
