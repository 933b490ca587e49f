internal import CZlib

/// Deflates and inflates whole buffers with the system's zlib: a thread's posts are stored
/// compressed, since they are most of an index's bytes and read only when a thread is shown
/// or merged.
///
/// The only file of the index that calls zlib (for its CRC-32 too). Level 6 (zlib's default)
/// compresses forum text about 3:1; a thread's posts are compressed alone, so reading one
/// thread inflates only it.
enum Zlib {
  /// The most a deflated stream can expand: zlib's own bound is about 1032 to 1, so a stored
  /// length above this is damage, refused before anything is allocated for it.
  static let maximumRatio = 1032

  /// `bytes` deflated (a zlib stream).
  static func compressed(_ bytes: [UInt8]) -> [UInt8] {
    var capacity = compressBound(uLong(bytes.count))
    var output = [UInt8](repeating: 0, count: Int(capacity))
    let status = output.withUnsafeMutableBufferPointer { target in
      bytes.withUnsafeBufferPointer { source in
        compress2(
          target.baseAddress, &capacity, source.baseAddress, uLong(source.count),
          Z_DEFAULT_COMPRESSION)
      }
    }
    // compressBound leaves room for any input, and the buffers are zlib's to fill: the only
    // failure left is running out of memory, which the allocation above would have hit.
    precondition(status == Z_OK, "zlib compress2 failed with \(status)")
    output.removeLast(output.count - Int(capacity))
    return output
  }

  /// The `count` bytes `bytes` inflate to; throws when they are not a zlib stream of exactly
  /// that many bytes.
  static func decompressed<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, count: Int
  ) throws(FormatError) -> [UInt8] where Bytes.Index == Int {
    guard count <= bytes.count * maximumRatio + 64 else {
      throw FormatError(reason: "compressed posts claim \(count) bytes from \(bytes.count)")
    }
    var output = [UInt8](repeating: 0, count: count)
    var length = uLong(count)
    let status =
      bytes.withContiguousStorageIfAvailable { source in
        output.withUnsafeMutableBufferPointer { target in
          uncompress(target.baseAddress, &length, source.baseAddress, uLong(source.count))
        }
      }
      ?? Array(bytes).withUnsafeBufferPointer { source in
        output.withUnsafeMutableBufferPointer { target in
          uncompress(target.baseAddress, &length, source.baseAddress, uLong(source.count))
        }
      }
    guard status == Z_OK, length == uLong(count) else {
      throw FormatError(reason: "compressed posts do not inflate to \(count) bytes")
    }
    return output
  }

  /// `crc` (a finished CRC-32, 0 for none yet) advanced over `bytes`: zlib's braided loop,
  /// several times faster than a table lookup a byte, which a search pays on every block it
  /// checks.
  static func crc32(_ crc: UInt32, over bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return crc }
    return UInt32(truncatingIfNeeded: CZlib.crc32_z(uLong(crc), base, z_size_t(bytes.count)))
  }
}
