internal import CLibXML2

/// Why an XML stream stopped: libxml2's message and the line it was reading.
struct XMLStreamError: Error {
  var line: Int
  var message: String
  /// True when the bytes themselves are not text libxml2 can decode (invalid UTF-8, NUL):
  /// the importer reports those as "not a text file" like every other format does.
  var isEncodingError: Bool
}

/// Streams the `<row .../>` elements under an XML document's root, one attribute dictionary
/// at a time, without ever building a DOM.
///
/// A Stack Exchange `Posts.xml` can be gigabytes, so memory must not grow with the file:
/// `xmlTextReader` keeps only the current node, and each row's attributes are copied out
/// before the next read frees it. The reader handle is owned here and freed in `deinit`.
final class XMLRowReader {
  /// Never the network (`NONET`); libxml2 keeps quiet (`NOERROR`, `NOWARNING`) since errors
  /// are reported through `XMLStreamError`.
  ///
  /// Deliberately absent: `NOENT` (substituting entities is what turns a DOCTYPE into an XXE
  /// file read or a billion-laughs bomb), `DTDLOAD`/`DTDVALID` (the real dumps name a
  /// `posts.dtd` that does not exist), `XINCLUDE`, and `HUGE` (it lifts libxml2's size guards).
  private static let options = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

  private let reader: xmlTextReaderPtr
  /// `xmlReaderForMemory` reads the caller's buffer in place, so an in-memory document is
  /// copied here and outlives the reader.
  private let buffer: UnsafeMutableBufferPointer<CChar>?

  /// The root element's name once the first element has been read ("posts" for a dump).
  private(set) var rootElementName: String?

  /// A reader for the file at `path`, or nil when libxml2 cannot open it.
  init?(path: String) {
    _ = libxml2Initialization
    guard let reader = xmlReaderForFile(path, nil, Self.options) else { return nil }
    self.reader = reader
    self.buffer = nil
  }

  /// A reader over a copy of `bytes`, or nil when they are too many for libxml2's `Int32`.
  init?(bytes: [UInt8]) {
    _ = libxml2Initialization
    guard bytes.count <= Int(Int32.max) else { return nil }
    let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(bytes.count, 1))
    for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
    guard
      let reader = xmlReaderForMemory(
        buffer.baseAddress, Int32(bytes.count), nil, "UTF-8", Self.options)
    else {
      buffer.deallocate()
      return nil
    }
    self.reader = reader
    self.buffer = buffer
  }

  deinit {
    xmlFreeTextReader(reader)
    buffer?.deallocate()
  }

  /// Bytes of the input the parser has consumed so far (it reads ahead by a buffer), for
  /// progress through a large file; 0 when libxml2 cannot tell.
  var bytesConsumed: Int {
    max(0, Int(xmlTextReaderByteConsumed(reader)))
  }

  /// The next `row` child of the root as attribute name → value, or nil at the end.
  ///
  /// Values are decoded text (`&lt;p&gt;` arrives as `<p>`). Rows nested deeper, and
  /// elements with other names, are skipped.
  func nextRow() throws(XMLStreamError) -> [String: String]? {
    xmlResetLastError()
    while true {
      switch xmlTextReaderRead(reader) {
      case 1:
        guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) else {
          continue
        }
        let depth = xmlTextReaderDepth(reader)
        if depth == 0 {
          rootElementName = xmlTextReaderConstLocalName(reader).map { String(cString: $0) }
        } else if depth == 1, let name = xmlTextReaderConstLocalName(reader),
          String(cString: name) == "row"
        {
          return currentAttributes()
        }
      case 0:
        return nil
      default:
        throw currentError()
      }
    }
  }

  /// Copies the current element's attributes; the `Const` strings are borrowed from the
  /// reader until its next move, so they are copied and never freed.
  private func currentAttributes() -> [String: String] {
    var attributes: [String: String] = [:]
    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
      guard let name = xmlTextReaderConstName(reader) else { continue }
      let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
      attributes[String(cString: name)] = value
    }
    xmlTextReaderMoveToElement(reader)
    return attributes
  }

  private func currentError() -> XMLStreamError {
    let line = Int(xmlTextReaderGetParserLineNumber(reader))
    guard let (code, message) = lastLibXML2Error() else {
      return XMLStreamError(line: line, message: "unreadable XML", isEncodingError: false)
    }
    let encodingCodes = [
      XML_ERR_INVALID_CHAR, XML_ERR_INVALID_ENCODING, XML_ERR_UNKNOWN_ENCODING,
    ].map { Int($0.rawValue) }
    return XMLStreamError(
      line: line, message: message, isEncodingError: encodingCodes.contains(code))
  }
}
