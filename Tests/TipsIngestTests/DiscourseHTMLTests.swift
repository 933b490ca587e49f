import Testing
import TipsCore
import TipsIngest

/// A crawler page written by hand in the markup current Discourse serves (see FIXTURES.md).
@Suite("Discourse crawler HTML")
struct DiscourseHTMLTests {
  @Test("Each crawler post gives its author, number, date, likes, quotes and text")
  func crawlerPage() throws {
    let threads = try ThreadImporter.threads(
      fromFile: try Fixture.path("discourse-crawler-page.html"))
    let thread = try #require(threads.first)
    #expect(threads.count == 1)
    #expect(thread.id == "discourse-4242")
    #expect(thread.title == "Knee pain after long runs")
    #expect(thread.url == "https://forum.example.org/t/knee-pain-after-long-runs/4242")
    #expect(thread.format == .discourseHTML)
    #expect(thread.posts.map(\.number) == [1, 2, 3, 4])
    #expect(thread.posts.map(\.author) == ["trailmaria", "coach_ben", "trailmaria", "dr_okafor"])
    #expect(thread.posts.map(\.likes) == [1, 9, 2, 0])
    #expect(
      thread.posts.map(\.date) == [
        "2024-03-02T07:15:00Z", "2024-03-02T09:40:12Z", "2024-03-05T18:02:47Z",
        "2024-03-06T08:30:00Z",
      ])
    #expect(
      thread.post(1)?.text == """
        Every long run over 15 km ends with pain on the outside of my right knee.

        What I tried so far:

        new shoes
        shorter strides
        """)
    #expect(
      thread.post(2)?.text
        == "Sounds like your IT band. Foam rolling the outside of the thigh and hip abductor work (clamshells, side planks) fixed it for me."
    )
    let thanks = try #require(thread.post(3))
    #expect(thanks.quotes == [QuotedPost(post: 2, author: "coach_ben")])
    #expect(
      thanks.text == "Three days of this and the long run on Sunday was pain-free. Thanks! :+1:")
    #expect(
      thread.post(4)?.text
        == "Glad it helped. If the pain comes back with swelling, see a physio rather than running through it."
    )
  }

  @Test("Discourse's pre-2020 crawler markup (one DiscussionForumPosting per post) reads too")
  func olderCrawlerMarkup() throws {
    let page = """
      <html><head><title>Hip flexor stretch - Forum</title></head><body>
      <h1>Hip flexor stretch</h1>
      <div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
        <div class='creator'><span>
          <a href='/u/ann'><b itemprop='author'>ann</b></a>
          <time datetime='2019-05-01T10:00:00+00:00' itemprop='datePublished'>2019-05-01</time>
        </span><span itemprop='position'>#1</span></div>
        <div class='post' itemprop='articleBody'><p>Which stretch helps most?</p></div>
        <meta itemprop='interactionCount' content='UserLikes:3'>
      </div>
      <div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
        <div class='creator'><span>
          <a href='/u/bo'><b itemprop='author'>bo</b></a>
          <time datetime='2019-05-02T10:00:00+00:00' itemprop='datePublished'>2019-05-02</time>
        </span><span itemprop='position'>#2</span></div>
        <div class='post' itemprop='articleBody'><p>The couch stretch.</p></div>
        <meta itemprop='interactionCount' content='UserLikes:5'>
      </div>
      </body></html>
      """
    let thread = try #require(
      try ThreadImporter.threads(from: Array(page.utf8), path: "saved/hip-flexor.html").first)
    #expect(thread.id == "discourse-hip-flexor")
    #expect(thread.title == "Hip flexor stretch")
    #expect(thread.posts.map(\.author) == ["ann", "bo"])
    #expect(thread.posts.map(\.number) == [1, 2])
    #expect(thread.posts.map(\.likes) == [3, 5])
    #expect(thread.posts.map(\.text) == ["Which stretch helps most?", "The couch stretch."])
    #expect(thread.post(2)?.date == "2019-05-02T10:00:00+00:00")
  }
}
