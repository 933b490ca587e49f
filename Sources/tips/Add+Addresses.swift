import TipsFetch
import TipsKnowledgeBase

extension Add {
  /// What the arguments name: web addresses (`https://…`, any `scheme://`) are fetched here,
  /// the rest are files and folders for the knowledge base to read.
  struct Sources {
    var files: [String]
    var fetched: [Thread]
    /// Addresses that could not be read, each already reported in one line.
    var failedAddresses: Int
  }

  /// Fetches the arguments that are addresses, one after another; each that fails prints one
  /// line and is left out, so the commit holds what could be read and a failed fetch alone
  /// leaves the index as it was. A forum's note (comments it did not send) is one line too.
  func sources() async -> Sources {
    let addresses = paths.filter(ThreadURL.isAddress)
    var sources = Sources(
      files: paths.filter { !ThreadURL.isAddress($0) }, fetched: [], failedAddresses: 0)
    guard !addresses.isEmpty else { return sources }
    let version = Tips.configuration.version.isEmpty ? "dev" : Tips.configuration.version
    let fetcher = ThreadFetcher(limits: FetchLimits(version: version))
    for result in await fetcher.threads(at: addresses) {
      switch result {
      case .success(let fetched):
        sources.fetched.append(fetched.thread)
        for note in fetched.notes { Diagnostics.warn(note) }
      case .failure(let error):
        Diagnostics.warn(error.description)
        sources.failedAddresses += 1
      }
    }
    return sources
  }
}
