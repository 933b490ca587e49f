import TipsCore
import TipsIndex

/// Two small threads whose posts and tips use every field, optional and enum the index stores.
///
/// Threads are stored sorted by id ("discourse-123" < "se-42"), so tip ordinals are:
/// 0, 1 in `hips`; 2, 3 in `knees`.
enum Fixture {
  static let hips = IndexedThread(
    thread: Thread(
      id: "discourse-123", title: "Tight hips after running",
      url: "https://forum.example.org/t/tight-hips/123", format: .discourseJSON,
      posts: [
        Post(
          number: 1, author: "ana", date: "2024-03-01T10:00:00Z", likes: 5, isAccepted: true,
          answersMissingPost: true,
          text: "Foam rolling my hip flexors every night fixed my tight hips."),
        Post(
          number: 2, replyTo: 1,
          quotes: [QuotedPost(post: 1, author: "ana"), QuotedPost(post: nil, author: nil)],
          text: "+1 on foam rolling, but go easy on a sore knee."),
      ]),
    tips: [
      Tip(
        remedy: "foam rolling", kind: .selfMassage, muscles: ["hip flexors"],
        tools: ["foam roller"], conditions: ["tight hips"], thread: "discourse-123", post: 1,
        author: "ana", likes: 5,
        quote: "Foam rolling my hip flexors every night fixed my tight hips"),
      Tip(
        remedy: "foam rolling", kind: .selfMassage, tools: ["foam roller"],
        thread: "discourse-123", post: 2, stance: .agrees, agreesWith: 1,
        quote: "+1 on foam rolling", caveats: ["go easy on a sore knee"]),
    ])

  static let knees = IndexedThread(
    thread: Thread(
      id: "se-42", title: "Knee pain when squatting", format: .stackExchangeXML,
      posts: [
        Post(
          number: 1, author: "bo", date: "2019-11-30", likes: -1,
          text: "Couch stretch helped my knee pain. Squats made it worse.")
      ]),
    tips: [
      Tip(
        remedy: "couch stretch", kind: .stretch, muscles: ["quads", "hip flexors"],
        conditions: ["knee pain"], thread: "se-42", post: 1, author: "bo", likes: -1,
        quote: "Couch stretch helped my knee pain",
        caveats: ["hold it for two minutes", "not before a run"]),
      Tip(
        remedy: "squats", kind: .strength, conditions: ["knee pain"], thread: "se-42", post: 1,
        author: "bo", likes: -1, stance: .against, quote: "Squats made it worse"),
    ])

  /// `hips` with a new title, one post and one tip, as a re-export of the same topic.
  static let hipsReexported = IndexedThread(
    thread: Thread(
      id: "discourse-123", title: "Stiff hips from sitting",
      url: "https://forum.example.org/t/tight-hips/123", format: .discourseHTML,
      posts: [Post(number: 1, author: "ana", likes: 9, text: "Pigeon pose, daily.")]),
    tips: [
      Tip(
        remedy: "pigeon pose", kind: .stretch, muscles: ["glutes"], thread: "discourse-123",
        post: 1, author: "ana", likes: 9, quote: "Pigeon pose, daily")
    ])

  /// A third thread, sorting after the other two ("reddit-7"), whose tips share words with
  /// theirs ("hip flexors", "foam roller") and repeat a phrase within one text.
  static let shoulders = IndexedThread(
    thread: Thread(
      id: "reddit-7", title: "Hip flexors and shoulders", format: .redditJSON,
      posts: [
        Post(
          number: 1, author: "cy", likes: 2,
          text: "Doorway stretch for the shoulders, foam roller for hip flexors, hip flexors again."
        )
      ]),
    tips: [
      Tip(
        remedy: "doorway stretch", kind: .stretch, muscles: ["pecs", "front delts"],
        tools: ["doorway"], thread: "reddit-7", post: 1, author: "cy", likes: 2,
        quote: "Doorway stretch for the shoulders"),
      Tip(
        remedy: "foam rolling", kind: .selfMassage, muscles: ["hip flexors"],
        tools: ["foam roller"], thread: "reddit-7", post: 1, author: "cy", likes: 2,
        quote: "foam roller for hip flexors, hip flexors again"),
    ])

  /// One more thread, for a commit that only adds.
  static let extra = thread(format: .copiedText, kind: .mobility)

  /// A one-post thread with one tip of `kind`, for round-tripping every enum value.
  static func thread(format: ThreadFormat, kind: RemedyKind) -> IndexedThread {
    let id = "\(format.rawValue)-\(kind.rawValue)"
    return IndexedThread(
      thread: Thread(
        id: id, title: "A \(kind.rawValue) tip", format: format,
        posts: [Post(number: 1, text: "Try it.")]),
      tips: [Tip(remedy: "something", kind: kind, thread: id, post: 1, quote: "Try it")])
  }
}
