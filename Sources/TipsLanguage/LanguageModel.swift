import Foundation

/// The language layer in one value: forum tokenizer, part-of-speech tagger and lemmatizer,
/// loaded once from the shipped `tagger.bin`.
///
/// A `LanguageModel` is immutable, so any number of tasks can call `analyze(_:)` at once
/// without locks; each call allocates only its own small buffers.
public struct LanguageModel: Sendable {
  public let tokenizer: ForumTokenizer
  public let tagger: PerceptronTagger
  public let lemmatizer: Lemmatizer

  /// The model in the file at `url`, e.g. one a test wrote.
  public init(contentsOf url: URL) throws(LanguageError) {
    let file = try TaggerFile(contentsOf: url, name: url.lastPathComponent)
    self.init(file: file)
  }

  package init(file: TaggerFile) {
    tokenizer = ForumTokenizer()
    tagger = file.tagger
    lemmatizer = file.lemmatizer
  }

  /// The model shipped with tips, read on first use and shared afterwards.
  ///
  /// Looked up beside the running executable (symbolic links followed) rather than through
  /// `Bundle.module`, whose accessor stops the process when the resource folder is missing,
  /// as it is when someone copies the binary alone: this way they get a message instead.
  public static func shipped() throws(LanguageError) -> LanguageModel {
    try shippedModel.get()
  }

  private static let shippedModel: Result<LanguageModel, LanguageError> = {
    guard let url = shippedURL else { return .failure(.notShipped(file: fileName)) }
    do throws(LanguageError) {
      return .success(try LanguageModel(contentsOf: url))
    } catch {
      return .failure(error)
    }
  }()

  private static let fileName = "tagger.bin"
  /// The resource folder SwiftPM builds beside the executables of this package.
  private static let resourceFolder = "tips_TipsLanguage.resources"

  private static var shippedURL: URL? {
    ShippedResource.url(named: fileName, inFolder: resourceFolder)
  }

  /// Tokens of `text` with their tags and lemmas; ranges index the string `text` is part of.
  ///
  /// Sentences are tagged separately, split after ".", "!" and "?" tokens, so a capital after
  /// a full stop reads as a sentence start, as in the treebank. With `opening`, the first
  /// word is given that label and the words after it are read in its light: an imperative's
  /// verb the tagger took for a noun ("Chew/NN gum") makes what follows its object.
  public func analyze(_ text: Substring, opening: PerceptronTagger.Label? = nil) -> [Token] {
    let openingClass = opening.flatMap { tagger.labels.firstIndex(of: $0) }
    let bytes = [UInt8](text.utf8)
    let spans = tokenizer.byteRanges(of: bytes)
    var tokens: [Token] = []
    tokens.reserveCapacity(spans.count)
    let utf8 = text.utf8
    var index = utf8.startIndex
    var offset = 0
    var sentenceStart = 0
    var words: [TaggerFeatures.Word] = []
    words.reserveCapacity(spans.count)
    for (position, span) in spans.enumerated() {
      words.append(TaggerFeatures.Word(bytes: bytes[span]))
      guard Self.endsSentence(bytes[span]) || position == spans.count - 1 else { continue }
      let bracket = spans[sentenceStart...].map { span in
        span.count == 1 ? bytes[span.lowerBound] : 0
      }
      var classes = classesAroundAsides(
        of: Array(words[sentenceStart...]), bracket: bracket,
        first: sentenceStart == 0 ? openingClass : nil)
      // "Canesten worked for me": a word the tagger does not know, read as an imperative's
      // verb, cannot stand before a verb that has a tense; it is the sentence's subject.
      if sentenceStart > 0 || openingClass == nil, classes.count > 2,
        tagger.labels[classes[0]].xpos == "VB",
        ["VBD", "VBZ"].contains(tagger.labels[classes[1]].xpos),
        let noun = nounClass(startingUppercase: bytes[spans[sentenceStart].lowerBound])
      {
        classes = classesAroundAsides(
          of: Array(words[sentenceStart...]), bracket: bracket, first: noun)
      }
      for (wordSpan, labelIndex) in zip(spans[sentenceStart...], classes) {
        let start = utf8.index(index, offsetBy: wordSpan.lowerBound - offset)
        let end = utf8.index(start, offsetBy: wordSpan.count)
        index = end
        offset = wordSpan.upperBound
        let lowered = Self.lowercased(bytes[wordSpan])
        let label = Self.repaired(tagger.labels[labelIndex], of: lowered)
        tokens.append(
          Token(
            range: start..<end, text: lowered, upos: label.upos, xpos: label.xpos,
            lemma: lemmatizer.lemma(ofLowercased: lowered, as: label.upos)))
      }
      sentenceStart = position + 1
    }
    return tokens
  }

  /// The label `analyze(text)` gives the first token, and how many tokens it gives, with
  /// as little tagging as that takes: the first two words where no bracket stands among
  /// the first four (an aside there changes what the first words see); nil for no token.
  public func openingLabel(of text: Substring) -> (label: PerceptronTagger.Label, tokens: Int)? {
    let bytes = [UInt8](text.utf8)
    let spans = tokenizer.byteRanges(of: bytes)
    guard let firstSpan = spans.first else { return nil }
    let sentenceEnd =
      spans.firstIndex { Self.endsSentence(bytes[$0]) }.map { $0 + 1 } ?? spans.count
    let sentence = spans[..<sentenceEnd]
    let words = sentence.map { TaggerFeatures.Word(bytes: bytes[$0]) }
    let bracket = sentence.map { span in span.count == 1 ? bytes[span.lowerBound] : 0 }
    let classes =
      bracket.prefix(4).contains(UInt8(ascii: "("))
      ? classesAroundAsides(of: words, bracket: bracket, first: nil)
      : tagger.classes(of: words, limit: 2)
    // As `analyze` rereads "Canesten worked for me".
    var first = classes[0]
    if words.count > 2, tagger.labels[classes[0]].xpos == "VB",
      ["VBD", "VBZ"].contains(tagger.labels[classes[1]].xpos),
      let noun = nounClass(startingUppercase: bytes[firstSpan.lowerBound])
    {
      first = noun
    }
    let label = Self.repaired(tagger.labels[first], of: Self.lowercased(bytes[firstSpan]))
    return (label, spans.count)
  }

  /// Whether a token ends a sentence for tagging: it starts with ".", "!" or "?" ("...",
  /// "?!").
  private static func endsSentence(_ token: ArraySlice<UInt8>) -> Bool {
    let first = token[token.startIndex]
    return first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?")
  }

  /// The class of a proper noun where a word starts with a capital, else of a noun.
  private func nounClass(startingUppercase byte: UInt8) -> Int? {
    let xpos = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? "NNP" : "NN"
    return tagger.labels.firstIndex { $0.xpos == xpos }
  }

  /// The tagger's classes for a sentence whose short bracketed asides, three words at most
  /// ("Peppermint oil capsules (Colpermin) help", "Differin (adapalene) every night"), are
  /// read apart from it: left in, an aside's name between a noun and its verb makes the verb
  /// read as a noun ("Colpermin help/NN"). The words around them are tagged without them;
  /// an aside keeps what the whole sentence makes of it (alone, "Atrovent" reads as an
  /// interjection). `bracket` holds each word's byte where the word is one byte long, else 0.
  private func classesAroundAsides(
    of words: [TaggerFeatures.Word], bracket: [UInt8], first: Int?
  ) -> [Int] {
    let open = UInt8(ascii: "(")
    let close = UInt8(ascii: ")")
    var asides: [Range<Int>] = []
    var index = 0
    while index < words.count {
      defer { index += 1 }
      guard index > 0, bracket[index] == open,
        let close = bracket[(index + 1)..<min(words.count, index + 5)].firstIndex(of: close),
        close > index + 1, !bracket[(index + 1)..<close].contains(open),
        // "(1) enhance ...", "(a)": a list's marker, which the words after it follow.
        close > index + 2 || bracket[index + 1] == 0
      else { continue }
      asides.append(index..<(close + 1))
      index = close
    }
    guard !asides.isEmpty else { return tagger.classes(of: words, first: first) }
    var outside: [Int] = []
    var cursor = 0
    for aside in asides {
      outside += cursor..<aside.lowerBound
      cursor = aside.upperBound
    }
    outside += cursor..<words.count
    var classes = tagger.classes(of: words, first: first)
    let around = tagger.classes(of: outside.map { words[$0] }, first: first)
    for (position, label) in zip(outside, around) { classes[position] = label }
    return classes
  }

  /// Tags and lemmas for one sentence already split into words, as a treebank gives it.
  public func analyze(words: [String]) -> [(label: PerceptronTagger.Label, lemma: String)] {
    zip(words, tagger.tag(words)).map { word, label in
      (label, lemmatizer.lemma(of: word, as: label.upos))
    }
  }

  /// Guesses the tagger makes at an unknown word where a closed class could stand, undone.
  /// The treebank tags its indefinite pronouns ("someone", "everything", "nobody") PRON/NN,
  /// and the tagger gives that label to other words ("but excedrin really works"); personal
  /// pronouns are a closed class, yet it reads "eat yogurt/PRP daily"; a comparative or
  /// superlative has its ending or is one of a few, yet it reads "try lanolin/RBR rather than
  /// creams". Such words are nouns. So is a word read as a number that is none: the ending
  /// of "nine" makes "quinine" a cardinal ("bananas and quinine/CD helped").
  private static func repaired(_ label: PerceptronTagger.Label, of word: String)
    -> PerceptronTagger.Label
  {
    if label.xpos == "CD", !isNumeral(word) {
      return PerceptronTagger.Label(upos: .noun, xpos: "NN")
    }
    if label.xpos == "PRP" || label.xpos == "PRP$", !personalPronouns.contains(word) {
      return PerceptronTagger.Label(upos: .noun, xpos: "NN")
    }
    if ["JJR", "RBR"].contains(label.xpos) && !word.hasSuffix("er")
      && !irregularDegrees.contains(word)
      || ["JJS", "RBS"].contains(label.xpos) && !word.hasSuffix("est")
        && !irregularDegrees.contains(word)
    {
      return PerceptronTagger.Label(upos: .noun, xpos: "NN")
    }
    guard label.upos == .pronoun, label.xpos == "NN",
      !["one", "thing", "body"].contains(where: { word.hasSuffix($0) }), word != "none"
    else { return label }
    return PerceptronTagger.Label(upos: .noun, xpos: label.xpos)
  }

  /// Whether `word` can be a cardinal: it has a digit, or is a number's name ("twenty-five",
  /// "dozen"), an abbreviation of an amount ("5 k", "3 bn") or a Roman numeral ("Rocky III").
  private static func isNumeral(_ word: String) -> Bool {
    if word.contains(where: \.isNumber) { return true }
    if word.split(separator: "-").allSatisfy({ numberNames.contains(String($0)) }) { return true }
    return word.count <= 5 && word.allSatisfy { "ivxlcdm".contains($0) }
  }

  /// The names of numbers and the abbreviations EWT tags CD.
  private static let numberNames: Set<String> = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "k", "m", "b",
    "bn", "mm", "mill", "t",
  ]

  /// Comparatives and superlatives without "-er" or "-est", and the forum spellings of them.
  private static let irregularDegrees: Set<String> = [
    "more", "less", "worse", "rather", "most", "least", "best", "worst", "utmost", "foremost",
    "better", "further", "farther", "lesser", "mo", "moar", "bestest",
  ]

  /// The words EWT tags PRP or PRP$, with the forum spellings of them.
  private static let personalPronouns: Set<String> = [
    "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he",
    "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us",
    "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "themself",
    "'s", "s", "u", "ur", "ya", "ye", "y'all", "yall", "'em", "em", "thee", "thou", "thy",
    "one", "oneself", "whose", "ourself", "yer", "urself", "thier",
  ]

  /// Lowercases ASCII on bytes; only words with other letters pay for Unicode case folding.
  private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
    if bytes.allSatisfy({ $0 < 0x80 }) {
      return String(
        decoding: bytes.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 },
        as: UTF8.self)
    }
    return String(decoding: bytes, as: UTF8.self).lowercased()
  }
}
