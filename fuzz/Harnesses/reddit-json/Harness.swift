@testable import TipsIngest

/// Any bytes as a Reddit comments page's JSON (or a subreddit listing saved by mistake).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? RedditJSONReader.thread(from: bytes, path: "fuzz/comments.json")
  _ = RedditJSONReader.isPostListing(bytes, path: "fuzz/comments.json")
  return 0
}
