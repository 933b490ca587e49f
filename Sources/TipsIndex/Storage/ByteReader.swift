/// Why bytes could not be decoded; becomes `IndexError.corrupt` once the file is known.
struct FormatError: Error, Equatable {
  var reason: String
}

/// Reads the primitives `ByteWriter` writes, refusing to read past the end.
///
/// Every read is bounds-checked and every count is checked against the bytes left, so a
/// damaged file gives a `FormatError` instead of a crash or a huge allocation, even where the
/// checksum has not been verified yet. Generic so the same code reads an array (tests, the
/// writer) and a memory-mapped file (`MappedBytes`); indices must start at 0.
///
/// Given a segment's `BlockChecksums`, a reader checks each block before its first read from
/// it, so bytes read lazily are checked bytes; the cost is one comparison per read.
struct ByteReader<Bytes: RandomAccessCollection<UInt8>> where Bytes.Index == Int {
  private let bytes: Bytes
  private let end: Int
  /// The offset of the next byte to read.
  private(set) var position: Int
  private let blocks: BlockChecksums?
  /// Reads below this offset (from `position`) need no further check.
  private var checkedEnd: Int

  /// Reads `bytes[range]`, checking the blocks it reads against `blocks` when given.
  init(_ bytes: Bytes, range: Range<Int>, blocks: BlockChecksums? = nil) {
    self.bytes = bytes
    self.position = range.lowerBound
    self.end = range.upperBound
    self.blocks = blocks
    checkedEnd = blocks == nil ? Int.max : range.lowerBound
  }

  init(_ bytes: Bytes) {
    self.init(bytes, range: 0..<bytes.count)
  }

  var remaining: Int { end - position }
  var isAtEnd: Bool { position == end }

  mutating func readUInt8() throws(FormatError) -> UInt8 {
    guard position < end else { throw FormatError(reason: "unexpected end of data") }
    try check(1)
    defer { position += 1 }
    return bytes[position]
  }

  mutating func readUInt32LittleEndian() throws(FormatError) -> UInt32 {
    try readLittleEndian(UInt32.self)
  }

  mutating func readUInt64LittleEndian() throws(FormatError) -> UInt64 {
    try readLittleEndian(UInt64.self)
  }

  /// A fixed-width integer stored least significant byte first.
  private mutating func readLittleEndian<T: FixedWidthInteger & UnsignedInteger>(
    _: T.Type
  ) throws(FormatError) -> T {
    let size = T.bitWidth / 8
    guard remaining >= size else { throw FormatError(reason: "unexpected end of data") }
    try check(size)
    var value: T = 0
    for index in 0..<size {
      value |= T(bytes[position + index]) << T(8 * index)
    }
    position += size
    return value
  }

  /// Checks the blocks of the next `count` bytes, which lie inside the range.
  private mutating func check(_ count: Int) throws(FormatError) {
    guard count > 0, position + count > checkedEnd, let blocks else { return }
    checkedEnd = try blocks.check(position..<(position + count), in: bytes)
  }

  mutating func readVarUInt() throws(FormatError) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = try readUInt8()
      let payload = UInt64(byte & 0x7F)
      guard shift < 64, shift < 63 || payload <= 1 else {
        throw FormatError(reason: "varint longer than 64 bits")
      }
      value |= payload << shift
      if byte & 0x80 == 0 { return value }
      shift += 7
    }
  }

  /// A count of items each at least `minimumItemSize` bytes long, so a corrupt count cannot
  /// claim more items than the bytes left could hold.
  mutating func readCount(minimumItemSize: Int = 1) throws(FormatError) -> Int {
    let raw = try readVarUInt()
    guard raw <= UInt64(remaining / max(minimumItemSize, 1)) else {
      throw FormatError(reason: "count \(raw) exceeds the data left")
    }
    return Int(raw)
  }

  /// A number that must fit in `Int` and not be negative (an ordinal, a length).
  mutating func readLength() throws(FormatError) -> Int {
    let raw = try readVarUInt()
    guard raw <= UInt64(Int.max) else { throw FormatError(reason: "length \(raw) out of range") }
    return Int(raw)
  }

  mutating func readVarInt() throws(FormatError) -> Int {
    let raw = try readVarUInt()
    let decoded = Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    guard let value = Int(exactly: decoded) else {
      throw FormatError(reason: "number \(decoded) out of range")
    }
    return value
  }

  mutating func readBool() throws(FormatError) -> Bool {
    switch try readUInt8() {
    case 0: return false
    case 1: return true
    case let other: throw FormatError(reason: "flag byte \(other) is neither 0 nor 1")
    }
  }

  /// Moves past `count` bytes without reading them.
  mutating func skip(_ count: Int) throws(FormatError) {
    guard count >= 0, count <= remaining else {
      throw FormatError(reason: "unexpected end of data")
    }
    position += count
  }

  mutating func readBytes(_ count: Int) throws(FormatError) -> Bytes.SubSequence {
    guard count >= 0, count <= remaining else {
      throw FormatError(reason: "unexpected end of data")
    }
    try check(count)
    defer { position += count }
    return bytes[position..<(position + count)]
  }

  mutating func readString() throws(FormatError) -> String {
    let count = try readCount()
    return String(decoding: try readBytes(count), as: UTF8.self)
  }

  mutating func readOptionalString() throws(FormatError) -> String? {
    try readBool() ? try readString() : nil
  }

  mutating func readOptionalVarInt() throws(FormatError) -> Int? {
    try readBool() ? try readVarInt() : nil
  }

  mutating func readStrings() throws(FormatError) -> [String] {
    let count = try readCount()
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try readString()) }
    return values
  }
}
