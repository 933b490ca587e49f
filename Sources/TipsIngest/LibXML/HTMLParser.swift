internal import CLibXML2

/// Parses HTML (a whole crawler page or one post's fragment) into `HTMLElement` values.
///
/// libxml2's HTML parser is forgiving the way browsers are, which forum HTML needs; the tree is
/// copied into Swift values and freed before returning, so no `xmlNodePtr` leaves this file.
enum HTMLParser {
  /// Recover from broken markup like a browser; never touch the network; keep libxml2 quiet
  /// (callers report their own errors). `NOBLANKS` is left out: it can drop the space between
  /// two inline elements, and `HTMLText` collapses whitespace anyway.
  ///
  /// No entity substitution flag exists for HTML and none is wanted: named and numeric
  /// character references (`&amp;`, `&#39;`) decode anyway.
  private static let options = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue)

  /// Elements nested deeper than this are flattened to their text.
  ///
  /// Keeps the recursive copy's stack bounded on hostile input; real forum markup nests
  /// a few dozen levels at most, so no real post loses structure.
  private static let maximumDepth = 256

  /// The document's root element (`html`, which libxml2 adds around a fragment), or nil when
  /// libxml2 finds no element at all (empty input, or input too large for an `Int32` length).
  static func rootElement(of bytes: [UInt8]) -> HTMLElement? {
    _ = libxml2Initialization
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
    return bytes.withUnsafeBufferPointer { buffer -> HTMLElement? in
      guard let base = buffer.baseAddress else { return nil }
      let document = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        htmlReadMemory(chars, Int32(buffer.count), nil, "UTF-8", options)
      }
      guard let document else { return nil }
      defer { xmlFreeDoc(document) }
      guard let root = xmlDocGetRootElement(document) else { return nil }
      return element(from: root, depth: 0)
    }
  }

  /// Copies `node` and its subtree into Swift values.
  private static func element(from node: xmlNodePtr, depth: Int) -> HTMLElement {
    let name = node.pointee.name.map { String(cString: $0) } ?? ""
    var result = HTMLElement(name: name, attributes: attributes(of: node))
    if depth >= maximumDepth {
      if let content = xmlNodeGetContent(node) {
        defer { shim_xmlFree(content) }
        result.children = [.text(String(cString: content))]
      }
      return result
    }
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        result.children.append(.element(element(from: current, depth: depth + 1)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          result.children.append(.text(String(cString: content)))
        }
      default:
        break
      }
      child = current.pointee.next
    }
    return result
  }

  private static func attributes(of node: xmlNodePtr) -> [String: String] {
    var attributes: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      if let name = current.pointee.name {
        var value = ""
        if let raw = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
          defer { shim_xmlFree(raw) }
          value = String(cString: raw)
        }
        attributes[String(cString: name)] = value
      }
      attribute = current.pointee.next
    }
    return attributes
  }
}
