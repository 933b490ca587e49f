import TipsCore

@testable import TipsIndex

/// What the index harnesses do with an index that opened: read every part of it, as searches,
/// `tips show` and `tips stats` would.
public enum IndexExercise {
  /// Two small threads for a real segment to fuzz a manifest against.
  public static let threads = [
    IndexedThread(
      thread: Thread(
        id: "calves", title: "Sore calves after running", format: .copiedText,
        posts: [
          Post(number: 1, author: "ana", likes: 2, text: "Try foam rolling your calves."),
          Post(number: 2, replyTo: 1, text: "+1 for foam rolling, then stretch."),
        ]),
      tips: [
        Tip(
          remedy: "foam rolling", kind: .selfMassage, muscles: ["calves"], tools: ["foam roller"],
          thread: "calves", post: 1, author: "ana", likes: 2,
          quote: "Try foam rolling your calves"),
        Tip(
          remedy: "foam rolling", kind: .selfMassage, thread: "calves", post: 2,
          stance: .agrees, agreesWith: 1, quote: "+1 for foam rolling",
          caveats: ["then stretch"]),
      ]),
    IndexedThread(
      thread: Thread(
        id: "hips", title: "Tight hips", format: .redditJSON,
        posts: [Post(number: 1, author: "bo", text: "The couch stretch fixed my hips.")]),
      tips: [
        Tip(
          remedy: "couch stretch", kind: .stretch, muscles: ["hip flexors"], thread: "hips",
          post: 1, author: "bo", quote: "The couch stretch fixed my hips")
      ]),
  ]

  /// Looks up every term, phrase of two terms, thread, post, field length and remedy of
  /// `reader`;
  /// a damaged block ends the walk with the error a search would give.
  public static func readEverything(_ reader: IndexReader) {
    _ = try? walk(reader)
  }

  private static func walk(_ reader: IndexReader) throws(IndexError) {
    for field in IndexField.allCases {
      let terms = try reader.terms(in: field)
      for term in terms {
        _ = try reader.postings(field: field, term: term, positions: true)
        _ = try reader.documentFrequency(field: field, term: term)
      }
      if terms.count >= 2 {
        _ = try reader.postings(field: field, phrase: Array(terms.prefix(2)))
      }
    }
    for thread in try reader.threads {
      _ = try? reader.thread(id: thread.id)
      _ = try reader.tips(inThread: thread.id)
    }
    for tip in try reader.tips.indices {
      for field in IndexField.allCases { _ = try reader.fieldLength(tip: tip, field: field) }
    }
    // What a card and `tips top` read: every remedy's evidence, card and flagged threads.
    for name in try reader.remedyEvidence().keys {
      _ = try reader.remedyCard(named: name, quotes: 2, caveats: 2)
      _ = try reader.flaggedThreads(ofRemedy: name)
    }
    _ = try reader.stats
  }
}
