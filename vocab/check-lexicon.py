#!/usr/bin/env python3
"""Checks the tips vocabulary files against the lexicon format and its conventions.

Reads Sources/TipsCore/Resources/lexicon.txt, then every *.txt in
Sources/TipsCore/Resources/Lexicon/ in name order, merged as the loader merges them (an
entry with the name of an earlier one replaces it), and prints one line per problem:

  FILE:LINE: problem

Checked: field counts per section; kinds from the fixed list; [muscles] names from the
canonical groups; every muscle, tool and implied remedy an entry names is defined in some
file; no phrase names two remedies, two muscle groups or two conditions once plurals,
verb inflections and [synonyms] are folded; no entry lists inflections of one phrase
("foam roll, foam rolling"); no alias repeats another alias of its entry through a synonym;
no bare everyday word the lexicon's conventions exclude; [synonyms] groups well formed;
every class and member a [classes] line names is a remedy of some file.

Usage: check-lexicon.py [--root REPO] [--only FILE ...]
  --only limits the report to problems found in the named files (base names or paths),
  so a new file can be checked while older files still carry inflection lists.
Exit status 1 when a problem is reported.
"""

import argparse
import os
import re
import sys

KINDS = {
    "stretch", "strength", "mobility", "self-massage", "equipment", "practitioner",
    "activity", "app-or-media", "lifestyle", "other",
}

# The JSON contract's groups, then the joints lexicon.txt adds.
MUSCLE_GROUPS = {
    "core", "lower back", "upper back", "hip flexors", "glutes", "hamstrings", "quads",
    "calves", "adductors", "it band", "shoulders", "neck", "chest", "lats", "arms", "feet",
    "knees", "full body", "hips", "ankles", "wrists", "shins",
}

# Words lexicon.txt's conventions keep out as phrases of their own: each has a common
# everyday sense in forum text.
BARE_WORDS = {
    "back", "spine", "hand", "trap", "thigh", "bum", "trunk", "bridge", "roll", "roller",
    "ice", "heat", "tape", "band", "climbing", "cycling", "spinning", "rows", "row", "crunch",
    "sit up", "step up", "good morning", "big 3", "pigeon", "butterfly", "breathing", "rehab",
    "doctor", "pt", "tr", "erg", "apt", "car", "tens", "ten", "sleep", "water", "shoe",
    "seat", "trainer", "press", "curl", "raise", "fly", "dip", "clean", "snatch", "jerk",
    "shrug", "swing", "jump", "run", "ride", "walk away", "rest of",
}

FIELDS = {"muscles": 3, "tools": 3, "conditions": 2, "remedies": 5}
SHAPES = {
    "muscles": "name | singular | synonyms",
    "tools": "name | implied remedy or - | synonyms",
    "conditions": "name | synonyms",
    "remedies": "name | kind | muscles | tools | aliases",
}


def fold_word(word):
    """The loader's fold: lower case, possessive dropped, plural folded."""
    word = word.lower().replace("\u2019", "'").replace("`", "'")
    if word.endswith("'s") and len(word) > 2:
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    n = len(word)
    if n <= 3 or not word.endswith("s") or word[-2] in "sui":
        return word
    if n > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if n > 4 and word[-2] == "e" and (
        word[-3] == "x" or word[-4:-2] in ("ss", "ch", "sh")
    ):
        return word[:-2]
    return word[:-1]


def lemma_word(word):
    """A crude lemma, the same for a word and its inflections ("rolled", "rolling", "roll";
    "raise", "raised"), used only to compare phrases, never shown."""
    word = fold_word(word)
    if word == "ups":
        return "up"
    for suffix, shortest in (("ing", 5), ("ed", 4)):
        if word.endswith(suffix) and len(word) >= shortest:
            stem = word[: -len(suffix)]
            if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]
            word = stem
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def words(phrase):
    """Words as the loader splits them: letters and digits, an inner apostrophe kept."""
    return re.findall(r"[A-Za-z0-9\u00C0-\uFFFF]+(?:['\u2019][A-Za-z]+)*", phrase)


def folded(phrase):
    return tuple(fold_word(w) for w in words(phrase))


class Synonyms:
    """Rewrites each synonym, as a run of lemmas, to the first member of its group."""

    def __init__(self):
        self.canonical = {}

    def add(self, group):
        head = tuple(lemma_word(w) for w in words(group[0]))
        for member in group:
            key = tuple(lemma_word(w) for w in words(member))
            if key:
                self.canonical[key] = head

    def rewrite(self, lemmas):
        longest = max((len(k) for k in self.canonical), default=0)
        out, i = [], 0
        while i < len(lemmas):
            for size in range(min(longest, len(lemmas) - i), 0, -1):
                head = self.canonical.get(tuple(lemmas[i : i + size]))
                if head is not None:
                    out.extend(head)
                    i += size
                    break
            else:
                out.append(lemmas[i])
                i += 1
        return tuple(out)


class Entry:
    def __init__(self, section, name, fields, path, line):
        self.section, self.name, self.fields = section, name, fields
        self.path, self.line = path, line

    def phrases(self):
        """Every phrase the entry indexes: its name and its synonym or alias list."""
        if self.section == "muscles":
            return [self.name, self.fields[1]] + split_list(self.fields[2])
        if self.section == "tools":
            return [self.name] + split_list(self.fields[2])
        if self.section == "conditions":
            return [self.name] + split_list(self.fields[1])
        return [self.name] + split_list(self.fields[4])


def split_list(field):
    if field.strip() == "-":
        return []
    return [p.strip().lower() for p in field.split(",") if p.strip()]


class Checker:
    def __init__(self):
        self.entries = {s: {} for s in FIELDS}  # section -> name -> Entry
        self.ignored = []  # (phrase, path, line)
        self.synonym_groups = []  # (members, path, line)
        self.classes = {}  # class -> (members, path, line); a later line replaces it
        self.problems = []  # (path, line, text)

    def problem(self, path, line, text):
        self.problems.append((path, line, text))

    def parse(self, path):
        section = ""
        with open(path, encoding="utf-8") as handle:
            for number, raw in enumerate(handle, 1):
                text = raw.strip()
                if not text or text.startswith("#"):
                    continue
                if text.startswith("[") and text.endswith("]"):
                    section = text[1:-1].lower()
                    if section not in FIELDS and section not in ("ignore", "synonyms", "classes"):
                        self.problem(path, number, f"unknown section [{section}]")
                    continue
                if section == "ignore":
                    for phrase in split_list(text):
                        self.ignored.append((phrase, path, number))
                elif section == "synonyms":
                    members = [m.strip().lower() for m in text.split("~")]
                    if len(members) < 2 or not all(members):
                        self.problem(path, number, "a synonym group is 'canonical ~ other ~ ...'")
                        continue
                    if "|" in text or "," in text:
                        self.problem(path, number, "synonyms are separated by '~' only")
                    self.synonym_groups.append((members, path, number))
                elif section == "classes":
                    fields = [f.strip() for f in text.split("|")]
                    if len(fields) != 2 or not fields[0] or not split_list(fields[1]):
                        self.problem(path, number, "a class is 'remedy | member remedies'")
                        continue
                    self.classes[fields[0].lower()] = (split_list(fields[1]), path, number)
                elif section in FIELDS:
                    fields = [f.strip() for f in text.split("|")]
                    if len(fields) != FIELDS[section] or not fields[0]:
                        self.problem(path, number, f"{section[:-1]} is '{SHAPES[section]}'")
                        continue
                    name = fields[0].lower()
                    table = self.entries[section]
                    old = table.get(name)
                    if old is not None and old.path == path:
                        self.problem(path, number, f"'{name}' is listed twice in this file")
                    table[name] = Entry(section, name, fields, path, number)
                else:
                    self.problem(path, number, "entry outside a known section")

    def check(self):
        synonyms = Synonyms()
        seen_members = {}
        for members, path, line in self.synonym_groups:
            for member in members:
                key = folded(member)
                if key in seen_members and seen_members[key] != (path, line):
                    self.problem(path, line, f"'{member}' is in two synonym groups")
                seen_members[key] = (path, line)
            synonyms.add(members)

        def key(phrase):
            return synonyms.rewrite([lemma_word(w) for w in words(phrase)])

        muscles, tools = self.entries["muscles"], self.entries["tools"]
        remedies = self.entries["remedies"]
        for entry in muscles.values():
            if entry.name not in MUSCLE_GROUPS:
                self.problem(entry.path, entry.line, f"'{entry.name}' is no canonical group")
        for entry in tools.values():
            implied = entry.fields[1].lower()
            if implied not in ("-", "") and implied not in remedies:
                self.problem(entry.path, entry.line, f"implied remedy '{implied}' undefined")
        for name, (members, path, line) in self.classes.items():
            for remedy in [name] + members:
                if remedy.lower() not in remedies:
                    self.problem(path, line, f"class '{name}' names '{remedy}', no remedy")
        for entry in remedies.values():
            kind = entry.fields[1]
            if kind not in KINDS:
                self.problem(entry.path, entry.line, f"unknown kind '{kind}'")
            for muscle in split_list(entry.fields[2]):
                if muscle not in muscles:
                    self.problem(entry.path, entry.line, f"unknown muscle group '{muscle}'")
            for tool in split_list(entry.fields[3]):
                if tool not in tools:
                    self.problem(entry.path, entry.line, f"tool '{tool}' is in no [tools]")

        owners = {}  # key -> {(section, name): entry}
        shown = {}  # key -> the first phrase seen with it
        for section, table in self.entries.items():
            for entry in table.values():
                by_key = {}
                for phrase in entry.phrases():
                    if not words(phrase):
                        continue
                    if " ".join(folded(phrase)) in BARE_WORDS:
                        self.problem(entry.path, entry.line, f"bare everyday word '{phrase}'")
                    k = key(phrase)
                    if k in by_key and by_key[k] != phrase and section != "muscles":
                        how = "an inflection" if folded(by_key[k]) != folded(phrase) else "a copy"
                        if synonyms.rewrite(list(folded(phrase))) != tuple(folded(phrase)) or (
                            synonyms.rewrite(list(folded(by_key[k])))
                            != tuple(folded(by_key[k]))
                        ):
                            how = "a synonym"
                        self.problem(
                            entry.path, entry.line,
                            f"'{phrase}' is {how} of '{by_key[k]}' in '{entry.name}'")
                    by_key.setdefault(k, phrase)
                    owners.setdefault(k, {}).setdefault((section, entry.name), entry)
                    shown.setdefault(k, phrase)
        for k, named in sorted(owners.items()):
            for section in ("remedies", "muscles", "conditions"):
                clash = sorted(
                    (e for (s, _), e in named.items() if s == section), key=lambda e: e.name)
                if len(clash) > 1:
                    names = ", ".join(f"'{e.name}' ({os.path.basename(e.path)})" for e in clash)
                    for e in clash:
                        self.problem(
                            e.path, e.line,
                            f"'{shown[k]}' names two {section}: {names}")
        return self.problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.dirname(here))
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    resources = os.path.join(args.root, "Sources/TipsCore/Resources")
    files = [os.path.join(resources, "lexicon.txt")]
    folder = os.path.join(resources, "Lexicon")
    if os.path.isdir(folder):
        files += sorted(
            os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
    checker = Checker()
    for path in files:
        checker.parse(path)
    problems = checker.check()
    if args.only is not None:
        wanted = {os.path.basename(p) for p in args.only}
        problems = [p for p in problems if os.path.basename(p[0]) in wanted]
    seen = set()
    for path, line, text in sorted(problems, key=lambda p: (files.index(p[0]), p[1], p[2])):
        if (path, line, text) in seen:
            continue
        seen.add((path, line, text))
        print(f"{os.path.relpath(path, args.root)}:{line}: {text}")
    counts = {}
    for section, table in checker.entries.items():
        for entry in table.values():
            name = os.path.basename(entry.path)
            counts.setdefault(name, {}).setdefault(section, 0)
            counts[name][section] += 1
    for path in files:
        name = os.path.basename(path)
        per = counts.get(name, {})
        synonym_count = sum(1 for g in checker.synonym_groups if g[1] == path)
        if synonym_count:
            per["synonyms"] = synonym_count
        summary = ", ".join(f"{n} {s}" for s, n in sorted(per.items())) or "no entries"
        print(f"# {name}: {summary}", file=sys.stderr)
    print(f"# {len(seen)} problem(s)", file=sys.stderr)
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
