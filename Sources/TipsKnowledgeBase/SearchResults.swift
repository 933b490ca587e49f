/// What a search answers: the remedies, best first, and the words it looked for under
/// another spelling because no tip or post holds them as typed.
public struct SearchResults: Sendable, Hashable {
  public var remedies: [Remedy]
  public var respellings: [Respelling]

  /// "No tip says “nizoral”; searched for “nizerol”.", nil when nothing was respelled: every
  /// front end opens its answer with it, since the answer is for words the user did not type.
  public static func note(on respellings: [Respelling]) -> String? {
    guard !respellings.isEmpty else { return nil }
    let typed = respellings.map { "“\($0.typed)”" }.joined(separator: ", ")
    let searched = respellings.map { "“\($0.searched)”" }.joined(separator: ", ")
    return "No tip says \(typed); searched for \(searched)."
  }
}
