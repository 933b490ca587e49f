import TipsCore

/// Any text as a user's lexicon file, merged over an empty lexicon, then used to match a
/// sentence.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let lexicon = try? Lexicon(parsing: text, source: "fuzz/lexicon.txt") else { return 0 }
  let words = WordFolding.words(in: "foam rolling the psoas and hip flexors daily"[...])
  _ = lexicon.matches(in: words)
  return 0
}
