/// The hashed features the tagger scores a word by, shared by training and tagging so the two
/// can never drift apart.
///
/// The design is the averaged perceptron of Collins (2002) as Honnibal's "A good
/// part-of-speech tagger in about 200 lines of Python" lays it out: the word, its suffixes,
/// prefix and shape, the words around it and the two tags predicted before it. Each feature
/// is a 64-bit hash of a template number and its values, so tagging computes integers and
/// never builds a string; each word's own hashes are computed once per sentence.
package enum TaggerFeatures {
  /// Features per word; every slot of `features(at:)` is filled.
  package static let count = 22

  /// The values of one word that its own and its neighbours' features use.
  package struct Word: Sendable {
    package var word: UInt64
    package var suffix2: UInt64
    package var suffix3: UInt64
    package var suffix4: UInt64
    package var prefix1: UInt64
    package var shape: UInt64

    /// Hashes of a word written as `bytes`.
    package init<Bytes: Collection<UInt8>>(bytes: Bytes) {
      var lower = Hasher64()
      var shapeHash = Hasher64()
      var lastShape: UInt8 = 0
      var shapeLength = 0
      var digits = 0
      var count = 0
      var tail: UInt32 = 0  // the last four lowercased bytes, most recent lowest
      var first: UInt8 = 0
      for byte in bytes {
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        if count == 0 { first = folded }
        lower.add(folded)
        tail = (tail << 8) | UInt32(folded)
        count += 1
        let kind: UInt8
        switch byte {
        case 0x41...0x5A: kind = UInt8(ascii: "X")
        case 0x61...0x7A: kind = UInt8(ascii: "x")
        case 0x30...0x39:
          kind = UInt8(ascii: "d")
          digits += 1
        case 0x80...0xFF: kind = UInt8(ascii: "u")
        default: kind = byte
        }
        if kind != lastShape && shapeLength < 6 {
          shapeHash.add(kind)
          shapeLength += 1
          lastShape = kind
        }
      }
      if digits > 0 && first >= 0x30 && first <= 0x39 {
        word = digits == 4 && count == 4 ? 0x5945_4152 : 0x4449_4749_5453
      } else {
        word = lower.value
      }
      suffix2 = Self.suffix(tail, count: min(count, 2))
      suffix3 = Self.suffix(tail, count: min(count, 3))
      suffix4 = Self.suffix(tail, count: min(count, 4))
      prefix1 = UInt64(first) | 0x100
      shape = shapeHash.value
    }

    private init(marker: UInt64) {
      word = marker
      suffix2 = marker
      suffix3 = marker
      suffix4 = marker
      prefix1 = marker
      shape = marker
    }

    private static func suffix(_ tail: UInt32, count: Int) -> UInt64 {
      let mask: UInt32 = count >= 4 ? .max : (1 << (8 * UInt32(count))) - 1
      return UInt64(tail & mask) | (UInt64(count) << 32)
    }

    /// Stand-ins for the words before the first and after the last.
    package static let start = Word(marker: 0x5354_4152_5431)
    package static let start2 = Word(marker: 0x5354_4152_5432)
    package static let end = Word(marker: 0x454E_4431)
    package static let end2 = Word(marker: 0x454E_4432)
  }

  /// Writes the features of the word at `index` into `features[0..<count]`.
  ///
  /// `previous` and `beforePrevious` are predicted tag numbers; sentence starts pass
  /// `startTag` and `startTag + 1`.
  @inline(__always)
  package static func features(
    at index: Int, of words: [Word], previous: Int, beforePrevious: Int,
    into features: inout [UInt64]
  ) {
    let word = words[index]
    let before = index > 0 ? words[index - 1] : .start
    let before2 = index > 1 ? words[index - 2] : (index == 1 ? .start : .start2)
    let after = index + 1 < words.count ? words[index + 1] : .end
    let after2 =
      index + 2 < words.count ? words[index + 2] : (index + 1 < words.count ? .end : .end2)
    let tag1 = UInt64(previous)
    let tag2 = UInt64(beforePrevious)
    features[0] = mix(0, 0)
    features[1] = mix(1, word.word)
    features[2] = mix(2, word.suffix3)
    features[3] = mix(3, word.prefix1)
    features[4] = mix(4, tag1)
    features[5] = mix(5, tag2)
    features[6] = mix(6, tag1 &* 1000 &+ tag2)
    features[7] = mix(7, word.word, tag1)
    features[8] = mix(8, before.word)
    features[9] = mix(9, before.suffix3)
    features[10] = mix(10, before2.word)
    features[11] = mix(11, after.word)
    features[12] = mix(12, after.suffix3)
    features[13] = mix(13, after2.word)
    features[14] = mix(14, word.shape)
    features[15] = mix(15, word.suffix2)
    features[16] = mix(16, word.suffix4)
    features[17] = mix(17, after.shape)
    features[18] = mix(18, word.shape, index == 0 ? 1 : 0)
    features[19] = mix(19, before.word, word.word)
    features[20] = mix(20, word.word, after.word)
    features[21] = mix(21, word.suffix3, tag1)
  }

  /// A 64-bit mix of a template number and one or two values (the finalizer of SplitMix64).
  @inline(__always)
  package static func mix(_ template: UInt64, _ value: UInt64, _ other: UInt64 = 0) -> UInt64 {
    var hash = value &* 0x9E37_79B9_7F4A_7C15 ^ (other &+ template &* 0xD6E8_FEB8_6659_FD93)
    hash ^= template
    hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
    hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }

  /// The key under which the tag dictionary stores a word.
  package static func dictionaryKey(_ word: Word) -> UInt64 { mix(99, word.word) }
}

/// FNV-1a over bytes: fast for short words and stable across runs and machines, which
/// Swift's seeded `Hasher` is not.
package struct Hasher64: Sendable {
  package private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  package init() {}

  @inline(__always)
  package mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }
}
