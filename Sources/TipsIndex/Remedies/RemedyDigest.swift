import TipsCore

/// What a segment stores beside a remedy's evidence so that a search can show the remedy's
/// card (its tags, first quotes, first report against and first caveats) decoding only the
/// tips the card shows: a remedy named in thousands of threads costs a few tip reads, not
/// thousands.
///
/// Ordinals are the segment's local ones, deleted tips included; a reader skips the deleted.
struct RemedyDigest: Sendable {
  /// Over the tips that support the remedy, in index order.
  var muscles = TagTally()
  var tools = TagTally()
  var conditions = TagTally()
  /// The tips that support the remedy, in card order (`CardPlace`).
  var supporting: [Int] = []
  /// The tips that report against it, in index order.
  var against: [Int] = []
  /// The tips that only warn about it, in index order.
  var cautions: [Int] = []
  /// Each distinct caveat in the order first given in card order, with the tips that give
  /// it in card order.
  var caveats: [(text: String, tips: [Int])] = []
  /// The threads of its tips whose title or posts mention a red flag, by position, with the
  /// flags' names (nil where they were not recorded and the posts must be read): an answer
  /// drawing on thousands of threads looks at the few that matter.
  var flaggedThreads: [(thread: Int, flags: [String]?)] = []

  /// The digest of one remedy's tips in a segment, each with its local ordinal, and of the
  /// threads they come from that mention a red flag.
  init(tips: [(tip: Tip, ordinal: Int)], flaggedThreads: [(thread: Int, flags: [String]?)]) {
    self.flaggedThreads = flaggedThreads
    for (tip, _) in tips where tip.stance.supports {
      for name in tip.muscles { muscles.add(name) }
      for name in tip.tools { tools.add(name) }
      for name in tip.conditions { conditions.add(name) }
    }
    let order = tips.indices.sorted {
      CardPlace(tips[$0].tip, ordinal: tips[$0].ordinal)
        < CardPlace(tips[$1].tip, ordinal: tips[$1].ordinal)
    }
    var caveatPlaces: [String: Int] = [:]
    for position in order {
      let (tip, ordinal) = tips[position]
      switch tip.stance {
      case .recommends, .agrees: supporting.append(ordinal)
      case .against: against.append(ordinal)
      case .cautions: cautions.append(ordinal)
      }
      for text in tip.caveats {
        if let place = caveatPlaces[text] {
          if caveats[place].tips.last != ordinal { caveats[place].tips.append(ordinal) }
        } else {
          caveatPlaces[text] = caveats.count
          caveats.append((text, [ordinal]))
        }
      }
    }
  }

  init() {}
}

/// How a segment stores a digest, after the remedy's evidence: the three tag tallies (names
/// with counts, in the order first seen), the three lists of ordinals, then the caveats, each
/// with its ordinals, then the flagged threads, each a position and its flags if recorded.
extension ByteWriter {
  mutating func writeRemedyDigest(_ digest: RemedyDigest) {
    for tally in [digest.muscles, digest.tools, digest.conditions] {
      writeCount(tally.names.count)
      for name in tally.names {
        writeString(name)
        writeCount(tally.counts[name] ?? 0)
      }
    }
    for ordinals in [digest.supporting, digest.against, digest.cautions] {
      writeOrdinals(ordinals)
    }
    writeCount(digest.caveats.count)
    for caveat in digest.caveats {
      writeString(caveat.text)
      writeOrdinals(caveat.tips)
    }
    writeCount(digest.flaggedThreads.count)
    for (thread, flags) in digest.flaggedThreads {
      writeCount(thread)
      writeBool(flags != nil)
      if let flags { writeStrings(flags) }
    }
  }

  private mutating func writeOrdinals(_ ordinals: [Int]) {
    writeCount(ordinals.count)
    for ordinal in ordinals { writeCount(ordinal) }
  }
}

extension ByteReader {
  /// A digest whose ordinals must lie below `tipCount` and thread positions below
  /// `threadCount`.
  mutating func readRemedyDigest(tipCount: Int, threadCount: Int) throws(FormatError)
    -> RemedyDigest
  {
    var digest = RemedyDigest()
    var tallies: [TagTally] = []
    for _ in 0..<3 {
      var tally = TagTally()
      // A name takes at least two bytes: its length and its count.
      for _ in 0..<(try readCount(minimumItemSize: 2)) {
        let name = try readString()
        let count = try readLength()
        guard tally.counts[name] == nil, count > 0 else {
          throw FormatError(reason: "remedy tags name '\(name)' twice or never")
        }
        tally.add(name, count: count)
      }
      tallies.append(tally)
    }
    digest.muscles = tallies[0]
    digest.tools = tallies[1]
    digest.conditions = tallies[2]
    digest.supporting = try readOrdinals(below: tipCount)
    digest.against = try readOrdinals(below: tipCount)
    digest.cautions = try readOrdinals(below: tipCount)
    // A caveat takes at least two bytes: its length and its count of tips.
    for _ in 0..<(try readCount(minimumItemSize: 2)) {
      let text = try readString()
      digest.caveats.append((text, try readOrdinals(below: tipCount)))
    }
    // A flagged thread takes at least two bytes: its position and whether flags follow.
    for _ in 0..<(try readCount(minimumItemSize: 2)) {
      let thread = try readLength()
      guard thread < threadCount else {
        throw FormatError(reason: "remedy names thread \(thread) past the segment's last")
      }
      digest.flaggedThreads.append((thread, try readBool() ? try readStrings() : nil))
    }
    return digest
  }

  private mutating func readOrdinals(below tipCount: Int) throws(FormatError) -> [Int] {
    let count = try readCount()
    var ordinals: [Int] = []
    ordinals.reserveCapacity(count)
    for _ in 0..<count {
      let ordinal = try readLength()
      guard ordinal < tipCount else {
        throw FormatError(reason: "remedy names tip \(ordinal) past the segment's last")
      }
      ordinals.append(ordinal)
    }
    return ordinals
  }
}
