/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum zip, PNG and tantivy's
/// footers use, so a flipped bit anywhere in a data file is caught on open.
///
/// Arrays and mapped files hand over a buffer, which zlib's braided loop checksums
/// (`Zlib.crc32`); any other sequence goes a byte at a time through a table. Verified
/// against the check value "123456789" → 0xCBF43926.
struct CRC32: Sendable {
  private static let table: [UInt32] = (0..<256).map { (index: Int) -> UInt32 in
    var value = UInt32(index)
    for _ in 0..<8 {
      value = (value & 1) == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
    }
    return value
  }

  private var state: UInt32 = 0xFFFF_FFFF

  init() {}

  /// Feeds more bytes; checksumming in pieces gives the same value as all at once.
  mutating func update<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
    let contiguous = bytes.withContiguousStorageIfAvailable { buffer in
      Zlib.crc32(state ^ 0xFFFF_FFFF, over: buffer) ^ 0xFFFF_FFFF
    }
    if let contiguous {
      state = contiguous
      return
    }
    let table = Self.table
    for byte in bytes {
      state = table[Int((state ^ UInt32(byte)) & 0xFF)] ^ (state >> 8)
    }
  }

  /// The checksum of everything fed so far.
  var value: UInt32 { state ^ 0xFFFF_FFFF }

  /// The checksum of `bytes`.
  static func checksum<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
    var crc = CRC32()
    crc.update(bytes)
    return crc.value
  }
}
