extension CopiedTextReader {
  /// What a paragraph's opening words say about where it belongs, when nothing else on the
  /// page (a header, a footer, a wide gap) does.
  ///
  /// Replies open in a few conventional ways (addressing someone with "@name", agreeing
  /// with "+1", greeting or thanking); a post's later paragraphs open with connectors
  /// ("Also, …") and its last with sign-offs ("Hope this helps"). These are forum
  /// conventions, kept few on purpose: a phrase added here moves boundaries in every copied
  /// thread, and a reaction word ("Great", "Fantastic") or an imperative ("Buy …") opens a
  /// post's second paragraph as often as a reply.
  enum ParagraphCue: Sendable, Hashable {
    /// Opens a reply: "@name", an agreement, a greeting or thanks, or anything after a
    /// sign-off that is not a connector.
    case opener
    /// Goes on from the paragraph before: a connector, a lower-case start, or a previous
    /// paragraph left open with ":", "…" or ",".
    case continuation
    /// Closes a post: "Hope this helps", "Good luck", "Thanks in advance".
    case signOff
    /// Nothing either way.
    case neutral

    init(of paragraph: String, after previous: String) {
      let start = CopiedTextReader.cueText(paragraph)
      let continues =
        Self.connectors.contains { CopiedTextReader.begins(start, with: $0) }
        || paragraph.first?.isLowercase == true
      if Self.leavesOpen(previous) {
        self = .continuation
      } else if Self.isSignOff(start) {
        self = .signOff
      } else if Self.opens(paragraph, start: start) {
        self = .opener
      } else if continues {
        self = .continuation
      } else if Self.isSignOff(CopiedTextReader.cueText(previous)) {
        // A post ends where its writer signs off; only a "P.S."-like connector goes on.
        self = .opener
      } else {
        self = .neutral
      }
    }

    private static func isSignOff(_ start: String) -> Bool {
      signOffs.contains { CopiedTextReader.begins(start, with: $0) }
    }

    /// Greetings and thanks: how a reply, not a post's second paragraph, opens on any forum.
    private static let openers = ["thanks", "thank you", "thx", "hi", "hey", "hello"]

    private static let connectors = [
      "also", "and", "but", "so", "then", "plus", "after", "anyway", "particularly",
      "additionally", "however", "i also", "in addition", "besides", "edit", "p.s", "ps",
    ]

    private static let signOffs = [
      "hope i could help", "hope this helps", "hope that helps", "hope it helps", "hth",
      "good luck", "best of luck", "all the best", "cheers", "thanks in advance", "tia",
    ]

    private static func opens(_ paragraph: String, start: String) -> Bool {
      CopiedTextReader.leadingMention(in: paragraph) != nil
        || CopiedTextReader.agreement(opening: paragraph) != nil
        || openers.contains { CopiedTextReader.begins(start, with: $0) }
    }

    /// True when `paragraph` stops mid-thought: a colon announcing a list, an ellipsis, a comma.
    private static func leavesOpen(_ paragraph: String) -> Bool {
      let text = CopiedTextReader.withoutTrailingEmoji(paragraph[...])
      guard let last = text.last else { return false }
      return last == ":" || last == "…" || last == "," || text.hasSuffix("...")
    }
  }

  /// The paragraph's start, lower-cased with curly apostrophes straightened, for matching
  /// cue phrases.
  static func cueText(_ paragraph: String) -> String {
    String(paragraph.prefix(200).lowercased().map { $0 == "’" || $0 == "‘" ? "'" : $0 })
  }

  /// True when `text` starts with `phrase` as whole words: "hi" begins "Hi there", not "Hip".
  static func begins(_ text: String, with phrase: String) -> Bool {
    guard text.hasPrefix(phrase) else { return false }
    guard let last = phrase.last, last.isLetter || last.isNumber else { return true }
    let rest = text.dropFirst(phrase.count)
    return rest.first.map { !$0.isLetter && !$0.isNumber } ?? true
  }

  /// Up to the first ".", "!" or "?" followed by a space, or the first line break.
  static func firstSentence(of paragraph: String) -> Substring {
    let line = paragraph.prefix { $0 != "\n" }
    var index = line.startIndex
    while index < line.endIndex {
      let next = line.index(after: index)
      if ".!?".contains(line[index]), next == line.endIndex || line[next] == " " {
        return line[...index]
      }
      index = next
    }
    return line
  }

  /// True when the paragraph's last sentence is a question, ignoring closing quotes,
  /// brackets and emoji codes after the "?" ("any ideas? :slight_smile:").
  static func endsWithQuestion(_ paragraph: String) -> Bool {
    var text = withoutTrailingEmoji(paragraph[...])
    while let last = text.last, last.isWhitespace || ")\"'”’".contains(last) {
      text = withoutTrailingEmoji(text.dropLast())
    }
    return text.last == "?"
  }

  /// `text` without trailing whitespace and Discourse emoji codes (":wink:", ":+1:t2:"), so
  /// a closing emoji's colon is not read as a colon announcing more.
  static func withoutTrailingEmoji(_ text: Substring) -> Substring {
    var text = text
    while true {
      while text.last?.isWhitespace == true { text = text.dropLast() }
      // A skin tone follows its emoji's closing colon: ":+1:t2:" is ":+1:" in tone 2.
      let tone = text.dropLast().suffix(2)
      if text.last == ":", tone.first == "t", tone.last?.isNumber == true,
        text.dropLast(3).last == ":"
      {
        text = text.dropLast(3)
      }
      guard text.last == ":", let open = text.dropLast().lastIndex(of: ":") else { return text }
      let code = text[text.index(after: open)..<text.index(before: text.endIndex)]
      guard !code.isEmpty, code.allSatisfy({ $0.isLetter || $0.isNumber || "_+-".contains($0) })
      else { return text }
      text = text[..<open]
    }
  }
}
