@testable import TipsIngest

/// Any bytes as a Discourse topic page, parsed by libxml2's HTML parser first.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let root = HTMLParser.rootElement(of: bytes) {
    _ = try? DiscourseHTMLReader.thread(from: root, path: "fuzz/topic.html")
  }
  return 0
}
