#!/usr/bin/env python3
"""Writes the messages of one Usenet thread as an mbox, in date order, for scoring `tips`
on real threads without committing their text (the 20 Newsgroups license allows local
testing only).

    make-usenet-thread.py SUBJECT FOLDER OUTPUT     write the thread's mbox to OUTPUT
    make-usenet-thread.py --list FOLDER [MIN]       list threads of MIN (3) messages or more

SUBJECT is matched as tips groups messages (Sources/TipsIngest/Formats/Usenet/
SubjectLine.swift): leading "Re:", "RE:", "Re^2:", "Re[2]:" and "[group]" tags removed, then
compared by thread id, so case, spacing and punctuation are ignored. FOLDER is searched recursively (e.g. the sci.med folder
with train/ and test/). Messages are ordered by their Date: header when all have one that
parses, else by train/ before test/ (the collection split them by date) and then by article
number. Bytes are copied as they are, so ISO-8859-1 articles stay ISO-8859-1; body lines
starting with "From " are escaped as ">From " (mboxrd).
"""

import email.utils
import os
import re
import sys

REPLY = re.compile(r"^re(\^\d+|\[\d+\])? *:", re.IGNORECASE)


def normalized(subject):
    rest = subject.strip()
    while True:
        match = REPLY.match(rest)
        if match:
            rest = rest[match.end():].strip()
        elif rest.startswith("[") and "]" in rest:
            rest = rest[rest.index("]") + 1:].strip()
        else:
            break
    return " ".join(rest.split()).lower()


def thread_id(subject):
    """tips's thread id: "usenet-" and the normalized subject's ASCII letters and digits,
    every other run made one "-", cut to 60 characters."""
    slug = re.sub(r"[^a-z0-9]+", "-", normalized(subject)).strip("-")[:60].rstrip("-")
    return "usenet-" + (slug or "no-subject")


def header_of(data):
    """The unfolded header fields of a message, lower-cased names, first value wins."""
    text = data.decode("latin-1")
    fields = {}
    last = None
    for line in text.replace("\r\n", "\n").split("\n"):
        if line == "":
            break
        if line[0] in " \t":
            if last:
                fields[last] += " " + line.strip()
            continue
        name, colon, value = line.partition(":")
        if not colon:
            break
        last = name.strip().lower()
        fields.setdefault(last, value.strip())
    return fields


def articles(folder):
    for root, _, names in os.walk(folder):
        for name in names:
            if not name.startswith("."):
                yield os.path.join(root, name)


def order_key(path):
    parts = path.split(os.sep)
    split = 0 if "train" in parts else 1
    number = int(parts[-1]) if parts[-1].isdigit() else 0
    return (split, number, path)


def threads(folder):
    found = {}
    for path in articles(folder):
        with open(path, "rb") as handle:
            data = handle.read()
        fields = header_of(data)
        if "from" not in fields or "subject" not in fields:
            continue
        found.setdefault(thread_id(fields["subject"]), []).append((path, data, fields))
    return found


def timestamp(fields):
    try:
        parsed = email.utils.parsedate_to_datetime(fields.get("date", ""))
        return parsed.timestamp() if parsed and parsed.tzinfo else None
    except (TypeError, ValueError, IndexError):
        return None


def ordered(messages):
    """The (path, data, fields) messages of one thread in the order the mbox holds them."""
    messages = sorted(messages, key=lambda message: order_key(message[0]))
    times = [timestamp(fields) for _, _, fields in messages]
    if all(time is not None for time in times):
        messages = [m for _, m in sorted(zip(times, messages), key=lambda pair: pair[0])]
    return messages


def mbox_entry(path, data, fields):
    sender = email.utils.parseaddr(fields.get("from", ""))[1] or "unknown"
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    escaped = [b">" + line if re.match(rb"^>*From ", line) else line for line in lines]
    body = b"\n".join(escaped).rstrip(b"\n")
    return b"From " + sender.encode("latin-1", "replace") + b" " + os.path.basename(path).encode() \
        + b"\n" + body + b"\n\n"


def main(argv):
    if len(argv) >= 3 and argv[1] == "--list":
        minimum = int(argv[3]) if len(argv) > 3 else 3
        found = threads(argv[2])
        for thread, messages in sorted(found.items(), key=lambda item: (-len(item[1]), item[0])):
            if len(messages) >= minimum:
                print(f"{len(messages)}\t{thread}\t{normalized(messages[0][2]['subject'])}")
        return 0
    if len(argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    subject, folder, output = argv[1:]
    messages = threads(folder).get(thread_id(subject))
    if not messages:
        print(f"no thread {thread_id(subject)} in {folder}", file=sys.stderr)
        return 1
    messages = ordered(messages)
    with open(output, "wb") as handle:
        for path, data, fields in messages:
            handle.write(mbox_entry(path, data, fields))
    print(f"{len(messages)} messages -> {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
