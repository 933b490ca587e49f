/// A lexicon's entries of one kind (remedies, muscles, tools, conditions, classes) by name.
///
/// A parsed lexicon holds them in a dictionary. One read back from its compiled form holds
/// them where they lie in the compiled bytes, sorted by name, and a lookup decodes only the
/// entry it finds: a search looks up a handful of the thousands of entries, and decoding them
/// all was most of what opening the compiled lexicon cost. Changing a table (merging a user's
/// file over the compiled lexicon) decodes it first.
public struct LexiconTable<Entry: Sendable>: Sendable {
  private enum Storage: Sendable {
    case decoded([String: Entry])
    case compiled(CompiledEntries<Entry>)
  }

  private var storage: Storage

  public init() {
    storage = .decoded([:])
  }

  init(compiled entries: CompiledEntries<Entry>) {
    storage = .compiled(entries)
  }

  /// The entry named `name`, or nil.
  public internal(set) subscript(name: String) -> Entry? {
    get {
      switch storage {
      case .decoded(let entries): entries[name]
      case .compiled(let entries): entries.entry(named: name)
      }
    }
    set {
      var entries = dictionary
      // The table lets go of its dictionary first, so the one changed here is the only copy.
      storage = .decoded([:])
      entries[name] = newValue
      storage = .decoded(entries)
    }
  }

  /// Every entry by name, decoded.
  public var dictionary: [String: Entry] {
    switch storage {
    case .decoded(let entries): entries
    case .compiled(let entries): entries.all()
    }
  }

  /// Every entry's name.
  public var names: [String] { Array(dictionary.keys) }

  /// Every entry.
  public var values: [Entry] { Array(dictionary.values) }
}

// Equatable only where its entries are, rather than asking it of every entry type: a
// requirement on the type itself is checked at run time, by a search of every conformance
// the executable holds, each time a table's type is first made (four of them as every
// command starts).
extension LexiconTable: Equatable where Entry: Equatable {
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.dictionary == rhs.dictionary }
}
