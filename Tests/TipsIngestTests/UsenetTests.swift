import Foundation
import Testing
import TipsCore

@testable import TipsIngest

/// A folder of messages, one per file, as the 20 Newsgroups collection keeps them.
struct ArticleFolder {
  var path: String

  /// The hand-written articles of `Fixtures/usenet` (see FIXTURES.md).
  static func fixtures() throws -> ArticleFolder {
    ArticleFolder(path: try Fixture.path("usenet"))
  }

  /// sci.med of the 20 Newsgroups collection, read in place: its license allows local
  /// testing only, so no message text is copied into the repository.
  static let sciMed = ArticleFolder(path: Fixture.sharedData("usenet/20news-bydate-sci.med"))

  func path(_ article: String) -> String { path + "/" + article }

  /// The thread the articles make once read one file each and merged, as `tips add` does.
  func thread(_ articles: [String]) throws -> TipsCore.Thread {
    var pieces: [TipsCore.Thread] = []
    for article in articles { pieces += try ThreadImporter.threads(fromFile: path(article)) }
    let merged = ThreadImporter.mergingThreads(pieces)
    #expect(merged.count == 1)
    return try #require(merged.first)
  }

  func rawLines(_ article: String) throws -> [String] {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path(article)))
    return String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
  }
}

/// A thread of articles and what it must read as; the expectations of a real one are about
/// its structure only, computed from the raw files where they concern text.
struct RealThread: Sendable, CustomTestStringConvertible {
  var articles: [String]
  var id: String
  var title: String
  var authors: [String]
  var replyTo: [Int?]
  var quotes: [[QuotedPost]]
  var testDescription: String { id }

  /// Checks the merged thread's posts, authors, replies and quotes.
  func checkThread(in folder: ArticleFolder) throws {
    let thread = try folder.thread(articles)
    #expect(thread.id == id)
    #expect(thread.title == title)
    #expect(thread.format == .usenet)
    #expect(thread.posts.map(\.number) == [1, 2, 3])
    #expect(thread.posts.map(\.author) == authors)
    #expect(thread.posts.map(\.replyTo) == replyTo)
    #expect(thread.posts.map(\.quotes) == quotes)
    #expect(thread.posts.allSatisfy { $0.likes == 0 && $0.date == nil })
  }

  /// Checks that no quoted line of the raw replies, nor their attribution, is in their text.
  func checkQuotesLeftOut(in folder: ArticleFolder) throws {
    let thread = try folder.thread(articles)
    for (article, post) in zip(articles, thread.posts).dropFirst() {
      let raw = try folder.rawLines(article)
      let quoted = raw.filter { line in
        guard let first = line.drop(while: { $0 == " " }).first else { return false }
        return first == ">" || first == ":" || first == "|"
      }.map { $0.drop { " >:|".contains($0) }.trimmingCharacters(in: .whitespaces) }
        .filter { $0.count >= 20 }
      try #require(quoted.count >= 1)
      for line in quoted { #expect(!post.text.contains(line), "\(article): \(line)") }
      #expect(!post.text.contains("writes:") && !post.text.contains("wrote:"))
      #expect(!post.text.contains("said:"))
    }
  }

  /// Checks that the first article's signature after "-- " is left out and its text ends
  /// where the writer's words end.
  func checkSignatureRemoved(in folder: ArticleFolder) throws {
    let post = try #require(try folder.thread(articles).post(1))
    let raw = try folder.rawLines(articles[0])
    let delimiter = try #require(raw.firstIndex(of: "-- "))
    let lastWords = try #require(
      raw[..<delimiter].last { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    #expect(post.text.hasSuffix(lastWords.trimmingCharacters(in: .whitespaces)))
    for signatureLine in raw[(delimiter + 1)...] {
      let words = signatureLine.split(separator: " ").filter {
        $0.count > 4 && $0.contains(where: \.isLetter)
      }
      for word in words { #expect(!post.text.contains(word), "\(word)") }
    }
  }

  /// Checks that an ISO-8859-1 byte of `article` decodes as its Latin-1 character.
  static func checkLatin1(_ article: String, in folder: ArticleFolder, author: String) throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path(article)))
    try #require(bytes.contains(0xAB))
    try #require(String(data: bytes, encoding: .utf8) == nil)
    let threads = try ThreadImporter.threads(fromFile: folder.path(article))
    let post = try #require(threads.first?.post(1))
    #expect(threads.count == 1)
    #expect(post.author == author)
    #expect(post.text.filter { $0 == "\u{AB}" }.count == 1)
    #expect(!post.text.contains("\u{FFFD}"))
  }
}

@Suite("Usenet and mail")
struct UsenetTests {
  /// Hand-written articles in the shapes of the 20 Newsgroups collection's (see FIXTURES.md).
  static let fixtureThreads = [
    RealThread(
      articles: ["1001", "1002", "1003"],
      id: "usenet-shin-splints-after-running", title: "Shin splints after running",
      authors: ["Kim Tanaka", "Pat Moreno", "Quinn Abara"], replyTo: [nil, 1, 1],
      quotes: [
        [], [QuotedPost(post: 1, author: "Kim Tanaka")],
        [QuotedPost(post: 1, author: "Kim Tanaka")],
      ]),
    // `|>` and ` | ` quotes under a Gnus `>>>>> On …, … said:` attribution
    RealThread(
      articles: ["2001", "2002", "2003"],
      id: "usenet-ice-or-heat-for-a-sprained-ankle", title: "Ice or heat for a sprained ankle",
      authors: ["Lee Brandt", "Robin Dyer", "Nora Sato"], replyTo: [nil, 1, 2],
      quotes: [
        [], [QuotedPost(post: 1, author: "Lee Brandt")],
        [QuotedPost(post: 2, author: "Robin Dyer")],
      ]),
    // `: ` quotes under a `Name (address) wrote:` attribution
    RealThread(
      articles: ["3001", "3002", "3003"],
      id: "usenet-magnesium-for-leg-cramps", title: "magnesium for leg cramps",
      authors: ["Ann Bell", "John Fenwick", "Don Mendes"], replyTo: [nil, 1, 1],
      quotes: [
        [], [QuotedPost(post: 1, author: "Ann Bell")],
        [QuotedPost(post: 1, author: "Ann Bell")],
      ]),
  ]

  @Test(
    "A thread read one article per file merges into its posts, authors and replies",
    arguments: fixtureThreads)
  func articleThread(expected: RealThread) throws {
    try expected.checkThread(in: try .fixtures())
  }

  @Test("Quoted lines and the attribution stay out of a reply's text", arguments: fixtureThreads)
  func quotesLeftOut(expected: RealThread) throws {
    try expected.checkQuotesLeftOut(in: try .fixtures())
  }

  @Test("The signature after '-- ' is left out, and the text ends where the writer's words end")
  func signatureRemoved() throws {
    try Self.fixtureThreads[0].checkSignatureRemoved(in: try .fixtures())
  }

  @Test("An ISO-8859-1 byte decodes as its Latin-1 character, not a failure")
  func latin1() throws {
    try RealThread.checkLatin1("4001", in: try .fixtures(), author: "Per Lind")
  }

  @Test("A folder of articles reads as Usenet: one thread per subject")
  func wholeFolder() throws {
    let folder = try ArticleFolder.fixtures()
    var threads: [TipsCore.Thread] = []
    for file in try ThreadImporter.files(in: [folder.path]) {
      threads += try ThreadImporter.threads(fromFile: file)
    }
    let merged = ThreadImporter.mergingThreads(threads)
    #expect(threads.count == 10)
    #expect(
      merged.map(\.id).sorted() == [
        "usenet-help-stiff-neck-after-sleeping", "usenet-ice-or-heat-for-a-sprained-ankle",
        "usenet-magnesium-for-leg-cramps", "usenet-shin-splints-after-running",
      ])
    #expect(merged.map(\.posts.count).sorted() == [1, 3, 3, 3])
  }

  /// Three messages in an mbox, the second and third in the wrong order by date; Alice's is
  /// ISO-8859-1 ("café"), Carol's has an mbox-escaped ">From " line.
  static let mbox: [UInt8] =
    Array(
      """
      From alice@example.org Mon Apr  5 10:00:00 1993
      From: alice@example.org (Alice Archer)
      Subject: Sore knee after long runs
      Date: Mon, 5 Apr 1993 10:00:00 GMT
      Message-ID: <1@example.org>

      My knee aches after every long run to the caf
      """.utf8) + [0xE9]
    + Array(
      """
      .
      What helps?

      From carol@example.org Tue Apr  6 13:30:00 1993
      From: carol@example.org
      Subject: RE: Sore knee  after long runs
      Date: Tue, 6 Apr 1993 08:30:00 -0500
      Message-ID: <3@example.org>
      References: <1@example.org> <2@example.org>

      Bob Baker (bob@example.org) wrote:
      : Ice it for fifteen minutes right after the run,

      +1 for ice.
      >From experience, foam rolling helps too.

      From bob@example.org Tue Apr  6 09:00:00 1993
      From: "Bob Baker" <bob@example.org>
      Subject: Re: [sci.med] Sore knee after long runs
      Date: Tue, 6 Apr 1993 11:00:00 +0200
      Message-ID: <2@example.org>
      References: <1@example.org>

      In article <1@example.org> alice@example.org (Alice Archer) writes:
      >My knee aches after every long run

      Ice it for fifteen minutes right after the run,
      and stretch your quads.

      -- 
      Bob Baker, Example Running Club

      """.utf8)

  @Test("An mbox of three messages is one thread, ordered by date, replies from References")
  func mboxThread() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(Self.mbox, to: "knee.mbox")
    let threads = try ThreadImporter.threads(fromFile: path)
    let thread = try #require(threads.first)
    #expect(threads.count == 1)
    #expect(thread.id == "usenet-sore-knee-after-long-runs")
    #expect(thread.title == "Sore knee after long runs")
    #expect(thread.posts.map(\.author) == ["Alice Archer", "Bob Baker", "carol"])
    #expect(
      thread.posts.map(\.date) == [
        "1993-04-05T10:00:00Z", "1993-04-06T09:00:00Z", "1993-04-06T13:30:00Z",
      ])
    #expect(thread.posts.map(\.replyTo) == [nil, 1, 2])
    #expect(
      thread.posts.map(\.quotes) == [
        [], [QuotedPost(post: 1, author: "Alice Archer")],
        [QuotedPost(post: 2, author: "Bob Baker")],
      ])
    #expect(
      thread.posts.map(\.text) == [
        "My knee aches after every long run to the caf\u{E9}. What helps?",
        "Ice it for fifteen minutes right after the run, and stretch your quads.",
        "+1 for ice.\nFrom experience, foam rolling helps too.",
      ])
  }

  /// The one thread of a mailbox file with `text`, written to a temporary folder.
  private func onlyThread(ofMbox text: String, named name: String) throws -> TipsCore.Thread {
    let folder = try TemporaryFolder()
    let path = try folder.write(Array(text.utf8), to: name)
    return try #require(try ThreadImporter.threads(fromFile: path).first)
  }

  @Test("A newsreader's own quote mark ('<' before the attribution and each quoted line) quotes")
  func ownQuoteMark() throws {
    let thread = try onlyThread(
      ofMbox: """
        From alice@example.org Mon Apr  5 10:00:00 1993
        From: alice@example.org (Alice Archer)
        Subject: Sore knee after long runs
        Message-ID: <1@example.org>

        My knee aches after every long run. Should I stop running?

        From dana@example.org Tue Apr  6 13:30:00 1993
        From: dana@example.org (Dana Dale)
        Subject: Re: Sore knee after long runs
        Message-ID: <2@example.org>
        References: <1@example.org>

        <In article <1@example.org> alice@example.org (Alice Archer) writes:
        <My knee aches after every long run.
        <>Should I stop running?

        Ice helped me. <g>

        """, named: "knee.mbox")
    #expect(
      thread.posts.map(\.text) == [
        "My knee aches after every long run. Should I stop running?", "Ice helped me. <g>",
      ])
    #expect(thread.posts[1].quotes == [QuotedPost(post: 1, author: "Alice Archer")])
  }

  @Test("A last paragraph that signs a name with a degree is a signature; one of advice is not")
  func signedNameWithoutDelimiter() throws {
    let thread = try onlyThread(
      ofMbox: """
        From alice@example.org Mon Apr  5 10:00:00 1993
        From: alice@example.org (Alice Archer)
        Subject: Sore knee after long runs
        Message-ID: <1@example.org>

        My knee aches after every long run. What helps?

        From mb@example.edu Tue Apr  6 13:30:00 1993
        From: mb@example.edu
        Subject: Re: Sore knee after long runs
        Message-ID: <2@example.org>
        References: <1@example.org>

        Ice it after the run.

        Martin Banschbach, Ph.D.
        Graduate degree in Biochemistry and Nutrition

        From dana@example.org Tue Apr  6 15:30:00 1993
        From: dana@example.org (Dana Dale)
        Subject: Re: Sore knee after long runs
        Message-ID: <3@example.org>
        References: <1@example.org>

        Ice helped me.

        Stretch, Rest
        and ice again.

        """, named: "knee.mbox")
    #expect(
      thread.posts.map(\.text) == [
        "My knee aches after every long run. What helps?", "Ice it after the run.",
        "Ice helped me.\n\nStretch, Rest and ice again.",
      ])
  }

  @Test("A question signed with the writer's address keeps its words; only the address goes")
  func questionEndingOnTheAddress() throws {
    let thread = try onlyThread(
      ofMbox: """
        From amy@example.org Mon Apr  5 10:00:00 1993
        From: amy@example.org (Amy Gold)
        Subject: Emphysema question
        Message-ID: <1@example.org>

        A friend of mine is going in later this week for tests to see if he has
        emphysema.

        Is a diagnosis of emphysema a death sentence?  If he were to give up smoking
        entirely would that better his chances for recovery?  Thanks.  amy@example.org

        From ken@example.org Tue Apr  6 13:30:00 1993
        From: ken@example.org (Ken Gilbert)
        Subject: Re: Emphysema question
        Message-ID: <2@example.org>
        References: <1@example.org>

        Quitting is the one thing that slows it down.

        Ken Gilbert
        University of Pittsburgh   ken@example.org

        """, named: "emphysema.mbox")
    #expect(
      thread.posts.map(\.text) == [
        "A friend of mine is going in later this week for tests to see if he has emphysema.\n\n"
          + "Is a diagnosis of emphysema a death sentence?  If he were to give up smoking "
          + "entirely would that better his chances for recovery?  Thanks.",
        "Quitting is the one thing that slows it down.",
      ])
  }

  @Test("A thread whose first kept message is a reply answers a post the archive lacks")
  func replyWithoutItsQuestion() throws {
    let text = """
      From ken@example.org Mon Apr  5 10:00:00 1993
      From: ken@example.org (Ken Colby)
      Subject: Re: chronic sinus and antibiotics
      Date: Mon, 5 Apr 1993 10:00:00 GMT
      Message-ID: <7@example.org>

      If the culture shows Staph, then Ceftin is better.

      From george@example.org Tue Apr  6 09:00:00 1993
      From: george@example.org (George Clark)
      Subject: Re: chronic sinus and antibiotics
      Date: Tue, 6 Apr 1993 09:00:00 GMT
      Message-ID: <8@example.org>

      Swab your nose with Bacitracin.

      """
    let thread = try #require(
      try ThreadImporter.threads(from: Array(text.utf8), path: "sinus.mbox").first)
    #expect(thread.posts.map(\.answersMissingPost) == [true, false])
    #expect(thread.posts.map(\.replyTo) == [nil, 1])
    // A thread whose question the archive kept has no such post.
    let kept = try #require(try ThreadImporter.threads(from: Self.mbox, path: "knee.mbox").first)
    #expect(kept.posts.allSatisfy { !$0.answersMissingPost })
  }

  @Test("Threads sharing an id merge; other threads pass through in place")
  func mergingLeavesOthersAlone() throws {
    let other = TipsCore.Thread(
      id: "usenet-sore-knee-after-long-runs", title: "x", format: .copiedText,
      posts: [Post(number: 1, text: "y")])
    let pieces = try ArticleFolder.fixtures().thread(["3001"])
    let merged = ThreadImporter.mergingThreads([other, pieces, pieces])
    #expect(merged.map(\.format) == [.copiedText, .usenet])
    #expect(merged.last?.posts.count == 1)
  }

  @Test(
    "Only a header block with From: and Subject: makes a file mail",
    arguments: zip(
      [
        "From: jd@x.edu (John Doe)\nSubject: Knee pain\n\nIce it.\n",
        "Subject: Knee pain\nFrom: jd@x.edu\nLines: 1\n\nIce it.\n",
        "Knee pain\n\nFrom: jd@x.edu\nSubject: Knee pain\n\nIce it.\n",
        "From: John Doe\nIce it, it helps.\n\nMe too.\n",
        "From: jd@x.edu\nOrganization: X\n\nIce it.\n",
        "From my own experience: ice it.\nSubject: knees\n\nMe too.\n",
      ],
      [
        ThreadFormat.usenet, .usenet, .copiedText, .copiedText, .copiedText, .copiedText,
      ]))
  func detection(text: String, format: ThreadFormat) throws {
    let threads = try ThreadImporter.threads(from: Array(text.utf8), path: "t.txt")
    #expect(threads.map(\.format) == [format])
  }

  @Test("The seed copied-text thread is not taken for mail")
  func seedIsNotMail() throws {
    let threads = try ThreadImporter.threads(fromFile: Fixture.seedThread)
    #expect(threads.map(\.format) == [.copiedText])
  }

  @Test("A message that is all header gives one clear line")
  func headerOnly() throws {
    let text = "From: jd@x.edu (John Doe)\nSubject: Hip replacement\nLines: 0\n\n\n"
    let error = IngestError.malformed(
      path: "hip", format: "Usenet/mail message",
      reason: "headers but no message text: a blank line and the body must follow them")
    #expect(throws: error) { try ThreadImporter.threads(from: Array(text.utf8), path: "hip") }
    #expect(
      error.description
        == "hip: malformed Usenet/mail message: headers but no message text: a blank line and the body must follow them"
    )
  }

  @Test(
    "An author is the From: field's display name",
    arguments: zip(
      [
        "kxgst1+@pitt.edu (Kenneth Gilbert)", "\"Jane\" <j@x.edu>", "Jane Q. Doe <j@x.edu>",
        "jc@oneb.almanac.bc.ca", "<j@x.edu>", "ames!ntmtv!janet", " ()",
      ],
      ["Kenneth Gilbert", "Jane", "Jane Q. Doe", "jc", "j", "janet", nil]))
  func displayName(from: String, name: String?) {
    #expect(UsenetReader.MailAddress(parsing: from[...])?.displayName == name)
  }

  @Test(
    "Dates become ISO 8601 in UTC; what does not parse is nil",
    arguments: zip(
      [
        "Tue, 6 Apr 1993 03:28:57 GMT", "20 Apr 1993 00:09:31 -0500", "19 Apr 93 16:33 EDT",
        "Fri, 31 Dec 1999 23:30:00 -0100 (foo)", "sometime in April",
      ],
      [
        "1993-04-06T03:28:57Z", "1993-04-20T05:09:31Z", "1993-04-19T20:33:00Z",
        "2000-01-01T00:30:00Z", nil,
      ]))
  func dates(value: String, iso: String?) {
    #expect(UsenetReader.MailDate.isoDate(value) == iso)
  }

  @Test(
    "Reply prefixes and group tags do not split a thread",
    arguments: [
      "Exercise and Migraine", "Re: Exercise and migraine", "RE:  exercise AND Migraine",
      "Re^2: Exercise and Migraine", "Re[3]: [sci.med] Exercise and Migraine",
    ])
  func subjects(subject: String) {
    #expect(UsenetReader.SubjectLine(subject).threadID == "usenet-exercise-and-migraine")
  }
}

/// sci.med of the 20 Newsgroups collection, read in place: its license allows local testing
/// only, so the suite runs only when `TIPS_SHARED_DATA` is set.
@Suite(
  "Usenet over the shared data",
  .enabled(if: ProcessInfo.processInfo.environment["TIPS_SHARED_DATA"] != nil))
struct UsenetSharedDataTests {
  static let realThreads = [
    RealThread(
      articles: ["train/58768", "train/58786", "train/58793"],
      id: "usenet-exercise-and-migraine", title: "Exercise and Migraine",
      authors: ["Janet Jakstys", "Sherri Nichols", "John Finlayson"], replyTo: [nil, 1, 1],
      quotes: [
        [], [QuotedPost(post: 1, author: "Janet Jakstys")],
        [QuotedPost(post: 1, author: "Janet Jakstys")],
      ]),
    // `|>` and ` | ` quotes under a Gnus `>>>>> On …, … said:` attribution
    RealThread(
      articles: ["train/58046", "train/58064", "train/58149"],
      id: "usenet-analgesics-with-diuretics", title: "Analgesics with Diuretics",
      authors: ["Lawrence Curcio", "Steve Dyer", "Nathan Otto Siemers"], replyTo: [nil, 1, 2],
      quotes: [
        [], [QuotedPost(post: 1, author: "Lawrence Curcio")],
        [QuotedPost(post: 2, author: "Steve Dyer")],
      ]),
    // `: ` quotes under a `Name (address) wrote:` attribution
    RealThread(
      articles: ["test/59407", "test/59454", "test/59555"],
      id: "usenet-feverfew-for-migraines", title: "feverfew for migraines",
      authors: ["Brenda Bowden", "John Finlayson", "Don Montgomery"], replyTo: [nil, 1, 1],
      quotes: [
        [], [QuotedPost(post: 1, author: "Brenda Bowden")],
        [QuotedPost(post: 1, author: "Brenda Bowden")],
      ]),
  ]

  @Test(
    "A sci.med thread read one article per file merges into its posts, authors and replies",
    arguments: realThreads)
  func realThread(expected: RealThread) throws {
    try expected.checkThread(in: .sciMed)
  }

  @Test(
    "Quoted lines and the attribution stay out of a sci.med reply's text", arguments: realThreads)
  func quotesLeftOut(expected: RealThread) throws {
    try expected.checkQuotesLeftOut(in: .sciMed)
  }

  @Test("A sci.med signature after '-- ' is left out")
  func signatureRemoved() throws {
    try Self.realThreads[0].checkSignatureRemoved(in: .sciMed)
  }

  @Test("A sci.med article's ISO-8859-1 byte decodes as its Latin-1 character")
  func latin1() throws {
    try RealThread.checkLatin1("test/59535", in: .sciMed, author: "Per-Arne Melander")
  }

  @Test("All of sci.med reads as Usenet: 101 threads of 3 messages or more, 2 header-only files")
  func wholeGroup() throws {
    let sciMed = ArticleFolder.sciMed
    var threads: [TipsCore.Thread] = []
    var failures: [IngestError] = []
    for file in try ThreadImporter.files(in: [sciMed.path]) {
      do {
        threads += try ThreadImporter.threads(fromFile: file)
      } catch {
        failures.append(error)
      }
    }
    #expect(threads.count == 962)
    #expect(failures.map(\.path) == [sciMed.path("test/59367"), sciMed.path("test/59643")])
    let merged = ThreadImporter.mergingThreads(threads)
    #expect(merged.count == 388)
    #expect(merged.filter { $0.posts.count >= 3 }.count == 101)
    #expect(merged.allSatisfy { $0.format == .usenet && $0.id.hasPrefix("usenet-") })
    #expect(Set(merged.map(\.id)).count == 388)
  }
}
