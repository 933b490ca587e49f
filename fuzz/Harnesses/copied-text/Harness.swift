@testable import TipsIngest

/// Any text as a page copied from a browser into a `.txt` file.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = try? CopiedTextReader.reading(from: text, id: "thread", path: "fuzz/thread.txt")
  return 0
}
