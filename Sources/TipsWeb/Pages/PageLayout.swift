/// The frame every page shares: language, title, the inline stylesheet, a skip link, the
/// site's navigation and one `main` landmark that the page's own `h1` opens.
///
/// The stylesheet is inline so the page is one response with nothing else to fetch (and the
/// content security policy can forbid every other source); there is no script at all.
enum PageLayout {
  /// `title` and `body` are markup already: callers escape what they put in.
  static func page(title: String, current: Section, body: String) -> String {
    """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(title) · tips</title>
    <style>\(stylesheet)</style>
    </head>
    <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="site">
    <a class="brand" href="/">tips</a>
    <nav aria-label="Sections">
    \(link("/", "Search", current == .search))
    \(link("/threads", "Threads", current == .threads))
    </nav>
    </header>
    <main id="main" tabindex="-1">
    \(body)
    </main>
    <footer class="site"><p>Consensus advice from forum threads. \
    Answers as JSON: <a href="/api/top">/api/top</a>, <code>/api/search?q=</code>, \
    <code>/api/remedy/NAME</code>.</p></footer>
    </body>
    </html>

    """
  }

  /// Which section of the navigation a page belongs to, marked `aria-current`.
  enum Section {
    case search, threads, other
  }

  private static func link(_ path: String, _ label: String, _ isCurrent: Bool) -> String {
    "<a href=\"\(path)\"\(isCurrent ? " aria-current=\"page\"" : "")>\(label)</a>"
  }

  /// Quiet colours with text contrast above 7:1, a visible focus ring on every control, and
  /// a single column that reads on a phone.
  static let stylesheet = """
    :root{--ink:#1d2327;--muted:#50575e;--line:#dcdcde;--paper:#fff;--wash:#f6f7f7;\
    --accent:#0a4b78;--warn:#8a2424;--ok:#1e5e2f;color-scheme:light}
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",\
    sans-serif;color:var(--ink);background:var(--wash)}
    a{color:var(--accent)}
    a:hover{text-decoration-thickness:2px}
    :focus-visible{outline:3px solid #f0b849;outline-offset:2px;border-radius:2px}
    .skip{position:absolute;left:-999px;top:.5rem;background:var(--paper);padding:.5rem 1rem}
    .skip:focus{left:.5rem;z-index:1}
    header.site{display:flex;align-items:baseline;gap:2rem;padding:.9rem 1.5rem;\
    background:var(--ink)}
    header.site a{color:#fff;text-decoration:none}
    header.site .brand{font-weight:700;font-size:1.3rem;letter-spacing:.02em}
    header.site nav{display:flex;gap:1.25rem}
    header.site nav a[aria-current]{text-decoration:underline;text-underline-offset:.35em}
    main{display:block;max-width:54rem;margin:0 auto;padding:1.5rem}
    main:focus{outline:none}
    h1{font-size:1.6rem;line-height:1.25;margin:1.25rem 0 .25rem}
    h2{font-size:1.2rem;line-height:1.3;margin:0}
    .summary{color:var(--muted);margin:0 0 1rem}
    form.search{display:grid;grid-template-columns:repeat(3,minmax(0,1fr)) auto;gap:.75rem;\
    align-items:end;background:var(--paper);border:1px solid var(--line);border-radius:8px;\
    padding:1rem}
    form.search .query{grid-column:1/-1}
    label{display:block;font-weight:600;font-size:.9rem;margin-bottom:.2rem}
    input,select,button{font:inherit;width:100%;padding:.45rem .6rem;border:1px solid #8c8f94;\
    border-radius:6px;background:var(--paper);color:var(--ink)}
    input,select{height:2.6rem}
    .query input{font-size:1.1rem;height:2.9rem}
    button{width:auto;background:var(--accent);border-color:var(--accent);color:#fff;\
    font-weight:600;padding:.45rem 1.2rem;height:2.6rem;cursor:pointer}
    .card{background:var(--paper);border:1px solid var(--line);border-radius:8px;\
    padding:1rem 1.25rem;margin:1rem 0}
    .card header{display:flex;justify-content:space-between;gap:1rem;align-items:baseline;\
    flex-wrap:wrap}
    .card h2 a{text-decoration:none}
    .card h2 a:hover{text-decoration:underline}
    .rank{color:var(--muted);font-weight:400}
    .meta{color:var(--muted);font-size:.9rem;margin:0;white-space:nowrap}
    .kind{display:inline-block;border:1px solid var(--line);border-radius:99px;\
    padding:0 .55rem;background:var(--wash)}
    .disputed{color:var(--warn);font-weight:600}
    .tags{margin:.3rem 0 0;color:var(--muted);font-size:.92rem}
    .evidence{margin:.35rem 0 .5rem;font-size:.92rem;font-weight:600}
    .explain{font-family:ui-monospace,monospace;font-size:.85rem;color:var(--muted);margin:.25rem 0}
    ul.quotes,ul.caveats,ul.against{list-style:none;margin:.5rem 0 0;padding:0}
    ul.quotes li{border-left:3px solid var(--line);padding:.1rem 0 .1rem .8rem;margin:.55rem 0}
    ul.quotes li.agrees{border-left-color:var(--ok)}
    blockquote{margin:0}
    .source{color:var(--muted);font-size:.88rem;margin:.1rem 0 0}
    ul.caveats li,ul.against li{font-size:.92rem;margin:.3rem 0;padding-left:1.4rem;\
    text-indent:-1.4rem}
    ul.caveats li::before{content:"⚠";display:inline-block;width:1.4rem;text-indent:0;\
    color:var(--warn)}
    ul.against li::before{content:"✗";display:inline-block;width:1.4rem;text-indent:0;\
    color:var(--warn)}
    .mark{font-weight:600;color:var(--ok)}
    .redflag{background:#fcf0f1;border:1px solid #e6b8bd;border-left:4px solid var(--warn);\
    border-radius:6px;padding:.75rem 1rem;margin:1rem 0}
    .redflag p{margin:0;font-weight:600;color:var(--warn)}
    .redflag ul{margin:.4rem 0 0;padding-left:1.2rem;font-size:.9rem}
    .notice{background:var(--paper);border:1px solid var(--line);border-left:4px solid \
    var(--warn);border-radius:6px;padding:.75rem 1rem}
    table{width:100%;border-collapse:collapse;background:var(--paper);border:1px solid \
    var(--line)}
    th,td{text-align:left;padding:.5rem .75rem;border-bottom:1px solid var(--line);\
    vertical-align:top}
    th{font-size:.85rem;color:var(--muted)}
    th.number,td.number{text-align:right;font-variant-numeric:tabular-nums}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;\
    clip-path:inset(50%);white-space:nowrap}
    code{font-size:.9em}
    footer.site{max-width:54rem;margin:0 auto;padding:0 1.5rem 2rem;color:var(--muted);\
    font-size:.85rem}
    @media (max-width:40rem){form.search{grid-template-columns:1fr}\
    header.site{gap:1rem;padding:.8rem 1rem}main{padding:1rem}}
    """
}
