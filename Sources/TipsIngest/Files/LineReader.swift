import Foundation

/// Reads a file or standard input one line at a time through a fixed buffer, so a file of
/// gigabytes costs the memory of its longest accepted line, never of the file.
///
/// A line longer than `maximumLength` is skipped to its end without being held: it comes back
/// as `.tooLong`, so the caller can count it and go on.
public final class LineReader {
  public enum Line {
    case text([UInt8])
    case tooLong
  }

  private let file: UnsafeMutablePointer<FILE>
  private let maximumLength: Int
  private var buffer = [UInt8](repeating: 0, count: 256 * 1024)
  private var start = 0
  private var end = 0
  private var isAtEnd = false
  /// Bytes handed out so far, newlines included: how far through the file the reader is.
  public private(set) var bytesConsumed = 0

  /// Opens `path`; "-" reads standard input.
  public init(path: String, maximumLength: Int) throws(IngestError) {
    // Standard input is read through a duplicate of its descriptor, so closing the reader
    // never closes the process's own standard input.
    guard let opened = path == "-" ? fdopen(dup(0), "rb") : fopen(path, "rb") else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased())
    }
    file = opened
    self.maximumLength = maximumLength
  }

  deinit {
    fclose(file)
  }

  /// The next line without its newline (and a carriage return before it); nil at the end.
  public func next() -> Line? {
    var pieces: [UInt8] = []
    var skipping = false
    while true {
      if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
        let piece = buffer[start..<newline]
        bytesConsumed += newline + 1 - start
        start = newline + 1
        if skipping || pieces.count + piece.count > maximumLength { return .tooLong }
        pieces += piece
        if pieces.last == 0x0D { pieces.removeLast() }
        return .text(pieces)
      }
      let piece = buffer[start..<end]
      bytesConsumed += piece.count
      if !skipping {
        if pieces.count + piece.count > maximumLength {
          skipping = true
          pieces = []
        } else {
          pieces += piece
        }
      }
      start = 0
      end = 0
      guard !isAtEnd else {
        if skipping { return .tooLong }
        return pieces.isEmpty ? nil : .text(pieces)
      }
      fill()
    }
  }

  private func fill() {
    let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
    end = count
    if count == 0 { isAtEnd = true }
  }
}
