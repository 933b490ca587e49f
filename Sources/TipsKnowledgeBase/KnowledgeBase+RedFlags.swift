import TipsCore
import TipsIndex

extension KnowledgeBase {
  /// The red flags an answer must open with: those `query` mentions (nil for `top`) and those
  /// of the threads `remedies` draw on; nil when there are none.
  ///
  /// Whole threads are read, not only the quoted tips: the asker's own post is where
  /// symptoms are described ("and my groin has gone numb"), and it is rarely a tip.
  public func redFlags(
    query: String?, remedies: [Remedy]
  ) throws(KnowledgeBaseError) -> RedFlagNotice? {
    let list: RedFlags
    switch Self.shippedRedFlags {
    case .success(let shipped): list = shipped
    case .failure(let error): throw KnowledgeBaseError(error)
    }
    var found = Set(query.map { list.flags(mentionedIn: $0) } ?? [])
    let isInQuestion = !found.isEmpty
    let index = try reader()
    // The threads of the tips and caveats shown come first, in the answer's order; a card
    // that quotes a few of a remedy's tips adds the rest of its threads that mention a red
    // flag after them, with the flags recorded for each.
    var threadIDs: [String] = []
    var recorded: [String: [String]] = [:]
    var seen: Set<String> = []
    for remedy in remedies {
      for id in remedy.tips.map(\.thread) + remedy.caveats.map(\.thread) {
        if seen.insert(id).inserted { threadIDs.append(id) }
      }
    }
    for remedy in remedies where !remedy.holdsEveryTip {
      let threads = try Self.reading { () throws(IndexError) in
        try index.flaggedThreads(ofRemedy: remedy.name)
      }
      for thread in threads {
        if let flags = thread.redFlags { recorded[thread.id] = flags }
        if seen.insert(thread.id).inserted { threadIDs.append(thread.id) }
      }
    }
    var flaggedThreads: [String] = []
    for id in threadIDs {
      let flags: [RedFlags.Flag]
      do {
        // Recorded when the thread was written: an answer drawing on thousands of threads
        // reads none of their posts.
        let names: [String]?
        if let known = recorded[id] {
          names = known
        } else {
          names = try index.redFlags(ofThread: id)
        }
        if let names {
          flags = list.flags.filter { names.contains($0.name) }
        } else {
          guard let thread = try index.thread(id: id) else { continue }
          flags = list.flags(mentionedIn: thread)
        }
      } catch {
        throw KnowledgeBaseError(error)
      }
      if !flags.isEmpty {
        flaggedThreads.append(id)
        found.formUnion(flags)
      }
    }
    guard !found.isEmpty else { return nil }
    return RedFlagNotice(
      flags: list.flags.filter(found.contains), isInQuestion: isInQuestion,
      threads: flaggedThreads)
  }

  /// Read once per process, like the lexicon.
  static let shippedRedFlags = Result { () throws(LexiconError) in
    try RedFlags.shipped()
  }
}
