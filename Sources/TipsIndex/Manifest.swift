import Foundation

/// The contents of `meta.json`: which data files make up the index, and what they hold.
///
/// The manifest is the commit point: replacing it atomically switches readers from one set of
/// data files to the next, so a data file is visible only once a manifest names it. It is JSON
/// so a person can inspect a folder with `cat`; data files are binary. Readers check each named
/// file's size and checksum against it, so a file swapped or cut short is reported, not read.
struct Manifest: Codable, Equatable {
  struct DataFile: Codable, Equatable {
    /// A bare file name inside the index folder ("segment-3.tips").
    var name: String
    var bytes: Int
    /// The CRC-32 of the file's header and payload, as its footer also records.
    var crc32: UInt32
  }

  struct Counts: Codable, Equatable {
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

  /// Pretty-printed with sorted keys, so the same commit always gives the same bytes.
  func encoded() -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    // Encoding plain strings and integers cannot fail; an empty manifest would be rejected
    // by every reader, so the failure could not go unnoticed either way.
    let data = (try? encoder.encode(self)) ?? Data()
    return Array(data) + [UInt8(ascii: "\n")]
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
