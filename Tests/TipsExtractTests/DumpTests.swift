import Testing
import TipsCore
@testable import TipsExtract

@Test func dumpSeed() throws {
  let extractor = TipExtractor(lexicon: try Lexicon.shipped())
  for tip in extractor.tips(in: try SeedFixture.thread()) {
    print("#\(tip.post) [\(tip.stance.rawValue)\(tip.agreesWith.map { "→\($0)" } ?? "")] \(tip.remedy) (\(tip.kind.rawValue)) m=\(tip.muscles) t=\(tip.tools) c=\(tip.conditions)\n    “\(tip.quote)”" + (tip.caveats.isEmpty ? "" : "\n    ! \(tip.caveats)"))
  }
}
