import TipsCore

extension CopiedTextReader {
  /// The agreement a paragraph opens with ("+1", "Same here", "What Coach Chad said!"), or
  /// that names the person agreed with in its first sentence ("… so I'm also in agreement
  /// with Chad"): either marks the start of a post, and a name says which post it answers
  /// (`ReplyResolver`).
  static func agreement(opening paragraph: String) -> Agreement? {
    guard let agreement = Agreement(sentence: firstSentence(of: paragraph)),
      agreement.opensSentence || agreement.name != nil
    else { return nil }
    return agreement
  }

  /// The user a paragraph opens by addressing, "@kgulmer, above all …" → "kgulmer"; nil when
  /// it does not start with a mention.
  static func leadingMention(in paragraph: String) -> String? {
    guard paragraph.first == "@" else { return nil }
    let name = paragraph.dropFirst().prefix {
      $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0))
    }
    let trimmed = name.reversed().drop { $0 == "." || $0 == "-" }.reversed()
    return trimmed.isEmpty ? nil : String(trimmed)
  }
}
