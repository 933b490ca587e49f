#!/usr/bin/env python3
"""Writes the posts of one Usenet thread as a posts file for /work/shared/eval/score.py.

    usenet_posts.py SUBJECT FOLDER OUTPUT.json

The posts are the thread's messages in the order make-usenet-thread.py writes them to its
mbox (date order), numbered from 1, each with the writer's own words as a reader sees them:
the header, quoted lines ("> ", "| ", ": ", "<> ", "AB> "), the attribution line above a
quote ("In article <...> x writes:", "x wrote:", "x writes...") and the signature (after a
"-- " or "--" line) left out, and wrapped lines joined. score.py ties a tip to a post by finding its quote
inside the post's text after collapsing whitespace and case, so the line breaks do not
need to match the tool's. Rules of "=", "*", "-", "^" are dropped too, since they carry no
words.

The message text stays out of the repository (the 20 Newsgroups license allows local
testing only): this writes to a temporary file chosen by the caller. segments() gives the
same words with the quote blocks kept apart, for devset.py's web-page copies.
"""

import email.utils
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_thread_script():
    spec = importlib.util.spec_from_file_location(
        "make_usenet_thread", os.path.join(HERE, "make-usenet-thread.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


mt = load_thread_script()

QUOTE = re.compile(r"^[ \t]{0,3}(>|\||:(?![-()])|<(>| |$)|[A-Z]{1,3}>( |$))")
RULE = re.compile(r"^\s*[^A-Za-z0-9\s]{3,}\s*$")
ATTRIBUTION_END = re.compile(r"(writes|wrote|said|says)\s*(:|\.\.\.)\s*$", re.IGNORECASE)


def is_quoted(line):
    return bool(QUOTE.match(line))


def body_lines(data):
    text = data.decode("latin-1").replace("\r\n", "\n")
    header, _, body = text.partition("\n\n")
    return body.split("\n")


def own_words(lines, address=None):
    """The writer's own paragraphs of a message body. A short last paragraph holding the
    writer's address is a signature without its "-- " line and is left out too."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].rstrip() in ("--", "-- ") or lines[i] == "--  ":
            lines = lines[:i]
            break
    paragraphs = [[]]
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or RULE.match(line):
            if paragraphs[-1]:
                paragraphs.append([])
            i += 1
            continue
        if is_quoted(line):
            if paragraphs[-1]:
                paragraphs.append([])
            i += 1
            continue
        # An attribution: one to three unquoted lines ending "writes:" and the like, with
        # quoted text (blank lines aside) after it, or naming an article id.
        joined, end, found = "", i, False
        while end < len(lines) and end < i + 3 and lines[end].strip() and \
                not (end > i and is_quoted(lines[end])):
            joined += " " + lines[end].strip()
            end += 1
            if ATTRIBUTION_END.search(joined):
                rest = [l for l in lines[end:] if l.strip()]
                if "<" in joined or (rest and is_quoted(rest[0])):
                    found = True
                break
        if found:
            if paragraphs[-1]:
                paragraphs.append([])
            i = end
            continue
        paragraphs[-1].append(line.strip())
        i += 1
    paragraphs = [p for p in paragraphs if p]
    if address and len(paragraphs) > 1 and len(paragraphs[-1]) <= 6 and \
            any(address.lower() in line.lower() for line in paragraphs[-1]):
        paragraphs.pop()
    out = []
    for para in paragraphs:
        if not para:
            continue
        text = ""
        for line in para:
            if not text:
                text = line
            elif text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower():
                text += line  # a word the writer's software split: "pre-" + "vent"
            else:
                text += " " + line
        out.append(text)
    return "\n\n".join(out)


ATTRIBUTION_NAME = re.compile(r"\(([^()@]+)\)")
ADDRESS = re.compile(r"[\w.+%-]+@[\w.-]+\w")


def unquoted(line):
    """A quoted line without its first level of quoting."""
    match = QUOTE.match(line)
    rest = line[match.end():] if match else line
    return rest[1:] if rest.startswith(" ") else rest


def attribution(lines):
    """(name, address) named by the attribution line ending `lines` ("In article <id>,
    x@y (Name) writes:", "Name <x@y> wrote:"), either None where not given."""
    tail = []
    for line in reversed(lines):
        if not line.strip():
            if tail:
                break
            continue
        tail.insert(0, line.strip())
        if len(tail) == 3:
            break
    starts = [i for i, line in enumerate(tail) if line.lower().startswith("in article")]
    if starts:
        tail = tail[starts[-1]:]
    elif tail and (ADDRESS.search(tail[-1]) or ATTRIBUTION_NAME.search(tail[-1])):
        tail = tail[-1:]
    else:
        tail = tail[-2:]
    joined = " ".join(tail)
    match = ATTRIBUTION_END.search(joined.strip())
    if not match:
        return None, None
    head = re.sub(r"in article\s*<[^>]*>,?", "", joined[:match.start()], flags=re.IGNORECASE)
    head = re.sub(r"<[^>]*@[^>]*>", lambda m: m.group(0)[1:-1], head)
    name = ATTRIBUTION_NAME.search(head)
    address = ADDRESS.search(head)
    named = name.group(1).strip() if name else None
    if not named and not address:
        words = head.strip().strip(",:").strip()
        named = words if 0 < len(words.split()) <= 4 else None
    return named, address.group(0) if address else None


def segments(lines, address=None):
    """A message body as the reader of a web forum would see it: ("own", text) for the
    writer's paragraphs (as own_words gives them) and ("quote", (name, address), text) for
    each block of quoted lines, in body order, with the name and address of the
    attribution line above the quote where there is one."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].rstrip() in ("--", "-- ") or lines[i] == "--  ":
            lines = lines[:i]
            break
    runs = []
    for line in lines:
        quoted = is_quoted(line)
        if runs and runs[-1][0] == quoted:
            runs[-1][1].append(line)
        else:
            runs.append((quoted, [line]))
    last_own = max((i for i, (quoted, _) in enumerate(runs) if not quoted), default=-1)
    out = []
    for i, (quoted, run) in enumerate(runs):
        if quoted:
            text = own_words([unquoted(line) for line in run])
            who = attribution(runs[i - 1][1]) if i > 0 else (None, None)
            if text:
                out.append(("quote", who, text))
            continue
        followed = i + 1 < len(runs)
        text = own_words(run + ([">"] if followed else []), address if i == last_own else None)
        if text:
            out.append(("own", text))
    return out


def posts(subject, folder):
    messages = mt.threads(folder).get(mt.thread_id(subject))
    if not messages:
        raise SystemExit(f"no thread {mt.thread_id(subject)} in {folder}")
    messages = mt.ordered(messages)
    result = []
    for number, (path, data, fields) in enumerate(messages, 1):
        name, address = email.utils.parseaddr(fields.get("from", ""))
        result.append({
            "number": number,
            "author": name or address or None,
            "likes": 0,
            "reply_to": None,
            "article": os.path.basename(path),
            "text": own_words(body_lines(data), address),
        })
    return result


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    subject, folder, output = argv[1:]
    found = posts(subject, folder)
    with open(output, "w", encoding="utf-8") as handle:
        json.dump({"title": subject, "source": f"{folder} (thread {mt.thread_id(subject)})",
                   "note": "Generated by usenet_posts.py; local testing only, never commit.",
                   "posts": found}, handle, indent=1, ensure_ascii=False)
    print(f"{len(found)} posts -> {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
