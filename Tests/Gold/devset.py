"""Rebuilds the threads of the development set (devset.json) from the shared data folder:
the thread export `tips add` reads and the posts file /work/shared/eval/score.py reads.

build-thread is the command line; score-devset imports this module. The thread text only
ever goes to folders the caller names (the sources allow local testing only).

Each build writes OUTDIR/NAME.<ext> (the export) and OUTDIR/NAME.posts.json, whose posts
are numbered in thread order with the text a reader sees (HTML reduced to text, Usenet
quotes and signatures left out), the author as the page names them and likes (votes or
score where the source has them, 0 where it has none).
"""

import datetime
import email.utils
import html
import html.parser
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import usenet_posts  # noqa: E402  (loads make-usenet-thread.py too)

mt = usenet_posts.mt
RECIPES = os.path.join(HERE, "devset.json")
USENET = "usenet/20news-bydate-sci.med"


def default_data():
    """The shared data folder: ../shared/data beside the checkout, else /work/shared/data."""
    beside = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(HERE))),
                          "shared", "data")
    return beside if os.path.isdir(beside) else "/work/shared/data"


def recipes():
    with open(RECIPES, encoding="utf-8") as handle:
        return {entry["name"]: entry for entry in json.load(handle)["threads"]}


# ---------------------------------------------------------------- HTML as a reader sees it

class _Text(html.parser.HTMLParser):
    """Text of an HTML fragment: blocks on their own lines, list items with "- ", quotes of
    other posts (Discourse's aside.quote), link previews and image captions left out."""

    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "pre", "blockquote", "h1", "h2", "h3", "h4",
              "h5", "h6", "tr", "table", "hr", "aside", "details", "summary"}
    VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.pre = [], [], 0

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self.skip:
            if tag not in self.VOID:
                self.skip.append(tag)
            return
        if tag in ("aside", "script", "style") or "meta" in classes:
            if tag not in self.VOID:
                self.skip.append(tag)
            return
        if tag in self.BLOCKS:
            self.out.append("\n\n" if tag in ("p", "pre", "blockquote", "ul", "ol") else "\n")
        if tag == "li":
            self.out.append("- ")
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag):
        if self.skip:
            self.skip.pop()
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in self.BLOCKS:
            self.out.append("\n\n" if tag in ("p", "pre", "blockquote", "ul", "ol") else "\n")

    def handle_data(self, data):
        if self.skip:
            return
        self.out.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_text(fragment):
    parser = _Text()
    parser.feed(fragment or "")
    parser.close()
    lines = [line.strip() if not line.startswith("    ") else line.rstrip()
             for line in "".join(parser.out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def markdown_text(text):
    """Reddit markdown as the page shows it: links and emphasis marks reduced to words."""
    text = html.unescape(text or "")
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|~~)(.+?)\1", r"\2", text)
    text = re.sub(r"(?m)^#{1,6}\s*", "", text)
    text = re.sub(r"(?m)^&gt;\s?|^>\s?", "", text)
    text = text.replace("&#x200B;", "").replace("\u200b", "")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# ---------------------------------------------------------------- Usenet

_CACHE = {}


def usenet_messages(data, subject):
    folder = os.path.join(data, USENET)
    if folder not in _CACHE:
        _CACHE[folder] = mt.threads(folder)
    messages = _CACHE[folder].get(mt.thread_id(subject))
    if not messages:
        raise LookupError(f"no thread {mt.thread_id(subject)} in {folder}")
    return mt.ordered(messages)


def build_usenet(recipe, data, outdir):
    messages = usenet_messages(data, recipe["subject"])
    export = os.path.join(outdir, recipe["name"] + ".mbox")
    with open(export, "wb") as handle:
        for message in messages:
            handle.write(mt.mbox_entry(*message))
    posts = []
    for number, (path, raw, fields) in enumerate(messages, 1):
        name, address = email.utils.parseaddr(fields.get("from", ""))
        posts.append({"number": number, "author": name or address or None, "likes": 0,
                      "reply_to": None, "article": os.path.basename(path),
                      "text": usenet_posts.own_words(usenet_posts.body_lines(raw), address)})
    title = " ".join(mt.normalized(messages[0][2]["subject"]).split())
    return export, {"title": recipe["subject"],
                    "source": f"{USENET} (thread {mt.thread_id(title)})",
                    "posts": posts}


# ---------------------------------------------------------------- Usenet as a copied web page

def handle(name, address, engine):
    """The user name a forum shows for a Usenet writer: the real name, or the address's
    local part; Reddit names carry no spaces."""
    shown = (name or "").strip().strip('"') or (address or "unknown").split("@")[0]
    if engine == "reddit":
        shown = re.sub(r"[^A-Za-z0-9_-]+", "_", shown).strip("_") or "unknown"
    return shown


def page_posts(recipe, data):
    """The messages of the recipe's Usenet thread as forum posts: user name, date, the
    post each replies to (the latest earlier post by the writer its attribution names)
    and its parts (own paragraphs and quote blocks)."""
    base = recipes()[recipe["of"]]
    messages = usenet_messages(data, base["subject"])
    engine = recipe["engine"]
    posts, start = [], None
    for number, (path, raw, fields) in enumerate(messages, 1):
        name, address = email.utils.parseaddr(fields.get("from", ""))
        stamp = mt.timestamp(fields)
        if stamp is not None:
            when = datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc)
        else:
            # The collection dropped most Date headers: posts are spread over the days
            # after 5 April 1993 in the order the mbox holds them.
            start = start or datetime.datetime(1993, 4, 5, 9, 12, tzinfo=datetime.timezone.utc)
            when = start + datetime.timedelta(hours=7, minutes=23) * (number - 1)
        parts = usenet_posts.segments(usenet_posts.body_lines(raw), address)
        posts.append({"number": number, "name": name, "address": address,
                      "user": handle(name, address, engine), "when": when, "parts": parts})
    for post in posts:
        post["reply_to"], parts = None, []
        for part in post["parts"]:
            if part[0] != "quote":
                parts.append(part)
                continue
            who, where = part[1]
            target = _writer(posts[: post["number"] - 1], who, where)
            if target:
                shown = target["user"]
            elif who or where:
                shown = handle(who, where, engine)
            else:  # no attribution line: the quote is of the post before
                shown = posts[post["number"] - 2]["user"] if post["number"] > 1 else "unknown"
            parts.append(("quote", shown, part[2]))
            if post["reply_to"] is None and target:
                post["reply_to"] = target["number"]
        post["parts"] = parts
        if post["reply_to"] is None and post["number"] > 1:
            post["reply_to"] = 1
    title = base["subject"]
    return title, posts


def _writer(earlier, who, where):
    for post in reversed(earlier):
        if where and post["address"] and where.lower() == post["address"].lower():
            return post
        if who and post["name"] and who.lower() == post["name"].lower():
            return post
    return None


def own_text(post):
    return "\n\n".join(part[1] for part in post["parts"] if part[0] == "own")


def _paragraphs(text, indent=""):
    return "\n\n".join(indent + para for para in text.split("\n\n"))


def render_xenforo(title, posts):
    out = [title, "", f"Thread starter {posts[0]['user']} Start date "
           f"{_mdy(posts[0]['when'])}", ""]
    counts = _counts(posts)
    for post in posts:
        out += [post["user"], "New member" if counts[post["user"]] < 3 else "Member", "",
                _mdy(post["when"]), "", f"#{post['number']}", ""]
        for part in post["parts"]:
            if part[0] == "quote":
                out += [f"{part[1]} said:", "", part[2], "Click to expand...", ""]
            else:
                out += [part[1], ""]
        out += ["Like Quote Reply", "Report", ""]
    return "\n".join(out)


def render_vbulletin(title, posts):
    counts = _counts(posts)
    first = posts[0]["when"].strftime("%b %Y")
    out = [title, ""]
    for post in posts:
        subject = title if post["number"] == 1 else f"Re: {title}"
        out += [f"  #{post['number']}  ", f"Old {post['when'].strftime('%m-%d-%Y, %I:%M %p')}",
                f"{post['user']} {post['user']} is offline", "Junior Member", " ",
                f"Join Date: {first}", f"Posts: {counts[post['user']]}",
                f"Default {subject}", ""]
        for part in post["parts"]:
            if part[0] == "quote":
                out += ["Quote:", f"Originally Posted by {part[1]}", part[2], ""]
            else:
                out += [part[1], ""]
        out += ["Reply With Quote", ""]
    return "\n".join(out)


def render_phpbb(title, posts):
    counts = _counts(posts)
    joined = {}
    for post in posts:
        joined.setdefault(post["user"], post["when"])
    out = [title, "", "Post Reply", f"{len(posts)} posts • Page 1 of 1", ""]
    for post in posts:
        subject = title if post["number"] == 1 else f"Re: {title}"
        out += [post["user"], f"Posts: {counts[post['user']]}",
                f"Joined: {_phpbb_date(joined[post['user']])}", "", subject,
                f"Post by {post['user']} » {_phpbb_date(post['when'])}", ""]
        for part in post["parts"]:
            if part[0] == "quote":
                out += [f"{part[1]} wrote: ↑", part[2], ""]
            else:
                out += [part[1], ""]
        out += ["Top", ""]
    return "\n".join(out)


def render_reddit(title, posts):
    copied = datetime.datetime(2024, 6, 1, tzinfo=datetime.timezone.utc)
    levels = {}
    first = posts[0]
    out = ["r/AskDocs", f"Posted by u/{first['user']}", _ago(first["when"], copied), "",
           title, ""]
    out += [_paragraphs(own_text(first)), "", "1", f"{len(posts) - 1} comments", "Share",
            "Save", "Hide", "Report", "100% Upvoted", "", "Sort by: best", ""]
    for post in posts[1:]:
        parent = post["reply_to"] or 1
        levels[post["number"]] = 1 if parent == 1 else levels.get(parent, 0) + 1
        out += [f"level {levels[post['number']]}", post["user"],
                f"· {_ago(post['when'], copied)}", ""]
        for part in post["parts"]:
            if part[0] == "quote":
                out += [part[2], ""]
            else:
                out += [part[1], ""]
        out += ["1", "Reply", "Share", "Report", "Save", "Follow", ""]
    return "\n".join(out)


def render_discourse(title, posts):
    out = [title, "Health", ""]
    for post in posts:
        out += [post["user"], post["when"].strftime("%b '%y"), ""]
        for part in post["parts"]:
            if part[0] == "quote":
                out += [f"{part[1]}:", part[2], ""]
            else:
                out += [part[1], ""]
        if post["number"] == 1:
            out += ["created", post["when"].strftime("%b '%y"), "last reply",
                    posts[-1]["when"].strftime("%b '%y"), str(len(posts) - 1), "replies", ""]
        out += ["Reply", ""]
    return "\n".join(out)


def render_invision(title, posts):
    first = posts[0]
    out = ["Jump to content", "Sign In", "Browse", "Forums", "Home", "Health", title, title,
           f"By {first['user']}, {_long_date(first['when'])} in Health", "", "Share",
           "Followers 1", "", "Reply to this topic", "Start new topic", "Recommended Posts", ""]
    counts = _counts(posts)
    for post in posts:
        out += [post["user"], "Members", f" {counts[post['user']]}",
                f"Posted {_long_date(post['when'])}", ""]
        for part in post["parts"]:
            if part[0] == "quote":
                quoted = next((p for p in posts if p["user"] == part[1]), None)
                when = quoted["when"] if quoted else post["when"]
                out += [f"On {when.month}/{when.day}/{when.year} at "
                        f"{when.strftime('%I:%M %p').lstrip('0')}, {part[1]} said:", part[2], ""]
            else:
                out += [part[1], ""]
        out += ["Quote", "Link to comment", "Share on other sites", "", "More sharing options...",
                ""]
    out += ["Create an account or sign in to comment"]
    return "\n".join(out)


def render_xenforo1(title, posts):
    first = posts[0]
    out = [title, f"Discussion in 'Health' started by {first['user']}, {_mdy(first['when'])}.", ""]
    for post in posts:
        out += [post["user"], "New Member", ""]
        for part in post["parts"]:
            if part[0] == "quote":
                out += [f"{part[1]} said: ↑", part[2], "Click to expand...", ""]
            else:
                out += [part[1], ""]
        if out[-1] == "":
            out.pop()
        out += [f"{post['user']}, {_mdy(post['when'])} #{post['number']}"]
    return "\n".join(out)


def render_stackexchange(title, posts):
    """A Stack Exchange question page: each post signed by the card below it. Quotes are
    block quotes, which a copy keeps as plain paragraphs."""
    out = ["Skip to main content", "Stack Exchange Network", "Medical Sciences", "Log in", "",
           title, f"Asked {2024 - posts[0]['when'].year} years ago", "Modified 30 years ago",
           "Viewed 2k times", "0", ""]
    for post in posts:
        for part in post["parts"]:
            out += [part[2] if part[0] == "quote" else part[1], ""]
        if post["number"] == 1:
            out += ["health", "Share", "Improve this question", "Follow"]
        else:
            out += ["Share", "Improve this answer", "Follow"]
        verb = "asked" if post["number"] == 1 else "answered"
        out += [f"{verb} {_mdy(post['when'])} at {post['when'].strftime('%H:%M')}", post["user"],
                "1011 bronze badge", "Add a comment"]
        if post["number"] == 1:
            out += [f"{len(posts) - 1} Answers", "Sorted by:", "", "Highest score (default)"]
        if post["number"] < len(posts):
            out += ["0", ""]
    out += ["Your Answer"]
    return "\n".join(out)


RENDER = {"xenforo": render_xenforo, "vbulletin": render_vbulletin, "phpbb": render_phpbb,
          "reddit": render_reddit, "discourse": render_discourse, "invision": render_invision,
          "xenforo1": render_xenforo1, "stackexchange": render_stackexchange}


def _counts(posts):
    counts = {}
    for post in posts:
        counts[post["user"]] = counts.get(post["user"], 0) + 1
    return counts


def _mdy(when):
    return f"{when.strftime('%b')} {when.day}, {when.year}"


def _long_date(when):
    return f"{when.strftime('%B')} {when.day}, {when.year}"


def _phpbb_date(when):
    return when.strftime("%a %b %d, %Y ") + when.strftime("%I:%M %p").lstrip("0").lower()


def _ago(when, now):
    years = (now - when).days // 365
    return f"{years} yr. ago"


def build_page(recipe, data, outdir):
    title, posts = page_posts(recipe, data)
    export = os.path.join(outdir, recipe["name"] + ".txt")
    with open(export, "w", encoding="utf-8") as handle:
        handle.write(RENDER[recipe["engine"]](title, posts) + "\n")
    likes = 1 if recipe["engine"] == "reddit" else 0  # Reddit shows a new comment's 1 point
    return export, {
        "title": title,
        "source": f"{USENET} thread {recipe['of']} as a {recipe['engine']} page copy",
        "posts": [{"number": p["number"], "author": p["user"], "likes": likes,
                   "reply_to": p["reply_to"] if p["number"] > 1 else None,
                   "text": own_text(p)} for p in posts]}


# ---------------------------------------------------------------- Stack Exchange

def build_stackexchange(recipe, data, outdir):
    path = os.path.join(data, "stackexchange", recipe["site"], "Posts.xml")
    question = str(recipe["question"])
    with open(path, encoding="utf-8-sig") as handle:
        lines = handle.read().split("\n")
    head, rows = [], []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("<row "):
            attrs = _row(stripped)
            if attrs.get("Id") == question or attrs.get("ParentId") == question:
                rows.append((line, attrs))
        elif stripped and stripped != "</posts>" and not rows:
            head.append(line)
    if not rows:
        raise LookupError(f"no question {question} in {path}")
    folder = os.path.join(outdir, recipe["name"])
    os.makedirs(folder, exist_ok=True)
    export = os.path.join(folder, "Posts.xml")
    with open(export, "w", encoding="utf-8-sig") as handle:
        handle.write("\n".join(head + [line for line, _ in rows] + ["</posts>"]) + "\n")
    rows.sort(key=lambda row: (row[1].get("PostTypeId") != "1", row[1].get("CreationDate", "")))
    users = _se_users(os.path.dirname(path))
    posts = []
    for number, (_, attrs) in enumerate(rows, 1):
        owner = attrs.get("OwnerUserId")
        author = attrs.get("OwnerDisplayName") or users.get(owner) or \
            (f"user{owner}" if owner else None)
        posts.append({"number": number, "author": author, "likes": int(attrs.get("Score", 0)),
                      "reply_to": None if number == 1 else 1, "id": int(attrs["Id"]),
                      "text": html_text(attrs.get("Body", ""))})
    return export, {"title": html.unescape(rows[0][1].get("Title", "")),
                    "source": f"https://{recipe['site']}/q/{question}", "posts": posts}


def _row(line):
    return {key: html.unescape(value) for key, value in re.findall(r'(\w+)="([^"]*)"', line)}


def _se_users(folder):
    path = os.path.join(folder, "Users.xml")
    if not os.path.exists(path):
        return {}
    users = {}
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            if "<row " in line:
                attrs = _row(line)
                users[attrs.get("Id")] = attrs.get("DisplayName")
    return users


# ---------------------------------------------------------------- Discourse and Reddit

def build_discourse(recipe, data, outdir):
    source = os.path.join(data, recipe["file"])
    export = os.path.join(outdir, recipe["name"] + ".json")
    shutil.copyfile(source, export)
    with open(source, encoding="utf-8") as handle:
        topic = json.load(handle)
    posts = []
    for post in sorted(topic["post_stream"]["posts"], key=lambda p: p["post_number"]):
        likes = sum(a.get("count", 0) for a in post.get("actions_summary", []) if a.get("id") == 2)
        posts.append({"number": post["post_number"], "author": post.get("username"),
                      "likes": likes, "reply_to": post.get("reply_to_post_number"),
                      "text": html_text(post.get("cooked", ""))})
    return export, {"title": topic.get("title"), "source": recipe["file"], "posts": posts}


def build_reddit(recipe, data, outdir):
    with open(os.path.join(data, recipe["listing"]), encoding="utf-8") as handle:
        listing = json.load(handle)
    chosen = [c for c in listing["data"]["children"] if c["data"].get("id") == recipe["post"]]
    if not chosen:
        raise LookupError(f"no post {recipe['post']} in {recipe['listing']}")
    # The shape of the post's own page (/comments/<id>.json): a listing holding the post,
    # verbatim, then the comments listing, empty here (the listing file has none).
    listing["data"]["children"] = chosen
    listing["data"]["dist"] = 1
    comments = {"kind": "Listing", "data": {"after": None, "dist": None, "modhash": "",
                                            "geo_filter": "", "children": [], "before": None}}
    export = os.path.join(outdir, recipe["name"] + ".json")
    with open(export, "w", encoding="utf-8") as handle:
        json.dump([listing, comments], handle, ensure_ascii=False)
    post = chosen[0]["data"]
    return export, {"title": html.unescape(post.get("title", "")),
                    "source": f"{recipe['listing']} post {recipe['post']}",
                    "posts": [{"number": 1, "author": post.get("author"),
                               "likes": post.get("score", 0), "reply_to": None,
                               "text": markdown_text(post.get("selftext", ""))}]}


BUILD = {"usenet": build_usenet, "page": build_page, "stackexchange": build_stackexchange,
         "discourse": build_discourse, "reddit": build_reddit}


def build(name, outdir, data=None, recipe=None):
    """Writes NAME's export and NAME.posts.json into outdir; returns both paths."""
    data = data or default_data()
    recipe = recipe or recipes().get(name)
    if recipe is None:
        raise LookupError(f"no thread {name} in {RECIPES}")
    os.makedirs(outdir, exist_ok=True)
    export, found = BUILD[recipe["source"]](recipe, data, outdir)
    found["note"] = "Built by Tests/Gold/build-thread for local testing only; never commit."
    posts_path = os.path.join(outdir, recipe["name"] + ".posts.json")
    with open(posts_path, "w", encoding="utf-8") as handle:
        json.dump(found, handle, indent=1, ensure_ascii=False)
    return export, posts_path


def readable(posts_path, output):
    """The posts file as plain numbered posts for gold writers."""
    with open(posts_path, encoding="utf-8") as handle:
        found = json.load(handle)
    out = [f"# {found.get('title')}", f"(source: {found.get('source')})", ""]
    for post in found["posts"]:
        out += [f"== post {post['number']} by {post.get('author')} (likes {post.get('likes', 0)})",
                post.get("text", ""), ""]
    with open(output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out))
    return len(found["posts"])
