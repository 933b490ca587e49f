import TipsCore

/// The parts of a tip the inverted index keeps apart, so a query can ask for "knee" among
/// conditions without matching a quote that merely mentions a knee.
///
/// Raw values are written to data files: never renumber a case, only add new ones (and bump
/// the format version, since older readers reject fields they do not know).
public enum IndexField: UInt8, CaseIterable, Sendable, Hashable {
  case remedy = 0
  case muscles = 1
  case tools = 2
  case conditions = 3
  case quote = 4
  case caveats = 5
  /// The title of the tip's thread, the start of its opening post and the questions the
  /// opener asks: every tip of a thread carries the words of what the thread asks about
  /// (`SegmentFileWriter.topic(of:)`).
  case title = 6
  /// The whole post the tip was taken from: the words around a recommendation ("your nose is
  /// stuffy when ... Decongestants work") find it. Stored once per run of a post's tips, with
  /// the first of them (see `IndexReader.tipsSharingPost(with:)`).
  case post = 7
  /// The other posts of the thread that name the tip's remedy and give no tip of it ("Rutin
  /// is a bioflavonoid ... popular in Europe to treat capillary fragility"): what they say
  /// of it finds it. Stored with the remedy's first tip in the thread
  /// (`SegmentFileWriter.mentions(in:)`).
  case mentions = 8

  /// The texts of `tip` this field indexes; `threadTopic` is what the tip's thread asks
  /// about, `postText` the text of the post the tip comes from and `mentions` the posts
  /// that name its remedy without a tip of it.
  public func texts(of tip: Tip, threadTopic: String, postText: String, mentions: [String])
    -> [String]
  {
    switch self {
    case .remedy: [tip.remedy]
    case .muscles: tip.muscles
    case .tools: tip.tools
    case .conditions: tip.conditions
    case .quote: [tip.quote]
    case .caveats: tip.caveats
    case .title: [threadTopic]
    case .post: [postText]
    case .mentions: mentions
    }
  }
}
