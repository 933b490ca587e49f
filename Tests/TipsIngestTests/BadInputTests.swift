import Foundation
import Testing
import TipsCore
import TipsIngest

/// Inputs a user can hand `tips add` by mistake, or an attacker on purpose: each gives one
/// clear line, never a crash, a hang, or a file's content leaking in.
@Suite("Bad input")
struct BadInputTests {
  @Test("An empty file")
  func emptyFile() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("", to: "empty.json")
    #expect(throws: IngestError.empty(path: path)) { try ThreadImporter.threads(fromFile: path) }
    #expect(IngestError.empty(path: path).description == "\(path): empty file")
  }

  @Test("Binary garbage")
  func binaryGarbage() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF], to: "photo.txt")
    #expect(throws: IngestError.notText(path: path)) { try ThreadImporter.threads(fromFile: path) }
    #expect(
      IngestError.notText(path: path).description
        == "\(path): not a text file (binary or invalid UTF-8)")
  }

  @Test(
    "Invalid UTF-8 inside otherwise readable text, JSON or XML",
    arguments: [
      Array("Foam rolling helps ".utf8) + [0xC3, 0x28] + Array(" a lot".utf8),
      Array(#"{"id": 1, "post_stream": {"posts": [{"post_number": 1, "cooked": "caf"#.utf8) + [0xE9]
        + Array(#""}]}}"#.utf8),
      Array(
        #"<?xml version="1.0" encoding="utf-8"?><posts><row Id="1" PostTypeId="1" Body="caf"#.utf8)
        + [0xE9] + Array(#"" /></posts>"#.utf8),
    ])
  func invalidUTF8(bytes: [UInt8]) throws {
    #expect(throws: IngestError.notText(path: "bad")) {
      try ThreadImporter.threads(from: bytes, path: "bad")
    }
  }

  @Test("Invalid UTF-8 deep in a Stack Exchange dump streamed from disk")
  func invalidUTF8InStreamedDump() throws {
    let folder = try TemporaryFolder()
    var bytes = Array(#"<?xml version="1.0" encoding="utf-8"?>"#.utf8) + Array("\n<posts>\n".utf8)
    let row = #"  <row Id="1" PostTypeId="1" Title="t" Body="&lt;p&gt;fine&lt;/p&gt;" />"# + "\n"
    for _ in 0..<1000 { bytes += Array(row.utf8) }  // past the 64 KiB detection prefix
    bytes +=
      Array(#"  <row Id="2" PostTypeId="1" Title="caf"#.utf8) + [0xE9]
      + Array("\" />\n</posts>\n".utf8)
    let path = try folder.write(bytes, to: "Posts.xml")
    #expect(throws: IngestError.notText(path: path)) { try ThreadImporter.threads(fromFile: path) }
  }

  @Test("Truncated JSON")
  func truncatedJSON() throws {
    let json =
      #"{"id": 7, "title": "Shin splints", "post_stream": {"posts": [{"post_number": 1, "cook"#
    #expect(
      throws: IngestError.malformed(
        path: "t.json", format: "JSON", reason: "invalid or truncated JSON")
    ) {
      try ThreadImporter.threads(from: Array(json.utf8), path: "t.json")
    }
  }

  @Test("JSON of another shape", arguments: [#"{"a": 1}"#, #"{"kind": 3, "data": []}"#])
  func jsonOfAnotherShape(json: String) throws {
    #expect(throws: IngestError.unrecognizedFormat(path: "x.json")) {
      try ThreadImporter.threads(from: Array(json.utf8), path: "x.json")
    }
  }

  @Test("Discourse JSON with a field of the wrong type names the field")
  func discourseWrongFieldType() throws {
    let json =
      #"{"id": 7, "post_stream": {"posts": [{"post_number": "one", "cooked": "<p>x</p>"}]}}"#
    #expect(
      throws: IngestError.malformed(
        path: "t.json", format: "Discourse JSON",
        reason: "post_stream.posts[0].post_number is not a number")
    ) {
      try ThreadImporter.threads(from: Array(json.utf8), path: "t.json")
    }
  }

  @Test("A Reddit array that is not [submission, comments]")
  func redditWrongShape() throws {
    let json =
      #"[{"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {"body": "hi"}}]}}]"#
    #expect(
      throws: IngestError.malformed(
        path: "r.json", format: "Reddit JSON",
        reason: "expected [submission listing, comments listing]")
    ) {
      try ThreadImporter.threads(from: Array(json.utf8), path: "r.json")
    }
  }

  // The reasons after "line N:" are libxml2's own words (2.9.14 here); the reader never
  // substitutes entities, so libxml2's well-formedness checks stop both attacks at the row.

  @Test("A billion-laughs entity bomb is refused at once, never expanded")
  func billionLaughs() throws {
    let start = ContinuousClock.now
    #expect(
      throws: IngestError.malformed(
        path: "bomb.xml", format: "Stack Exchange Posts.xml",
        reason: "line 16: Detected an entity reference loop")
    ) {
      try ThreadImporter.threads(from: Array(HostileXML.billionLaughs.utf8), path: "bomb.xml")
    }
    #expect(ContinuousClock.now - start < .seconds(5))
  }

  @Test("A declared but unused entity bomb does not stop the rows")
  func unusedBombIgnored() throws {
    let xml = HostileXML.billionLaughs.replacingOccurrences(
      of: "&lt;p&gt;&lol9;&lt;/p&gt;", with: "&lt;p&gt;lol&lt;/p&gt;")
    let threads = try ThreadImporter.threads(from: Array(xml.utf8), path: "bomb.xml")
    #expect(threads.first?.posts.map(\.text) == ["Stretch daily.", "lol"])
  }

  @Test("An external entity is refused, and the file it names is never read")
  func externalEntity() throws {
    #expect(
      throws: IngestError.malformed(
        path: "xxe.xml", format: "Stack Exchange Posts.xml",
        reason: "line 6: Attribute references external entity 'xxe'")
    ) {
      try ThreadImporter.threads(from: Array(HostileXML.externalEntity.utf8), path: "xxe.xml")
    }
  }

  @Test("An HTML page that is not a forum thread")
  func htmlNotAThread() throws {
    let path = try Fixture.path("not-a-thread.html")
    #expect(throws: IngestError.unrecognizedFormat(path: path)) {
      try ThreadImporter.threads(fromFile: path)
    }
    #expect(
      IngestError.unrecognizedFormat(path: path).description
        == "\(path): not a thread export tips knows (Discourse JSON or HTML, Reddit JSON, Stack Exchange Posts.xml, Usenet/mail or mbox, copied text)"
    )
  }

  @Test("A dump's Comments.xml is named for what it is")
  func stackExchangeCompanion() throws {
    let folder = try TemporaryFolder()
    let comments = """
      \u{FEFF}<?xml version="1.0" encoding="utf-8"?>
      <!DOCTYPE comments SYSTEM 'comments.dtd'>
      <comments>
        <row Id="8" PostId="6" Score="7" Text="Good point." CreationDate="2011-10-11T20:01:02.003" UserId="12" />
      </comments>
      """
    let path = try folder.write(comments, to: "Comments.xml")
    #expect(throws: IngestError.stackExchangeCompanion(path: path, root: "comments")) {
      try ThreadImporter.threads(fromFile: path)
    }
  }

  @Test("XML with a root tips does not know is not a thread export")
  func otherXML() throws {
    let xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>\n"
    #expect(throws: IngestError.unrecognizedFormat(path: "feed.xml")) {
      try ThreadImporter.threads(from: Array(xml.utf8), path: "feed.xml")
    }
  }

  @Test("A Stack Exchange dump cut off in the middle of a row")
  func truncatedXML() throws {
    let xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <posts>
        <row Id="1" PostTypeId="1" Title="Warm-up" Body="&lt;p&gt;How long?&lt;/p&gt;" />
        <row Id="2" PostTypeId="2" ParentId="1" Bo
      """
    #expect(
      throws: IngestError.malformed(
        path: "cut.xml", format: "Stack Exchange Posts.xml",
        reason: "line 4: Couldn't find end of Start Tag row")
    ) {
      try ThreadImporter.threads(from: Array(xml.utf8), path: "cut.xml")
    }
  }

  @Test(
    "Every refusal is one line",
    arguments: [
      Array(HostileXML.billionLaughs.utf8), Array(HostileXML.externalEntity.utf8), [0x00, 0x01], [],
      Array(#"{"post_stream": "#.utf8), Array("<posts><row Id=\"1\"\n\n".utf8),
    ])
  func oneLineErrors(bytes: [UInt8]) throws {
    do {
      _ = try ThreadImporter.threads(from: bytes, path: "in")
      Issue.record("expected an error")
    } catch {
      #expect(!error.description.contains("\n"))
      #expect(error.description.hasPrefix("in: "))
    }
  }

  @Test("A path that does not exist")
  func missingFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/nope.json"
    #expect(throws: IngestError.unreadable(path: path, reason: "no such file or directory")) {
      try ThreadImporter.threads(fromFile: path)
    }
  }
}

extension BadInputTests {
  /// A text file of `size` bytes: a title, a blank line, then one line of words.
  static func singleLine(bytes size: Int, in folder: TemporaryFolder) throws -> String {
    let path = folder.path + "/line.txt"
    guard let file = fopen(path, "wb") else { throw IngestError.unreadable(path: path, reason: "") }
    defer { fclose(file) }
    let title = Array("Sore calves\n\n".utf8)
    fwrite(title, 1, title.count, file)
    let chunk = [UInt8](repeating: 0, count: 1 << 20).enumerated().map {
      $0.offset % 8 == 7 ? UInt8(ascii: " ") : UInt8(ascii: "a") + UInt8($0.offset % 7)
    }
    var written = title.count
    while written < size {
      let count = min(chunk.count, size - written)
      written += fwrite(chunk, 1, count, file)
    }
    return path
  }

  @Test("A 5 MB single line is refused at once, in one line")
  func hugeSingleLine() throws {
    let folder = try TemporaryFolder()
    let path = try Self.singleLine(bytes: 5 << 20, in: folder)
    let start = ContinuousClock.now
    #expect(throws: IngestError.lineTooLong(path: path, limit: 65_536)) {
      try ThreadImporter.threads(fromFile: path)
    }
    #expect(ContinuousClock.now - start < .seconds(5))
    #expect(
      IngestError.lineTooLong(path: "line.txt", limit: 65_536).description
        == "line.txt: a line longer than 64 KB; not a thread a person wrote")
  }

  @Test("A mail message with a 100 KB line is refused")
  func longMailLine() throws {
    let text = "From: jd@x.edu\nSubject: Knee\n\n" + String(repeating: "ice ", count: 25_000)
    #expect(throws: IngestError.lineTooLong(path: "m", limit: 65_536)) {
      try ThreadImporter.threads(from: Array(text.utf8), path: "m")
    }
  }

  @Test(
    "Deeply nested JSON is refused without exhausting the stack",
    arguments: [
      String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
      #"{"id": 1, "post_stream": "# + String(repeating: #"{"a": "#, count: 100_000) + "1"
        + String(repeating: "}", count: 100_001),
    ])
  func deeplyNestedJSON(json: String) throws {
    do {
      _ = try ThreadImporter.threads(from: Array(json.utf8), path: "deep.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasSuffix(": invalid or truncated JSON"))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test("A NUL byte past the first 64 KB still marks the file as not text")
  func lateNulByte() throws {
    let folder = try TemporaryFolder()
    let text = "Sore calves\n\n" + String(repeating: "Foam rolling helps.\n", count: 5_000)
    let path = try folder.write(Array(text.utf8) + [0] + Array("more\n".utf8), to: "nul.txt")
    #expect(throws: IngestError.notText(path: path)) { try ThreadImporter.threads(fromFile: path) }
  }

  @Test("A file removed between listing and reading is named; the others still read")
  func fileGoneAfterListing() throws {
    let folder = try TemporaryFolder()
    let kept = try folder.write("Sore calves\n\nFoam roll them.\n", to: "a.txt")
    let gone = try folder.write("Tight hips\n\nStretch them.\n", to: "b.txt")
    let files = try ThreadImporter.files(in: [folder.path])
    #expect(files == [kept, gone])
    try FileManager.default.removeItem(atPath: gone)
    #expect(try ThreadImporter.threads(fromFile: kept).map(\.id) == ["a"])
    #expect(throws: IngestError.unreadable(path: gone, reason: "no such file or directory")) {
      try ThreadImporter.threads(fromFile: gone)
    }
  }
}

/// Inputs too large for the normal suite's time: generated in a temporary folder.
@Suite(
  "Bad input at scale", .enabled(if: ProcessInfo.processInfo.environment["TIPS_SHARED_DATA"] != nil)
)
struct LargeBadInputTests {
  @Test("A 1 GB single line is refused without being read whole")
  func oneGigabyteLine() throws {
    let folder = try TemporaryFolder()
    let path = try BadInputTests.singleLine(bytes: 1 << 30, in: folder)
    #expect(throws: IngestError.tooLarge(path: path, limit: 64 << 20)) {
      try ThreadImporter.threads(fromFile: path)
    }
    #expect(
      IngestError.tooLarge(path: "line.txt", limit: 64 << 20).description
        == "line.txt: larger than 64 MB; only Stack Exchange dumps may be larger")
  }

  @Test("A Stack Exchange dump whose one row is a 1 GB line is one clear error")
  func oneGigabyteRow() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/Posts.xml"
    let file = try #require(fopen(path, "wb"))
    let head = Array(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n  <row Id=\"1\" PostTypeId=\"1\" Body=\""
        .utf8)
    fwrite(head, 1, head.count, file)
    let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
    for _ in 0..<1024 { fwrite(chunk, 1, chunk.count, file) }
    let tail = Array("\" />\n</posts>\n".utf8)
    fwrite(tail, 1, tail.count, file)
    fclose(file)
    let error = #expect(throws: IngestError.self) { try ThreadImporter.threads(fromFile: path) }
    let text = error?.description ?? ""
    #expect(text.hasPrefix(path + ": malformed Stack Exchange Posts.xml") && !text.contains("\n"))
  }
}

/// XML attacks on a parser that substitutes entities; they must do nothing to ours.
enum HostileXML {
  static let billionLaughs = """
    <?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE posts [
      <!ENTITY lol "lol">
      <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
      <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
      <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
      <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
      <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
      <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
      <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
    ]>
    <posts>
      <row Id="1" PostTypeId="1" Title="Stretching" Body="&lt;p&gt;Stretch daily.&lt;/p&gt;" Score="3" AnswerCount="1" />
      <row Id="2" PostTypeId="2" ParentId="1" Body="&lt;p&gt;&lol9;&lt;/p&gt;" Score="1" />
    </posts>
    """

  static let externalEntity = """
    <?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE posts [
      <!ENTITY xxe SYSTEM "file:///etc/passwd">
    ]>
    <posts>
      <row Id="1" PostTypeId="1" Title="Leak" Body="&lt;p&gt;&xxe;&lt;/p&gt;" Score="3" />
    </posts>
    """
}
