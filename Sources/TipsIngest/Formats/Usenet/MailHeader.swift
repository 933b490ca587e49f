extension UsenetReader {
  /// The header block of one message: its fields, unfolded, in order.
  struct MailHeader: Sendable, Hashable {
    struct Field: Sendable, Hashable {
      /// Lower-cased, as field names are case-insensitive (`In-reply-to`, `In-Reply-To`).
      var name: String
      var value: String
    }

    var fields: [Field]

    /// Reads the header at the top of `lines`; `bodyStart` is the line after the blank line
    /// that ends it, nil when no blank line does (a message that is all header).
    ///
    /// A continuation line (leading space or tab) joins the field before it with one space,
    /// as RFC 822 unfolding does. A line that is neither ends the header as a blank line
    /// would, so a damaged header loses a field rather than the whole message.
    static func parse(_ lines: [Substring]) -> (header: MailHeader, bodyStart: Int?) {
      var fields: [Field] = []
      for (index, line) in lines.enumerated() {
        if line.isEmpty { return (MailHeader(fields: fields), index + 1) }
        if line.first == " " || line.first == "\t" {
          if !fields.isEmpty {
            let more = trimmed(line)
            if !more.isEmpty { fields[fields.count - 1].value += " " + more }
          }
          continue
        }
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
          line[..<colon].allSatisfy({ $0.isASCII && !$0.isWhitespace })
        else { return (MailHeader(fields: fields), index) }
        fields.append(
          Field(
            name: line[..<colon].lowercased(),
            value: String(trimmed(line[line.index(after: colon)...]))))
      }
      return (MailHeader(fields: fields), nil)
    }

    /// The first field named `name` (lower case), nil when absent.
    func value(_ name: String) -> String? {
      fields.first { $0.name == name }?.value
    }

    /// The `<message-id>`s in `value`, in order: `References` lists ancestors oldest first.
    static func messageIDs(in value: String) -> [String] {
      var ids: [String] = []
      var rest = value[...]
      while let open = rest.firstIndex(of: "<"),
        let close = rest[open...].firstIndex(of: ">")
      {
        let id = rest[open...close]
        if id.contains("@") { ids.append(String(id)) }
        rest = rest[rest.index(after: close)...]
      }
      return ids
    }
  }

  /// `text` without leading and trailing whitespace.
  static func trimmed(_ text: Substring) -> Substring {
    guard let start = text.firstIndex(where: { !$0.isWhitespace }),
      let end = text.lastIndex(where: { !$0.isWhitespace })
    else { return text[text.endIndex...] }
    return text[start...end]
  }
}
