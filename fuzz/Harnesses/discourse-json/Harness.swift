@testable import TipsIngest

/// Any bytes as a Discourse topic's JSON.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? DiscourseJSONReader.thread(from: bytes, path: "fuzz/topic.json")
  return 0
}
