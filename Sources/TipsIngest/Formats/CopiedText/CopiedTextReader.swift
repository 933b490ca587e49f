import TipsCore

/// Reads a thread copied as plain text from a Discourse page in a browser.
enum CopiedTextReader {
  /// Splits `text` into the thread's posts. `id` is the thread's stable id (the file stem).
  static func thread(from text: String, id: String, path: String) throws(IngestError) -> Thread {
    throw .noPosts(path: path, format: "copied text")
  }
}
