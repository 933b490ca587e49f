import Foundation

/// The shipped model file, `tagger.bin`: tagger weights, tag dictionary and lemma exceptions
/// in one versioned, checksummed little-endian file. All byte reading of the layer is here.
///
/// Layout (every integer little-endian):
/// ```
/// "TIPSLANG"  magic, 8 bytes
/// UInt32      format version (1)
/// UInt64      length of the whole file, so a cut file is told from an altered one
/// labels      UInt16 count; per label UInt8 UPOS (its index in UPOS.allCases),
///             UInt8 length + UTF-8 Penn tag
/// features    UInt32 count; UInt32 fingerprints (ascending); UInt8 entry counts
/// entries     UInt32 count; UInt8 classes; Int16 weights
/// dictionary  UInt32 count; UInt32 fingerprints (ascending); UInt8 classes
/// lemmas      UInt32 count; per entry form, UInt8 UPOS index, lemma (strings: UInt8 length
///             + UTF-8), sorted by form then UPOS
/// match keys  UInt32 count; per entry form, key; sorted by form
/// UInt32      CRC-32 (IEEE) of everything before it
/// ```
package struct TaggerFile: Sendable, Equatable {
  package var labels: [PerceptronTagger.Label]
  package var keys: [UInt32]
  package var counts: [UInt8]
  package var classes: [UInt8]
  package var weights: [Int16]
  package var dictionaryKeys: [UInt32]
  package var dictionaryClasses: [UInt8]
  package var lemmas: [Lemmatizer.LemmaKey: String]
  package var matchKeys: [String: String]

  package static let magic = Array("TIPSLANG".utf8)
  package static let version = 1
  private static let headerSize = 20

  package init(
    labels: [PerceptronTagger.Label], keys: [UInt32], counts: [UInt8], classes: [UInt8],
    weights: [Int16], dictionaryKeys: [UInt32], dictionaryClasses: [UInt8],
    lemmas: [Lemmatizer.LemmaKey: String], matchKeys: [String: String]
  ) {
    self.labels = labels
    self.keys = keys
    self.counts = counts
    self.classes = classes
    self.weights = weights
    self.dictionaryKeys = dictionaryKeys
    self.dictionaryClasses = dictionaryClasses
    self.lemmas = lemmas
    self.matchKeys = matchKeys
  }

  package var tagger: PerceptronTagger {
    PerceptronTagger(
      labels: labels, keys: keys, counts: counts, classes: classes, weights: weights,
      dictionaryKeys: dictionaryKeys, dictionaryClasses: dictionaryClasses)
  }

  package var lemmatizer: Lemmatizer { Lemmatizer(lemmas: lemmas, matchKeys: matchKeys) }

  // MARK: Reading

  /// Reads the file at `url`; `name` is how errors call it.
  package init(contentsOf url: URL, name: String) throws(LanguageError) {
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw .notShipped(file: name)
    }
    guard let data = try? Data(contentsOf: url) else { throw .unreadable(file: name) }
    try self.init(decoding: [UInt8](data), name: name)
  }

  /// Decodes a file's bytes, checking magic, version, length and checksum first.
  package init(decoding bytes: [UInt8], name: String) throws(LanguageError) {
    guard bytes.count >= Self.magic.count, Array(bytes.prefix(Self.magic.count)) == Self.magic
    else {
      throw .damaged(file: name, reason: "not a tips language model")
    }
    var reader = Reader(bytes: bytes, name: name)
    reader.offset = Self.magic.count
    let version = Int(try reader.integer(UInt32.self))
    guard version == Self.version else {
      throw .unsupportedVersion(file: name, version: version)
    }
    let length = try reader.integer(UInt64.self)
    guard length == bytes.count, length >= Self.headerSize + 4 else {
      throw .damaged(file: name, reason: "\(bytes.count) of \(length) bytes; truncated")
    }
    let body = bytes.count - 4
    var stored: UInt32 = 0
    for index in 0..<4 { stored |= UInt32(bytes[body + index]) << (8 * UInt32(index)) }
    guard CRC32.checksum(bytes[..<body]) == stored else {
      throw .damaged(file: name, reason: "checksum mismatch")
    }
    reader.end = body

    var labels: [PerceptronTagger.Label] = []
    for _ in 0..<Int(try reader.integer(UInt16.self)) {
      let upos = try reader.upos()
      labels.append(PerceptronTagger.Label(upos: upos, xpos: try reader.string()))
    }
    let featureCount = Int(try reader.integer(UInt32.self))
    let keys = try reader.array(UInt32.self, count: featureCount)
    let counts = try reader.array(UInt8.self, count: featureCount)
    let entryCount = Int(try reader.integer(UInt32.self))
    let classes = try reader.array(UInt8.self, count: entryCount)
    let weights = try reader.array(UInt16.self, count: entryCount).map(Int16.init(bitPattern:))
    let dictionaryCount = Int(try reader.integer(UInt32.self))
    let dictionaryKeys = try reader.array(UInt32.self, count: dictionaryCount)
    let dictionaryClasses = try reader.array(UInt8.self, count: dictionaryCount)
    guard counts.reduce(0, { $0 + Int($1) }) == entryCount,
      (classes + dictionaryClasses).allSatisfy({ Int($0) < labels.count })
    else {
      throw .damaged(file: name, reason: "inconsistent weight tables")
    }
    var lemmas: [Lemmatizer.LemmaKey: String] = [:]
    for _ in 0..<Int(try reader.integer(UInt32.self)) {
      let form = try reader.string()
      let upos = try reader.upos()
      lemmas[Lemmatizer.LemmaKey(form: form, tag: upos)] = try reader.string()
    }
    var matchKeys: [String: String] = [:]
    for _ in 0..<Int(try reader.integer(UInt32.self)) {
      let form = try reader.string()
      matchKeys[form] = try reader.string()
    }
    guard reader.offset == body else {
      throw .damaged(file: name, reason: "\(body - reader.offset) unexpected bytes at the end")
    }
    self.init(
      labels: labels, keys: keys, counts: counts, classes: classes, weights: weights,
      dictionaryKeys: dictionaryKeys, dictionaryClasses: dictionaryClasses, lemmas: lemmas,
      matchKeys: matchKeys)
  }

  /// Bounds-checked little-endian reads; running past the end is a damaged file.
  private struct Reader {
    let bytes: [UInt8]
    let name: String
    var offset = 0
    var end: Int

    init(bytes: [UInt8], name: String) {
      self.bytes = bytes
      self.name = name
      end = bytes.count
    }

    mutating func integer<Value: FixedWidthInteger & UnsignedInteger>(
      _: Value.Type
    ) throws(LanguageError) -> Value {
      let size = Value.bitWidth / 8
      guard offset + size <= end else {
        throw .damaged(file: name, reason: "ends inside its tables")
      }
      var value: Value = 0
      for index in 0..<size {
        value |= Value(bytes[offset + index]) << (8 * index)
      }
      offset += size
      return value
    }

    mutating func array<Value: FixedWidthInteger & UnsignedInteger>(
      _: Value.Type, count: Int
    ) throws(LanguageError) -> [Value] {
      let size = Value.bitWidth / 8
      guard count >= 0, offset + count * size <= end else {
        throw .damaged(file: name, reason: "ends inside its tables")
      }
      var values = [Value](repeating: 0, count: count)
      var position = offset
      for index in 0..<count {
        var value: Value = 0
        for byte in 0..<size { value |= Value(bytes[position + byte]) << (8 * byte) }
        values[index] = value
        position += size
      }
      offset = position
      return values
    }

    mutating func string() throws(LanguageError) -> String {
      let length = Int(try integer(UInt8.self))
      guard offset + length <= end else {
        throw .damaged(file: name, reason: "ends inside its tables")
      }
      defer { offset += length }
      return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    mutating func upos() throws(LanguageError) -> UPOS {
      let index = Int(try integer(UInt8.self))
      guard index < UPOS.allCases.count else {
        throw .damaged(file: name, reason: "unknown part of speech \(index)")
      }
      return UPOS.allCases[index]
    }
  }

  // MARK: Writing

  /// The file's bytes. Deterministic: the same model always gives the same bytes.
  package func encoded() -> [UInt8] {
    var out = Self.magic
    append(UInt32(Self.version), to: &out)
    append(UInt64(0), to: &out)  // the length, filled in below
    append(UInt16(labels.count), to: &out)
    for label in labels {
      append(uposIndex(label.upos), to: &out)
      append(string: label.xpos, to: &out)
    }
    append(UInt32(keys.count), to: &out)
    for key in keys { append(key, to: &out) }
    out += counts
    append(UInt32(classes.count), to: &out)
    out += classes
    for weight in weights { append(UInt16(bitPattern: weight), to: &out) }
    append(UInt32(dictionaryKeys.count), to: &out)
    for key in dictionaryKeys { append(key, to: &out) }
    out += dictionaryClasses
    let sortedLemmas = lemmas.sorted {
      ($0.key.form, uposIndex($0.key.tag)) < ($1.key.form, uposIndex($1.key.tag))
    }
    append(UInt32(sortedLemmas.count), to: &out)
    for (key, lemma) in sortedLemmas {
      append(string: key.form, to: &out)
      append(uposIndex(key.tag), to: &out)
      append(string: lemma, to: &out)
    }
    append(UInt32(matchKeys.count), to: &out)
    for (form, key) in matchKeys.sorted(by: { $0.key < $1.key }) {
      append(string: form, to: &out)
      append(string: key, to: &out)
    }
    let length = UInt64(out.count + 4)
    for index in 0..<8 { out[12 + index] = UInt8(truncatingIfNeeded: length >> (8 * index)) }
    append(CRC32.checksum(out[...]), to: &out)
    return out
  }

  private func uposIndex(_ upos: UPOS) -> UInt8 {
    UInt8(UPOS.allCases.firstIndex(of: upos) ?? 0)
  }

  private func append<Value: FixedWidthInteger>(_ value: Value, to out: inout [UInt8]) {
    for index in 0..<(Value.bitWidth / 8) {
      out.append(UInt8(truncatingIfNeeded: value >> (8 * index)))
    }
  }

  /// Strings longer than 255 bytes are cut; none in the model comes close.
  private func append(string: String, to out: inout [UInt8]) {
    let bytes = Array(string.utf8.prefix(255))
    out.append(UInt8(bytes.count))
    out += bytes
  }
}

/// CRC-32 (IEEE 802.3, reflected, the zlib and PNG one); "123456789" gives 0xCBF43926.
package enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  package static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}
