// swift-tools-version: 6.1
import PackageDescription

// libFuzzer harnesses, one per entry point that reads outside data, in their own package so
// `swift test` on tips never builds them. Harnesses reach internal readers through
// `@testable import`, so `fuzz/run` builds with `-enable-testing`.
// Run: fuzz/run TARGET SECONDS
let harnesses: [(name: String, dependencies: [String])] = [
  ("copied-text", ["TipsIngest"]),
  ("discourse-raw", ["TipsIngest"]),
  ("discourse-json", ["TipsIngest"]),
  ("discourse-html", ["TipsIngest"]),
  ("reddit-json", ["TipsIngest"]),
  ("stack-exchange", ["TipsIngest"]),
  ("usenet", ["TipsIngest"]),
  ("sniffing", ["TipsIngest"]),
  ("extraction", ["TipsCore", "TipsExtract", "TipsLanguage"]),
  ("query", ["TipsCore", "TipsRanking"]),
  ("lexicon", ["TipsCore"]),
  ("segment", ["TipsCore", "TipsIndex", "FuzzSupport"]),
  ("manifest", ["TipsCore", "TipsIndex", "FuzzSupport"]),
]

let package = Package(
  name: "TipsFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "tips", path: "..")],
  targets: [
    .target(
      name: "FuzzSupport", dependencies: [.product(name: "TipsIndex", package: "tips")],
      path: "Support")
  ]
    + harnesses.map { harness in
      .executableTarget(
        name: "fuzz-" + harness.name,
        dependencies: harness.dependencies.map { name in
          name == "FuzzSupport" ? "FuzzSupport" : .product(name: name, package: "tips")
        },
        path: "Harnesses/" + harness.name)
    },
  swiftLanguageModes: [.v6]
)
