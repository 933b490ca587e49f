import TipsCore
import TipsExtract
import TipsLanguage

/// Any text as a thread's posts, through the whole extractor: the first line is the title,
/// a line "--" starts the next post, and posts alternate between two authors, each replying
/// to the one before. The readers of every format end here, so whatever words, brackets,
/// quotes or lists a post holds must give tips or none, never a trap.
let extractor: TipExtractor = {
  guard let lexicon = try? Lexicon.shipped(), let language = try? LanguageModel.shipped() else {
    fatalError("fuzz-extraction: the shipped lexicon or language model did not load")
  }
  return TipExtractor(lexicon: lexicon, language: language)
}()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  let title = lines.isEmpty ? "" : String(lines.removeFirst())
  let bodies = lines.split(separator: "--", omittingEmptySubsequences: false).map {
    $0.joined(separator: "\n")
  }
  let posts = bodies.enumerated().map { index, body in
    Post(
      number: index + 1, author: index % 2 == 0 ? "asker" : "reader",
      likes: index, replyTo: index > 0 ? index : nil, text: body)
  }
  let thread = Thread(id: "fuzz", title: title, format: .copiedText, posts: posts)
  _ = extractor.tips(in: thread)
  return 0
}
