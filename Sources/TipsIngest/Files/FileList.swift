import Foundation

/// Expands a command line's paths into the files to import.
enum FileList {
  /// `path` itself when it is a file; when a folder, its files recursively, sorted, without
  /// hidden entries. Symbolic links to folders are not followed inside a walk (a link back
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

  private static func walk(folder: String, into files: inout [String]) throws(IngestError) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw .unreadable(path: folder, reason: "cannot list folder")
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names.sorted() where !name.hasPrefix(".") {
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
