/// Appends the primitives of the data-file format to a byte buffer.
///
/// Fixed-width integers are written little-endian, byte by byte, so the file is the same on
/// every machine; counts and most numbers are LEB128 varints (small values take one byte);
/// signed numbers are zigzag-encoded first, so -1 takes one byte, not ten. Strings are a varint
/// byte count then UTF-8. `ByteReader` reads exactly what this writes.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  init() {}

  mutating func writeUInt8(_ value: UInt8) {
    bytes.append(value)
  }

  mutating func writeUInt32LittleEndian(_ value: UInt32) {
    writeLittleEndian(value)
  }

  mutating func writeUInt64LittleEndian(_ value: UInt64) {
    writeLittleEndian(value)
  }

  /// A fixed-width integer, least significant byte first.
  private mutating func writeLittleEndian<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
    for shift in stride(from: 0, to: T.bitWidth, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> T(shift)))
    }
  }

  /// LEB128: seven bits per byte, low bits first, high bit set on every byte but the last.
  mutating func writeVarUInt(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// A count or length; never negative.
  mutating func writeCount(_ count: Int) {
    writeVarUInt(UInt64(count))
  }

  /// A signed number, zigzag-encoded (0, -1, 1, -2 → 0, 1, 2, 3) then LEB128.
  mutating func writeVarInt(_ value: Int) {
    let wide = Int64(value)
    writeVarUInt(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
  }

  mutating func writeBool(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  mutating func writeString(_ value: String) {
    writeCount(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  /// A presence byte (0 or 1), then the string when present.
  mutating func writeOptionalString(_ value: String?) {
    writeBool(value != nil)
    if let value { writeString(value) }
  }

  /// A presence byte (0 or 1), then the number when present.
  mutating func writeOptionalVarInt(_ value: Int?) {
    writeBool(value != nil)
    if let value { writeVarInt(value) }
  }

  mutating func writeStrings(_ values: [String]) {
    writeCount(values.count)
    for value in values { writeString(value) }
  }

  mutating func writeBytes<Bytes: Collection<UInt8>>(_ other: Bytes) {
    bytes.append(contentsOf: other)
  }
}
