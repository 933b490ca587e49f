import Foundation

/// Expands a command line's paths into the files to import.
enum FileList {
  /// `path` itself when it is a file; when a folder, its files recursively, sorted, without
  /// hidden entries or documentation (`README`, `ATTRIBUTION`, `LICENSE`, ... in any
  /// extension), which a folder of exports carries beside its threads. Symbolic links to folders are not followed inside a walk (a link back
  /// up the tree would never end); links to files are kept.
  static func files(at path: String) throws(IngestError) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .unreadable(path: path, reason: "no such file or directory")
    }
    guard isFolder.boolValue else { return [path] }
    var files: [String] = []
    try walk(folder: path, into: &files)
    return files
  }

  /// Names of the notes that travel with data: never thread exports.
  private static let documentationNames: Set<String> = [
    "readme", "attribution", "license", "licence", "changelog", "notice", "copying", "authors",
  ]

  static func isDocumentation(_ name: String) -> Bool {
    let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
    return documentationNames.contains(stem.lowercased())
  }

  private static func walk(folder: String, into files: inout [String]) throws(IngestError) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw .unreadable(path: folder, reason: "cannot list folder")
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names.sorted() where !name.hasPrefix(".") && !isDocumentation(name) {
      let path = prefix + name
      let type =
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
      if isFolder.boolValue {
        if type != .typeSymbolicLink { try walk(folder: path, into: &files) }
      } else {
        files.append(path)
      }
    }
  }
}
