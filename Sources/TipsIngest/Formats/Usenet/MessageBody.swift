extension UsenetReader {
  /// A message body split into the writer's own words and what they quote.
  ///
  /// Quoted lines (`>`, `|`, `:` prefixes), the attribution line above them and the
  /// signature (after the last `-- ` line, or a short last paragraph holding the writer's
  /// address) and rules of `=`, `*`, `-` are left out of `text`, so a quoted recommendation is
  /// never counted as the replier's. What stays is re-flowed: Usenet wraps lines near 72
  /// characters, and downstream a line break ends a sentence, so wrapped lines are joined
  /// unless the earlier line is short or the later one starts a list item.
  struct MessageBody: Sendable, Hashable {
    var text: String
    /// Whose words each quoted block repeats, in order of first appearance, each once; nil
    /// for blocks with no attribution line before them.
    var quoteSources: [Attribution?]

    init(lines: ArraySlice<Substring>, author: MailAddress?) {
      var lines = Self.withStandardQuoteMarks(lines)
      if let signature = lines.lastIndex(where: Self.isSignatureDelimiter) {
        lines = lines[..<signature]
      }
      var paragraphs: [[Substring]] = [[]]
      var sources: [Attribution?] = []
      var current: Attribution?
      var lastWasQuote = false
      var index = lines.startIndex
      while index < lines.endIndex {
        let line = lines[index]
        if UsenetReader.trimmed(line).isEmpty || Self.isRule(line) {
          if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
          index += 1
          continue
        }
        if let (attribution, end) = Self.attribution(at: index, in: lines) {
          current = attribution
          lastWasQuote = false
          if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
          index = end
          continue
        }
        if Self.isQuoted(line) {
          if !lastWasQuote && !sources.contains(current) { sources.append(current) }
          lastWasQuote = true
          if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
          index += 1
          continue
        }
        lastWasQuote = false
        paragraphs[paragraphs.count - 1].append(line)
        index += 1
      }
      paragraphs.removeAll { $0.isEmpty }
      Self.dropSignatureBlock(from: &paragraphs, author: author)
      text = paragraphs.map(Self.reflowed).joined(separator: "\n\n")
      quoteSources = sources
    }

    /// The lines with a newsreader's own quote mark made `>`. Some newsreaders quote with a
    /// mark no other uses (`<` before each line, `<>` before what the quoted article quoted)
    /// and put it before the attribution too; that line gives the mark away, as no sentence
    /// ends "writes:".
    private static func withStandardQuoteMarks(
      _ lines: ArraySlice<Substring>
    ) -> ArraySlice<Substring> {
      guard
        let mark = lines.lazy.compactMap({ line -> Character? in
          guard let first = line.first, first.isPunctuation || first.isSymbol, !isQuoted(line),
            Attribution(line.dropFirst()) != nil
          else { return nil }
          return first
        }).first
      else { return lines }
      return ArraySlice(
        lines.map { line in
          guard line.first == mark else { return line }
          let rest = line.dropFirst()
          return Attribution(rest) != nil ? rest : Substring(">" + rest)
        })
    }

    /// `-- ` (or `--`) alone on a line: what Usenet and mail put above a signature.
    private static func isSignatureDelimiter(_ line: Substring) -> Bool {
      line == "--" || line == "-- " || line == "--  "
    }

    /// A quoted line: after up to three spaces or tabs, `>`, `|`, `:` (not a smiley's), or a
    /// writer's initials before `>` ("JD> ").
    static func isQuoted(_ line: Substring) -> Bool {
      var rest = line[...]
      var indent = 0
      while let first = rest.first, first == " " || first == "\t", indent < 3 {
        rest = rest.dropFirst()
        indent += 1
      }
      guard let first = rest.first else { return false }
      let second = rest.dropFirst().first
      switch first {
      case ">", "|": return true
      case ":": return !(second == "-" || second == ")" || second == "(")  // not a smiley
      default:
        let initials = rest.prefix { $0.isASCII && $0.isLetter && $0.isUppercase }
        guard (1...3).contains(initials.count) else { return false }
        // "JD> text", and gateways that write "JD > text".
        var after = rest.dropFirst(initials.count)
        if after.first == " " { after = after.dropFirst() }
        return after.first == ">" && (after.dropFirst().first.map { $0 == " " } ?? true)
      }
    }

    /// The attribution starting at `index` (one to three lines ending with "writes:" and
    /// the like, followed, blank lines aside, by a quoted line unless it names the article's
    /// message id, which no sentence does) and the index after it.
    ///
    /// Its lines are unquoted, except the `>>>>> On …` form Emacs Gnus writes.
    private static func attribution(
      at index: Int, in lines: ArraySlice<Substring>
    ) -> (Attribution, Int)? {
      let isGnus = lines[index].hasPrefix(">>>>> ")
      guard isGnus || !isQuoted(lines[index]), lines[index].contains(where: \.isLetter) else {
        return nil
      }
      var joined = ""
      var end = index
      while end < lines.endIndex, end < index + 3 {
        let line = lines[end]
        if UsenetReader.trimmed(line).isEmpty || (end > index && isQuoted(line)) { break }
        joined += (joined.isEmpty ? "" : " ") + UsenetReader.trimmed(line)
        end += 1
        if joined.hasSuffix(":"), let attribution = Attribution(joined[...]) {
          let next = lines[end...].first { !UsenetReader.trimmed($0).isEmpty }
          guard attribution.messageID != nil || next.map(isQuoted) == true else { return nil }
          return (attribution, end)
        }
      }
      return nil
    }

    /// Drops a short last paragraph holding the writer's address, or opening with a name
    /// signed as one ("Martin Banschbach, Ph.D." above a line of credentials): a signature
    /// block without the `-- ` line. The first paragraph always stays. (Rules of `=`, `*`,
    /// `-` were already taken for paragraph breaks.)
    ///
    /// A paragraph of prose that ends on the address ("What are some modern therapies? I
    /// would appreciate any information.  Thanks.  amigan@cup.portal.com") is the question
    /// signed: only the address goes, or the question would be lost with it.
    private static func dropSignatureBlock(
      from paragraphs: inout [[Substring]], author: MailAddress?
    ) {
      guard paragraphs.count > 1, let last = paragraphs.last, last.count <= 6 else { return }
      let address = author?.address?.lowercased()
      let addressLine = address.flatMap { address in
        last.firstIndex { $0.lowercased().contains(address) }
      }
      guard addressLine != nil || last.count > 1 && isSignedName(last[0]) else { return }
      if let addressLine, let address {
        let signed = last[...addressLine]
        if signed.contains(where: isProse) {
          let line = last[addressLine]
          let cut =
            line.split(separator: " ").first { $0.lowercased().contains(address) }?.startIndex
            ?? line.endIndex
          let kept = UsenetReader.trimmed(line[..<cut])
          paragraphs[paragraphs.count - 1] =
            Array(last[..<addressLine]) + (kept.isEmpty ? [] : [kept])
          return
        }
      }
      paragraphs.removeLast()
    }

    /// A line of ten words or more, in one column: a sentence, where a signature's lines are
    /// a name, a title, a place or an address, or two of them side by side in boxes of `*`
    /// and `|`.
    private static func isProse(_ line: Substring) -> Bool {
      line.split(separator: " ").count >= 10 && !line.contains("   ") && !line.contains("\t")
        && !line.contains(where: { "*|".contains($0) })
    }

    /// Letters after a name that say it signs a post: "Ph.D.", "M.D.", "R.N.".
    private static let degrees: Set<String> = [
      "phd", "md", "do", "rn", "np", "pa", "dds", "dmd", "dc", "pharmd", "msc", "ms", "ma", "mph",
      "bsc", "dvm", "od", "lpn", "ot", "pt", "rd", "frcs", "mrcp", "frcp",
    ]

    /// "Martin Banschbach, Ph.D.", "J. Smith, MD": two to four capitalised words or initials,
    /// then a comma and a degree; a line of prose never ends so.
    private static func isSignedName(_ line: Substring) -> Bool {
      let parts = UsenetReader.trimmed(line).split(separator: ",", omittingEmptySubsequences: false)
      guard parts.count >= 2 else { return false }
      let names = parts[0].split(separator: " ")
      let isName =
        (2...4).contains(names.count)
        && names.allSatisfy { word in
          word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || ".-'".contains($0) }
        }
      return isName
        && parts.dropFirst().allSatisfy { part in
          degrees.contains(String(part.lowercased().filter(\.isLetter)))
        }
    }

    /// A line with no letter or digit, three characters or more: "=====", "*****", "-+-+-".
    private static func isRule(_ line: Substring) -> Bool {
      let content = UsenetReader.trimmed(line)
      return content.count >= 3 && !content.contains { $0.isLetter || $0.isNumber }
    }

    /// The paragraph's lines, trimmed, joined by a space where the writer's software wrapped
    /// them, by a line break where the writer broke the line.
    private static func reflowed(_ lines: [Substring]) -> String {
      var text = ""
      var previous: Substring = ""
      for raw in lines {
        let line = UsenetReader.trimmed(raw)
        defer { previous = line }
        if text.isEmpty {
          text = String(line)
        } else if startsListItem(line)
          || (previous.count < 40 && line.first?.isLowercase != true)
        {
          text += "\n" + line
        } else if previous.last == "-", previous.dropLast().last?.isLetter == true,
          line.first?.isLowercase == true
        {
          text += line
        } else {
          text += " " + line
        }
      }
      return text
    }

    /// "1) ", "2. ", "a) ", "- ", "* ", "• ": a line that starts an item of a list.
    private static func startsListItem(_ line: Substring) -> Bool {
      if let first = line.first, "-*•+".contains(first) {
        return line.dropFirst().first == " "
      }
      let label = line.prefix { $0.isNumber }
      let marker = label.isEmpty ? line.prefix(1).filter(\.isLetter) : label
      guard (1...2).contains(marker.count) else { return false }
      let after = line.dropFirst(marker.count)
      return (after.first == ")" || after.first == ".") && after.dropFirst().first == " "
    }
  }
}
