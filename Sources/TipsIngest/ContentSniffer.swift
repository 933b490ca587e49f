/// Tells an export's format from its first bytes.
enum ContentSniffer {
  enum Kind: Equatable {
    case jsonObject
    case jsonArray
    /// XML whose root element is `<posts>`: a Stack Exchange data dump.
    case stackExchangeXML
    /// XML (it has an `<?xml` declaration) with another root: `Comments.xml`, a feed, …
    case otherXML
    /// Another file of a Stack Exchange dump (`Comments.xml`, `Users.xml`, ...): its root.
    case stackExchangeCompanion(String)
    /// Markup that is not declared XML: parsed as HTML, which decides whether it is a thread.
    case html
    /// A header block with `From:` and `Subject:`, alone or after an mbox `From ` line: a
    /// Usenet article, a mail message or an mbox. May be ISO-8859-1 rather than UTF-8.
    case mail
    /// A first line `username | 2019-06-30 17:38:12 UTC | #1`: Discourse's `/raw/ID` export.
    case discourseRaw
    case text
  }

  /// The kind of content in `bytes`, a whole file or its beginning.
  ///
  /// Markup is classified by its root element, found by skipping the XML declaration,
  /// comments and the DOCTYPE (including an internal subset, whose entity declarations are
  /// never expanded here or later). A prefix that ends before the root is reached counts as
  /// HTML when undeclared, other XML when declared.
  static func kind(of bytes: ArraySlice<UInt8>) -> Kind {
    let content = TextCheck.droppingByteOrderMark(bytes).drop(while: isWhitespace)
    switch content.first {
    case UInt8(ascii: "{"): return .jsonObject
    case UInt8(ascii: "["): return .jsonArray
    case UInt8(ascii: "<"): return markupKind(of: content)
    default:
      let text = TextCheck.droppingByteOrderMark(bytes)
      if UsenetReader.Mailbox.startsWithMessage(text) { return .mail }
      return DiscourseRawReader.startsWithHeader(text) ? .discourseRaw : .text
    }
  }

  private static func markupKind(of content: ArraySlice<UInt8>) -> Kind {
    var rest = content
    var isDeclaredXML = false
    while true {
      rest = rest.drop(while: isWhitespace)
      if rest.starts(with: Array("<?xml".utf8)) { isDeclaredXML = true }
      if rest.starts(with: Array("<?".utf8)) {
        rest = skip(past: "?>", in: rest)
      } else if rest.starts(with: Array("<!--".utf8)) {
        rest = skip(past: "-->", in: rest)
      } else if rest.starts(with: Array("<!".utf8)) {
        rest = skipDeclaration(rest)
      } else {
        break
      }
    }
    guard rest.first == UInt8(ascii: "<") else { return isDeclaredXML ? .otherXML : .html }
    let name = rest.dropFirst().prefix { byte in
      !isWhitespace(byte) && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "/")
    }
    let root = String(decoding: name, as: UTF8.self).lowercased()
    if root == "posts" { return .stackExchangeXML }
    if stackExchangeCompanionRoots.contains(root) { return .stackExchangeCompanion(root) }
    if root == "html" || !isDeclaredXML { return .html }
    return .otherXML
  }

  /// Root elements of the files a Stack Exchange dump carries beside `Posts.xml`.
  private static let stackExchangeCompanionRoots: Set<String> = [
    "comments", "users", "votes", "badges", "tags", "postlinks", "posthistory",
  ]

  /// Skips a `<!DOCTYPE …>` declaration, brackets of an internal subset included.
  private static func skipDeclaration(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var depth = 0
    var index = bytes.startIndex
    while index < bytes.endIndex {
      switch bytes[index] {
      case UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "]"): depth -= 1
      case UInt8(ascii: ">") where depth <= 0: return bytes[(index + 1)...]
      default: break
      }
      index += 1
    }
    return bytes[bytes.endIndex...]
  }

  private static func skip(past terminator: String, in bytes: ArraySlice<UInt8>) -> ArraySlice<
    UInt8
  > {
    let pattern = Array(terminator.utf8)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index...].starts(with: pattern) { return bytes[(index + pattern.count)...] }
      index += 1
    }
    return bytes[bytes.endIndex...]
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
