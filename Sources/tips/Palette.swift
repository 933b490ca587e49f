/// How a card marks what a reader should see first: the remedy's name, a dispute, a caveat.
///
/// Colour is applied to whole words after a card is wrapped, so escape codes never count
/// toward the 80 columns. Plain text is the same card without the codes.
struct Palette {
  /// SGR codes: the remedy's name, a dispute or a report against, a caveat.
  var name: String?
  var disputed: String?
  var caveat: String?

  static let plain = Palette()
  /// Bold for the name, red for disputes, yellow for caveats: the usual meanings, and
  /// readable on dark and light backgrounds alike.
  static let ansi = Palette(name: "1", disputed: "31", caveat: "33")

  func name(_ text: some StringProtocol) -> String { paint(text, name) }
  func disputed(_ text: some StringProtocol) -> String { paint(text, disputed) }
  func caveat(_ text: some StringProtocol) -> String { paint(text, caveat) }

  private func paint(_ text: some StringProtocol, _ code: String?) -> String {
    guard let code, !text.isEmpty else { return String(text) }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
