/// Byte-level checks that a file is text before any format reader sees it.
enum TextCheck {
  /// The UTF-8 byte order mark the Stack Exchange dumps (and many Windows editors) start with.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// `bytes` without a leading UTF-8 byte order mark.
  static func droppingByteOrderMark(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes
  }

  /// True when `bytes` has no NUL and is valid UTF-8.
  ///
  /// `isPrefix` says the bytes are only a file's beginning: a multi-byte character cut by the
  /// end of the prefix is then not an error. NUL is rejected even though it is valid UTF-8,
  /// because no text export contains one and every binary format does.
  static func isText(_ bytes: ArraySlice<UInt8>, isPrefix: Bool = false) -> Bool {
    guard !bytes.contains(0) else { return false }
    let checked = isPrefix ? bytes.dropLast(incompleteTailLength(bytes)) : bytes
    return String(validating: checked, as: UTF8.self) != nil
  }

  /// True when nothing but whitespace (after a byte order mark) is in `bytes`.
  static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
    droppingByteOrderMark(bytes).allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
  }

  /// How many bytes at the end belong to a UTF-8 sequence that the end cuts short.
  private static func incompleteTailLength(_ bytes: ArraySlice<UInt8>) -> Int {
    guard !bytes.isEmpty else { return 0 }
    for back in 1...min(3, bytes.count) {
      let byte = bytes[bytes.endIndex - back]
      if byte & 0xC0 == 0x80 { continue }  // continuation byte: keep looking for the lead
      let length =
        switch byte {
        case 0xC0...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF7: 4
        default: 1
        }
      return length > back ? back : 0
    }
    return 0
  }
}
