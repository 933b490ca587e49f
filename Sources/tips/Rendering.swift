import Foundation
import TipsKnowledgeBase

/// Human output: a short card per remedy, readable at 80 columns.
enum CardRenderer {
  static let width = 80
  /// What a card shows of a remedy's tips: the quotes of its first two posts and its first
  /// two caveats.
  static let detail = AnswerDetail.card(quotes: shownQuotes, caveats: shownCaveats)
  static let shownQuotes = 2
  static let shownCaveats = 2

  static func cards(
    _ remedies: [Remedy], explain: Bool = false, palette: Palette = .plain
  ) -> String {
    remedies.enumerated().map { index, remedy in
      card(remedy, rank: index + 1, explain: explain, palette: palette)
    }.joined(separator: "\n")
  }

  static func card(
    _ remedy: Remedy, rank: Int?, explain: Bool, quotes: Int = shownQuotes,
    palette: Palette = .plain
  ) -> String {
    var lines: [String] = []
    let number = rank.map { "\($0). " } ?? ""
    let right = "\(remedy.kind.rawValue) · score \(CardWording.formatted(remedy.score.total))"
    let gap = max(1, width - number.count - remedy.wording.count - right.count)
    lines.append(
      number + palette.name(remedy.wording) + String(repeating: " ", count: gap) + right)
    let tags = remedy.muscles + remedy.tools.map { "with \($0)" }
    if !tags.isEmpty { lines += wrap(tags.joined(separator: ", "), indent: "   ") }
    let evidence = CardWording.evidenceLine(remedy.evidence)
    if let dispute = evidence.range(of: "disputed: ") {
      lines.append(
        "   " + evidence[..<dispute.lowerBound] + palette.disputed(evidence[dispute.lowerBound...]))
    } else {
      lines.append("   " + evidence)
    }
    if explain { lines += wrap(CardWording.explanation(remedy.score), indent: "   ") }
    // A remedy of thousands of tips shows a few: the loops stop once those are found.
    var quotedPosts = Set<String>()
    for tip in remedy.tips where tip.stance.supports {
      guard quotedPosts.count < quotes else { break }
      if quotedPosts.insert("\(tip.thread)#\(tip.post)").inserted { lines += quoteLines(tip) }
    }
    if let tip = remedy.tips.first(where: { $0.stance == .against }) {
      lines += painted(
        wrap("✗ \(shortened(tip.quote)) (\(source(of: tip)))", indent: "   "), palette.disputed)
    }
    for caveat in remedy.caveats.prefix(shownCaveats) {
      lines += caveatLines(caveat, shortened: true, palette: palette)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The red-flag line, wrapped to the card width and in the dispute colour, then a blank
  /// line, so it stands apart from the cards below.
  static func redFlagLines(_ notice: RedFlagNotice, palette: Palette) -> String {
    painted(wrap(notice.line, indent: ""), palette.disputed).joined(separator: "\n") + "\n"
  }

  /// The note that the search respelled words, wrapped and in the caveat colour.
  static func respellingLines(_ note: String, palette: Palette) -> String {
    painted(wrap(note, indent: ""), palette.caveat).joined(separator: "\n") + "\n"
  }

  /// "! Rolling can be painful (thread #3)", wrapped and in the caveat colour.
  static func caveatLines(_ caveat: Caveat, shortened: Bool, palette: Palette) -> [String] {
    let text = shortened ? Self.shortened(caveat.text) : caveat.text
    return painted(
      wrap("! \(text) (\(caveat.thread) #\(caveat.post))", indent: "   "), palette.caveat)
  }

  /// `lines` with their text, not their indent, painted by `paint`.
  static func painted(_ lines: [String], _ paint: (Substring) -> String) -> [String] {
    lines.map { line in
      let text = line.drop { $0 == " " }
      return String(line.prefix(line.count - text.count)) + paint(text)
    }
  }

  static func quoteLines(_ tip: Tip) -> [String] {
    let mark = tip.stance == .agrees ? "+ " : ""
    return wrap("\(mark)“\(shortened(tip.quote))” — \(source(of: tip))", indent: "   ")
  }

  static func source(of tip: Tip) -> String {
    let by = tip.author.map { "\($0), " } ?? ""
    return "\(by)\(tip.thread) #\(tip.post)"
  }

  /// Quotes past 220 characters are cut at a word, so a card stays a card.
  static func shortened(_ text: String, limit: Int = 220) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard flat.count > limit else { return flat }
    let cut = flat.prefix(limit)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return cut[..<end] + " …"
  }

  /// Greedy word wrap to `width`, every line prefixed by `indent`.
  static func wrap(_ text: String, indent: String) -> [String] {
    var lines: [String] = []
    var line = indent
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > width, line.count > indent.count {
        lines.append(line)
        line = indent + "  "
      }
      line += (line.isEmpty || line.hasSuffix(" ") ? "" : " ") + word
    }
    if line.count > indent.count { lines.append(line) }
    return lines
  }
}
