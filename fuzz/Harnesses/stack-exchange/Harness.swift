@testable import TipsIngest

/// Any bytes as a Stack Exchange `Posts.xml`, streamed row by row into threads.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let reader = StackExchangeReader(path: "fuzz/fitness.stackexchange.com/Posts.xml")
  guard var threads = try? reader.threads(in: bytes) else { return 0 }
  while (try? threads.next()) != nil {}
  return 0
}
