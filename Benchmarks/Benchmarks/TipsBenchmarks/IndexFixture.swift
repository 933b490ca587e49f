import Foundation
import TipsCore
import TipsExtract
import TipsIndex

/// Index folders of a given size, built once from the dump's real posts and cached on disk.
///
/// The dump's threads are extracted once and then replicated under new thread ids
/// (`<id>~<copy>`) until the posts reach the size asked for; their tips are copied with the
/// new id rather than extracted again, since extraction depends on the text only. All copies
/// go into one commit, as `tips add` of one big file would.
///
/// Each benchmark runs in its own process, so the folders are cached under
/// `$TIPS_BENCH_CACHE` (default `$TMPDIR/tips-benchmarks`), keyed by the benchmark
/// executable's size and date: a rebuild with changed index code never reads an index written
/// by the old one. Older keys are deleted. This file is the only one that writes through
/// `IndexWriter`; when the writer's API changes, only it needs to follow.
enum IndexFixture {
  static let cacheRoot: String = {
    if let path = BenchmarkData.environment["TIPS_BENCH_CACHE"], !path.isEmpty { return path }
    let temporary = BenchmarkData.environment["TMPDIR"] ?? "/tmp"
    return temporary + "/tips-benchmarks"
  }()

  /// Changes whenever the benchmark executable (and so the tips code linked into it) does.
  static let executableKey: String = {
    let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    let date = Int((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    return "exe-\(size)-\(date)"
  }()

  /// How many copies of the dump make at least `posts` posts.
  static func copies(forPosts posts: Int) -> Int {
    max(1, (posts + BenchmarkData.postCount - 1) / BenchmarkData.postCount)
  }

  /// The folder of an index holding about `posts` posts, building it if not cached.
  static func directory(posts: Int) -> String {
    let folder = "\(cacheRoot)/\(executableKey)/posts-\(posts)"
    // Written after the commit, beside the folder: a run killed while building leaves none.
    let marker = folder + ".complete"
    if FileManager.default.fileExists(atPath: marker) { return folder }
    removeStaleKeys()
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.createDirectory(atPath: cacheRoot + "/" + executableKey, withIntermediateDirectories: true)
    let started = ContinuousClock.now
    let extractor = TipExtractor(lexicon: BenchmarkData.lexicon, language: BenchmarkData.language)
    let originals = BenchmarkData.threads.map { IndexedThread(thread: $0, tips: extractor.tips(in: $0)) }
    var entries: [IndexedThread] = []
    let copyCount = copies(forPosts: posts)
    entries.reserveCapacity(originals.count * copyCount)
    for copy in 0..<copyCount {
      for original in originals {
        entries.append(replica(of: original, copy: copy))
      }
    }
    do {
      var writer = try IndexWriter(directory: folder)
      try writer.commit(adding: entries)
    } catch {
      fatalError("building \(folder): \(error)")
    }
    _ = FileManager.default.createFile(atPath: marker, contents: nil)
    let seconds = (ContinuousClock.now - started).components.seconds
    FileHandle.standardError.write(
      Data("built \(folder): \(copyCount * BenchmarkData.postCount) posts in \(seconds) s\n".utf8))
    return folder
  }

  static func replica(of entry: IndexedThread, copy: Int) -> IndexedThread {
    guard copy > 0 else { return entry }
    var thread = entry.thread
    thread.id = "\(thread.id)~\(copy)"
    let tips = entry.tips.map { tip -> Tip in
      var copied = tip
      copied.thread = thread.id
      return copied
    }
    return IndexedThread(thread: thread, tips: tips)
  }

  private static func removeStaleKeys() {
    let keys = (try? FileManager.default.contentsOfDirectory(atPath: cacheRoot)) ?? []
    for key in keys where key.hasPrefix("exe-") && key != executableKey {
      try? FileManager.default.removeItem(atPath: "\(cacheRoot)/\(key)")
    }
  }
}
