import Foundation

/// The contents of `meta.json`: which data files make up the index, and what they hold.
///
/// The manifest is the commit point: replacing it atomically switches readers from one set of
/// data files to the next, so a data file is visible only once a manifest names it. It is JSON
/// so a person can inspect a folder with `cat`; data files are binary. Readers check each named
/// file's size and checksum against it, so a file swapped or cut short is reported, not read.
struct Manifest: Decodable, Equatable {
  struct DataFile: Decodable, Equatable {
    /// A bare file name inside the index folder ("segment-3.tips").
    var name: String
    var bytes: Int
    /// The CRC-32 of the file's header and payload, as its footer also records.
    var crc32: UInt32
  }

  struct Counts: Decodable, Equatable {
    var threads: Int
    var posts: Int
    var tips: Int
  }

  static let fileName = "meta.json"

  /// The manifest layout version; bumped with the data-file format.
  var formatVersion: Int
  /// The tips that wrote this commit, for bug reports; never used to decide anything.
  var writerVersion: String
  /// 1 for the first commit, one more for each after; names the commit's data file.
  var generation: Int
  var files: [DataFile]
  var counts: Counts

  /// The manifest as JSON, written by hand so the same commit always gives the same bytes and
  /// writing cannot fail; `decode` reads it with `JSONDecoder`, so key order does not matter.
  func encoded() -> [UInt8] {
    let files = self.files.map { file in
      "    { \"bytes\": \(file.bytes), \"crc32\": \(file.crc32), \"name\": \(Self.quoted(file.name)) }"
    }
    let text = """
      {
        "counts": { "posts": \(counts.posts), "threads": \(counts.threads), "tips": \(counts.tips) },
        "files": [
      \(files.joined(separator: ",\n"))
        ],
        "formatVersion": \(formatVersion),
        "generation": \(generation),
        "writerVersion": \(Self.quoted(writerVersion))
      }

      """
    return Array(text.utf8)
  }

  /// `value` as a JSON string literal.
  private static func quoted(_ value: String) -> String {
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// Parses and checks a manifest; `path` names it in errors.
  static func decode(_ bytes: [UInt8], path: String) throws(IndexError) -> Manifest {
    let manifest: Manifest
    do {
      manifest = try JSONDecoder().decode(Manifest.self, from: Data(bytes))
    } catch {
      throw .corrupt(file: path, reason: "not a manifest tips can read")
    }
    guard manifest.formatVersion <= IndexFormat.currentVersion else {
      throw .tooNew(
        file: path, version: manifest.formatVersion, newestSupported: IndexFormat.currentVersion)
    }
    guard manifest.formatVersion >= IndexFormat.oldestSupportedVersion else {
      throw .corrupt(file: path, reason: "unknown format version \(manifest.formatVersion)")
    }
    for file in manifest.files where !isPlainFileName(file.name) {
      throw .corrupt(file: path, reason: "data file name '\(file.name)' is not a plain file name")
    }
    return manifest
  }

  /// True for a name that stays inside the folder: no separators, not "." or "..".
  private static func isPlainFileName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(UInt8(ascii: "/"))
  }
}
