// swift-tools-version: 6.1
import PackageDescription

// A command answers in a few milliseconds, so loading the Swift runtime and Foundation as
// shared libraries would cost more than the search (about 10 ms of a 25 ms `tips search`):
// release builds of the executable on Linux link them in, as `--static-swift-stdlib` does, so
// `swift build -c release` alone gives the fast binary. The libraries stay as they are, so
// packages depending on them (Benchmarks/) link as they please.
// A test bundle cannot link them in (Swift Testing comes as a shared library only), so a
// release build of the tests, which CI makes, sets TIPS_SHARED_STDLIB=1.
let staticRelease = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
let linksRuntimeStatically = Context.environment["TIPS_SHARED_STDLIB"] == nil
let staticStandardLibrary: [SwiftSetting] =
  linksRuntimeStatically ? [.unsafeFlags(["-static-stdlib"], staticRelease)] : []
// Starting that binary was still 7 ms of a search: the dynamic loader patched 124,000
// relative relocations one by one and `dladdr` searched 34,000 exported symbols. It is linked
// with lld, which packs the relocations into a few thousand words (DT_RELR, glibc 2.36), and
// exports none of its own symbols, which nothing looks up: 4.5 ms, still position-independent.
// Linking it at a fixed address would save 2 ms more (the loader writes every page of
// pointers it relocates, 1.1 MB), but the executable reads hostile files through libxml2,
// and an address an attacker cannot know is worth more than that.
let fastStartLinking: [String] = [
  "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker",
  "--no-export-dynamic",
]
let staticLinking: [LinkerSetting] =
  linksRuntimeStatically
  ? [.unsafeFlags(["-static-stdlib"] + fastStartLinking, staticRelease)] : []
// Generic types our code makes (a `[String: Int]`, a `Set<IndexField>`) were made at run time
// from their mangled names, and each conformance their parameters need (String: Hashable) was
// found by searching every conformance record the executable holds (9,426, 0.2 ms a search,
// a dozen on the way to a search's answer). Accessing their metadata directly hands the
// conformances over instead.
let directMetadata: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
    .when(configuration: .release))
]

let package = Package(
  name: "tips",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "tips", targets: ["tips"]),
    .library(name: "TipsLanguage", targets: ["TipsLanguage"]),
    .library(name: "TipsCore", targets: ["TipsCore"]),
    .library(name: "TipsIngest", targets: ["TipsIngest"]),
    .library(name: "TipsExtract", targets: ["TipsExtract"]),
    .library(name: "TipsIndex", targets: ["TipsIndex"]),
    .library(name: "TipsRanking", targets: ["TipsRanking"]),
    .library(name: "TipsKnowledgeBase", targets: ["TipsKnowledgeBase"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .systemLibrary(
      name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    .target(
      name: "TipsLanguage", exclude: ["README.md"],
      resources: [.copy("Resources/tagger.bin"), .copy("Resources/ATTRIBUTION.md")],
      swiftSettings: directMetadata),
    .executableTarget(name: "train-tagger", dependencies: ["TipsLanguage"]),
    .target(
      name: "TipsCore", dependencies: ["TipsLanguage"],
      resources: [
        .copy("Resources/lexicon.txt"), .copy("Resources/Lexicon"),
        .copy("Resources/red-flags.txt"),
      ], swiftSettings: directMetadata),
    .target(
      name: "TipsIngest", dependencies: ["TipsCore", "CLibXML2"], swiftSettings: directMetadata),
    .target(
      name: "TipsExtract", dependencies: ["TipsCore", "TipsLanguage"],
      swiftSettings: directMetadata),
    .target(name: "TipsIndex", dependencies: ["TipsCore", "CZlib"], swiftSettings: directMetadata),
    .target(
      name: "TipsRanking", dependencies: ["TipsCore", "TipsIndex"], swiftSettings: directMetadata),
    .target(
      name: "TipsKnowledgeBase",
      dependencies: [
        "TipsCore", "TipsIngest", "TipsExtract", "TipsIndex", "TipsRanking", "TipsLanguage",
      ], swiftSettings: directMetadata),
    .target(
      name: "TipsFetch",
      dependencies: [
        "TipsCore", "TipsIngest",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
      ]),
    .target(
      name: "TipsWeb",
      dependencies: [
        "TipsKnowledgeBase", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .executableTarget(
      name: "tips",
      dependencies: [
        "TipsKnowledgeBase", "TipsFetch", "TipsWeb",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: staticStandardLibrary + directMetadata, linkerSettings: staticLinking),
    .testTarget(name: "TipsLanguageTests", dependencies: ["TipsLanguage"]),
    .testTarget(name: "TipsCoreTests", dependencies: ["TipsCore"]),
    .testTarget(
      name: "TipsIngestTests", dependencies: ["TipsIngest"], resources: [.copy("Fixtures")]),
    .testTarget(name: "TipsExtractTests", dependencies: ["TipsExtract", "TipsLanguage"]),
    .testTarget(
      name: "TipsIndexTests", dependencies: ["TipsIndex"], resources: [.copy("Fixtures")]),
    .testTarget(name: "TipsRankingTests", dependencies: ["TipsRanking"]),
    .testTarget(
      name: "TipsKnowledgeBaseTests", dependencies: ["TipsKnowledgeBase", "TipsLanguage"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "TipsCommandTests", dependencies: ["tips"]),
    .testTarget(
      name: "TipsFetchTests",
      dependencies: [
        "TipsFetch", "tips", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "TipsWebTests",
      dependencies: [
        "TipsWeb", "TipsKnowledgeBase", "TipsLanguage",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ],
      resources: [.copy("Fixtures")]),
  ],
  swiftLanguageModes: [.v6]
)
