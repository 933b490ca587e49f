import Foundation
import TipsCore

/// Reads a Reddit comments page through its `.json`: the submission and its comment tree,
/// handed to the Reddit importer.
///
/// Reddit sends a few hundred comments at most and leaves `more` stubs where it stopped; the
/// importer skips them, and the fetch counts the comments they stand for so the user hears
/// what was left out.
enum RedditFetch {
  /// Comments asked for: Reddit's most for one page.
  static let commentLimit = 500

  static func thread(page: String, downloader: inout Downloader) async throws(FetchError)
    -> (TipsCore.Thread, skippedComments: Int)
  {
    let bytes = try await downloader.body(of: "\(page).json?limit=\(commentLimit)")
    let thread = try ImportedThread.one(from: bytes, address: downloader.address)
    let listings = try? JSONDecoder().decode([Listing].self, from: Data(bytes))
    let skipped = listings?.reduce(0) { $0 + $1.moreComments } ?? 0
    return (thread, skipped)
  }

  /// Only what counting `more` stubs needs of a listing.
  private struct Listing: Decodable {
    var data: Children

    struct Children: Decodable {
      var children: [Thing]
    }

    struct Thing: Decodable {
      var kind: String
      var data: ThingData
    }

    /// A comment's replies (a listing, or `""` when none) or a stub's count of comments.
    struct ThingData: Decodable {
      var replies: Listing?
      var count: Int?
      var children: [String]?

      enum CodingKeys: String, CodingKey { case replies, count, children }

      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        replies = try? container.decodeIfPresent(Listing.self, forKey: .replies)
        count = try? container.decodeIfPresent(Int.self, forKey: .count)
        children = try? container.decodeIfPresent([String].self, forKey: .children)
      }
    }

    /// Comments the `more` stubs of this listing and its replies stand for: a stub's `count`,
    /// else how many ids it lists.
    var moreComments: Int {
      data.children.reduce(0) { sum, thing in
        if thing.kind == "more" {
          return sum + max(thing.data.count ?? 0, thing.data.children?.count ?? 0)
        }
        return sum + (thing.data.replies?.moreComments ?? 0)
      }
    }
  }
}
