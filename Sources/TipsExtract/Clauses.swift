import TipsCore

/// Cuts a sentence into clauses at commas, semicolons, colons, dashes and brackets, and before
/// "but", "although" and "however": the unit that tags and caveats attach within, so in
/// "the couch stretch is my go-to, but I also smash my hip flexors with a massage ball" the
/// massage ball belongs to the second clause only.
enum Clauses {
  static let contrastWords: Set<String> = ["but", "although", "though", "however", "whereas"]

  /// Word ranges of the clauses of a sentence.
  static func split(_ text: String, words: [WordSpan]) -> [Range<Int>] {
    var clauses: [Range<Int>] = []
    var start = 0
    for i in words.indices.dropFirst() {
      let gap = text.unicodeScalars[words[i - 1].range.upperBound..<words[i].range.lowerBound]
      let breaksHere = gapBreaks(gap) || contrastWords.contains(words[i].folded)
      if breaksHere {
        if start < i { clauses.append(start..<i) }
        start = contrastWords.contains(words[i].folded) ? i + 1 : i
      }
    }
    if start < words.count { clauses.append(start..<words.count) }
    return clauses
  }

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
  /// bracket or dash (a hyphen only with spaces around it, so "t-spine" stays whole).
  private static func gapBreaks(_ gap: Substring.UnicodeScalarView) -> Bool {
    var previousIsSpace = false
    var index = gap.startIndex
    while index < gap.endIndex {
      let scalar = gap[index]
      switch scalar {
      case ",", ";", ":", "(", ")", "\u{2013}", "\u{2014}": return true
      case "-":
        let next = gap.index(after: index)
        if previousIsSpace, next < gap.endIndex, gap[next] == " " { return true }
      default: break
      }
      previousIsSpace = scalar == " "
      index = gap.index(after: index)
    }
    return false
  }
}
