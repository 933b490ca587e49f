import Testing

@testable import TipsIndex

@Suite("Binary encoding")
struct EncodingTests {
  @Test("CRC-32 of \"123456789\" is the IEEE check value 0xCBF43926")
  func crcCheckValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
  }

  @Test("CRC-32 fed in pieces equals CRC-32 of the whole")
  func crcIncremental() {
    var crc = CRC32()
    crc.update(Array("1234".utf8))
    crc.update(Array("56789".utf8))
    #expect(crc.value == 0xCBF4_3926)
    #expect(CRC32.checksum([UInt8]()) == 0)
    // A sequence with no buffer to hand over is checksummed a byte at a time, to the same value.
    #expect(CRC32.checksum(AnySequence("123456789".utf8)) == 0xCBF4_3926)
  }

  @Test("Fixed-width integers are written little-endian")
  func littleEndian() throws {
    var writer = ByteWriter()
    writer.writeUInt32LittleEndian(0x0102_0304)
    writer.writeUInt64LittleEndian(0x0102_0304_0506_0708)
    #expect(writer.bytes == [4, 3, 2, 1, 8, 7, 6, 5, 4, 3, 2, 1])
    var reader = ByteReader(writer.bytes)
    #expect(try reader.readUInt32LittleEndian() == 0x0102_0304)
    #expect(try reader.readUInt64LittleEndian() == 0x0102_0304_0506_0708)
    #expect(reader.isAtEnd)
  }

  @Test(
    "Unsigned varints take the LEB128 bytes",
    arguments: zip(
      [0, 127, 128, 300, UInt64.max],
      [
        [0], [0x7F], [0x80, 0x01], [0xAC, 0x02], [0xFF] + Array(repeating: 0xFF, count: 8) + [0x01],
      ]
        as [[UInt8]]))
  func varUInt(value: UInt64, bytes: [UInt8]) throws {
    var writer = ByteWriter()
    writer.writeVarUInt(value)
    #expect(writer.bytes == bytes)
    var reader = ByteReader(bytes)
    #expect(try reader.readVarUInt() == value)
    #expect(reader.isAtEnd)
  }

  @Test(
    "Signed numbers zigzag: small magnitudes take one byte",
    arguments: zip([0, -1, 1, -64, 63, Int.min, Int.max], [1, 1, 1, 1, 1, 10, 10]))
  func zigzag(value: Int, size: Int) throws {
    var writer = ByteWriter()
    writer.writeVarInt(value)
    #expect(writer.bytes.count == size)
    var reader = ByteReader(writer.bytes)
    #expect(try reader.readVarInt() == value)
  }

  @Test("Strings and optionals round trip, UTF-8 included")
  func strings() throws {
    var writer = ByteWriter()
    writer.writeString("Dehnübung – 伸展")
    writer.writeOptionalString(nil)
    writer.writeOptionalString("")
    writer.writeOptionalVarInt(-3)
    writer.writeStrings(["a", "bc"])
    var reader = ByteReader(writer.bytes)
    #expect(try reader.readString() == "Dehnübung – 伸展")
    #expect(try reader.readOptionalString() == nil)
    #expect(try reader.readOptionalString() == "")
    #expect(try reader.readOptionalVarInt() == -3)
    #expect(try reader.readStrings() == ["a", "bc"])
    #expect(reader.isAtEnd)
  }

  @Test(
    "Damaged bytes give a reason, not a crash",
    arguments: zip(
      [
        [0x05, 0x61], [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], [0x80], [0x02],
      ]
        as [[UInt8]],
      [
        "count 5 exceeds the data left", "varint longer than 64 bits", "unexpected end of data",
        "flag byte 2 is neither 0 nor 1",
      ]))
  func damaged(bytes: [UInt8], reason: String) {
    var reader = ByteReader(bytes)
    #expect(throws: FormatError(reason: reason)) {
      if bytes == [0x02] { _ = try reader.readBool() } else { _ = try reader.readString() }
    }
  }

  @Test("A count larger than the bytes left is refused before allocating")
  func hugeCount() {
    var writer = ByteWriter()
    writer.writeVarUInt(1 << 40)
    var reader = ByteReader(writer.bytes)
    #expect(throws: FormatError(reason: "count 1099511627776 exceeds the data left")) {
      _ = try reader.readStrings()
    }
  }
}
