import Foundation
import FuzzSupport
import TipsCore

@testable import TipsIndex

private let folderPath = NSTemporaryDirectory() + "tips-fuzz-manifest-\(getpid())"

/// A folder of this process holding one real segment of two threads, written once and removed
/// at exit; each input replaces its manifest. The manifest as written is kept beside it as
/// `meta.json.written`, which is where the seed in fuzz/corpus/manifest comes from.
private let folder: String = {
  let folder = folderPath
  do {
    var writer = try IndexWriter(directory: folder)
    try writer.commit(adding: IndexExercise.threads)
    try FileManager.default.copyItem(
      atPath: folder + "/meta.json", toPath: folder + "/meta.json.written")
  } catch {
    preconditionFailure("cannot write the fuzzing index at \(folder): \(error)")
  }
  atexit { try? FileManager.default.removeItem(atPath: folderPath) }
  return folder
}()

/// Any bytes as an index's `meta.json`: decoded, then, beside a real segment, opened as a
/// reader would and every term, thread and post of it read.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? Manifest.decode(bytes, path: "meta.json")
  do {
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/meta.json"))
  } catch {
    return 0
  }
  guard let reader = try? IndexReader.open(directory: folder) else { return 0 }
  IndexExercise.readEverything(reader)
  return 0
}
