import TipsCore

/// The contents of `meta.json`: which segments make up the index, which of their threads are
/// deleted, and what the index holds.
///
/// The manifest is the commit point: replacing it atomically switches readers from one set of
/// segments (and deletion marks) to the next, so a segment is visible only once a manifest
/// names it. It is JSON so a person can inspect a folder with `cat`; segments are binary.
/// Readers check each named file's size and checksum against it, so a file swapped or cut
/// short is reported, not read.
struct Manifest: Equatable {
  struct Segment: Equatable {
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
  struct Counts: Equatable {
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
  /// writing cannot fail; `decode` reads it as JSON, so key order and spacing do not matter.
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

  /// Parses and checks a manifest; `path` names it in errors. Every search opens it, so it is
  /// read with `JSONTree` rather than `JSONDecoder` (see there). When the whole manifest is
  /// not one this version can read, its version alone tells an older or newer layout, which
  /// gets its own message, from one that is not a manifest.
  static func decode(_ bytes: [UInt8], path: String) throws(IndexError) -> Manifest {
    let tree = JSONTree(parsing: bytes)
    guard let version = tree?["formatVersion"]?.integer else {
      throw .corrupt(file: path, reason: "not a manifest tips can read")
    }
    guard version <= IndexFormat.currentVersion else {
      throw .tooNew(file: path, version: version, newestSupported: IndexFormat.currentVersion)
    }
    guard version >= IndexFormat.oldestSupportedVersion else {
      throw .tooOld(file: path, version: version)
    }
    guard let tree, let manifest = Manifest(tree: tree, formatVersion: version) else {
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

extension Manifest {
  /// The manifest a JSON tree holds: every field present with its type (other fields are
  /// ignored); nil otherwise.
  fileprivate init?(tree: JSONTree, formatVersion: Int) {
    guard let writerVersion = tree["writerVersion"]?.string,
      let generation = tree["generation"]?.integer,
      let nextSegment = tree["nextSegment"]?.integer,
      let counts = tree["counts"], let threads = counts["threads"]?.integer,
      let posts = counts["posts"]?.integer, let tips = counts["tips"]?.integer,
      let segmentTrees = tree["segments"]?.array
    else { return nil }
    var segments: [Segment] = []
    segments.reserveCapacity(segmentTrees.count)
    for segment in segmentTrees {
      guard let name = segment["name"]?.string, let bytes = segment["bytes"]?.integer,
        let crc32 = segment["crc32"]?.integer.flatMap(UInt32.init(exactly:)),
        let threads = segment["threads"]?.integer, let posts = segment["posts"]?.integer,
        let tips = segment["tips"]?.integer, let marks = segment["deletedThreads"]?.array
      else { return nil }
      let deletedThreads = marks.compactMap(\.integer)
      guard deletedThreads.count == marks.count else { return nil }
      segments.append(
        Segment(
          name: name, bytes: bytes, crc32: crc32, threads: threads, posts: posts, tips: tips,
          deletedThreads: deletedThreads))
    }
    self.init(
      formatVersion: formatVersion, writerVersion: writerVersion, generation: generation,
      nextSegment: nextSegment, segments: segments,
      counts: Counts(threads: threads, posts: posts, tips: tips))
  }
}
