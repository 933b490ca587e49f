"""Extracts tips from Reddit comment lines with Spark, then cross-checks per-remedy evidence.

Usage: spark-submit scale/spark_extract.py INPUT OUTDIR [--tips PATH] [--partitions N]
(or `scale/run INPUT OUTDIR`, which runs it in local mode).

INPUT is a file or folder of Reddit archive lines (comments and submissions, one JSON object
per line). Spark groups the lines by thread with its shuffle (the submission's id: `link_id`
of a comment, `id` of a submission), sorted by it, so every line of a thread lands in one
partition, one thread after another, the partitions in thread order. Each partition is piped through `tips extract -`, which reads comment
lines on standard input and writes one JSON line per thread (docs/extract-lines.md): the
threads and their tips go to OUTDIR/tips/part-*. `tips add --from-tips OUTDIR/tips` builds an
index from them on one machine, without extracting again.

The per-remedy evidence printed at the end is computed by Spark from those lines (posts,
distinct people, likes, agreements), as a cross-check of what `tips top` shows: it counts
every post with a tip for the remedy, so it may be higher than the ranked evidence, which
leaves out posts against a remedy.
"""

import argparse
import json
import os
import shutil
import time

from pyspark.sql import SparkSession


def thread_key(line):
    """The thread a line belongs to, or None for a line that is not a comment or submission.

    Bad lines are kept out of the shuffle here; `tips add` on one machine counts and names
    them instead.
    """
    try:
        item = json.loads(line)
    except ValueError:
        return None
    if not isinstance(item, dict):
        return None
    link = item.get("link_id")
    if isinstance(link, str) and link.startswith("t3_") and "body" in item:
        return link[3:]
    if "title" in item and isinstance(item.get("id"), str):
        ident = item["id"]
        return ident[3:] if ident.startswith("t3_") else ident
    return None


def evidence(rows):
    """Per remedy: posts, distinct people, likes of those posts and agreements.

    A post with two tips for one remedy counts once; a post with no author counts as one
    person of its own, as in `tips top`.
    """
    posts = rows.map(lambda r: ((r[0], r[1], r[2]), r)).reduceByKey(lambda a, b: a).values()
    return posts.groupBy(lambda r: r[0]).mapValues(list).mapValues(
        lambda items: {
            "posts": len(items),
            "people": len({r[3] or f"{r[1]}#{r[2]}" for r in items}),
            "likes": sum(r[4] for r in items),
            "agreements": sum(1 for r in items if r[5] == "agrees"),
        }
    )


def tip_rows(line):
    thread = json.loads(line)
    for tip in thread["tips"]:
        if tip["stance"] in ("against", "cautions"):
            continue
        yield (
            tip["remedy"], thread["thread"], tip["post"], tip.get("author"), tip["likes"],
            tip["stance"],
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("outdir")
    parser.add_argument("--tips", default=os.environ.get("TIPS_BINARY", "tips"))
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args()

    spark = SparkSession.builder.appName("tips-extract").getOrCreate()
    context = spark.sparkContext
    context.setLogLevel("WARN")
    started = time.time()
    lines = context.textFile(args.input)
    partitions = args.partitions or context.defaultParallelism
    keyed = lines.map(lambda line: (thread_key(line), line)).filter(lambda kv: kv[0] is not None)
    # The shuffle groups by thread: a range partitioning on the thread id puts every line of
    # a thread in one partition, the thread's lines together, and the partitions in thread
    # order. `tips add` on one machine takes threads in that order too, and an index answers
    # ties (tags counted equally often) in the order its threads were added, so the same order
    # makes `tips top` of the two byte-identical.
    grouped = keyed.sortByKey(numPartitions=partitions).values()
    tips_binary = os.path.abspath(args.tips) if os.sep in args.tips else args.tips
    extracted = grouped.pipe(f"{tips_binary} extract -")
    out = os.path.join(args.outdir, "tips")
    if os.path.exists(out):
        shutil.rmtree(out)
    extracted.saveAsTextFile(out)
    seconds = time.time() - started

    saved = context.textFile(out)
    threads = saved.count()
    per_remedy = evidence(saved.flatMap(tip_rows)).collect()
    per_remedy.sort(key=lambda kv: (-kv[1]["posts"], -kv[1]["people"], kv[0]))
    print(f"{threads} threads extracted in {seconds:.1f} s into {out}/")
    print("remedy evidence (Spark cross-check): posts, people, likes, agreements")
    for name, counts in per_remedy[:15]:
        print(
            f"  {name:30} {counts['posts']:5} {counts['people']:5} {counts['likes']:7}"
            f" {counts['agreements']:5}"
        )
    spark.stop()


if __name__ == "__main__":
    main()
