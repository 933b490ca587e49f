extension Lexicon {
  /// The compiled lexicon: entries and the phrase trie exactly as parsing left them, so a
  /// command reads them back without parsing a line or folding a word.
  ///
  /// Parsing the shipped files indexes every phrase with every synonym variant, which was
  /// most of what a search's start cost; the compiled form is read in a fraction of that.
  /// Neither its trie nor its entry tables are decoded whole: they are searched in place
  /// (`FrozenPhraseTrie`, `LexiconTable`), and a search decodes the few entries it names.
  /// It is a cache, never a source: `key` (see `compilationKey(of:)`) names the texts it was
  /// made from, and `init(compiled:key:)` refuses anything else, so a changed file is parsed
  /// again.
  public func compiled(key: UInt64) -> [UInt8] {
    var writer = CompiledLexiconWriter()
    writer.bytes += Self.compiledMagic
    writer.integer(key)
    writer.table(remedies.values.map { ($0.name, $0) }) { writer, entry in
      writer.string(entry.name)
      writer.integer(UInt64(RemedyKind.allCases.firstIndex(of: entry.kind) ?? 0))
      writer.strings(entry.muscles)
      writer.strings(entry.tools)
      writer.strings(entry.aliases)
    }
    writer.table(muscles.values.map { ($0.name, $0) }) { writer, entry in
      writer.string(entry.name)
      writer.string(entry.singular)
      writer.strings(entry.synonyms)
    }
    writer.table(tools.values.map { ($0.name, $0) }) { writer, entry in
      writer.string(entry.name)
      writer.strings(entry.impliedRemedy.map { [$0] } ?? [])
      writer.strings(entry.synonyms)
    }
    writer.table(conditions.values.map { ($0.name, $0) }) { writer, entry in
      writer.string(entry.name)
      writer.strings(entry.synonyms)
    }
    writer.integer(UInt64(ignored.count))
    for key in ignored { writer.strings(key) }
    writer.integer(UInt64(synonymGroups.count))
    for group in synonymGroups {
      writer.integer(UInt64(group.count))
      for member in group { writer.strings(member) }
    }
    writer.strings(inflectedOnlyKeys.sorted())
    writer.table(classes.dictionary.map { ($0.key, $0) }) { writer, entry in
      writer.string(entry.key)
      writer.strings(entry.value)
    }
    var edges: [(from: Int32, word: String, to: Int32)] = []
    trie.forEachEdge { edges.append(($0, $1, $2)) }
    FrozenPhraseTrie<[Term]>.write(
      values: trie.storedValues, edges: edges, to: &writer.bytes, encode: Self.appendCompiled)
    // The trie is searched where it lies, never decoded whole: a checksum of all the bytes
    // is what tells a damaged cache from a good one before a search meets the damage.
    var checksum = Fingerprint()
    checksum.add(writer.bytes)
    writer.fixed(checksum.value)
    return writer.bytes
  }

  /// The lexicon compiled into `bytes`, or nil when they are not one compiled from the texts
  /// `key` names (another version, another file, a torn or corrupt cache).
  public init?(compiled bytes: [UInt8], key: UInt64) {
    guard bytes.count >= 8 else { return nil }
    var checksum = Fingerprint()
    checksum.add(bytes.dropLast(8))
    var stored = CompiledLexiconReader(bytes: bytes, position: bytes.count - 8)
    guard stored.fixed() == checksum.value else { return nil }
    var reader = CompiledLexiconReader(bytes: bytes, end: bytes.count - 8)
    guard reader.take(Self.compiledMagic.count) == Self.compiledMagic[...],
      reader.integer() == key
    else { return nil }
    self.init()
    guard let lexicon = reader.lexicon(into: self), reader.isAtEnd else { return nil }
    self = lexicon
  }

  /// Appends the terms a trie node stores: their count, then each term's tag and name.
  static func appendCompiled(_ terms: [Term], to bytes: inout [UInt8]) {
    var writer = CompiledLexiconWriter()
    writer.integer(UInt64(terms.count))
    for term in terms {
      let (tag, name): (UInt64, String) =
        switch term {
        case .remedy(let name): (0, name)
        case .tool(let name): (1, name)
        case .muscle(let name): (2, name)
        case .condition(let name): (3, name)
        }
      writer.integer(tag)
      writer.string(name)
    }
    bytes += writer.bytes
  }

  /// The terms `appendCompiled` wrote at `start`, reading no further than `end`; nil when
  /// the bytes there are not such terms.
  @Sendable static func compiledTerms(in bytes: [UInt8], at start: Int, end: Int) -> [Term]? {
    var reader = CompiledLexiconReader(bytes: bytes, position: start, end: end)
    guard let count = reader.count() else { return nil }
    var terms: [Term] = []
    terms.reserveCapacity(count)
    for _ in 0..<count {
      guard let tag = reader.integer(), let name = reader.string() else { return nil }
      switch tag {
      case 0: terms.append(.remedy(name))
      case 1: terms.append(.tool(name))
      case 2: terms.append(.muscle(name))
      case 3: terms.append(.condition(name))
      default: return nil
      }
    }
    return terms
  }

  /// A key for the compiled form of `sources` (a `Fingerprint` of their names and texts and
  /// of the compiled format's version): a cache written under another key is parsed anew.
  /// Every search computes it over the shipped files, so it must be quick.
  public static func compilationKey(of sources: [Source]) -> UInt64 {
    var fingerprint = Fingerprint()
    fingerprint.add(compiledMagic)
    for source in sources {
      fingerprint.add(source.name.utf8)
      fingerprint.add(source.text.utf8)
    }
    return fingerprint.value
  }

  /// The compiled format's name and version; a change to the layout, to how words are folded
  /// (`WordFolding`) or to the keys a phrase is indexed under changes the last byte.
  private static let compiledMagic: [UInt8] = Array("tips-lexicon-8\n".utf8)
}

/// Appends the compiled lexicon's integers (LEB128) and strings (length, then UTF-8).
private struct CompiledLexiconWriter {
  var bytes: [UInt8] = []

  mutating func integer(_ value: UInt64) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(value & 0x7F) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  /// Eight bytes, least significant first.
  mutating func fixed(_ value: UInt64) {
    LittleEndian.append(value, to: &bytes)
  }

  mutating func string(_ text: String) {
    integer(UInt64(text.utf8.count))
    bytes += text.utf8
  }

  mutating func strings(_ texts: [String]) {
    integer(UInt64(texts.count))
    for text in texts { string(text) }
  }

  /// A table `CompiledEntries` searches: the count, where the table ends, the offset of each
  /// entry in the order of the names' UTF-8, then the entries, each starting with its name
  /// (offsets are four bytes, little-endian, from the start of the bytes).
  mutating func table<Entry>(
    _ entries: [(name: String, entry: Entry)], write: (inout Self, Entry) -> Void
  ) {
    let sorted = entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    integer(UInt64(sorted.count))
    let tableEnd = bytes.count
    let table = tableEnd + 4
    bytes += repeatElement(0, count: 4 + 4 * sorted.count)
    for (index, item) in sorted.enumerated() {
      patch(UInt32(bytes.count), at: table + 4 * index)
      write(&self, item.entry)
    }
    patch(UInt32(bytes.count), at: tableEnd)
  }

  private mutating func patch(_ value: UInt32, at offset: Int) {
    for byte in 0..<4 {
      bytes[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte))
    }
  }
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
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      let offset = offset(at: middle)
      var reader = CompiledLexiconReader(bytes: bytes, position: offset, end: end)
      guard let length = reader.count(), let stored = reader.take(length) else { return nil }
      if name.utf8.elementsEqual(stored) { return decode(bytes, offset, end)?.1 }
      if name.utf8.lexicographicallyPrecedes(stored) { high = middle } else { low = middle + 1 }
    }
    return nil
  }

  func all() -> [String: Entry] {
    var entries: [String: Entry] = [:]
    entries.reserveCapacity(count)
    for index in 0..<count {
      guard let (name, entry) = decode(bytes, offset(at: index), end) else { continue }
      entries[name] = entry
    }
    return entries
  }

  /// The offset of the entry at `index`, which `CompiledLexiconReader.table` checked lies in
  /// the table.
  private func offset(at index: Int) -> Int {
    Int(LittleEndian.read(UInt32.self, from: bytes, at: table + 4 * index))
  }
}

/// Reads what `CompiledLexiconWriter` wrote; every read is bounds-checked, so corrupt bytes
/// give nil, never a crash.
private struct CompiledLexiconReader {
  let bytes: [UInt8]
  var position = 0
  /// Where reading stops: the end of the bytes, or of the part being read.
  var end: Int

  init(bytes: [UInt8], position: Int = 0, end: Int? = nil) {
    self.bytes = bytes
    self.position = position
    self.end = end ?? bytes.count
  }

  var isAtEnd: Bool { position == end }

  mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
    guard count >= 0, count <= end - position else { return nil }
    defer { position += count }
    return bytes[position..<(position + count)]
  }

  /// Eight bytes, least significant first.
  mutating func fixed() -> UInt64? {
    guard let eight = take(8) else { return nil }
    return LittleEndian.read(UInt64.self, from: eight, at: 0)
  }

  mutating func integer() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while position < end, shift < 64 {
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  /// A count no larger than the bytes left could hold, so corrupt input cannot ask for a
  /// huge allocation.
  mutating func count() -> Int? {
    guard let value = integer(), value <= UInt64(end - position) else { return nil }
    return Int(value)
  }

  mutating func string() -> String? {
    guard let length = count(), let utf8 = take(length) else { return nil }
    return String(decoding: utf8, as: UTF8.self)
  }

  mutating func strings() -> [String]? {
    guard let count = count() else { return nil }
    var texts: [String] = []
    texts.reserveCapacity(count)
    for _ in 0..<count {
      guard let text = string() else { return nil }
      texts.append(text)
    }
    return texts
  }

  mutating func lexicon(into empty: Lexicon) -> Lexicon? {
    var lexicon = empty
    guard let remedies = table(decode: Self.remedy), let muscles = table(decode: Self.muscle),
      let tools = table(decode: Self.tool), let conditions = table(decode: Self.condition)
    else { return nil }
    lexicon.remedies = LexiconTable(compiled: remedies)
    lexicon.muscles = LexiconTable(compiled: muscles)
    lexicon.tools = LexiconTable(compiled: tools)
    lexicon.conditions = LexiconTable(compiled: conditions)
    guard let ignoredCount = count() else { return nil }
    for _ in 0..<ignoredCount {
      guard let key = strings() else { return nil }
      lexicon.ignored.append(key)
    }
    guard let groupCount = count() else { return nil }
    for _ in 0..<groupCount {
      guard let memberCount = count() else { return nil }
      var group: [[String]] = []
      for _ in 0..<memberCount {
        guard let member = strings() else { return nil }
        group.append(member)
      }
      lexicon.synonymGroups.append(group)
    }
    guard let inflectedOnly = strings() else { return nil }
    lexicon.inflectedOnlyKeys = Set(inflectedOnly)
    guard let classes = table(decode: Self.members) else { return nil }
    lexicon.classes = LexiconTable(compiled: classes)
    guard let trie = trie() else { return nil }
    lexicon.trie = trie
    return lexicon
  }

  /// A table `CompiledLexiconWriter.table` wrote, left where it lies: its entries are
  /// decoded when looked up. (The checksum has told damaged bytes already; the offsets are
  /// still checked to lie in order inside the table, so no lookup reads outside it.)
  private mutating func table<Entry>(
    decode: @escaping @Sendable (_ bytes: [UInt8], _ at: Int, _ end: Int) -> (String, Entry)?
  ) -> CompiledEntries<Entry>? {
    guard let count = count(), let four = take(4) else { return nil }
    let tableEnd = Int(LittleEndian.read(UInt32.self, from: four, at: 0))
    let table = position
    guard count <= (end - table) / 4, tableEnd >= table + 4 * count, tableEnd <= end else {
      return nil
    }
    var previous = table + 4 * count - 1
    for index in 0..<count {
      let offset = Int(LittleEndian.read(UInt32.self, from: bytes, at: table + 4 * index))
      guard offset > previous, offset < tableEnd else { return nil }
      previous = offset
    }
    position = tableEnd
    return CompiledEntries(bytes: bytes, table: table, count: count, end: tableEnd, decode: decode)
  }

  static func remedy(in bytes: [UInt8], at start: Int, end: Int) -> (String, Lexicon.RemedyEntry)? {
    var reader = CompiledLexiconReader(bytes: bytes, position: start, end: end)
    let kinds = RemedyKind.allCases
    guard let name = reader.string(), let kindIndex = reader.count(), kindIndex < kinds.count,
      let muscles = reader.strings(), let tools = reader.strings(), let aliases = reader.strings()
    else { return nil }
    return (
      name,
      Lexicon.RemedyEntry(
        name: name, kind: kinds[kindIndex], muscles: muscles, tools: tools, aliases: aliases)
    )
  }

  static func muscle(in bytes: [UInt8], at start: Int, end: Int) -> (String, Lexicon.MuscleEntry)? {
    var reader = CompiledLexiconReader(bytes: bytes, position: start, end: end)
    guard let name = reader.string(), let singular = reader.string(),
      let synonyms = reader.strings()
    else { return nil }
    return (name, Lexicon.MuscleEntry(name: name, singular: singular, synonyms: synonyms))
  }

  static func tool(in bytes: [UInt8], at start: Int, end: Int) -> (String, Lexicon.ToolEntry)? {
    var reader = CompiledLexiconReader(bytes: bytes, position: start, end: end)
    guard let name = reader.string(), let implied = reader.strings(), implied.count <= 1,
      let synonyms = reader.strings()
    else { return nil }
    return (
      name, Lexicon.ToolEntry(name: name, impliedRemedy: implied.first, synonyms: synonyms)
    )
  }

  static func condition(in bytes: [UInt8], at start: Int, end: Int) -> (
    String, Lexicon.ConditionEntry
  )? {
    var reader = CompiledLexiconReader(bytes: bytes, position: start, end: end)
    guard let name = reader.string(), let synonyms = reader.strings() else { return nil }
    return (name, Lexicon.ConditionEntry(name: name, synonyms: synonyms))
  }

  static func members(in bytes: [UInt8], at start: Int, end: Int) -> (String, [String])? {
    var reader = CompiledLexiconReader(bytes: bytes, position: start, end: end)
    guard let name = reader.string(), let members = reader.strings() else { return nil }
    return (name, members)
  }

  private mutating func trie() -> PhraseTrie<[Lexicon.Term]>? {
    guard
      let frozen = FrozenPhraseTrie<[Lexicon.Term]>(
        bytes: bytes, at: position, decode: Lexicon.compiledTerms(in:at:end:))
    else { return nil }
    position = frozen.end
    return PhraseTrie(frozen: frozen)
  }
}

/// FNV-1a taken eight bytes a step, with each part's length after it: a quick 64-bit
/// fingerprint that tells changed text or damaged bytes apart, not a defence against anyone
/// who means harm (the files it guards are the user's own).
struct Fingerprint {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ bytes: some Collection<UInt8>) {
    // A string's UTF-8 is walked a byte at a time with checks; its contiguous storage, when
    // it has one, without (every search keys the compiled lexicon over the shipped texts).
    if bytes.withContiguousStorageIfAvailable({ addBytes($0) }) == nil { addBytes(bytes) }
  }

  private mutating func addBytes(_ bytes: some Collection<UInt8>) {
    var word: UInt64 = 0
    var filled: UInt64 = 0
    for byte in bytes {
      word |= UInt64(byte) << (filled &* 8)
      filled &+= 1
      if filled == 8 {
        step(word)
        word = 0
        filled = 0
      }
    }
    step(word)
    // The length ends each part, so moving bytes from one part to the next changes it.
    step(UInt64(bytes.count))
  }

  private mutating func step(_ word: UInt64) {
    value ^= word
    value = value &* 0x100_0000_01b3
  }
}
