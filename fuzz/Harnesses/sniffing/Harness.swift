@testable import TipsIngest

/// Any bytes as a file given to `tips add`: the content decides the format, then that
/// format's reader runs, as for a real file.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = ContentSniffer.kind(of: bytes[...])
  _ = try? ThreadImporter.threads(from: bytes, path: "fuzz/thread.txt")
  return 0
}
