internal import CLibXML2
import TipsCore

/// Reduces HTML bytes to `HTMLText` in one pass of libxml2's HTML push parser, with no tree.
///
/// Every Stack Exchange `Body` and Discourse `cooked` post goes through here, so the parse
/// builds neither an `xmlDoc` nor Swift nodes: SAX callbacks append decoded text bytes to the
/// current line and apply each element's break (paragraph, line, space) as it opens and
/// closes. The rules are `HTMLText`'s; `HTMLText(element:)` applies the same ones to a tree a
/// crawler page was parsed into, and the two must agree (the tests hold both to one output).
struct HTMLTextStream {
  /// Options as `HTMLParser` uses them: recover like a browser, never the network, quiet.
  private static let options = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue)

  /// Elements deeper than this give their text only, as `HTMLParser` flattens them.
  private static let maximumDepth = 256

  /// What an open element does when it closes.
  private enum Closing {
    case nothing
    case breakAfter(HTMLBreak)
    case endSkipping
    case endPreformatted
  }

  private let topicID: Int?
  private var output: [UInt8] = []
  private var quotes: [QuotedPost] = []
  /// Raw inline bytes of the current line, collapsed when the line ends.
  private var line: [UInt8] = []
  private var pendingBreak = HTMLBreak.none
  /// Open elements, the root included; `closings` has one entry for each.
  private var closings: [Closing] = []
  /// True once the root element has closed: later siblings are not in the document's tree.
  private var isRootClosed = false
  /// Open skipped elements (invisible, quotes, oneboxes); their text is dropped.
  private var skipping = 0
  /// True inside a `pre`, whose raw text (of every descendant) is collected in `preformatted`.
  private var isPreformatted = false
  private var preformatted: [UInt8] = []

  private init(topicID: Int?) {
    self.topicID = topicID
  }

  /// The text and quotes of `bytes`, an HTML fragment or page (see `HTMLText`).
  static func text(of bytes: UnsafeBufferPointer<UInt8>, topicID: Int?) -> HTMLText {
    _ = libxml2Initialization
    guard let base = bytes.baseAddress, !bytes.isEmpty, bytes.count <= Int(Int32.max) else {
      return HTMLText(text: "", quotes: [])
    }
    let state = State(HTMLTextStream(topicID: topicID))
    var handler = htmlSAXHandler()
    handler.startElement = { context, name, attributes in
      guard let context, let name else { return }
      HTMLTextStream.state(of: context).stream.open(name, attributes)
    }
    handler.endElement = { context, _ in
      guard let context else { return }
      HTMLTextStream.state(of: context).stream.close()
    }
    handler.characters = { context, characters, length in
      guard let context, let characters, length > 0 else { return }
      HTMLTextStream.state(of: context).stream.append(
        UnsafeBufferPointer(start: characters, count: Int(length)))
    }
    handler.cdataBlock = handler.characters
    handler.ignorableWhitespace = handler.characters
    withExtendedLifetime(state) {
      let context = Unmanaged.passUnretained(state).toOpaque()
      guard
        let parser = htmlCreatePushParserCtxt(
          &handler, context, nil, 0, nil, XML_CHAR_ENCODING_UTF8)
      else { return }
      defer { htmlFreeParserCtxt(parser) }
      htmlCtxtUseOptions(parser, options)
      base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
        _ = htmlParseChunk(parser, chars, Int32(bytes.count), 1)
      }
    }
    return state.stream.finish()
  }

  /// The stream as the callbacks reach it: libxml2 hands back one opaque pointer.
  private final class State {
    var stream: HTMLTextStream

    init(_ stream: HTMLTextStream) {
      self.stream = stream
    }
  }

  private static func state(of context: UnsafeMutableRawPointer) -> State {
    Unmanaged<State>.fromOpaque(context).takeUnretainedValue()
  }

  // MARK: SAX events

  private mutating func open(
    _ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    let depth = closings.count
    if isRootClosed && depth == 0 {
      closings.append(.endSkipping)
      skipping += 1
      return
    }
    guard depth > 0, depth <= Self.maximumDepth, skipping == 0, !isPreformatted else {
      closings.append(.nothing)
      return
    }
    let element = ElementRole(name)
    if element == .invisible {
      return skip()
    }
    let attributes = Attributes(attributes)
    let classes = attributes["class"]
    if element == .aside, Self.has(classes, "quote") {
      quotes.append(quote(from: attributes))
      requestBreak(.paragraph)
      return skip()
    }
    if Self.has(classes, "onebox") || Self.has(classes, "lightbox-wrapper") {
      // Link previews and image lightboxes are not the author's words (see `HTMLText`);
      // `a.onebox` is a bare link on its own line, kept.
      if element == .link {
        closings.append(.nothing)
        return
      }
      requestBreak(.paragraph)
      return skip()
    }
    switch element {
    case .lineBreak:
      requestBreak(.line)
      skip()
    case .image:
      if Self.has(classes, "emoji"), let code = attributes["alt"] ?? attributes["title"] {
        line += code.utf8
      }
      skip()
    case .preformatted:
      requestBreak(.paragraph)
      isPreformatted = true
      preformatted = []
      closings.append(.endPreformatted)
    case .cell:
      requestBreak(.space)
      closings.append(.breakAfter(.space))
    case .paragraph, .aside:
      requestBreak(.paragraph)
      closings.append(.breakAfter(.paragraph))
    case .line:
      requestBreak(.line)
      closings.append(.breakAfter(.line))
    case .invisible, .link, .other:
      closings.append(.nothing)
    }
  }

  /// True when `classes` (a `class` attribute) lists `token`, as `HTMLElement.hasClass` reads.
  private static func has(_ classes: String?, _ token: String) -> Bool {
    guard let classes else { return false }
    return classes.split(whereSeparator: \.isWhitespace).contains { $0 == token }
  }

  private mutating func skip() {
    closings.append(.endSkipping)
    skipping += 1
  }

  private mutating func close() {
    guard let closing = closings.popLast() else { return }
    run(closing)
    if closings.isEmpty { isRootClosed = true }
  }

  private mutating func run(_ closing: Closing) {
    switch closing {
    case .nothing:
      break
    case .breakAfter(let kind):
      requestBreak(kind)
    case .endSkipping:
      skipping -= 1
    case .endPreformatted:
      isPreformatted = false
      let raw = String(decoding: preformatted, as: UTF8.self)
      preformatted = []
      flushLine()
      let text = HTMLText.preformattedLines(raw)
      if !text.isEmpty { write(text.utf8) }
      requestBreak(.paragraph)
    }
  }

  private mutating func append(_ characters: UnsafeBufferPointer<UInt8>) {
    guard !closings.isEmpty, skipping == 0 else { return }
    if isPreformatted {
      preformatted.append(contentsOf: characters)
    } else {
      line.append(contentsOf: characters)
    }
  }

  /// Closes what the parser left open (it stopped on an error), as the tree would hold it.
  private mutating func finish() -> HTMLText {
    while let closing = closings.popLast() { run(closing) }
    flushLine()
    return HTMLText(text: String(decoding: output, as: UTF8.self), quotes: quotes)
  }

  // MARK: Writing

  private func quote(from attributes: Attributes) -> QuotedPost {
    let author = attributes["data-username"].flatMap { $0.isEmpty ? nil : $0 }
    var post = attributes["data-post"].flatMap { Int($0) }
    if let topicID, let quotedTopic = attributes["data-topic"].flatMap({ Int($0) }),
      quotedTopic != topicID
    {
      post = nil
    }
    return QuotedPost(post: post, author: author)
  }

  private mutating func requestBreak(_ kind: HTMLBreak) {
    flushLine()
    pendingBreak = max(pendingBreak, kind)
  }

  /// Writes the current line with whitespace runs collapsed to one space, if it has text.
  ///
  /// Copies each run of non-blank bytes at once: appending byte by byte was an eighth of the
  /// time spent reading a dump.
  private mutating func flushLine() {
    guard !line.isEmpty else { return }
    var output = self.output
    self.output = []
    output.reserveCapacity(output.count + line.count + 2)
    var wroteAny = false
    line.withUnsafeBufferPointer { bytes in
      var index = 0
      while index < bytes.count {
        let width = Self.whitespaceWidth(bytes, at: index)
        if width > 0 {
          index += width
          continue
        }
        let start = index
        repeat {
          index += 1
        } while index < bytes.count && Self.whitespaceWidth(bytes, at: index) == 0
        if wroteAny {
          output.append(0x20)
        } else {
          Self.appendBreak(pendingBreak, to: &output)
          wroteAny = true
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
      }
    }
    self.output = output
    if wroteAny { pendingBreak = .none }
    line.removeAll(keepingCapacity: true)
  }

  private static func appendBreak(_ kind: HTMLBreak, to output: inout [UInt8]) {
    guard !output.isEmpty else { return }
    switch kind {
    case .none: break
    case .space: output.append(0x20)
    case .line: output.append(0x0A)
    case .paragraph: output += [0x0A, 0x0A]
    }
  }

  private mutating func write(_ text: some Sequence<UInt8>) {
    Self.appendBreak(pendingBreak, to: &output)
    output += text
    pendingBreak = .none
  }

  /// The byte length of the whitespace scalar (Unicode's `White_Space`) at `index`, else 0.
  ///
  /// Matches `collapsingWhitespace`: ASCII blanks and the non-ASCII spaces (U+0085, U+00A0,
  /// U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), read from UTF-8.
  @inline(__always)
  private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    if lead < 0x80 {
      return lead == 0x20 || (lead &- 0x09) <= 4 ? 1 : 0
    }
    func byte(_ offset: Int) -> UInt8 {
      index + offset < bytes.count ? bytes[index + offset] : 0
    }
    switch lead {
    case 0xC2:
      return byte(1) == 0x85 || byte(1) == 0xA0 ? 2 : 0
    case 0xE1:
      return byte(1) == 0x9A && byte(2) == 0x80 ? 3 : 0
    case 0xE2:
      let (second, third) = (byte(1), byte(2))
      if second == 0x80 {
        return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
      }
      return second == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3:
      return byte(1) == 0x80 && byte(2) == 0x80 ? 3 : 0
    default:
      return 0
    }
  }
}

extension HTMLTextStream {
  /// The attributes of one start tag, read in place; values copied only when asked for.
  private struct Attributes {
    let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    init(_ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
      self.pairs = pairs
    }

    /// The value of attribute `name` (the last one given), "" when it has none, nil when absent.
    subscript(name: String) -> String? {
      guard var pair = pairs else { return nil }
      var found: String? = nil
      while let attribute = pair.pointee {
        let value = pair.advanced(by: 1).pointee
        if Self.equals(attribute, name) {
          found = value.map { String(cString: $0) } ?? ""
        }
        pair = pair.advanced(by: 2)
      }
      return found
    }

    private static func equals(_ bytes: UnsafePointer<xmlChar>, _ name: String) -> Bool {
      var index = 0
      for byte in name.utf8 {
        guard bytes[index] == byte else { return false }
        index += 1
      }
      return bytes[index] == 0
    }
  }
}

extension HTMLTextStream {
  /// What an element does to the text, from its name (see `HTMLText`'s element lists).
  private enum ElementRole {
    case invisible, aside, link, lineBreak, image, preformatted, cell, paragraph, line, other

    /// Up to 16 bytes of a name, so a lookup costs no `String`; no name we know is longer.
    private struct Key: Hashable {
      var low: UInt64 = 0
      var high: UInt64 = 0

      init?(_ bytes: some Sequence<UInt8>) {
        var index = 0
        for byte in bytes {
          guard index < 16 else { return nil }
          if index < 8 {
            low |= UInt64(byte) << (8 * index)
          } else {
            high |= UInt64(byte) << (8 * (index - 8))
          }
          index += 1
        }
      }
    }

    private static let roles: [Key: ElementRole] = {
      var roles: [Key: ElementRole] = [:]
      func add(_ names: some Sequence<String>, _ role: ElementRole) {
        for name in names {
          if let key = Key(name.utf8), roles[key] == nil { roles[key] = role }
        }
      }
      add(invisibleElements, .invisible)
      add(["aside"], .aside)
      add(["a"], .link)
      add(["br"], .lineBreak)
      add(["img"], .image)
      add(["pre"], .preformatted)
      add(["td", "th"], .cell)
      add(paragraphElements, .paragraph)
      add(lineElements, .line)
      return roles
    }()

    init(_ name: UnsafePointer<xmlChar>) {
      var length = 0
      while length <= 16, name[length] != 0 { length += 1 }
      let key = Key(UnsafeBufferPointer(start: name, count: length))
      self = key.flatMap { Self.roles[$0] } ?? .other
    }
  }
}
