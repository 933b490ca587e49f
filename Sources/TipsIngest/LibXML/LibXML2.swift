internal import CLibXML2

/// libxml2's one-time global set-up, run lazily and exactly once by Swift's global `let`.
///
/// `xmlInitParser()` must run before two threads parse at once (threads call the parsers as
/// `ThreadImporter` files are read in a task group); every entry point into libxml2 touches this
/// constant first, so no caller has to remember it.
let libxml2Initialization: Void = xmlInitParser()

/// The last error libxml2 recorded on this thread, as one line, or nil when none was recorded.
///
/// The parse options silence libxml2's own printing (`NOERROR`, `NOWARNING`), so this is where
/// its diagnosis comes from; the message's trailing newline is dropped so it fits a one-line error.
func lastLibXML2Error() -> (code: Int, message: String)? {
  guard let error = xmlGetLastError() else { return nil }
  let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
  let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
  return (Int(error.pointee.code), oneLine.trimmingWhitespace())
}

extension StringProtocol {
  /// The string without leading and trailing whitespace, without needing Foundation.
  func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
