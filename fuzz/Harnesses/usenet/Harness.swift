@testable import TipsIngest

/// Any bytes as a Usenet article, mail message or mbox, then merged by subject as a folder of
/// articles is.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let threads = try? UsenetReader.threads(from: bytes, path: "fuzz/article") else {
    return 0
  }
  _ = ThreadImporter.mergingThreads(threads + threads)
  return 0
}
