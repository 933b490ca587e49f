import Foundation
import Testing
import TipsIngest

@Suite("Finding the files to import")
struct FileListTests {
  @Test("Folders expand recursively, sorted, without hidden files or folders, each file once")
  func foldersExpand() throws {
    let folder = try TemporaryFolder()
    for name in [
      "b/2.json", "b/1.json", "a.txt", ".DS_Store", ".git/config", "b/.hidden.json", "c/d/e.xml",
    ] {
      try folder.write("x", to: name)
    }
    let single = try folder.write("x", to: "elsewhere/single.json")
    #expect(
      try ThreadImporter.files(in: [folder.path + "/b", single, folder.path]) == [
        folder.path + "/b/1.json", folder.path + "/b/2.json", single,
        folder.path + "/a.txt", folder.path + "/c/d/e.xml",
      ])
  }

  @Test("A path that does not exist is an error, not an empty import")
  func missingPath() throws {
    let folder = try TemporaryFolder()
    let missing = folder.path + "/typo"
    #expect(throws: IngestError.unreadable(path: missing, reason: "no such file or directory")) {
      try ThreadImporter.files(in: [folder.path, missing])
    }
  }
}
