import TipsIndex

extension KnowledgeBase {
  /// What `tips --version` prints: the tool's version and the index format it writes and
  /// reads, which is what decides whether an index folder must be rebuilt after an upgrade.
  public static var versionDescription: String {
    let formats =
      IndexFormat.oldestSupportedVersion == IndexFormat.currentVersion
      ? "index format \(IndexFormat.currentVersion)"
      : "index format \(IndexFormat.currentVersion) (reads "
        + "\(IndexFormat.oldestSupportedVersion) to \(IndexFormat.currentVersion))"
    return "\(IndexFormat.writerVersion), \(formats)"
  }
}
