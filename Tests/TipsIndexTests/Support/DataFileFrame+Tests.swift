@testable import TipsIndex

extension DataFileFrame {
  /// A whole framed file around `payload` built in memory, and the checksum its footer
  /// records: for tests that damage or fake a data file.
  static func frame(
    payload: [UInt8], cold: Range<Int> = 0..<0, version: Int
  ) -> (bytes: [UInt8], crc32: UInt32) {
    let header = header(version: version)
    var crc = CRC32()
    crc.update(header)
    crc.update(payload[..<cold.lowerBound])
    crc.update(payload[cold.upperBound...])
    let footer = footer(crc32: crc.value, cold: cold, payloadLength: payload.count)
    return (header + payload + footer, crc.value)
  }
}
