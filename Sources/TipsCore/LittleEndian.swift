/// Fixed-width integers stored least significant byte first, as the compiled lexicon keeps
/// its checksum and its phrase trie's tables.
enum LittleEndian {
  static func append<Integer: FixedWidthInteger>(_ value: Integer, to bytes: inout [UInt8]) {
    for shift in stride(from: 0, to: Integer.bitWidth, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> shift))
    }
  }

  /// The integer whose bytes start at `offset`; the caller has checked that they are there.
  static func read<Integer: FixedWidthInteger>(
    _: Integer.Type, from bytes: some RandomAccessCollection<UInt8>, at offset: Int
  ) -> Integer {
    var value: Integer = 0
    var index = bytes.index(bytes.startIndex, offsetBy: offset)
    for shift in stride(from: 0, to: Integer.bitWidth, by: 8) {
      value |= Integer(bytes[index]) << shift
      index = bytes.index(after: index)
    }
    return value
  }
}
