/// One node of a parsed HTML document, as plain Swift values.
///
/// libxml2's tree is copied into these at once (see `HTMLParser`) so no C pointer outlives the
/// parse and the readers above can walk a page with ordinary Swift. Only elements and text
/// are kept: comments, processing instructions and DTD nodes never carry forum text.
enum HTMLNode: Sendable, Hashable {
  case element(HTMLElement)
  case text(String)
}

/// An element: lowercased tag name, attributes, children in document order.
struct HTMLElement: Sendable, Hashable {
  var name: String
  var attributes: [String: String]
  var children: [HTMLNode]

  init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
    self.name = name
    self.attributes = attributes
    self.children = children
  }

  /// The value of attribute `name`, nil when absent.
  subscript(attribute name: String) -> String? { attributes[name] }

  /// True when the `class` attribute lists `token` as one of its space-separated words.
  func hasClass(_ token: String) -> Bool {
    guard let classes = attributes["class"] else { return false }
    return classes.split(whereSeparator: \.isWhitespace).contains { $0 == token }
  }

  /// True when the `itemprop` attribute lists `property` (microdata allows several).
  func hasItemProperty(_ property: String) -> Bool {
    guard let properties = attributes["itemprop"] else { return false }
    return properties.split(whereSeparator: \.isWhitespace).contains { $0 == property }
  }

  /// Child elements, skipping text.
  var childElements: [HTMLElement] {
    children.compactMap { node in
      if case .element(let element) = node { element } else { nil }
    }
  }

  /// The first descendant (depth-first, document order, self excluded) matching `predicate`.
  func firstDescendant(where predicate: (HTMLElement) -> Bool) -> HTMLElement? {
    for child in childElements {
      if predicate(child) { return child }
      if let found = child.firstDescendant(where: predicate) { return found }
    }
    return nil
  }

  /// Every descendant matching `predicate`, in document order, not looking inside a match:
  /// a post's container is returned once, not again for a nested element that also matches.
  func descendants(where predicate: (HTMLElement) -> Bool) -> [HTMLElement] {
    var found: [HTMLElement] = []
    for child in childElements {
      if predicate(child) {
        found.append(child)
      } else {
        found += child.descendants(where: predicate)
      }
    }
    return found
  }

  /// All text inside, concatenated, whitespace runs collapsed to one space and trimmed.
  /// For short labels (a user name, "3 Likes"); post bodies go through `HTMLText`.
  var collapsedText: String {
    var raw = ""
    appendRawText(to: &raw)
    return raw.collapsingWhitespace
  }

  private func appendRawText(to raw: inout String) {
    for child in children {
      switch child {
      case .text(let text): raw += text
      case .element(let element): element.appendRawText(to: &raw)
      }
    }
  }
}
