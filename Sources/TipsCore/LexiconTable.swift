/// A lexicon's entries of one kind (remedies, muscles, tools, conditions, classes) by name.
///
/// A parsed lexicon holds them in a dictionary. One read back from its compiled form holds
/// them where they lie in the compiled bytes, sorted by name, and a lookup decodes only the
/// entry it finds: a search looks up a handful of the thousands of entries, and decoding them
/// all was most of what opening the compiled lexicon cost. Changing a table (merging a user's
/// file over the compiled lexicon) decodes it first.
public struct LexiconTable<Entry: Sendable & Equatable>: Sendable, Equatable {
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

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.dictionary == rhs.dictionary }
}

/// Entries written by name in the compiled lexicon's bytes: a table of their offsets, in the
/// order of their names' UTF-8 bytes, searched by halves; each entry starts with its name.
struct CompiledEntries<Entry: Sendable>: Sendable {
  let bytes: [UInt8]
  /// Where the table of offsets (four bytes each, little-endian) starts.
  let table: Int
  let count: Int
  /// Where the entries end, which no read may pass.
  let end: Int
  /// The entry written at an offset, and its name; nil where the bytes there are no entry.
  let decode: @Sendable (_ bytes: [UInt8], _ at: Int, _ end: Int) -> (String, Entry)?

  func entry(named name: String) -> Entry? {
    var key = name
    return key.withUTF8 { key in
      var low = 0
      var high = count
      while low < high {
        let middle = (low + high) / 2
        guard let offset = offset(at: middle), let order = compare(key, nameAt: offset) else {
          return nil
        }
        if order == 0 { return decode(bytes, offset, end)?.1 }
        if order < 0 { high = middle } else { low = middle + 1 }
      }
      return nil
    }
  }

  func all() -> [String: Entry] {
    var entries: [String: Entry] = [:]
    entries.reserveCapacity(count)
    for index in 0..<count {
      guard let offset = offset(at: index), let (name, entry) = decode(bytes, offset, end) else {
        continue
      }
      entries[name] = entry
    }
    return entries
  }

  private func offset(at index: Int) -> Int? {
    let start = table + 4 * index
    guard start + 4 <= end else { return nil }
    let offset = Int(LittleEndian.read(UInt32.self, from: bytes, at: start))
    return offset < end ? offset : nil
  }

  /// The order of `key` against the name written at `offset` (its length in LEB128, then its
  /// UTF-8): negative before it, zero equal, positive after; nil where the bytes are no name.
  private func compare(_ key: UnsafeBufferPointer<UInt8>, nameAt offset: Int) -> Int? {
    var position = offset
    var length = 0
    var shift = 0
    while true {
      guard position < end, shift < 35 else { return nil }
      let byte = bytes[position]
      position += 1
      length |= Int(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    guard length <= end - position else { return nil }
    for i in 0..<min(length, key.count) where key[i] != bytes[position + i] {
      return key[i] < bytes[position + i] ? -1 : 1
    }
    return key.count - length
  }
}
