import TipsCore

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
    var threadIDs: [String] = []
    var seen: Set<String> = []
    for remedy in remedies {
      for id in remedy.tips.map(\.thread) + remedy.caveats.map(\.thread) {
        if seen.insert(id).inserted { threadIDs.append(id) }
      }
    }
    let index = try reader()
    var flaggedThreads: [String] = []
    for id in threadIDs {
      let flags: [RedFlags.Flag]
      do {
        // Recorded when the thread was written: an answer drawing on thousands of threads
        // reads none of their posts.
        if let names = try index.redFlags(ofThread: id) {
          flags = list.flags.filter { names.contains($0.name) }
        } else {
          guard let thread = try index.thread(id: id) else { continue }
          let text = ([thread.title] + thread.posts.map(\.text)).joined(separator: "\n")
          flags = list.flags(mentionedIn: text)
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
  private static let shippedRedFlags = Result { () throws(LexiconError) in
    try RedFlags.shipped()
  }
}
