// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "tips",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "tips", targets: ["tips"]),
    .library(name: "TipsCore", targets: ["TipsCore"]),
    .library(name: "TipsIngest", targets: ["TipsIngest"]),
    .library(name: "TipsExtract", targets: ["TipsExtract"]),
    .library(name: "TipsIndex", targets: ["TipsIndex"]),
    .library(name: "TipsRanking", targets: ["TipsRanking"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .target(name: "TipsCore", resources: [.copy("Resources/lexicon.txt")]),
    .target(name: "TipsIngest", dependencies: ["TipsCore", "CLibXML2"]),
    .target(name: "TipsExtract", dependencies: ["TipsCore"]),
    .target(name: "TipsIndex", dependencies: ["TipsCore"]),
    .target(name: "TipsRanking", dependencies: ["TipsCore", "TipsIndex"]),
    .executableTarget(
      name: "tips",
      dependencies: [
        "TipsCore", "TipsIngest", "TipsExtract", "TipsIndex", "TipsRanking",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(name: "TipsCoreTests", dependencies: ["TipsCore"]),
    .testTarget(
      name: "TipsIngestTests", dependencies: ["TipsIngest"], resources: [.copy("Fixtures")]),
    .testTarget(name: "TipsExtractTests", dependencies: ["TipsExtract", "TipsIngest"]),
    .testTarget(name: "TipsIndexTests", dependencies: ["TipsIndex"]),
    .testTarget(name: "TipsRankingTests", dependencies: ["TipsRanking", "TipsExtract", "TipsIngest"]),
  ],
  swiftLanguageModes: [.v6]
)
