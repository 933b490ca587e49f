import Synchronization

/// Checks a segment's bytes in blocks of 4 KiB, each against its own CRC-32, the first time
/// something in the block is read.
///
/// Opening a segment then costs the same whatever it holds: the frame's checksum covers only
/// the table of block checksums (4 bytes per 4 KiB), and a thread, tip, term or table entry is
/// checked with the block it lies in when a search first reads it. A flipped byte still gives
/// one clear error, only later: when its block is read rather than at open. Blocks checked
/// once are remembered for the life of the mapping, so a search pays for each block it
/// touches once; a writer opening a segment to merge it checks all of them (`checkAll`).
///
/// Shared by every copy of the segment that maps the file, and by concurrent searches: the
/// set of checked blocks is a bitset of atomic words, set only after a block's check passed
/// and never cleared, which is the invariant that makes the `@unchecked Sendable` sound. A
/// lookup is one atomic load, not a lock: a search asks before every table read. The bytes
/// are immutable, so checking a block twice (two threads racing to the same block) is wasted
/// work, never a wrong answer.
final class BlockChecksums: @unchecked Sendable {
  static let blockSize = 4096

  /// The bytes checked in blocks, as offsets in the file.
  let region: Range<Int>
  /// Where the table of the blocks' CRC-32s starts (UInt32 little-endian each).
  private let table: Int
  /// One bit per block, 64 blocks a word.
  private let checked: UnsafeMutablePointer<Atomic<UInt64>>
  private let wordCount: Int

  /// Blocks over `region`, whose checksums start at `table`.
  init(region: Range<Int>, table: Int) {
    self.region = region
    self.table = table
    wordCount = (Self.blockCount(region.count) + 63) / 64
    checked = .allocate(capacity: wordCount)
    for word in 0..<wordCount { (checked + word).initialize(to: Atomic(0)) }
  }

  deinit {
    checked.deinitialize(count: wordCount)
    checked.deallocate()
  }

  /// How many blocks cover `length` bytes.
  static func blockCount(_ length: Int) -> Int {
    (length + blockSize - 1) / blockSize
  }

  /// The table of checksums of `bytes`, block by block, as it is written after them.
  static func table<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes) -> [UInt8]
  where Bytes.Index == Int {
    var writer = ByteWriter()
    var start = bytes.startIndex
    while start < bytes.endIndex {
      let end = min(start + blockSize, bytes.endIndex)
      writer.writeUInt32LittleEndian(CRC32.checksum(bytes[start..<end]))
      start = end
    }
    return writer.bytes
  }

  /// Checks every block `range` touches and returns how far from `range.lowerBound` reads
  /// need no further check: the end of the last block checked, `region.lowerBound` for bytes
  /// before the region and `Int.max` past it (others check those: the frame, or each
  /// thread's posts checksum).
  func check<Bytes: RandomAccessCollection<UInt8>>(
    _ range: Range<Int>, in bytes: Bytes
  ) throws(FormatError) -> Int where Bytes.Index == Int {
    if range.lowerBound >= region.upperBound { return Int.max }
    if range.upperBound <= region.lowerBound { return region.lowerBound }
    let first = (max(range.lowerBound, region.lowerBound) - region.lowerBound) / Self.blockSize
    let last = (min(range.upperBound, region.upperBound) - 1 - region.lowerBound) / Self.blockSize
    for block in first...last where !isChecked(block) {
      try check(block: block, in: bytes)
    }
    let end = region.lowerBound + (last + 1) * Self.blockSize
    return end >= region.upperBound ? Int.max : end
  }

  /// Checks every block: what a writer does before it builds on a segment.
  func checkAll<Bytes: RandomAccessCollection<UInt8>>(
    in bytes: Bytes
  ) throws(FormatError) where Bytes.Index == Int {
    guard !region.isEmpty else { return }
    _ = try check(region, in: bytes)
  }

  private func isChecked(_ block: Int) -> Bool {
    checked[block / 64].load(ordering: .acquiring) & (1 << UInt64(block % 64)) != 0
  }

  private func check<Bytes: RandomAccessCollection<UInt8>>(
    block: Int, in bytes: Bytes
  ) throws(FormatError) where Bytes.Index == Int {
    let start = region.lowerBound + block * Self.blockSize
    let end = min(start + Self.blockSize, region.upperBound)
    var stored: UInt32 = 0
    let entry = table + block * 4
    for index in 0..<4 { stored |= UInt32(bytes[entry + index]) << UInt32(8 * index) }
    guard CRC32.checksum(bytes[start..<end]) == stored else {
      throw FormatError(reason: "checksum mismatch in bytes \(start)..<\(end)")
    }
    checked[block / 64].bitwiseOr(1 << UInt64(block % 64), ordering: .releasing)
  }
}
