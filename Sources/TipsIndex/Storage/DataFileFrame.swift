/// The frame around every data file: a header naming the format, a footer proving the file
/// is whole.
///
/// ```
/// header   4 bytes  magic "TIPS"
///          4 bytes  format version, UInt32 little-endian
/// payload  N bytes
/// footer   4 bytes  CRC-32 of header and payload, UInt32 little-endian
///          8 bytes  N, UInt64 little-endian
///          4 bytes  magic "TIPS"
/// ```
/// As tantivy's footer does, the end is checked first: a file cut short loses its trailing
/// magic, so truncation is told apart from a flipped byte. The checksum covers the header too,
/// so a damaged version number reads as corruption rather than as a newer format.
enum DataFileFrame {
  static let magic: [UInt8] = [0x54, 0x49, 0x50, 0x53]  // "TIPS"
  static let headerSize = 8
  static let footerSize = 16

  /// A framed file around `payload`, and the checksum its footer records.
  static func frame(payload: [UInt8], version: Int) -> (bytes: [UInt8], crc32: UInt32) {
    var writer = ByteWriter()
    writer.writeBytes(magic)
    writer.writeUInt32LittleEndian(UInt32(version))
    writer.writeBytes(payload)
    let crc = CRC32.checksum(writer.bytes)
    writer.writeUInt32LittleEndian(crc)
    writer.writeUInt64LittleEndian(UInt64(payload.count))
    writer.writeBytes(magic)
    return (writer.bytes, crc)
  }

  /// Checks a framed file and returns where its payload lies and its checksum.
  ///
  /// `path` names the file in errors.
  static func unframe<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, path: String
  ) throws(IndexError) -> (
    payload: Range<Int>, crc32: UInt32
  ) where Bytes.Index == Int {
    let size = bytes.count
    guard size >= headerSize + footerSize else {
      throw .corrupt(file: path, reason: "truncated: \(size) bytes, too short for a data file")
    }
    guard Array(bytes[(size - 4)...]) == magic else {
      throw .corrupt(file: path, reason: "truncated or not a tips data file (no footer)")
    }
    var footer = ByteReader(bytes, range: (size - footerSize)..<size)
    var header = ByteReader(bytes, range: 0..<headerSize)
    let storedCRC: UInt32
    let length: UInt64
    let leadingMagic: [UInt8]
    let version: Int
    do {
      storedCRC = try footer.readUInt32LittleEndian()
      length = try footer.readUInt64LittleEndian()
      leadingMagic = Array(try header.readBytes(4))
      version = Int(try header.readUInt32LittleEndian())
    } catch {
      throw .corrupt(file: path, reason: error.reason)
    }
    let actualLength = size - headerSize - footerSize
    guard length == UInt64(actualLength) else {
      throw .corrupt(
        file: path,
        reason: "truncated: footer records \(length) payload bytes, file has \(actualLength)")
    }
    guard leadingMagic == magic else {
      throw .corrupt(file: path, reason: "not a tips data file")
    }
    let computed =
      bytes.withContiguousStorageIfAvailable { CRC32.checksum($0[0..<(size - footerSize)]) }
      ?? CRC32.checksum(bytes[0..<(size - footerSize)])
    guard computed == storedCRC else {
      throw .corrupt(file: path, reason: "checksum mismatch")
    }
    guard version <= IndexFormat.currentVersion else {
      throw .tooNew(file: path, version: version, newestSupported: IndexFormat.currentVersion)
    }
    guard version >= IndexFormat.oldestSupportedVersion else {
      throw .tooOld(file: path, version: version)
    }
    return (headerSize..<(size - footerSize), storedCRC)
  }
}
