import Foundation
import TipsCore
import TipsIngest
import TipsLanguage

/// Where the benchmarks read their input, and the input read once per process.
///
/// The Stack Exchange dumps live in `shared/data/stackexchange/` beside the repository (as CI
/// lays it out); `TIPS_BENCH_DATA` names another folder, `TIPS_BENCH_DUMP` one `Posts.xml`.
/// The largest dump is used so per-post costs are measured on the most varied text we have.
enum BenchmarkData {
  /// The repository this package sits in: `Benchmarks/Benchmarks/TipsBenchmarks/` is 3 up.
  static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let environment = ProcessInfo.processInfo.environment

  /// The largest `Posts.xml` under the data folder, or `TIPS_BENCH_DUMP`.
  static let dumpPath: String = {
    if let path = environment["TIPS_BENCH_DUMP"], !path.isEmpty { return path }
    let folder = environment["TIPS_BENCH_DATA"].map { URL(fileURLWithPath: $0) }
      ?? repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/data/stackexchange")
    let sites = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let dumps = sites.map { folder.appendingPathComponent($0).appendingPathComponent("Posts.xml").path }
      .filter { FileManager.default.fileExists(atPath: $0) }
    guard let largest = dumps.max(by: { fileSize($0) < fileSize($1) }) else {
      fatalError("no Stack Exchange Posts.xml under \(folder.path); set TIPS_BENCH_DUMP")
    }
    return largest
  }()

  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
  }

  static let lexicon: Lexicon = {
    do {
      return try Lexicon.shipped()
    } catch {
      fatalError("shipped lexicon: \(error)")
    }
  }()

  static let language: LanguageModel = {
    do {
      return try LanguageModel.shipped()
    } catch {
      fatalError("shipped language model: \(error)")
    }
  }()

  /// The dump's threads, parsed once per benchmark process.
  static let threads: [TipsCore.Thread] = {
    do {
      return try ThreadImporter.threads(fromFile: dumpPath)
    } catch {
      fatalError("\(dumpPath): \(error)")
    }
  }()

  static var postCount: Int { threads.reduce(0) { $0 + $1.posts.count } }

  /// Index sizes in posts for the query benchmarks: `TIPS_BENCH_SIZES=10000,100000`.
  static let indexSizes: [Int] = {
    let text = environment["TIPS_BENCH_SIZES"] ?? "10000,100000,1000000"
    return text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }()

  /// The query set: the hip and back vocabulary tips is built for, and the math educators'
  /// words the dump actually holds, so both empty and busy postings lists are exercised.
  static let queries = [
    "hip flexor", "psoas", "foam roller", "core", "knee pain", "lacrosse ball", "stretch",
    "teacher", "student", "calculus", "proof", "\"foam roller\"",
  ]

  /// "10k", "100k", "1M".
  static func label(_ count: Int) -> String {
    if count >= 1_000_000, count % 1_000_000 == 0 { return "\(count / 1_000_000)M" }
    if count >= 1_000, count % 1_000 == 0 { return "\(count / 1_000)k" }
    return "\(count)"
  }
}
