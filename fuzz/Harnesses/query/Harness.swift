import TipsCore
import TipsRanking

/// The shipped lexicon, which a query's words are matched against.
private let lexicon = (try? Lexicon.shipped()) ?? Lexicon()

/// Any text as a `tips search` query, words, quoted phrases and exclusions.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = Query(text, lexicon: lexicon)
  return 0
}
