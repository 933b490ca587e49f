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

  /// Reads to the next `row` child of the root and hands `visit` each of its attributes;
  /// false at the end of the document.
  ///
  /// Attributes are lent in place, as bytes (values decoded: `&lt;p&gt;` arrives as `<p>`),
  /// so a row costs no dictionary and no `String` for an attribute nobody asks for. Rows
  /// nested deeper, and elements with other names, are skipped.
  func nextRow(_ visit: (XMLAttribute) -> Void) throws(XMLStreamError) -> Bool {
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
          XMLAttribute.equals(name, "row")
        {
          visitAttributes(visit)
          return true
        }
      case 0:
        return false
      default:
        throw currentError()
      }
    }
  }

  /// Lends each attribute of the current element; the `Const` strings are borrowed from the
  /// reader until its next move, so nothing is freed here.
  private func visitAttributes(_ visit: (XMLAttribute) -> Void) {
    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
      guard let name = xmlTextReaderConstName(reader) else { continue }
      visit(XMLAttribute(name: name, value: xmlTextReaderConstValue(reader)))
    }
    xmlTextReaderMoveToElement(reader)
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

/// One attribute of the row being read, valid only inside the `nextRow` call that lends it.
struct XMLAttribute {
  private let name: UnsafePointer<xmlChar>
  private let value: UnsafePointer<xmlChar>?

  fileprivate init(name: UnsafePointer<xmlChar>, value: UnsafePointer<xmlChar>?) {
    self.name = name
    self.value = value
  }

  /// True when the attribute is called `expected` (exactly, case included).
  func isNamed(_ expected: StaticString) -> Bool {
    Self.equals(name, expected)
  }

  /// The value as text.
  var text: String {
    value.map { String(cString: $0) } ?? ""
  }

  /// True when the value is exactly `expected`.
  func hasValue(_ expected: StaticString) -> Bool {
    value.map { Self.equals($0, expected) } ?? false
  }

  /// The value as a decimal integer, read as `Int(_:)` reads a string: an optional sign, then
  /// digits only; nil for anything else or a number beyond `Int`.
  var integer: Int? {
    guard var byte = value else { return nil }
    var isNegative = false
    if byte.pointee == UInt8(ascii: "+") || byte.pointee == UInt8(ascii: "-") {
      isNegative = byte.pointee == UInt8(ascii: "-")
      byte += 1
    }
    guard byte.pointee != 0 else { return nil }
    var result = 0
    while byte.pointee != 0 {
      let digit = Int(byte.pointee) - Int(UInt8(ascii: "0"))
      guard digit >= 0, digit <= 9 else { return nil }
      let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
      let (next, overflowAgain) =
        isNegative
        ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
      guard !overflow, !overflowAgain else { return nil }
      result = next
      byte += 1
    }
    return result
  }

  /// The value read as HTML and reduced to text (see `HTMLText`), straight from the reader's
  /// bytes.
  var htmlText: HTMLText {
    guard let value else { return HTMLText(text: "", quotes: []) }
    var length = 0
    while value[length] != 0 { length += 1 }
    return HTMLTextStream.text(of: UnsafeBufferPointer(start: value, count: length), topicID: nil)
  }

  static func equals(_ bytes: UnsafePointer<xmlChar>, _ expected: StaticString) -> Bool {
    expected.withUTF8Buffer { expected in
      for (index, byte) in expected.enumerated() where bytes[index] != byte { return false }
      return bytes[expected.count] == 0
    }
  }
}
