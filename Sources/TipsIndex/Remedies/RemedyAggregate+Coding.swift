/// How a segment stores a remedy's aggregate: the nine counts, then the named people sorted
/// by name (UTF-8 bytes), each with its three counts, then the wordings sorted the same way,
/// each with its count, so equal aggregates write equal bytes.
///
/// Counts are stored as they are (a stored aggregate never went through a subtraction, so
/// none is negative); a reader refuses a negative or missing one with the reason.
extension ByteWriter {
  mutating func writeRemedyAggregate(_ aggregate: RemedyAggregate) {
    for count in [
      aggregate.tips, aggregate.posts, aggregate.likes, aggregate.agreements,
      aggregate.againstOnlyPosts, aggregate.unnamedSupporters, aggregate.unnamedRecommenders,
      aggregate.unnamedAgainst, aggregate.acceptedPosts,
    ] {
      writeCount(max(count, 0))
    }
    let names = aggregate.people.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    writeCount(names.count)
    for name in names {
      let stances = aggregate.people[name] ?? RemedyAggregate.Stances()
      writeString(name)
      writeCount(max(stances.supporting, 0))
      writeCount(max(stances.recommending, 0))
      writeCount(max(stances.against, 0))
    }
    let wordings = aggregate.wordings.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    writeCount(wordings.count)
    for wording in wordings {
      writeString(wording)
      writeCount(max(aggregate.wordings[wording] ?? 0, 0))
    }
  }
}

extension ByteReader {
  mutating func readRemedyAggregate() throws(FormatError) -> RemedyAggregate {
    var aggregate = RemedyAggregate()
    aggregate.tips = try readLength()
    aggregate.posts = try readLength()
    aggregate.likes = try readLength()
    aggregate.agreements = try readLength()
    aggregate.againstOnlyPosts = try readLength()
    aggregate.unnamedSupporters = try readLength()
    aggregate.unnamedRecommenders = try readLength()
    aggregate.unnamedAgainst = try readLength()
    aggregate.acceptedPosts = try readLength()
    // A person takes at least four bytes: an empty name and three counts.
    let count = try readCount(minimumItemSize: 4)
    for _ in 0..<count {
      let name = try readString()
      var stances = RemedyAggregate.Stances()
      stances.supporting = try readLength()
      stances.recommending = try readLength()
      stances.against = try readLength()
      guard aggregate.people.updateValue(stances, forKey: name) == nil else {
        throw FormatError(reason: "remedy evidence names '\(name)' twice")
      }
    }
    // A wording takes at least two bytes: an empty string and its count.
    let wordingCount = try readCount(minimumItemSize: 2)
    for _ in 0..<wordingCount {
      let wording = try readString()
      guard aggregate.wordings.updateValue(try readLength(), forKey: wording) == nil else {
        throw FormatError(reason: "remedy evidence has the wording '\(wording)' twice")
      }
    }
    return aggregate
  }
}
