extension UsenetReader {
  /// A person as a `From:` field or an attribution line names them: an address, a name, or
  /// both, in any of the ways mail software writes them.
  struct MailAddress: Sendable, Hashable {
    /// The name as written, quotes removed; nil when only an address is given.
    var name: String?
    /// The address as written; nil when only a name is given ("Steve Dyer writes:").
    var address: String?

    /// Reads `kxgst1+@pitt.edu (Kenneth Gilbert)`, `"Jane" <j@x>`, `Jane <j@x>`,
    /// `Brenda Bowden (brenda@x)`, `Kenneth Gilbert, kxgst1+@pitt.edu`, `<j@x>`, `j@x` or a
    /// bare name; nil when nothing is left.
    init?(parsing text: Substring) {
      let text = UsenetReader.trimmed(text)
      var name: Substring?
      var address: Substring?
      if let open = text.lastIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
        address = text[text.index(after: open)..<close]
        name = text[..<open]
      } else if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"),
        open < close
      {
        let inside = text[text.index(after: open)..<close]
        let outside = text[..<open]
        if inside.contains("@") && !outside.contains("@") {
          (name, address) = (outside, inside)
        } else {
          (name, address) = (inside, outside)
        }
      } else if let comma = text.lastIndex(of: ","), text[comma...].contains("@") {
        (name, address) = (text[..<comma], text[text.index(after: comma)...])
      } else if text.contains("@") || text.contains("!") {
        address = text
      } else {
        name = text
      }
      self.name = name.flatMap(Self.cleanName)
      self.address = address.map(UsenetReader.trimmed).flatMap { $0.isEmpty ? nil : String($0) }
      if self.name == nil && self.address == nil { return nil }
    }

    /// What to show as the author: the name, else the address's mailbox ("jc" for
    /// `jc@oneb.almanac.bc.ca`, "janet" for the UUCP path `ames!ntmtv!janet`).
    var displayName: String? {
      if let name { return name }
      guard let address else { return nil }
      let local = address.split(separator: "@", maxSplits: 1).first ?? address[...]
      let mailbox = local.split(separator: "!").last ?? local
      return mailbox.isEmpty ? nil : String(mailbox)
    }

    /// True when both name the same person: the same address or the same name, ignoring case;
    /// when one of them has no address, the same display name.
    func isSamePerson(as other: MailAddress) -> Bool {
      if let address, let otherAddress = other.address,
        address.lowercased() == otherAddress.lowercased()
      {
        return true
      }
      if let name, let otherName = other.name { return name.lowercased() == otherName.lowercased() }
      guard address == nil || other.address == nil, let mine = displayName,
        let theirs = other.displayName
      else { return false }
      return mine.lowercased() == theirs.lowercased()
    }

    /// The name without surrounding quotes and with single spaces; nil when empty.
    private static func cleanName(_ text: Substring) -> String? {
      let unquoted = UsenetReader.trimmed(text).filter { $0 != "\"" }
      let words = unquoted.split(whereSeparator: \.isWhitespace)
      return words.isEmpty ? nil : words.joined(separator: " ")
    }
  }
}
