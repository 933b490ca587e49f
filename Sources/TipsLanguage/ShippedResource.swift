import Foundation

/// Where the files shipped with the executable lie: the resource folder SwiftPM builds beside
/// it, else `../share/tips/` beside its folder (an installed layout).
package enum ShippedResource {
  /// The file `name` in the resource folder `folder`; nil when neither place holds it.
  package static func url(named name: String, inFolder folder: String) -> URL? {
    guard let directory = executableDirectory else { return nil }
    let candidates = [
      directory.appendingPathComponent(folder),
      directory.deletingLastPathComponent().appendingPathComponent("share/tips/" + folder),
    ]
    return candidates.map { $0.appendingPathComponent(name) }.first {
      FileManager.default.fileExists(atPath: $0.path)
    }
  }

  /// The executable's folder, symbolic links resolved: read from `/proc/self/exe` where the
  /// system has it, one system call, where Foundation's `Bundle.main` first builds the whole
  /// main bundle (half a millisecond of every command's start).
  private static let executableDirectory: URL? = {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: path).deletingLastPathComponent()
    }
    return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
  }()
}
