import Testing
import TipsCore

@testable import TipsIngest

/// Post bodies as Discourse and Stack Exchange write them, and the text a reader sees.
@Suite("HTML reduced to a post's own text")
struct HTMLTextTests {
  @Test(
    "Paragraphs, lists, line breaks, emoji and links become plain text",
    arguments: zip(
      [
        "<p>Rest a week.</p>\n<p>Then   run\n easy.</p>",
        "<p>Try:</p><ul><li>foam rolling</li><li>clamshells</li></ul><p>Done.</p>",
        "<p>line one<br>\nline two</p>",
        "<p>Works! <img src=\"x.png\" title=\":+1:\" class=\"emoji\" alt=\":+1:\"></p>",
        "<p>See <a href=\"https://example.org/itbs\" class=\"inline-onebox\">IT band guide</a>, then stretch.</p>",
        "<h2>Plan</h2><ol><li>rest</li><li>ice</li></ol>",
        "<p>a &amp; b &gt; c &#39;d&#39;</p>",
      ],
      [
        "Rest a week.\n\nThen run easy.",
        "Try:\n\nfoam rolling\nclamshells\n\nDone.",
        "line one\nline two",
        "Works! :+1:",
        "See IT band guide, then stretch.",
        "Plan\n\nrest\nice",
        "a & b > c 'd'",
      ]))
  func reducesBlocks(html: String, expected: String) {
    #expect(HTMLText(html: html).text == expected)
  }

  @Test("A Discourse quote leaves the text and is recorded with its author and post")
  func discourseQuote() {
    let html = """
      <aside class="quote no-group" data-username="coach_ben" data-post="2" data-topic="4242">
      <div class="title">
      <div class="quote-controls"></div>
      <img alt="" width="24" height="24" src="a.png" class="avatar"> coach_ben:</div>
      <blockquote>
      <p>Foam rolling the outside of the thigh</p>
      </blockquote>
      </aside>
      <p>That fixed it.</p>
      """
    let reduced = HTMLText(html: html, topicID: 4242)
    #expect(reduced.text == "That fixed it.")
    #expect(reduced.quotes == [QuotedPost(post: 2, author: "coach_ben")])
  }

  @Test("A quote of another topic keeps its author but not a post number of this thread")
  func quoteOfAnotherTopic() {
    let html = """
      <aside class="quote" data-username="ann" data-post="7" data-topic="99"><blockquote><p>x</p></blockquote></aside><p>Yes.</p>
      """
    #expect(HTMLText(html: html, topicID: 4242).quotes == [QuotedPost(post: nil, author: "ann")])
  }

  @Test("Link previews and image lightboxes are not the author's words")
  func oneboxesAndLightboxesDropped() {
    let html = """
      <p>Watch this:</p>
      <div class="onebox lazyYT lazyYT-container" data-youtube-id="x"><a href="https://youtube.com/watch?v=x"><img class="ytp-thumbnail-image" src="t.jpg" title="Video title"></a></div>
      <aside class="onebox allowlistedgeneric"><header class="source"><a href="https://example.com">example.com</a></header><article class="onebox-body"><h3>Preview title</h3><p>Preview text</p></article></aside>
      <div class="lightbox-wrapper"><a class="lightbox" href="i.jpeg"><img src="i.jpeg"><div class="meta"><span class="filename">image</span><span class="informations">1920×1080 200 KB</span></div></a></div>
      <p>Good form.</p>
      """
    #expect(HTMLText(html: html).text == "Watch this:\n\nGood form.")
  }

  @Test("Stack Exchange blockquotes and code blocks stay in the text")
  func blockquoteAndCodeKept() {
    let html = """
      <p>The guide says:</p>

      <blockquote>
        <p>Increase mileage by at most 10% a week.</p>
      </blockquote>

      <pre><code>week 1: 20 km
      week 2: 22 km
      </code></pre>
      """
    #expect(
      HTMLText(html: html).text
        == "The guide says:\n\nIncrease mileage by at most 10% a week.\n\nweek 1: 20 km\nweek 2: 22 km"
    )
  }

  @Test("Scripts and styles never reach the text")
  func scriptsDropped() {
    #expect(HTMLText(html: "<p>Hi</p><script>alert(1)</script><style>p{}</style>").text == "Hi")
  }
}
