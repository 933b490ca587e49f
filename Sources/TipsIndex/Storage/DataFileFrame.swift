/// The frame around every data file: a header naming the format, a footer proving the file
/// is whole.
///
/// ```
/// header   4 bytes  magic "TIPS"
///          4 bytes  format version, UInt32 little-endian
/// payload  N bytes
/// footer   4 bytes  CRC-32 of header and payload, the cold range left out, UInt32 LE
///          8 bytes  cold range: its offset in the payload, UInt64 LE
///          8 bytes  cold range: its length, UInt64 LE (0 when there is none)
///          8 bytes  N, UInt64 little-endian
///          4 bytes  magic "TIPS"
/// ```
/// The cold range is the part of the payload checked otherwise (a segment's posts, each
/// thread's with its own checksum, and its records and tables, in blocks: everything but
/// the table of the blocks' checksums): leaving it out of the checksum lets opening check
/// what it reads without reading the rest. Whoever writes a cold range checksums its pieces
/// themselves (see `SegmentCodec`, `BlockChecksums`).
///
/// As tantivy's footer does, the end is checked first: a file cut short loses its trailing
/// magic, so truncation is told apart from a flipped byte. The checksum covers the header too,
/// so a damaged version number reads as corruption rather than as a newer format.
enum DataFileFrame {
  static let magic: [UInt8] = [0x54, 0x49, 0x50, 0x53]  // "TIPS"
  static let headerSize = 8
  static let footerSize = 32

  /// What `unframe` found: where the payload and its cold range lie in the file, and the
  /// checksum the footer records.
  struct Frame: Equatable {
    var payload: Range<Int>
    var cold: Range<Int>
    var crc32: UInt32
  }

  /// The header of a file of format `version`.
  static func header(version: Int) -> [UInt8] {
    var writer = ByteWriter()
    writer.writeBytes(magic)
    writer.writeUInt32LittleEndian(UInt32(version))
    return writer.bytes
  }

  /// The footer of a file whose payload is `payloadLength` bytes, `cold` of them (a range of
  /// the payload) left out of `crc32`, the checksum of the header and the rest of the payload.
  static func footer(crc32: UInt32, cold: Range<Int>, payloadLength: Int) -> [UInt8] {
    var writer = ByteWriter()
    writer.writeUInt32LittleEndian(crc32)
    writer.writeUInt64LittleEndian(UInt64(cold.lowerBound))
    writer.writeUInt64LittleEndian(UInt64(cold.count))
    writer.writeUInt64LittleEndian(UInt64(payloadLength))
    writer.writeBytes(magic)
    return writer.bytes
  }

  /// Checks a framed file (its checksum over everything but the cold range) and returns
  /// where its payload and cold range lie. `path` names the file in errors.
  static func unframe<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, path: String
  ) throws(IndexError) -> Frame where Bytes.Index == Int {
    let size = bytes.count
    guard size >= headerSize else {
      throw .corrupt(file: path, reason: "truncated: \(size) bytes, too short for a data file")
    }
    var header = ByteReader(bytes, range: 0..<headerSize)
    let leadingMagic: [UInt8]
    let version: Int
    do {
      leadingMagic = Array(try header.readBytes(4))
      version = Int(try header.readUInt32LittleEndian())
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
    guard leadingMagic == magic else {
      throw .corrupt(file: path, reason: "not a tips data file")
    }
    // Older formats had other footers; the header has not moved.
    guard version >= IndexFormat.oldestSupportedVersion else {
      throw .tooOld(file: path, version: version)
    }
    guard size >= headerSize + footerSize else {
      throw .corrupt(file: path, reason: "truncated: \(size) bytes, too short for a data file")
    }
    guard Array(bytes[(size - 4)...]) == magic else {
      throw .corrupt(file: path, reason: "truncated or not a tips data file (no footer)")
    }
    var footer = ByteReader(bytes, range: (size - footerSize)..<size)
    let storedCRC: UInt32
    let coldStart: UInt64
    let coldLength: UInt64
    let length: UInt64
    do {
      storedCRC = try footer.readUInt32LittleEndian()
      coldStart = try footer.readUInt64LittleEndian()
      coldLength = try footer.readUInt64LittleEndian()
      length = try footer.readUInt64LittleEndian()
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
    let actualLength = size - headerSize - footerSize
    guard length == UInt64(actualLength) else {
      throw .corrupt(
        file: path,
        reason: "truncated: footer records \(length) payload bytes, file has \(actualLength)")
    }
    guard coldStart <= length, coldLength <= length - coldStart else {
      throw .corrupt(file: path, reason: "checksum mismatch")
    }
    let cold = (headerSize + Int(coldStart))..<(headerSize + Int(coldStart + coldLength))
    let payloadEnd = size - footerSize
    let computed =
      bytes.withContiguousStorageIfAvailable {
        checksum($0, through: payloadEnd, skipping: cold)
      } ?? checksum(Array(bytes), through: payloadEnd, skipping: cold)
    guard computed == storedCRC else {
      throw .corrupt(file: path, reason: "checksum mismatch")
    }
    guard version <= IndexFormat.currentVersion else {
      throw .tooNew(file: path, version: version, newestSupported: IndexFormat.currentVersion)
    }
    return Frame(payload: headerSize..<payloadEnd, cold: cold, crc32: storedCRC)
  }

  /// The CRC-32 of `bytes[..<end]` without `skipped`.
  private static func checksum<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, through end: Int, skipping skipped: Range<Int>
  ) -> UInt32 where Bytes.Index == Int {
    var crc = CRC32()
    crc.update(bytes[bytes.startIndex..<(bytes.startIndex + skipped.lowerBound)])
    crc.update(bytes[(bytes.startIndex + skipped.upperBound)..<(bytes.startIndex + end)])
    return crc.value
  }
}
