import Foundation
import FuzzSupport
import TipsCore

@testable import TipsIndex

private let folderPath = NSTemporaryDirectory() + "tips-fuzz-segment-\(getpid())"

/// A folder of this process, where a segment that decodes is written to be opened as an index;
/// removed at exit.
private let folder: String = {
  let folder = folderPath
  atexit { try? FileManager.default.removeItem(atPath: folderPath) }
  return folder
}()

/// Any bytes as a segment file's posts and what follows them, framed with correct checksums
/// so that the fuzzer reaches the decoder rather than the checksums: the first two bytes
/// (little-endian) say how many of the rest are posts; the rest after them is checked in
/// blocks, as in a real file, whose checksums and the posts' end are appended here.
///
/// A payload that decodes is then written with a manifest agreeing with it and opened as a
/// reader would, and every term, thread and post of it is read.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  guard input.count >= 2 else { return 0 }
  let body = Array(input[2...])
  let postsLength = min(Int(input[0]) | Int(input[1]) << 8, body.count)
  let header = DataFileFrame.header(version: IndexFormat.currentVersion)
  var tail = BlockChecksums.table(of: body[postsLength...])
  var postsEnd = ByteWriter()
  postsEnd.writeUInt64LittleEndian(UInt64(header.count + postsLength))
  tail += postsEnd.bytes
  var crc = CRC32()
  crc.update(header)
  crc.update(tail)
  let file =
    header + body + tail
    + DataFileFrame.footer(
      crc32: crc.value, cold: 0..<body.count, payloadLength: body.count + tail.count)

  guard let frame = try? DataFileFrame.unframe(file, path: "segment-1.tips"),
    let table = try? SegmentTable(file, payload: frame.payload, cold: frame.cold),
    let contents = try? SegmentCodec.decode(file, table: table)
  else { return 0 }
  for thread in contents.threads {
    _ = try? SegmentCodec.posts(of: thread, in: file)
    // Past the checksum too: the inflated bytes as the decoder would read them.
    guard let inflated = try? Zlib.decompressed(file[thread.posts], count: thread.postsLength)
    else { continue }
    var reader = ByteReader(inflated)
    for _ in 0..<thread.summary.postCount {
      guard (try? reader.readPost(ofThread: thread.summary.id)) != nil else { break }
    }
  }
  for dictionary in table.dictionaries.values {
    for (_, entry) in (try? dictionary.entries(in: file)) ?? [] {
      _ = try? dictionary.decodePostings(
        file, entry: entry, tipCount: contents.tips.count, positions: true)
    }
  }
  openAsIndex(file, contents: contents, crc32: frame.crc32)
  return 0
}

/// Writes `file` and a manifest naming it, opens the folder and reads everything.
private func openAsIndex(_ file: [UInt8], contents: SegmentContents, crc32: UInt32) {
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let counts = Manifest.Counts(
    threads: contents.threads.count, posts: contents.posts, tips: contents.tips.count)
  let manifest = Manifest(
    formatVersion: IndexFormat.currentVersion, writerVersion: "fuzz", generation: 1,
    nextSegment: 2,
    segments: [
      Manifest.Segment(
        name: "segment-1.tips", bytes: file.count, crc32: crc32, threads: counts.threads,
        posts: counts.posts, tips: counts.tips, deletedThreads: [])
    ],
    counts: counts)
  do {
    try Data(file).write(to: URL(fileURLWithPath: folder + "/segment-1.tips"))
    try Data(manifest.encoded()).write(to: URL(fileURLWithPath: folder + "/meta.json"))
  } catch {
    return
  }
  guard let reader = try? IndexReader.open(directory: folder) else { return }
  IndexExercise.readEverything(reader)
}
