import TipsCore

/// A small lexicon in the shipped file's format, so these tests do not move when the shipped
/// vocabulary grows.
enum TestLexicon {
  static let text = """
    [muscles]
    hip flexors | hip flexor | psoas, iliopsoas
    quads | quad | quadriceps
    glutes | glute | gluteus, butt
    [tools]
    foam roller | foam rolling | roller, blackroll
    lacrosse ball | ball massage | lacrosse ball
    kettlebell | - | kettle bell
    [conditions]
    lower back pain | low back pain, back pain
    sciatica | sciatic pain
    [remedies]
    foam rolling | self-massage | - | foam roller | foam roll, foam rolling, rolling, rolled
    ball massage | self-massage | - | lacrosse ball | ball massage
    couch stretch | stretch | hip flexors, quads | - | couch stretch
    glute bridge | strength | glutes | - | glute bridge, hip bridge
    yoga | activity | - | - | yoga, yoga class
    chiropractor | practitioner | - | - | chiropractor, chiro
    see a doctor | practitioner | - | - | see your doctor, ask your doctor
    walking | activity | - | - | walk, walks
    rest | lifestyle | - | - | rest days
    weight loss | lifestyle | - | - | lose weight, losing weight
    """

  static func lexicon() throws -> Lexicon {
    try Lexicon(parsing: text, source: "test-lexicon.txt")
  }
}

/// A thread from (author, text) pairs; the first is the opener.
func makeThread(
  _ posts: [(String?, String)], title: String = "Lower back pain after long rides",
  likes: [Int: Int] = [:], replies: [Int: Int] = [:]
) -> Thread {
  Thread(
    id: "t", title: title, format: .copiedText,
    posts: posts.enumerated().map { index, post in
      Post(
        number: index + 1, author: post.0, likes: likes[index + 1] ?? 0,
        replyTo: replies[index + 1], text: post.1)
    })
}
