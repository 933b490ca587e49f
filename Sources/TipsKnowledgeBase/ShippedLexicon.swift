import TipsCore

/// The shipped lexicon, read once, on another core: a front end starts the read as its
/// process starts (see `KnowledgeBase.startReadingShippedLexicon()`), since reading it takes
/// about as long as parsing the arguments, which the main thread does meanwhile; otherwise it
/// starts when first asked for.
enum ShippedLexicon {
  static let reading = Task.detached { () -> Result<Lexicon, LexiconError> in
    Result { () throws(LexiconError) in try Lexicon.shipped() }
  }
}
