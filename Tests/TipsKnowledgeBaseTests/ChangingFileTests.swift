import Foundation
import Testing
import TipsCore
import TipsIndex
import TipsIngest
import TipsKnowledgeBase
import TipsLanguage

/// A file that another program changes while `tips add` reads it: it grows, shrinks or is
/// replaced. Each add must either import one consistent reading of it or name it in one
/// error line, and the index must stay whole: never a crash, never half an add.
@Suite("Files that change while they are read")
struct ChangingFileTests {
  let scratch: Scratch
  let base: KnowledgeBase
  let language: LanguageModel

  init() throws {
    scratch = try Scratch()
    base = KnowledgeBase(directory: scratch.index, lexicon: try Lexicon.shipped())
    language = try LanguageModel.shipped()
  }

  /// A Stack Exchange dump of `questions` questions with two answers each, about 1 KB a
  /// question: big enough that streaming it takes long enough to be changed halfway.
  static func dump(questions: Int, offset: Int = 0) -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n"
    for question in 0..<questions {
      let id = (offset + question) * 3 + 1
      xml += """
          <row Id="\(id)" PostTypeId="1" Score="3" Title="Sore calves after running \(id)" \
        Body="&lt;p&gt;My calves are sore after every run. What helps?&lt;/p&gt;" \
        CreationDate="2020-01-01T10:00:00.000" OwnerUserId="7" />
          <row Id="\(id + 1)" PostTypeId="2" ParentId="\(id)" Score="5" \
        Body="&lt;p&gt;Foam rolling the calves every evening helped me a lot.&lt;/p&gt;" \
        CreationDate="2020-01-01T11:00:00.000" OwnerUserId="8" />
          <row Id="\(id + 2)" PostTypeId="2" ParentId="\(id)" Score="2" \
        Body="&lt;p&gt;I agree, foam rolling works. Stretch them too.&lt;/p&gt;" \
        CreationDate="2020-01-01T12:00:00.000" OwnerUserId="9" />

        """
    }
    return xml + "</posts>\n"
  }

  /// Rewrites the file at `path` in a loop until stopped: cut short in place, grown in
  /// place, replaced by a renamed file of other content, and removed and written again.
  final class Meddler: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private let path: String
    private let versions: [Data]
    private var thread: Foundation.Thread?

    init(path: String, versions: [String]) {
      self.path = path
      self.versions = versions.map { Data($0.utf8) }
    }

    func start() {
      let thread = Foundation.Thread { [self] in run() }
      self.thread = thread
      thread.start()
    }

    func stop() {
      lock.withLock { stopped = true }
      while lock.withLock({ stopped }) { usleep(1_000) }
    }

    private func run() {
      var step = 0
      while !lock.withLock({ stopped }) {
        let version = versions[step % versions.count]
        switch step % 4 {
        case 0:  // shrinks: cut in place, in the middle of a row
          truncate(path, off_t(version.count / 3))
        case 1:  // grows: appended in place
          if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(version)
            try? handle.close()
          }
        case 2:  // replaced: another file renamed over it
          let other = path + ".new"
          try? version.write(to: URL(fileURLWithPath: other))
          rename(other, path)
        default:  // removed, then written again
          unlink(path)
          try? version.write(to: URL(fileURLWithPath: path))
        }
        step += 1
        usleep(UInt32(200 + step % 7 * 300))
      }
      lock.withLock { stopped = false }
    }
  }

  @Test("A dump that grows, shrinks and is replaced while added: one error line or a whole add")
  func changingDump() async throws {
    let versions = [
      Self.dump(questions: 400), Self.dump(questions: 150, offset: 1_000),
      Self.dump(questions: 40, offset: 5_000),
    ]
    let path = try scratch.write("dump/Posts.xml", versions[0])
    let meddler = Meddler(path: path, versions: versions)
    meddler.start()
    var outcomes: [String] = []
    for _ in 0..<12 {
      let report: KnowledgeBase.AddReport
      do {
        report = try await base.add([path], language: language)
      } catch {
        meddler.stop()
        Issue.record("add failed as a whole: \(error)")
        return
      }
      for failure in report.failures {
        #expect(failure.path == path)
        #expect(!failure.description.contains("\n"), "\(failure)")
      }
      #expect(report.failures.isEmpty || report.commit == nil)
      outcomes.append(report.failures.isEmpty ? "added" : "refused")
      // Whatever happened, the index opens and every thread in it reads back whole.
      if report.commit != nil || FileManager.default.fileExists(atPath: scratch.index) {
        try checkWhole()
      }
    }
    meddler.stop()
    #expect(outcomes.count == 12)
  }

  @Test("A copied page replaced and cut while added: one error line or a whole add")
  func changingCopiedText() async throws {
    let seed = try String(contentsOfFile: seedPath, encoding: .utf8)
    let versions = [seed, String(seed.prefix(seed.count / 2)), seed + seed]
    let path = try scratch.write("page.txt", seed)
    let meddler = Meddler(path: path, versions: versions)
    meddler.start()
    for _ in 0..<20 {
      let report = try await base.add([path], language: language)
      for failure in report.failures {
        #expect(failure.path == path)
        #expect(!failure.description.contains("\n"), "\(failure)")
      }
      if report.commit != nil { try checkWhole() }
    }
    meddler.stop()
  }

  /// The index opens, and each thread it lists reads back with the posts it claims.
  private func checkWhole() throws {
    let reader = try base.reader()
    for summary in try reader.threads {
      let thread = try #require(try reader.thread(id: summary.id))
      #expect(thread.posts.count == summary.postCount)
      #expect(try reader.tips(inThread: summary.id).count == summary.tipCount)
    }
  }
}
