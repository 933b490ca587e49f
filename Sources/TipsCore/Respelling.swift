/// A word of a query that no tip or post holds, and the indexed word nearest it in spelling
/// that the search looked for instead ("nizoral" for the "nizerol" a post wrote).
public struct Respelling: Sendable, Hashable {
  public var typed: String
  public var searched: String

  public init(typed: String, searched: String) {
    self.typed = typed
    self.searched = searched
  }
}
