import Foundation
import TipsCore

/// The contents of `meta.json`: which segments make up the index, which of their threads are
/// deleted, and what the index holds.
///
/// The manifest is the commit point: replacing it atomically switches readers from one set of
/// segments (and deletion marks) to the next, so a segment is visible only once a manifest
/// names it. It is JSON so a person can inspect a folder with `cat`; segments are binary.
/// Readers check each named file's size and checksum against it, so a file swapped or cut
/// short is reported, not read.
struct Manifest: Decodable, Equatable {
  struct Segment: Decodable, Equatable {
    /// A bare file name inside the index folder ("segment-3.tips").
    var name: String
    var bytes: Int
    /// The CRC-32 of the file's header and payload, as its footer also records.
    var crc32: UInt32
    /// What the file holds, deleted threads included.
    var threads: Int
    var posts: Int
    var tips: Int
    /// Deletion marks: positions, in the file's thread order, of threads removed or replaced
    /// since the file was written; ascending. Readers skip these threads and their tips.
    var deletedThreads: [Int]
  }

  /// Totals of live (not deleted) threads, posts and tips over all segments.
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
  /// 1 for the first commit, one more for each after.
  var generation: Int
  /// The number the next segment file will be named with; numbers are never reused, so a
  /// reader holding an old manifest never opens a newer file under an old name.
  var nextSegment: Int
  /// The live segments in order: a tip's global ordinal counts live tips across them.
  var segments: [Segment]
  var counts: Counts

  /// The manifest of a folder before its first commit.
  static let empty = Manifest(
    formatVersion: IndexFormat.currentVersion, writerVersion: IndexFormat.writerVersion,
    generation: 0, nextSegment: 1, segments: [], counts: Counts(threads: 0, posts: 0, tips: 0))

  /// The manifest as JSON, written by hand so the same commit always gives the same bytes and
  /// writing cannot fail; `decode` reads it with `JSONDecoder`, so key order does not matter.
  func encoded() -> [UInt8] {
    let segments = self.segments.map { segment in
      let deleted = segment.deletedThreads.map(String.init).joined(separator: ", ")
      return "    { \"bytes\": \(segment.bytes), \"crc32\": \(segment.crc32), "
        + "\"deletedThreads\": [\(deleted)], \"name\": \(JSONString.quoted(segment.name)), "
        + "\"posts\": \(segment.posts), \"threads\": \(segment.threads), \"tips\": \(segment.tips) }"
    }
    let text = """
      {
        "counts": { "posts": \(counts.posts), "threads": \(counts.threads), "tips": \(counts.tips) },
        "formatVersion": \(formatVersion),
        "generation": \(generation),
        "nextSegment": \(nextSegment),
        "segments": [
      \(segments.joined(separator: ",\n"))
        ],
        "writerVersion": \(JSONString.quoted(writerVersion))
      }

      """
    return Array(text.utf8)
  }

  /// Just the version, read when the whole manifest is not one this version can read, so an
  /// older or newer layout gets its own message rather than "not a manifest".
  private struct Version: Decodable {
    var formatVersion: Int
  }

  /// Parses and checks a manifest; `path` names it in errors. It is decoded once when it
  /// reads (every search opens it), and its version alone when it does not.
  static func decode(_ bytes: [UInt8], path: String) throws(IndexError) -> Manifest {
    let data = Data(bytes)
    let decoder = JSONDecoder()
    let decoded = try? decoder.decode(Manifest.self, from: data)
    let version: Int
    if let decoded {
      version = decoded.formatVersion
    } else {
      do {
        version = try decoder.decode(Version.self, from: data).formatVersion
      } catch {
        throw .corrupt(file: path, reason: "not a manifest tips can read")
      }
    }
    guard version <= IndexFormat.currentVersion else {
      throw .tooNew(file: path, version: version, newestSupported: IndexFormat.currentVersion)
    }
    guard version >= IndexFormat.oldestSupportedVersion else {
      throw .tooOld(file: path, version: version)
    }
    guard let manifest = decoded else {
      throw .corrupt(file: path, reason: "not a manifest tips can read")
    }
    let counts = manifest.counts
    guard (0..<largestNumber).contains(manifest.generation),
      (1..<largestNumber).contains(manifest.nextSegment),
      [counts.threads, counts.posts, counts.tips].allSatisfy({ $0 >= 0 })
    else {
      throw .corrupt(file: path, reason: "generation, next segment or counts out of range")
    }
    var names = Set<String>()
    for segment in manifest.segments {
      guard [segment.bytes, segment.threads, segment.posts, segment.tips].allSatisfy({ $0 >= 0 })
      else {
        throw .corrupt(file: path, reason: "sizes or counts of '\(segment.name)' are negative")
      }
      guard isPlainFileName(segment.name) else {
        throw .corrupt(
          file: path, reason: "data file name '\(segment.name)' is not a plain file name")
      }
      guard names.insert(segment.name).inserted else {
        throw .corrupt(file: path, reason: "names '\(segment.name)' twice")
      }
      let deleted = segment.deletedThreads
      guard zip(deleted, deleted.dropFirst()).allSatisfy({ $0 < $1 }),
        deleted.allSatisfy({ (0..<segment.threads).contains($0) })
      else {
        throw .corrupt(file: path, reason: "deletion marks of '\(segment.name)' are out of range")
      }
    }
    return manifest
  }

  /// Generations and segment numbers stay below this, so a writer adding one to them cannot
  /// overflow (and JSON readers elsewhere read them exactly: 2^53).
  private static let largestNumber = 1 << 53

  /// True for a name that stays inside the folder: no separators, not "." or "..".
  private static func isPlainFileName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(UInt8(ascii: "/"))
  }
}
