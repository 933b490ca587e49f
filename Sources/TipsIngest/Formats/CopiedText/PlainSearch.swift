import Foundation

extension CopiedTextReader {
  /// The first range of `target` in `text`, as Foundation's `range(of:)` finds it.
  ///
  /// Foundation converts the text to UTF-16 on every call, which made it the largest cost of
  /// judging a line's shape (`PageLine`) with several separators to look for. In ASCII text
  /// a match is a match of bytes, so only other text goes to Foundation.
  static func firstRange<Text: StringProtocol>(
    of target: String, in text: Text
  ) -> Range<String.Index>? where Text.Index == String.Index {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.range(of: target) }
    let needle = Array(target.utf8)
    guard let first = needle.first else { return text.range(of: target) }
    let bytes = text.utf8
    var start = bytes.startIndex
    while let found = bytes[start...].firstIndex(of: first) {
      if bytes[found...].starts(with: needle) {
        return found..<bytes.index(found, offsetBy: needle.count)
      }
      start = bytes.index(after: found)
    }
    return nil
  }
}
