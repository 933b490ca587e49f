import Foundation

/// Writes a question and its answers from the Stack Exchange API as the rows of a dump's
/// `Posts.xml`: the same attributes, bodies as escaped HTML, dates as the dump writes them.
enum PostsXML {
  static func document(
    question: StackExchangeFetch.Question, answers: [StackExchangeFetch.Answer]
  ) -> [UInt8] {
    var rows = [
      row([
        ("Id", String(question.questionID)), ("PostTypeId", "1"),
        ("AcceptedAnswerId", question.acceptedAnswerID.map(String.init)),
        ("CreationDate", date(question.creationDate)), ("Score", String(question.score ?? 0)),
        ("Body", question.body ?? ""),
        ("OwnerDisplayName", question.owner?.displayName.map(HTMLEntities.decoded)),
        ("Title", HTMLEntities.decoded(question.title)),
        // The answers read, not the site's count: the thread is complete when they are in.
        ("AnswerCount", String(answers.count)),
      ])
    ]
    for answer in answers {
      rows.append(
        row([
          ("Id", String(answer.answerID)), ("PostTypeId", "2"),
          ("ParentId", String(question.questionID)), ("CreationDate", date(answer.creationDate)),
          ("Score", String(answer.score ?? 0)), ("Body", answer.body ?? ""),
          ("OwnerDisplayName", answer.owner?.displayName.map(HTMLEntities.decoded)),
        ]))
    }
    let text =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n" + rows.joined(separator: "\n")
      + "\n</posts>\n"
    return Array(text.utf8)
  }

  private static func row(_ attributes: [(String, String?)]) -> String {
    "  <row"
      + attributes.compactMap { name, value in value.map { " \(name)=\"\(escaped($0))\"" } }
      .joined() + " />"
  }

  /// A Unix time as the dump writes dates (`2012-07-22T19:08:56.000`, UTC); nil when absent.
  private static func date(_ seconds: Int?) -> String? {
    guard let seconds else { return nil }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSS"
    return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
  }

  /// `text` as an XML attribute value: markup characters and line breaks as references, and
  /// the control characters XML 1.0 forbids left out.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\n": result += "&#xA;"
      case "\r": result += "&#xD;"
      case "\t": result += "&#x9;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
