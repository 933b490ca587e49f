/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum zip, PNG and tantivy's
/// footers use, so a flipped bit anywhere in a data file is caught on open.
///
/// Table-driven, eight bytes per step over a buffer ("slicing-by-8", as zlib does) and one
/// byte per step otherwise: fast enough to check a whole data file on every open, and
/// verified against the check value "123456789" → 0xCBF43926.
struct CRC32: Sendable {
  private static let table: [UInt32] = (0..<256).map { (index: Int) -> UInt32 in
    var value = UInt32(index)
    for _ in 0..<8 {
      value = (value & 1) == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
    }
    return value
  }

  /// `tables[k][b]`: the CRC of byte `b` followed by `k` zero bytes, for slicing-by-8.
  private static let tables: [[UInt32]] = {
    var tables = [table]
    for k in 1..<8 {
      tables.append(
        (0..<256).map { index in
          let previous = tables[k - 1][index]
          return table[Int(previous & 0xFF)] ^ (previous >> 8)
        })
    }
    return tables
  }()

  private var state: UInt32 = 0xFFFF_FFFF

  init() {}

  /// Feeds more bytes; checksumming in pieces gives the same value as all at once.
  mutating func update<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
    // Arrays and mapped files hand over a buffer, which the loop reads without indexing
    // through a collection type.
    let contiguous = bytes.withContiguousStorageIfAvailable { buffer in
      Self.advance(state, overBuffer: buffer)
    }
    if let contiguous {
      state = contiguous
      return
    }
    state = Self.advance(state, over: bytes)
  }

  private static func advance<Bytes: Sequence<UInt8>>(
    _ start: UInt32, over bytes: Bytes
  ) -> UInt32 {
    let table = Self.table
    var state = start
    for byte in bytes {
      state = table[Int((state ^ UInt32(byte)) & 0xFF)] ^ (state >> 8)
    }
    return state
  }

  private static func advance(_ start: UInt32, overBuffer bytes: UnsafeBufferPointer<UInt8>)
    -> UInt32
  {
    var state = start
    var index = 0
    let count = bytes.count
    Self.tables.withUnsafeBufferPointer { t in
      let (t0, t1, t2, t3) = (t[0], t[1], t[2], t[3])
      let (t4, t5, t6, t7) = (t[4], t[5], t[6], t[7])
      while index + 8 <= count {
        let low =
          state
          ^ (UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
            | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24)
        state =
          t7[Int(low & 0xFF)] ^ t6[Int((low >> 8) & 0xFF)] ^ t5[Int((low >> 16) & 0xFF)]
          ^ t4[Int(low >> 24)] ^ t3[Int(bytes[index + 4])] ^ t2[Int(bytes[index + 5])]
          ^ t1[Int(bytes[index + 6])] ^ t0[Int(bytes[index + 7])]
        index += 8
      }
    }
    return advance(state, over: bytes[index...])
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
