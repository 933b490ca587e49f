import Foundation
import Testing

@testable import TipsLanguage

/// A small model written the way the trainer writes one.
private let sample = TaggerFile(
  labels: [
    PerceptronTagger.Label(upos: .noun, xpos: "NN"),
    PerceptronTagger.Label(upos: .verb, xpos: "VB"),
  ],
  keys: [7, 9], counts: [2, 1], classes: [0, 1, 1], weights: [300, -20, 5],
  dictionaryKeys: [11], dictionaryClasses: [0],
  lemmas: [Lemmatizer.LemmaKey(form: "ran", tag: .verb): "run"], matchKeys: ["was": "be"])

/// Writes `bytes` to a file of this test's own and loads it.
private func load(_ bytes: [UInt8]) throws -> LanguageModel {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("TipsLanguageTests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let url = folder.appendingPathComponent("tagger.bin")
  try Data(bytes).write(to: url)
  return try LanguageModel(contentsOf: url)
}

@Test("CRC-32 matches its check value")
func crcCheckValue() {
  #expect(CRC32.checksum(Array("123456789".utf8)[...]) == 0xCBF4_3926)
}

@Test("A written model reads back the same")
func roundTrip() throws {
  let bytes = sample.encoded()
  #expect(try TaggerFile(decoding: bytes, name: "tagger.bin") == sample)
  let model = try load(bytes)
  #expect(model.lemmatizer.lemma(of: "ran", as: .verb) == "run")
  #expect(model.lemmatizer.matchKey(of: "was") == "be")
}

@Test("A truncated file names itself and the cut")
func truncated() throws {
  let bytes = sample.encoded()
  #expect(
    throws: LanguageError.damaged(
      file: "tagger.bin", reason: "40 of \(bytes.count) bytes; truncated")
  ) {
    try load(Array(bytes.prefix(40)))
  }
  let error = LanguageError.damaged(file: "tagger.bin", reason: "40 of 90 bytes; truncated")
  #expect(error.description == "tagger.bin is damaged (40 of 90 bytes; truncated); reinstall tips")
}

@Test("A file that is not a model says so")
func badMagic() throws {
  var bytes = sample.encoded()
  bytes[0] = UInt8(ascii: "X")
  #expect(throws: LanguageError.damaged(file: "tagger.bin", reason: "not a tips language model")) {
    try load(bytes)
  }
}

@Test("A flipped byte gives the checksum message")
func flippedByte() throws {
  var bytes = sample.encoded()
  bytes[bytes.count / 2] ^= 0x10
  let expected = LanguageError.damaged(file: "tagger.bin", reason: "checksum mismatch")
  #expect(throws: expected) { try load(bytes) }
  #expect(expected.description == "tagger.bin is damaged (checksum mismatch); reinstall tips")
}

@Test("A missing file says how to recover")
func missing() {
  let url = URL(fileURLWithPath: "/nonexistent-tips-folder/tagger.bin")
  #expect(throws: LanguageError.notShipped(file: "tagger.bin")) {
    try LanguageModel(contentsOf: url)
  }
  #expect(
    LanguageError.notShipped(file: "tagger.bin").description
      == "tagger.bin is missing beside the tips executable; reinstall tips")
}
