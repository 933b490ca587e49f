// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so `swift test` on tips never builds them.
// Run: swift package --package-path Benchmarks benchmark
let package = Package(
  name: "TipsBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "tips", path: ".."),
    // "MallocInterposer" only: the default traits also pull in a runtime interposer this
    // machine's package mirror does not carry.
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "TipsBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TipsLanguage", package: "tips"),
        .product(name: "TipsCore", package: "tips"),
        .product(name: "TipsIngest", package: "tips"),
        .product(name: "TipsExtract", package: "tips"),
        .product(name: "TipsIndex", package: "tips"),
        .product(name: "TipsRanking", package: "tips"),
        .product(name: "TipsKnowledgeBase", package: "tips"),
      ],
      path: "Benchmarks/TipsBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")])
  ],
  swiftLanguageModes: [.v6]
)
