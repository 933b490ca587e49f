import TipsCore

// The byte layout of threads, posts and tips inside a data file's payload.
//
// Every field is written, in declaration order, so a value read back equals the value
// written (`==`). Enums are written by raw value, never by case position, so reordering a
// Swift enum cannot silently change what old files mean; an unknown raw value is corruption.
// Signed numbers use zigzag varints (see `ByteWriter`), optionals a presence byte.

extension ByteWriter {
  /// id, title, url?, format, post count, tip count: what listings show of a thread.
  mutating func writeSummary(_ summary: ThreadSummary) {
    writeString(summary.id)
    writeString(summary.title)
    writeOptionalString(summary.url)
    writeString(summary.format.rawValue)
    writeCount(summary.postCount)
    writeCount(summary.tipCount)
  }

  /// number, author?, date?, likes, replyTo?, quotes (post?, author?), isAccepted,
  /// answersMissingPost, text.
  mutating func writePost(_ post: Post) {
    writeVarInt(post.number)
    writeOptionalString(post.author)
    writeOptionalString(post.date)
    writeVarInt(post.likes)
    writeOptionalVarInt(post.replyTo)
    writeCount(post.quotes.count)
    for quote in post.quotes {
      writeOptionalVarInt(quote.post)
      writeOptionalString(quote.author)
    }
    writeBool(post.isAccepted)
    writeBool(post.answersMissingPost)
    writeString(post.text)
  }

  /// remedy, kind, muscles, tools, conditions, thread, post, author?, likes, stance,
  /// agreesWith?, quote, caveats, isAccepted, wording?.
  mutating func writeTip(_ tip: Tip) {
    writeString(tip.remedy)
    writeString(tip.kind.rawValue)
    writeStrings(tip.muscles)
    writeStrings(tip.tools)
    writeStrings(tip.conditions)
    writeString(tip.thread)
    writeVarInt(tip.post)
    writeOptionalString(tip.author)
    writeVarInt(tip.likes)
    writeString(tip.stance.rawValue)
    writeOptionalVarInt(tip.agreesWith)
    writeString(tip.quote)
    writeStrings(tip.caveats)
    writeBool(tip.isAccepted)
    writeOptionalString(tip.wording)
  }
}

extension ByteReader {
  mutating func readSummary() throws(FormatError) -> ThreadSummary {
    let id = try readString()
    let title = try readString()
    let url = try readOptionalString()
    let formatName = try readString()
    guard let format = ThreadFormat(rawValue: formatName) else {
      throw FormatError(reason: "unknown thread format '\(formatName)'")
    }
    // Checked against the bytes of the posts, which lie elsewhere (see `SegmentCodec`).
    let postCount = try readLength()
    // A tip takes at least 16 bytes (its field lengths lie in the segment's tables).
    let tipCount = try readCount(minimumItemSize: 16)
    return ThreadSummary(
      id: id, title: title, url: url, format: format, postCount: postCount, tipCount: tipCount)
  }

  /// A post of thread `threadID`, whose id names it in the error if a number is out of range.
  mutating func readPost(ofThread threadID: String) throws(FormatError) -> Post {
    let number = try readVarInt(in: ForumNumber.postNumberRange, "post number", threadID)
    let author = try readOptionalString()
    let date = try readOptionalString()
    let likes = try readVarInt(in: ForumNumber.likeRange, "post \(number)'s likes", threadID)
    let replyTo = try readOptionalVarInt(
      in: ForumNumber.postNumberRange, "post \(number)'s reply", threadID)
    let quoteCount = try readCount(minimumItemSize: 2)
    var quotes: [QuotedPost] = []
    quotes.reserveCapacity(quoteCount)
    for _ in 0..<quoteCount {
      let post = try readOptionalVarInt(
        in: ForumNumber.postNumberRange, "post \(number)'s quote", threadID)
      let author = try readOptionalString()
      quotes.append(QuotedPost(post: post, author: author))
    }
    let isAccepted = try readBool()
    let answersMissingPost = try readBool()
    let text = try readString()
    return Post(
      number: number, author: author, date: date, likes: likes, replyTo: replyTo, quotes: quotes,
      isAccepted: isAccepted, answersMissingPost: answersMissingPost, text: text)
  }

  mutating func readTip() throws(FormatError) -> Tip {
    let remedy = try readString()
    let kindName = try readString()
    guard let kind = RemedyKind(rawValue: kindName) else {
      throw FormatError(reason: "unknown remedy kind '\(kindName)'")
    }
    let muscles = try readStrings()
    let tools = try readStrings()
    let conditions = try readStrings()
    let thread = try readString()
    let post = try readVarInt(in: ForumNumber.postNumberRange, "a tip's post", thread)
    let author = try readOptionalString()
    let likes = try readVarInt(in: ForumNumber.likeRange, "a tip's likes", thread)
    let stanceName = try readString()
    guard let stance = Stance(rawValue: stanceName) else {
      throw FormatError(reason: "unknown stance '\(stanceName)'")
    }
    let agreesWith = try readOptionalVarInt(
      in: ForumNumber.postNumberRange, "a tip's agreement", thread)
    let quote = try readString()
    let caveats = try readStrings()
    let isAccepted = try readBool()
    let wording = try readOptionalString()
    return Tip(
      remedy: remedy, kind: kind, muscles: muscles, tools: tools, conditions: conditions,
      thread: thread, post: post, author: author, likes: likes, stance: stance,
      agreesWith: agreesWith, quote: quote, caveats: caveats, isAccepted: isAccepted,
      wording: wording)
  }

  /// A stored like count or post number, refused outside `range`: `Post` and `Tip` keep them
  /// in range, so tips never wrote such a value, and one summed or used as an offset could
  /// trap. The error names the thread, so the user knows which export to look at.
  private mutating func readVarInt(
    in range: ClosedRange<Int>, _ name: @autoclosure () -> String, _ threadID: String
  ) throws(FormatError) -> Int {
    let value = try readVarInt()
    // Likes above the top of the range are what a tips from before the clamp stored for a
    // huge score: say so, since the way out (add the exports again) is the same.
    if value > range.upperBound, range == ForumNumber.likeRange, value <= Int(Int32.max) {
      throw FormatError(
        reason: "thread '\(threadID)': \(name()) \(value) are more than the \(range.upperBound) "
          + "this tips keeps, as an older tips stored them")
    }
    guard range.contains(value) else {
      throw FormatError(
        reason: "thread '\(threadID)': \(name()) \(value) is outside \(range)")
    }
    return value
  }

  private mutating func readOptionalVarInt(
    in range: ClosedRange<Int>, _ name: @autoclosure () -> String, _ threadID: String
  ) throws(FormatError) -> Int? {
    guard try readBool() else { return nil }
    return try readVarInt(in: range, name(), threadID)
  }
}
