"""Turns `tips extract` lines into Reddit archive lines, to feed the Spark job in tests.

Reads extracted threads on standard input and writes, for each thread with a reply, one
submission line (post 1: title and self text) and one comment line per later post, with
`link_id` and `parent_id` from the post's `replyTo`. `--copies N` writes each thread N times
under different ids, so a few hundred threads make thousands of lines; the lines are shuffled
with a fixed seed, so grouping them is the reader's job and every run writes the same file.
"""

import argparse
import json
import random
import sys
from datetime import datetime


def seconds(date):
    if not date:
        return None
    return int(datetime.fromisoformat(date.replace("Z", "+00:00")).timestamp())


def lines_for(thread, copy):
    posts = thread["posts"]
    if len(posts) < 2:
        return
    base = f"{thread['thread']}-{copy}".replace(" ", "_")
    link = "t3_" + base
    opener = posts[0]
    yield {
        "id": base, "title": thread["title"], "selftext": opener["text"],
        "author": opener.get("author") or "[deleted]", "score": opener["likes"],
        "created_utc": seconds(opener.get("date")), "subreddit": "scimed", "num_comments":
        len(posts) - 1,
    }
    for post in posts[1:]:
        parent = post.get("replyTo")
        yield {
            "id": f"{base}_{post['number']}", "link_id": link,
            "parent_id": f"t1_{base}_{parent}" if parent and parent != 1 else link,
            "author": post.get("author") or "[deleted]", "body": post["text"],
            "score": post["likes"], "created_utc": seconds(post.get("date")),
            "subreddit": "scimed",
        }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    out = []
    for line in sys.stdin:
        thread = json.loads(line)
        for copy in range(args.copies):
            out.extend(json.dumps(item, sort_keys=True) for item in lines_for(thread, copy))
    random.Random(7).shuffle(out)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
