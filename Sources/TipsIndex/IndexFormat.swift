/// Version numbers and names of the on-disk format, in one place so a bump touches one file.
///
/// A format bump needs a CHANGELOG entry and a test opening a file of the old version.
///
/// Version 1 kept the whole index in one data file rewritten by every commit. Version 2 keeps
/// immutable segments (one per commit, merged as they pile up) with positions and field
/// lengths, and deletion marks in the manifest. Version 3 puts a segment's posts first, out
/// of the frame's checksum and with one checksum per thread, so segments are written a
/// thread at a time and opening one no longer reads its posts. Version 4 ends a segment with
/// fixed-size tables and stores its term dictionaries unprefixed behind fixed-size entries,
/// so opening reads no thread, tip or term until asked for it. Version 5 stores each
/// remedy's evidence per segment (`RemedyAggregate`), so ranking reads no tip. Version 6
/// checks what follows the posts in blocks of 4 KiB, each against its own checksum when first
/// read (`BlockChecksums`), so opening checks a few bytes per 4 KiB instead of all of them.
/// Version 7 gives each tip its remedy's place in the segment's remedy table, so a search
/// groups the tips it matches by remedy without decoding them. Version 8 stores each thread's
/// posts deflated with zlib, a third of their bytes. Version 9 marks each tip from an accepted
/// answer or solution and counts such posts in each remedy's evidence. Version 10 indexes the
/// whole post each tip comes from as a field of its own (`IndexField.post`). Version 11 marks
/// a post that answers one its export lacks (`Post.answersMissingPost`). Version 12 stores
/// beside each remedy's evidence its digest (`RemedyDigest`: tag counts, its tips in card
/// order, its caveats), so a card decodes only the tips it shows. Version 13 indexes with
/// each remedy the thread's other posts that name it without a tip of it
/// (`IndexField.mentions`). Version 14 stores how each tip writes a remedy named in the
/// post's own words (`Tip.wording`) and counts the wordings in each remedy's evidence, so a
/// remedy is shown as most people write it. Older folders are refused with `IndexError.tooOld`:
/// they are rebuilt from the exports.
public enum IndexFormat {
  /// The format this tips writes: data-file header, payload layout and manifest together.
  public static let currentVersion = 14
  /// The oldest format this tips still reads.
  public static let oldestSupportedVersion = 14
  /// Recorded in `meta.json` for bug reports, and printed by `tips --version`.
  public static let writerVersion = "tips 0.1.0"

  /// The name of the data file of segment `number` (numbers come from the manifest's
  /// `nextSegment` and are never reused once committed).
  static func segmentName(number: Int) -> String {
    "segment-\(number).tips"
  }

  /// True for names of data files and temporaries tips writes, which a commit may delete when
  /// the manifest no longer names them; anything else in the folder is left alone.
  static func isOwnedFile(_ name: String) -> Bool {
    if name.contains(".tmp-") { return name.hasPrefix("segment-") || name.hasPrefix("meta.json") }
    return name.hasPrefix("segment-") && name.hasSuffix(".tips")
  }

  /// The name a file is written under before being renamed into place: unique per process,
  /// so a leftover from a crashed writer is never mistaken for a committed file.
  static func temporaryName(for name: String) -> String {
    "\(name).tmp-\(Posix.processID)"
  }
}
