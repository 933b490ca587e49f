extension UsenetReader {
  /// Tells a mail message or an mbox from other text by its first lines, cuts an mbox into
  /// its messages, and decodes each message's bytes.
  ///
  /// Everything here works on bytes, because a 1993 article is often ISO-8859-1 and would not
  /// survive a UTF-8 decode of the whole file.
  enum Mailbox {
    /// True when `bytes` (a whole file or its beginning, byte order mark removed) opens with a
    /// header block holding `From:` and `Subject:`, alone or after an mbox `From ` line.
    ///
    /// Strict on purpose: every line up to the blank line must be an RFC 822 field
    /// (`Name: value`, the name printable ASCII without spaces) or the continuation of one,
    /// so copied forum text that merely mentions "From:" somewhere stays copied text.
    static func startsWithMessage(_ bytes: ArraySlice<UInt8>) -> Bool {
      var lines = ByteLines(bytes)
      guard var line = lines.next() else { return false }
      if line.starts(with: separatorPrefix) {
        guard isSeparator(line), let next = lines.next() else { return false }
        line = next
      }
      var hasFrom = false
      var hasSubject = false
      var hasField = false
      while !line.isEmpty {
        if let first = line.first, first == space || first == tab {
          guard hasField else { return false }
        } else {
          guard let name = fieldName(of: line) else { return false }
          hasField = true
          hasFrom = hasFrom || name == "from"
          hasSubject = hasSubject || name == "subject"
        }
        guard let next = lines.next() else { break }
        line = next
      }
      return hasFrom && hasSubject
    }

    /// The messages of `bytes`: one for a single message, one per `From ` separator for an
    /// mbox. Separator lines are left out.
    ///
    /// A separator must start the file or follow a blank line and be followed by a header
    /// field, so a body line that happens to begin with "From " (mboxo does not always escape
    /// it) does not cut a message in two.
    static func messages(in bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
      guard bytes.starts(with: separatorPrefix) else { return [bytes] }
      let lines = Array(ByteLines(bytes))
      var separators: [Int] = []
      for (index, line) in lines.enumerated()
      where line.starts(with: separatorPrefix) && (index == 0 || lines[index - 1].isEmpty)
        && isSeparator(line) && index + 1 < lines.count && fieldName(of: lines[index + 1]) != nil
      {
        separators.append(index)
      }
      return separators.indices.map { position in
        let start = lines[separators[position] + 1].startIndex
        let end =
          position + 1 < separators.count
          ? lines[separators[position + 1]].startIndex : bytes.endIndex
        return bytes[start..<end]
      }
    }

    /// True when `bytes` starts with an mbox separator line.
    static func isMbox(_ bytes: ArraySlice<UInt8>) -> Bool {
      bytes.starts(with: separatorPrefix)
    }

    /// The message as text: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1, where every
    /// byte is the code point of the same value. Old articles declare no charset; Latin-1 is
    /// what they almost always are, and it never fails.
    static func text(of bytes: ArraySlice<UInt8>) -> String {
      if let text = String(validating: bytes, as: UTF8.self) { return text }
      var text = ""
      text.unicodeScalars.reserveCapacity(bytes.count)
      for byte in bytes { text.unicodeScalars.append(Unicode.Scalar(byte)) }
      return text
    }

    /// The lower-cased name of the header field `line` starts, or nil when it is not a field.
    static func fieldName(of line: ArraySlice<UInt8>) -> String? {
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
        line[..<colon].allSatisfy({ (33...126).contains($0) })
      else { return nil }
      return String(decoding: line[..<colon], as: UTF8.self).lowercased()
    }

    /// `From sender date…`: the classic mbox separator names a sender and a date after it.
    private static func isSeparator(_ line: ArraySlice<UInt8>) -> Bool {
      line.dropFirst(separatorPrefix.count).split(separator: space).count >= 2
    }

    private static let separatorPrefix = Array("From ".utf8)
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
  }

  /// The lines of some bytes, without their line feed and a carriage return before it.
  struct ByteLines: Sequence, IteratorProtocol {
    private var rest: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) {
      rest = bytes
    }

    mutating func next() -> ArraySlice<UInt8>? {
      guard !rest.isEmpty else { return nil }
      let end = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
      var line = rest[..<end]
      rest = end < rest.endIndex ? rest[(end + 1)...] : rest[rest.endIndex...]
      if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
      return line
    }
  }
}
