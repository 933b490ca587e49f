import Foundation
import Testing

/// A Discourse topic whose asker describes `symptom`, and two replies recommending foam
/// rolling.
func topic(id: Int, title: String, symptom: String) -> String {
  """
  {"id": \(id), "title": "\(title)", "post_stream": {"posts": [
   {"post_number": 1, "username": "a",
    "cooked": "<p>My lower back has ached for a week. \(symptom) What helps?</p>"},
   {"post_number": 2, "username": "b",
    "cooked": "<p>Foam rolling helps a lot, I foam roll my back every evening.</p>"},
   {"post_number": 3, "username": "c",
    "cooked": "<p>I recommend foam rolling after every long drive.</p>"}]}}
  """
}

@Suite("The red-flag line")
final class RedFlagTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "tips-redflag-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  private func add(_ json: String, as name: String) throws {
    try Data(json.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    let run = try Run(["add", name, "--index", "ix-" + name], in: folder)
    try #require(run.status == 0, "\(run.stderr)")
  }

  @Test("A thread whose asker mentions a red flag opens the answer with one line, then remedies")
  func threadWithRedFlag() throws {
    try add(
      topic(id: 1, title: "Back pain", symptom: "Since yesterday my groin has gone numb too."),
      as: "numb.json")
    let text = try Run(["top", "--index", "ix-numb.json"], in: folder)
    let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    // One line, wrapped to 80 columns like the cards below it.
    #expect(lines.prefix(3).allSatisfy { $0.count <= 80 })
    #expect(
      lines.prefix(3).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        == "Red flag: thread discourse-1 mentions numbness around the genitals or buttocks,"
        + " which calls for medical help rather than self-care; see NHS: Back pain,"
        + " https://www.nhs.uk/conditions/back-pain/.")
    #expect(lines[3].isEmpty && lines[4].hasPrefix("1. foam rolling"))

    let json = try Run(["top", "--json", "--index", "ix-numb.json"], in: folder)
    let answer = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let notice = try #require(answer["red_flags"] as? [String: Any])
    #expect(notice["threads"] as? [String] == ["discourse-1"])
    #expect(notice["in_question"] as? Bool == false)
    let flags = try #require(notice["flags"] as? [[String: Any]])
    #expect(flags.map { $0["name"] as? String } == ["numbness around the genitals or buttocks"])
    #expect((answer["remedies"] as? [[String: Any]])?.first?["name"] as? String == "foam rolling")
  }

  @Test("A thread without one answers as before: no line, and JSON in the contract's shape")
  func threadWithoutRedFlag() throws {
    try add(
      topic(id: 2, title: "Stiff back", symptom: "It is stiff after sitting all day."),
      as: "stiff.json")
    let text = try Run(["top", "--index", "ix-stiff.json"], in: folder)
    #expect(text.stdout.hasPrefix("1. foam rolling"))
    let json = try Run(["top", "--json", "--index", "ix-stiff.json"], in: folder)
    let answer = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(answer.keys.sorted() == ["query", "remedies"])
  }

  @Test("A question that mentions a red flag gets the line even when nothing matches")
  func questionWithRedFlag() throws {
    try add(
      topic(id: 2, title: "Stiff back", symptom: "It is stiff after sitting all day."),
      as: "stiff.json")
    let run = try Run(
      ["search", "chest pain when running", "--index", "ix-stiff.json"], in: folder)
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix(
        "Red flag: your question mentions chest pain on exertion, which calls for medical"))
  }
}
