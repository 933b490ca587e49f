/// One analysed word of a text: where it is, what it is and its dictionary form.
///
/// `range` indexes the string the text came from, so a quote built from tokens is the
/// author's exact characters; `text` and `lemma` are lowercased for matching and never
/// printed back to a user.
public struct Token: Sendable, Hashable {
  /// The token's characters in the analysed string.
  public var range: Range<String.Index>
  /// The token lowercased.
  public var text: String
  /// The universal part of speech.
  public var upos: UPOS
  /// The Penn Treebank tag as English EWT uses it ("VB", "VBG", "NNS", "MD", ...): finer than
  /// `upos` where extraction needs it, as an imperative "Try" (VB) against "Trying" (VBG).
  public var xpos: String
  /// The lowercased dictionary form for `upos` ("ran" as a verb is "run").
  public var lemma: String

  public init(range: Range<String.Index>, text: String, upos: UPOS, xpos: String, lemma: String) {
    self.range = range
    self.text = text
    self.upos = upos
    self.xpos = xpos
    self.lemma = lemma
  }
}
