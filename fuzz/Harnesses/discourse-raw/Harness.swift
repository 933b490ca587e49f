@testable import TipsIngest

/// Any text as Discourse's `/raw/ID` export, whatever its first line says.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = try? DiscourseRawReader.thread(from: text, id: "thread.1", path: "fuzz/thread.md")
  return 0
}
