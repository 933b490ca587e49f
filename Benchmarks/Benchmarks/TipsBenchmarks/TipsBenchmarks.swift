import Benchmark
import TipsCore
import TipsExtract
import TipsIndex
import TipsIngest
import TipsKnowledgeBase
import TipsRanking

/// Posts handled per second, over a whole pass of the dump.
let postsPerSecond = BenchmarkMetric.custom("posts/s", polarity: .prefersLarger)
/// Megabytes of `Posts.xml` read per second.
let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger)

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
    timeUnits: .milliseconds,
    warmupIterations: 1,
    maxDuration: .seconds(10),
    maxIterations: 1_000)

  // Ingest: XML rows → HTML → post text → threads, without extraction or indexing.
  Benchmark(
    "Ingest Posts.xml (parse only)",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, megabytesPerSecond],
      warmupIterations: 1, maxDuration: .seconds(15), maxIterations: 10)
  ) { benchmark in
    let path = BenchmarkData.dumpPath
    let megabytes = Double(BenchmarkData.fileSize(path)) / 1e6
    for _ in benchmark.scaledIterations {
      let start = ContinuousClock.now
      blackHole(try ThreadImporter.threads(fromFile: path))
      let elapsed = ContinuousClock.now - start
      benchmark.measurement(megabytesPerSecond, Int(megabytes / seconds(elapsed)))
    }
  }

  // Extraction: every thread of the dump through `TipExtractor`, the per-post cost of `add`.
  // One pass first fills the extractor's word lists and tries, which every process builds
  // once.
  Benchmark(
    "Extract tips, all threads of the dump",
    configuration: .init(
      metrics: [
        .wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput,
        postsPerSecond,
      ],
      warmupIterations: 1, maxDuration: .seconds(30), maxIterations: 5)
  ) { benchmark, threads in
    let extractor = TipExtractor(lexicon: BenchmarkData.lexicon, language: BenchmarkData.language)
    let posts = threads.reduce(0) { $0 + $1.posts.count }
    for _ in benchmark.scaledIterations {
      let start = ContinuousClock.now
      for thread in threads { blackHole(extractor.tips(in: thread)) }
      let elapsed = ContinuousClock.now - start
      benchmark.measurement(postsPerSecond, Int(Double(posts) / seconds(elapsed)))
    }
  } setup: {
    BenchmarkData.threads
  }

  /// What a card shows, as `tips search` without `--json` reads it.
  let cards = AnswerDetail.card(quotes: 2, caveats: 2)

  // The whole of `tips search` in-process at the smallest size: open the index, then answer.
  if let smallest = BenchmarkData.indexSizes.min() {
    Benchmark(
      "KnowledgeBase.search (open + query), \(BenchmarkData.label(smallest)) posts",
      configuration: .init(
        metrics: [.wallClock, .mallocCountTotal],
        warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 200)
    ) { benchmark, base in
      let queries = BenchmarkData.queries
      for _ in benchmark.scaledIterations {
        blackHole(
          try base.search(
            queries[benchmark.currentIteration % queries.count], limit: 10, detail: cards))
      }
    } setup: {
      KnowledgeBase(
        directory: IndexFixture.directory(posts: smallest), lexicon: BenchmarkData.lexicon)
    }
  }

  for size in BenchmarkData.indexSizes {
    let label = BenchmarkData.label(size)

    // What every `tips search` pays before answering: reading the committed index.
    Benchmark(
      "Open index, \(label) posts",
      configuration: .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 50)
    ) { benchmark, directory in
      for _ in benchmark.scaledIterations {
        blackHole(try IndexReader.open(directory: directory))
      }
    } setup: {
      IndexFixture.directory(posts: size)
    }

    // One query per iteration, cycling through the query set, on an index opened in setup:
    // p50 is a typical query of the set, p99 its slowest. Answered as `tips search` answers
    // for cards; `--json` reads every tip of the remedies shown.
    Benchmark(
      "Query, \(label) posts",
      configuration: .init(
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: BenchmarkData.queries.count,
        maxDuration: .seconds(10), maxIterations: 100 * BenchmarkData.queries.count)
    ) { benchmark, state in
      let (search, queries) = state
      for _ in benchmark.scaledIterations {
        let query = queries[benchmark.currentIteration % queries.count]
        blackHole(try search.remedies(matching: query, limit: 10, detail: cards))
      }
    } setup: {
      (
        RemedySearch(reader: try IndexReader.open(directory: IndexFixture.directory(posts: size))),
        BenchmarkData.queries.map { Query($0, lexicon: BenchmarkData.lexicon) }
      )
    }
  }
}

func seconds(_ duration: Duration) -> Double {
  let parts = duration.components
  return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}
