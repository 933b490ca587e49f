import TipsCore
import TipsLanguage

/// Cuts a sentence into clauses at commas, semicolons, colons, dashes and brackets, and before
/// "but", "although" and "however": the unit that tags and caveats attach within, so in
/// "the couch stretch is my go-to, but I also smash my hip flexors with a massage ball" the
/// massage ball belongs to the second clause only.
enum Clauses {
  static let contrastWords: Set<String> = ["but", "although", "though", "however", "whereas"]

  /// The most words a bracket holds and still be an aside inside its clause.
  static let asideWords = 2

  /// Word indexes inside short brackets: a name, abbreviation or brand given in passing
  /// ("ipratropium bromide (Atrovent) inhaled nasally", "doxylamine (Unisom)"). They stay in
  /// their clause, and phrases skip them.
  static func asides(in text: String, words: [WordSpan]) -> Set<Int> {
    var result = Set<Int>()
    for span in brackets(in: text, words: words) where isAside(span, in: text, words: words) {
      result.formUnion(span)
    }
    return result
  }

  /// Indexes of the words after a gap of two tabs or more, or of four spaces or more, on
  /// one line: where a column of a table copied as text starts.
  static func columnStarts(in text: String, words: [WordSpan]) -> Set<Int> {
    guard let first = words.first, let last = words.last,
      mayHoldColumns(text[first.range.lowerBound..<last.range.upperBound])
    else { return [] }
    var starts = Set<Int>()
    for i in words.indices.dropFirst() {
      let gap = text.unicodeScalars[words[i - 1].range.upperBound..<words[i].range.lowerBound]
      guard !gap.contains("\n") else { continue }
      let tabs = gap.filter { $0 == "\t" }.count
      let spaces = gap.filter { $0 == " " }.count
      if tabs >= 2 || spaces >= 4 { starts.insert(i) }
    }
    return starts
  }

  /// Whether `text` holds a tab or four spaces in a row, as a column gap needs. Most
  /// sentences hold neither, and their bytes say so without reading characters.
  static func mayHoldColumns(_ text: Substring) -> Bool {
    var spaces = 0
    return text.utf8.contains { byte in
      spaces = byte == UInt8(ascii: " ") ? spaces + 1 : 0
      return byte == UInt8(ascii: "\t") || spaces == 4
    }
  }

  /// The word ranges that round brackets enclose, in order (a bracket the sentence leaves
  /// open at its end encloses nothing; one it closes after its last word does).
  static func brackets(in text: String, words: [WordSpan]) -> [Range<Int>] {
    // Most sentences open no bracket; their bytes say so without reading scalars.
    guard let first = words.first, let last = words.last,
      case let from = text.unicodeScalars[..<first.range.lowerBound].suffix(3).startIndex,
      case let to = text.unicodeScalars[last.range.upperBound...].prefix(3).endIndex,
      text.utf8[from..<to].contains(UInt8(ascii: "("))
    else { return [] }
    var result: [Range<Int>] = []
    var open: Int? = nil
    for i in words.indices {
      let before =
        i == 0
        ? text.unicodeScalars[..<words[i].range.lowerBound].suffix(3)
        : text.unicodeScalars[words[i - 1].range.upperBound..<words[i].range.lowerBound][...]
      if before.contains("(") { open = i }
      if before.contains(")"), let first = open {
        if first < i { result.append(first..<i) }
        open = nil
      }
    }
    if let first = open, let last = words.last,
      text.unicodeScalars[last.range.upperBound...].prefix(3).contains(")")
    {
      result.append(first..<words.count)
    }
    return result
  }

  /// A name in passing: a word or two, no number, no exclamation ("(ONLY 10 minutes!)" is a
  /// remark of its own).
  private static func isAside(_ span: Range<Int>, in text: String, words: [WordSpan]) -> Bool {
    guard !span.isEmpty, span.count <= asideWords else { return false }
    let inside = text[
      words[span.lowerBound].range
        .lowerBound..<words[span.upperBound - 1].range
        .upperBound]
    return !inside.contains(where: { $0.isNumber || $0 == "!" || $0 == "?" || $0 == "." })
  }

  /// Word ranges of the clauses of a sentence; brackets around `asides` do not cut.
  /// A comma between two adjectives ("hot, spicy foods", "a long, slow ride") does not cut.
  static func split(
    _ text: String, words: [WordSpan], tags: [Token] = [], asides: Set<Int> = []
  ) -> [Range<Int>] {
    var clauses: [Range<Int>] = []
    var start = 0
    for i in words.indices.dropFirst() {
      let gap = text.unicodeScalars[words[i - 1].range.upperBound..<words[i].range.lowerBound]
      if tags.count == words.count, tags[i - 1].upos == .adjective, tags[i].upos == .adjective,
        gap.filter({ $0 != " " }).elementsEqual([","])
      {
        continue
      }
      // "4:00", "10,000 steps", "a 3:1 ratio": a colon or comma inside a number cuts nothing.
      if gap.count == 1, gap.first == ":" || gap.first == ",",
        text[words[i - 1].range].last?.isNumber == true,
        text[words[i].range].first?.isNumber == true
      {
        continue
      }
      let besideAside = asides.contains(i) || asides.contains(i - 1)
      let breaksHere =
        gapBreaks(gap, ignoringBrackets: besideAside) || contrastWords.contains(words[i].folded)
        || tags.count == words.count
          && (endsCondition(before: i, from: start, in: text, words: words, tags: tags)
            || endsPurpose(before: i, from: start, words: words, tags: tags)
            || joinsImperatives(at: i, from: start, words: words, tags: tags)
            || joinsModalClauses(at: i, from: start, words: words, tags: tags)
            || opensWhatEndedIt(at: i, words: words))
      if breaksHere {
        if start < i { clauses.append(start..<i) }
        start = contrastWords.contains(words[i].folded) ? i + 1 : i
      }
    }
    if start < words.count { clauses.append(start..<words.count) }
    return clauses
  }

  /// "Nothing helped until I started heel drops": "until" and the poster doing something
  /// start a clause of their own, which tells what ended what the clause before told.
  static func opensWhatEndedIt(at i: Int, words: [WordSpan]) -> Bool {
    i + 2 < words.count && ["until", "till", "til"].contains(words[i].folded)
      && ["i", "we"].contains(words[i + 1].folded)
  }

  /// "If it's bleeding ask the GP", "when it hurts stop": an imperative after the finite
  /// verb of a condition, with no comma between, starts the main clause. Not after "to", a
  /// modal, a pronoun, a negation, "and" ("when it locks we skip it and go on") or a verb
  /// that takes a bare verb ("if you let it heal", "if it does help").
  private static func endsCondition(
    before i: Int, from start: Int, in text: String, words: [WordSpan], tags: [Token]
  ) -> Bool {
    // Most clauses open no condition; that is known before any tag is read.
    guard i > start + 2, i + 1 < words.count, conditionWords.contains(words[start].folded)
    else { return false }
    /// "something", "anything", and "it" or "them" after a verb ("if that doesn't sort it
    /// swap ..."): a pronoun that ends an object, never a verb's subject here.
    func endsObject(_ k: Int) -> Bool {
      tags[k].upos == .pronoun
        && (words[k].folded.hasSuffix("thing")
          || ["it", "them"].contains(words[k].folded) && k > 0 && tags[k - 1].upos == .verb)
    }
    // The main clause's verb may be misread after a noun ("if you need something take/JJ
    // paracetamol", "if its not better in a month go/NN see a physio"): a verb replies open
    // advice with, uninflected, is one there.
    // Read as a noun, it must go on as a verb does ("go/NN see", "swap/NN to"), not as the
    // second word of a name ("face pull/NN every session").
    let goesOnAsAVerb =
      tags[i].upos != .noun
      || i + 1 < words.count
        && ([.verb, .pronoun, .adposition].contains(tags[i + 1].upos)
          || tags[i + 1].xpos == "PRP$"
          || ["a", "an", "the", "to"].contains(words[i + 1].folded))
    let isImperative =
      tags[i].xpos == "VB"
      || [.adjective, .adverb, .other, .noun].contains(tags[i].upos) && !words[i].isInflected
        && SpeechActReader.opensAnImperative(words[i].folded) && goesOnAsAVerb
        && ([.noun, .adjective, .adverb].contains(tags[i - 1].upos) || endsObject(i - 1))
    guard isImperative,
      (start + 1..<i).contains(where: {
        // A word carries its contracted verb: "it's", "you're", and "its" written for
        // "it's" ("if its not better").
        ["VBZ", "VBP", "VBD"].contains(tags[$0].xpos) || text[words[$0].range].contains("'")
          || words[$0].folded == "its" && $0 + 1 < i
            && (words[$0 + 1].folded == "not" || tags[$0 + 1].upos == .adjective)
      })
    else { return false }
    let previous = tags[i - 1]
    return
      (!["TO", "MD", "PRP", "VB", "VBP", "VBZ", "VBD"].contains(previous.xpos)
      && ![.auxiliary, .pronoun, .coordinatingConjunction].contains(previous.upos)
      || endsObject(i - 1))
      && !["not", "n't", "never"].contains(words[i - 1].folded)
  }

  /// "To avoid blisters wear two pairs of socks", "for comfort eat pasta or rice": an
  /// imperative after an opening purpose, with no comma between, starts the main clause.
  /// Not where the purpose has a finite verb or a subject ("for years I took it") or where
  /// the verb is the bare one a causative takes ("to make the meal last longer").
  private static func endsPurpose(
    before i: Int, from start: Int, words: [WordSpan], tags: [Token]
  ) -> Bool {
    guard i > start + 2, i + 1 < words.count, ["to", "for"].contains(words[start].folded)
    else { return false }
    // The imperative may be misread after a noun ("for the pain take/NN yoga"): a verb
    // replies open advice with, uninflected, is one there, between a noun and its object
    // (not "a cheap fix/NN").
    let isImperative =
      tags[i].xpos == "VB"
      // "to loosen the hips do/VBP yoga", "to loosen up do/VBP yoga": a present read after
      // a plural object or a particle.
      || tags[i].xpos == "VBP" && !words[i].isInflected
        && ([.noun, .properNoun].contains(tags[i - 1].upos) || tags[i - 1].xpos == "RP")
        && !["not", "n't"].contains(words[i + 1].folded)
      || [.noun, .adjective, .adverb, .other].contains(tags[i].upos) && !words[i].isInflected
        && SpeechActReader.opensAnImperative(words[i].folded)
        && [.noun, .properNoun].contains(tags[i - 1].upos)
        && ([.determiner, .noun, .properNoun].contains(tags[i + 1].upos)
          || tags[i + 1].xpos == "PRP$")
    guard isImperative else { return false }
    switch words[start].folded {
    case "to": guard tags[start + 1].xpos == "VB" else { return false }
    case "for":
      guard [.noun, .adjective, .determiner].contains(tags[start + 1].upos) else { return false }
    default: return false
    }
    let purpose = start + 1..<i
    guard
      !purpose.contains(where: {
        ["VBZ", "VBP", "VBD", "MD"].contains(tags[$0].xpos)
          || tags[$0].upos == .pronoun
            && tags[$0].xpos != "PRP$"
      })
    else { return false }
    let previous = tags[i - 1]
    // "To make the meal last longer": the bare verb right after a causative's object.
    if purpose.contains(where: { causativeVerbs.contains(tags[$0].lemma) }),
      [.noun, .properNoun].contains(previous.upos)
    {
      return false
    }
    return [.noun, .adjective, .adverb, .properNoun, .numeral].contains(previous.upos)
      || previous.xpos == "RP"
        && !["not", "n't", "never"].contains(words[i - 1].folded)
  }

  /// Verbs followed by a bare verb: "make it last", "let it heal", "help it drain".
  private static let causativeVerbs: Set<String> = [
    "make", "let", "help", "have", "see", "watch", "hear", "feel",
  ]

  /// "A pregnant woman should avoid cleaning the cat tray and you should both wash hands":
  /// "and", "or" or "so" before a subject pronoun and a modal starts a clause of its own, so
  /// each piece of advice names its remedy.
  private static func joinsModalClauses(
    at i: Int, from start: Int, words: [WordSpan], tags: [Token]
  ) -> Bool {
    guard ["and", "or", "so"].contains(words[i].folded), i > start + 2, i + 2 < words.count,
      tags[i + 1].xpos == "PRP", tags[i + 2].xpos == "MD"
    else { return false }
    return (start..<i).contains { tags[$0].upos == .verb }
  }

  /// "Lower your saddle and move your cleats back", "don't eat late and raise the head of
  /// the bed": "and" or "or" before a second imperative, in a clause an imperative opens,
  /// starts a clause of its own, so each names its remedy.
  private static func joinsImperatives(
    at i: Int, from start: Int, words: [WordSpan], tags: [Token]
  ) -> Bool {
    guard ["and", "or"].contains(words[i].folded), i + 1 < words.count, i > start + 1
    else { return false }
    if joinsDoneThings(at: i, from: start, words: words, tags: tags) { return true }
    // The second verb's base form may be read as a present ("... back and add/VBP ...").
    guard ["VB", "VBP"].contains(tags[i + 1].xpos) else { return false }
    var first = start
    // "I'd fire him and get another doctor", "you should rest and ice it": what the
    // writer would do, or says the reader should, joins imperatives as well.
    if first + 1 < i, ["i'd", "you'd", "we'd"].contains(words[first].folded) {
      first += 1
    } else if first + 2 < i, ["i", "you", "we"].contains(words[first].folded),
      ["should", "would", "could", "must"].contains(words[first + 1].folded)
    {
      first += 2
    }
    guard !["be", "have"].contains(tags[first].lemma) else { return false }
    while first < i, tags[first].upos == .adverb { first += 1 }
    if first < i, ["don't", "dont", "never"].contains(words[first].folded) { first += 1 }
    // "Go to any drugstore and look at the packages": going somewhere to do a thing is one
    // errand ("go half a size up or get wide-fit shoes" offers two).
    guard first < i,
      words[i].folded == "or" || !["go", "come", "head", "pop", "nip"].contains(tags[first].lemma)
    else {
      return false
    }
    // "Lower/JJR your saddle": an opening word the tagger misread, before "your" or "the";
    // "Drop/NN mileage back and add calf raises": a verb of care it read as a noun.
    return tags[first].xpos == "VB"
      || first == 0 && first + 1 < i
        && (tags[first + 1].xpos == "PRP$" || tags[first + 1].upos == .determiner)
      || first == start && !words[first].isInflected
        && SpeechActReader.opensAnImperative(words[first].folded)
  }

  /// "Raised the head of my bed and stopped eating after 8pm", "I switched to bibs and
  /// started using chamois cream": "and" before a second thing the poster did, told in the
  /// past with the subject left out, in a clause the poster's own past verb opens, starts a
  /// clause of its own. Not before what came of it ("tried it and got worse", "and felt
  /// great"): verbs of becoming and of results stay with the thing done.
  private static func joinsDoneThings(
    at i: Int, from start: Int, words: [WordSpan], tags: [Token]
  ) -> Bool {
    guard words[i].folded == "and", tags[i + 1].xpos == "VBD",
      !resultVerbs.contains(tags[i + 1].lemma)
    else { return false }
    var first = start
    if first + 1 < i, ["i", "we"].contains(words[first].folded) { first += 1 }
    while first < i, tags[first].upos == .adverb { first += 1 }
    // A sentence's opening past verb may be read as a participle ("Raised/VBN the bed").
    return first < i
      && (tags[first].xpos == "VBD" || first == 0 && tags[first].xpos == "VBN")
      && !resultVerbs.contains(tags[first].lemma)
  }

  /// Verbs that tell what came of a thing, or how one was: they stay in its clause.
  private static let resultVerbs: Set<String> = [
    "be", "get", "become", "feel", "seem", "look", "sound", "make", "have", "do", "go", "come",
    "help", "work", "fix", "cure", "hurt", "end", "turn", "find", "notice", "realize",
    "realise", "think", "know", "say", "tell", "ask", "want", "need", "try", "keep", "let",
  ]

  static let conditionWords: Set<String> = [
    "if", "when", "whenever", "once", "unless", "until", "after", "before",
  ]

  /// For each clause, whether it stands inside brackets: "some physicians will tape the
  /// patient (put tape around the chest, or prescribe a binder)" describes, not advises.
  static func bracketed(_ clauses: [Range<Int>], in text: String, words: [WordSpan]) -> [Bool] {
    var depth = 0
    var scanned = words.first?.range.lowerBound ?? text.startIndex
    return clauses.map { clause in
      let start = words[clause.lowerBound].range.lowerBound
      if scanned < start {
        for scalar in text.unicodeScalars[scanned..<start] {
          if scalar == "(" { depth += 1 }
          if scalar == ")" { depth = max(0, depth - 1) }
        }
        scanned = start
      }
      return depth > 0
    }
  }

  /// Whether the characters between two words end a clause: a comma, semicolon, colon,
  /// bracket or dash (hyphens only with spaces around them, so "t-spine" stays whole).
  private static func gapBreaks(_ gap: Substring.UnicodeScalarView, ignoringBrackets: Bool)
    -> Bool
  {
    var previousIsSpace = false
    var index = gap.startIndex
    while index < gap.endIndex {
      let scalar = gap[index]
      switch scalar {
      case "(", ")": if !ignoringBrackets { return true }
      case ",", ";", ":", "\u{2013}", "\u{2014}": return true
      case "-":
        // " - " and the typewriter dash " -- ".
        var next = gap.index(after: index)
        while next < gap.endIndex, gap[next] == "-" { next = gap.index(after: next) }
        if previousIsSpace, next < gap.endIndex, gap[next] == " " { return true }
      default: break
      }
      previousIsSpace = scalar == " "
      index = gap.index(after: index)
    }
    return false
  }
}
