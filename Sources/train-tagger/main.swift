import Foundation
import TipsLanguage

// Trains the shipped part-of-speech tagger and lemma tables on UD English EWT and reports
// accuracy and speed:
//
//   swift run -c release train-tagger /work/shared/data/nlp/ud-english-ewt
//   swift run -c release train-tagger TREEBANK --evaluate   (measures the shipped file only)
//
// Deterministic: fixed iteration count and shuffle seed, so the same treebank gives the same
// bytes. Writes Sources/TipsLanguage/Resources/tagger.bin unless --output says otherwise.

let iterations = 8
let seed: UInt64 = 20_020_701
/// Averaged weights smaller than this are dropped before quantization; tuned on dev for
/// size against accuracy.
let pruneThreshold: Float = 0.05

func report(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}

var arguments = Array(CommandLine.arguments.dropFirst())
let evaluateOnly = arguments.contains("--evaluate")
arguments.removeAll { $0 == "--evaluate" }
var output = "Sources/TipsLanguage/Resources/tagger.bin"
if let flag = arguments.firstIndex(of: "--output"), flag + 1 < arguments.count {
  output = arguments[flag + 1]
  arguments.removeSubrange(flag...(flag + 1))
}
guard let folder = arguments.first else {
  report("usage: train-tagger TREEBANK-FOLDER [--output FILE] [--evaluate]")
  exit(64)
}
let treebank = URL(fileURLWithPath: folder)

do {
  func split(_ name: String) throws -> [TreebankSentence] {
    try Treebank.sentences(at: treebank.appendingPathComponent("en_ewt-ud-\(name).conllu"))
  }
  let dev = try split("dev")
  let test = try split("test")
  let train = try split("train")
  let seen = Set(train.lazy.flatMap(\.words).map { $0.form.lowercased() })
  let file: TaggerFile
  if evaluateOnly {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
    file = try TaggerFile(decoding: bytes, name: output)
  } else {
    let builder = ModelBuilder(training: train)
    let examples = builder.examples(train)
    var training = PerceptronTraining(
      labelCount: builder.labels.count, dictionary: builder.dictionary)
    var generator = SeededGenerator(state: seed)
    var order = Array(examples.indices)
    let started = Date()
    for round in 1...iterations {
      order.shuffle(using: &generator)
      let accuracy = training.train(examples, order: order)
      report("round \(round): train \(Evaluation.percent(accuracy))")
    }
    training.average()
    report("trained \(iterations) rounds in \(Int(Date().timeIntervalSince(started))) s")
    for (name, sentences) in [("dev", dev), ("test", test)] {
      let score = Evaluation.score(sentences, labels: builder.labels, seen: seen) {
        training.classes(of: $0)
      }
      report("full precision \(name): \(score.line)")
    }
    let built = builder.file(
      weights: training.weights, threshold: pruneThreshold,
      lemmas: LemmaTables.lemmas(from: train), matchKeys: LemmaTables.matchKeys(from: train))
    file = built.file
    let bytes = file.encoded()
    try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
    report(
      "wrote \(output): \(bytes.count) bytes, \(file.keys.count) features, "
        + "\(file.weights.count) weights (scale \(built.scale)), "
        + "\(file.dictionaryKeys.count) dictionary words, \(file.lemmas.count) lemmas, "
        + "\(file.matchKeys.count) match keys")
  }
  let model = LanguageModel(file: file)
  for (name, sentences) in [("dev", dev), ("test", test), ("test lower-cased", lowerCased(test))] {
    let score = Evaluation.score(sentences, labels: file.labels, seen: seen) {
      model.tagger.classes(of: $0)
    }
    report("quantized \(name): \(score.line)")
  }
  report("lemma test (gold UPOS): \(Evaluation.percent(Evaluation.lemmaAccuracy(test, model)))")
  Evaluation.measureSpeed(test, model)
} catch {
  report("train-tagger: \(error)")
  exit(1)
}
