import TipsCore

/// Writes one segment file front to back, a thread at a time (see `SegmentCodec` for the
/// layout).
///
/// Posts go to disk as threads come, so writing a segment, or merging several into one,
/// holds the threads' summaries, tips and term dictionaries in memory but never all their
/// posts: memory does not grow with the text indexed. `finish` writes the rest and the
/// footer and syncs the file; a writer dropped unfinished, or failing to finish, deletes its
/// file.
struct SegmentFileWriter: ~Copyable {
  private let storage: any IndexStorage
  private let file: OpenFile
  private var isOpen = true
  /// Posts not yet written to the file.
  private var pendingPosts = ByteWriter()
  private var postsLength = 0
  /// Everything after the posts but the inverted index, whose terms come at the end.
  private var threadRecords = ByteWriter()
  private var threadCount = 0
  private var index = InvertedIndexBuilder()
  private var ordinal = 0
  /// Per thread, where its record starts in `threadRecords`, where its posts start (counting
  /// from the first post) and its first tip's ordinal; its id, for the table sorted by id.
  private var threadStarts: [(record: Int, posts: Int, firstTip: Int)] = []
  private var threadIDs: [String] = []
  /// Per tip, where its record starts in `threadRecords`.
  private var tipStarts: [Int] = []
  /// Per tip, its length in each field, in `IndexField.allCases` order.
  private var fieldLengths: [UInt32] = []
  private var fieldTotals = Array(repeating: 0, count: SegmentCodec.fieldCount)
  private var postCount = 0
  /// Per tip, its remedy's name, written as its place in the sorted remedy table.
  private var tipRemedies: [String] = []
  /// Per remedy name, the evidence of its tips in the threads added so far.
  private var remedies: [String: RemedyAggregate] = [:]
  /// Per remedy name, its tips so far with their ordinals, and the threads they come from
  /// that mention red flags, for its digest.
  private var remedyTips: [String: [(tip: Tip, ordinal: Int)]] = [:]
  private var remedyFlaggedThreads: [String: [(thread: Int, flags: [String]?)]] = [:]

  /// Posts are written in pieces of about this size.
  private static let flushSize = 1 << 20

  /// Creates the file at `path` (replacing any file there) in `storage` and writes its header.
  init(path: String, storage: any IndexStorage) throws(IndexError) {
    do {
      file = try storage.create(path)
    } catch {
      throw .io(error)
    }
    self.storage = storage
    pendingPosts.writeBytes(DataFileFrame.header(version: IndexFormat.currentVersion))
  }

  deinit {
    guard isOpen else { return }
    try? storage.close(file)
    try? storage.remove(file.path)
  }

  /// Appends a thread; threads must come with distinct ids.
  mutating func add(_ entry: IndexedThread) throws(IndexError) {
    var raw = ByteWriter()
    for post in entry.thread.posts { raw.writePost(post) }
    let start = pendingPosts.bytes.count
    pendingPosts.writeBytes(Zlib.compressed(raw.bytes))
    let length = pendingPosts.bytes.count - start
    threadStarts.append((threadRecords.bytes.count, postsLength, ordinal))
    threadIDs.append(entry.thread.id)
    postCount += entry.thread.posts.count
    threadRecords.writeSummary(
      ThreadSummary(
        id: entry.thread.id, title: entry.thread.title, url: entry.thread.url,
        format: entry.thread.format, postCount: entry.thread.posts.count,
        tipCount: entry.tips.count))
    threadRecords.writeCount(length)
    threadRecords.writeCount(raw.bytes.count)
    threadRecords.writeUInt32LittleEndian(CRC32.checksum(pendingPosts.bytes[start...]))
    let redFlags = entry.redFlags ?? Self.redFlags(of: entry.thread)
    threadRecords.writeBool(redFlags != nil)
    if let redFlags { threadRecords.writeStrings(redFlags) }
    let topic = Self.topic(of: entry.thread)
    let postTexts = Dictionary(
      entry.thread.posts.map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
    var mentions = Self.mentions(in: entry)
    // A post is indexed with the first of a run of its tips; the others hold an empty post
    // field and share its matches (`IndexReader.tipsSharingPost(with:)`).
    var previousPost: Int? = nil
    for tip in entry.tips {
      tipStarts.append(threadRecords.bytes.count)
      tipRemedies.append(tip.remedy)
      remedyTips[tip.remedy, default: []].append((tip, ordinal))
      threadRecords.writeTip(tip)
      let postText = tip.post == previousPost ? "" : postTexts[tip.post] ?? ""
      previousPost = tip.post
      let lengths = index.add(
        tip, ordinal: ordinal, threadTopic: topic, postText: postText,
        mentions: mentions.removeValue(forKey: tip.remedy) ?? [])
      for (slot, length) in lengths.enumerated() {
        fieldLengths.append(UInt32(clamping: length))
        fieldTotals[slot] += length
      }
      ordinal += 1
    }
    for (name, tips) in Dictionary(grouping: entry.tips, by: \.remedy) {
      remedies[name, default: RemedyAggregate()].add(RemedyAggregate(tips: tips))
      if redFlags.map({ !$0.isEmpty }) ?? true {
        remedyFlaggedThreads[name, default: []].append((threadCount, redFlags))
      }
    }
    postsLength += length
    threadCount += 1
    if pendingPosts.bytes.count >= Self.flushSize { try flushPosts() }
  }

  /// Writes what follows the posts and the footer, syncs and closes the file; returns its
  /// size and the checksum its footer records.
  mutating func finish() throws(IndexError) -> (bytes: Int, crc32: UInt32) {
    try flushPosts()
    // Offsets in the tables count from the start of the file.
    let restStart = DataFileFrame.headerSize + postsLength
    var rest = ByteWriter()
    rest.writeCount(threadCount)
    let recordsStart = restStart + rest.bytes.count
    rest.writeBytes(threadRecords.bytes)
    let dictionaries = index.write(to: &rest)
    let names = remedies.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var remedyStarts: [Int] = []
    for name in names {
      remedyStarts.append(restStart + rest.bytes.count)
      rest.writeString(name)
      rest.writeRemedyAggregate(remedies[name] ?? RemedyAggregate())
      rest.writeRemedyDigest(
        RemedyDigest(
          tips: remedyTips[name] ?? [], flaggedThreads: remedyFlaggedThreads[name] ?? []))
    }
    writeTables(
      to: &rest, start: restStart + rest.bytes.count, recordsStart: recordsStart,
      dictionaryStarts: IndexField.allCases.map { restStart + (dictionaries[$0] ?? 0) },
      remedyStarts: remedyStarts)
    // Everything after the posts is checked in blocks when read; the frame's checksum covers
    // the blocks' checksums and where the posts end.
    var tail = ByteWriter()
    tail.writeBytes(BlockChecksums.table(of: rest.bytes))
    tail.writeUInt64LittleEndian(UInt64(restStart))
    var crc = CRC32()
    crc.update(DataFileFrame.header(version: IndexFormat.currentVersion))
    crc.update(tail.bytes)
    let cold = 0..<(postsLength + rest.bytes.count)
    let payloadLength = cold.count + tail.bytes.count
    rest.writeBytes(tail.bytes)
    rest.writeBytes(
      DataFileFrame.footer(crc32: crc.value, cold: cold, payloadLength: payloadLength))
    do {
      try storage.write(rest.bytes, to: file)
      try storage.sync(file)
    } catch {
      throw .io(error)
    }
    isOpen = false
    do {
      try storage.close(file)
    } catch {
      // A failed close may have lost data the sync did not report: the file is no good.
      try? storage.remove(file.path)
      throw .io(error)
    }
    return (DataFileFrame.headerSize + payloadLength + DataFileFrame.footerSize, crc.value)
  }

  /// How much of the opening post every tip of its thread is found by: enough for the
  /// question's trouble ("I was told I have hypothyroidism ..."), which replies rarely
  /// repeat, without indexing the whole opener once per tip.
  static let topicCharacters = 300
  /// How much of the questions the opener asks after its start joins the topic.
  static let questionCharacters = 600

  /// The thread's title, the start of its opening post (cut at a word) and the questions it
  /// asks after that: what the thread is about, so that every remedy it gives answers a
  /// search for its trouble.
  static func topic(of thread: Thread) -> String {
    guard let opener = thread.posts.first?.text, !opener.isEmpty else { return thread.title }
    var opening = opener.prefix(topicCharacters)
    if opening.endIndex < opener.endIndex, let space = opening.lastIndex(where: \.isWhitespace) {
      opening = opening[..<space]
    }
    let questions = Self.questions(in: opener[opening.endIndex...])
    return ([thread.title, String(opening)] + questions).joined(separator: "\n")
  }

  /// The sentences of `text` that ask something, up to `questionCharacters` in all: an
  /// opener that tells its story first still ends on what its thread is about ("If he were
  /// to give up smoking entirely would that better his chances for recovery?").
  static func questions(in text: Substring) -> [String] {
    var questions: [String] = []
    var total = 0
    var start = text.startIndex
    for index in text.indices where ".!?".contains(text[index]) {
      let sentence = text[start...index].drop(while: \.isWhitespace)
      start = text.index(after: index)
      guard text[index] == "?", total + sentence.count <= questionCharacters else { continue }
      questions.append(String(sentence))
      total += sentence.count
    }
    return questions
  }

  /// Per remedy of `entry`'s tips, the texts of the thread's posts that name it (its name's
  /// terms in a row) and give no tip of it, the first `mentioningPosts` of them.
  static func mentions(in entry: IndexedThread) -> [String: [String]] {
    let analyzer = InvertedIndexBuilder.analyzer
    var names: [String: [String]] = [:]
    var postsWithTips: [String: Set<Int>] = [:]
    for tip in entry.tips {
      if names[tip.remedy] == nil {
        names[tip.remedy] = analyzer.terms(in: tip.remedy).map(\.text)
      }
      postsWithTips[tip.remedy, default: []].insert(tip.post)
    }
    var mentions: [String: [String]] = [:]
    for post in entry.thread.posts {
      let terms = analyzer.terms(in: post.text).map(\.text)
      for (remedy, name) in names
      where !name.isEmpty && !(postsWithTips[remedy]?.contains(post.number) ?? false)
        && mentions[remedy, default: []].count < mentioningPosts
        && Self.holds(name, in: terms)
      {
        mentions[remedy, default: []].append(post.text)
      }
    }
    return mentions
  }

  /// How many posts that name a remedy without a tip of it are indexed with it.
  static let mentioningPosts = 8

  /// Whether `terms` hold `name`'s terms one after another.
  private static func holds(_ name: [String], in terms: [String]) -> Bool {
    guard let first = name.first, terms.count >= name.count else { return false }
    for start in 0...(terms.count - name.count) where terms[start] == first {
      if terms[start..<(start + name.count)].elementsEqual(name) { return true }
    }
    return false
  }

  /// The shipped red-flag list, read once; nil when it cannot be read, which leaves threads'
  /// flags unrecorded for readers to find in the posts.
  private static let redFlagList = try? RedFlags.shipped()

  /// The names of the red flags `thread`'s title and posts mention, found once here so an
  /// answer drawing on thousands of threads need not read their posts.
  private static func redFlags(of thread: Thread) -> [String]? {
    redFlagList?.flags(mentionedIn: thread).map(\.name)
  }

  /// Writes the fixed-size tables that let a reader find any thread, tip or dictionary
  /// without decoding the others (see `SegmentTable`).
  private func writeTables(
    to rest: inout ByteWriter, start: Int, recordsStart: Int, dictionaryStarts: [Int],
    remedyStarts: [Int]
  ) {
    rest.writeUInt64LittleEndian(UInt64(threadCount))
    rest.writeUInt64LittleEndian(UInt64(ordinal))
    rest.writeUInt64LittleEndian(UInt64(postCount))
    for total in fieldTotals { rest.writeUInt64LittleEndian(UInt64(total)) }
    for start in dictionaryStarts { rest.writeUInt64LittleEndian(UInt64(start)) }
    rest.writeUInt64LittleEndian(UInt64(remedyStarts.count))
    for thread in threadStarts {
      rest.writeUInt64LittleEndian(UInt64(recordsStart + thread.record))
      rest.writeUInt64LittleEndian(UInt64(DataFileFrame.headerSize + thread.posts))
      rest.writeUInt64LittleEndian(UInt64(thread.firstTip))
    }
    let byID = threadIDs.indices.sorted {
      threadIDs[$0].utf8.lexicographicallyPrecedes(threadIDs[$1].utf8)
    }
    for position in byID { rest.writeUInt32LittleEndian(UInt32(position)) }
    for tip in tipStarts { rest.writeUInt64LittleEndian(UInt64(recordsStart + tip)) }
    for length in fieldLengths { rest.writeUInt32LittleEndian(length) }
    let names = remedies.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let positions = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    for name in tipRemedies { rest.writeUInt32LittleEndian(UInt32(positions[name] ?? 0)) }
    for remedy in remedyStarts { rest.writeUInt64LittleEndian(UInt64(remedy)) }
    rest.writeUInt64LittleEndian(UInt64(start))
  }

  private mutating func flushPosts() throws(IndexError) {
    do {
      try storage.write(pendingPosts.bytes, to: file)
    } catch {
      throw .io(error)
    }
    pendingPosts = ByteWriter()
  }
}
