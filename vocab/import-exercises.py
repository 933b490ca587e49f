#!/usr/bin/env python3
"""Generates Sources/TipsCore/Resources/Lexicon/exercises.txt from free-exercise-db.

free-exercise-db (github.com/yuhonas/free-exercise-db, public domain: The Unlicense) names
exercises the way a catalogue does: "Dumbbell Lying One-Arm Rear Lateral Raise". People in
forums write the movement: "rear lateral raise", "calf raise", "goblet squat". So each db
name is cut down to its core movement (core_of: the tail after "with", "on", "to"... and
the words in EQUIPMENT_WORDS and VARIANT_WORDS dropped), and RENAMES, a reviewed table,
sends each core to a remedy: one this file adds (CANONICAL, with hand-picked aliases), one
lexicon.txt already has (the db then adds nothing: lexicon.txt's entry is kept as it is,
never replaced), or nowhere (everyday words such as "good morning", "bottoms up", "clean";
names nobody writes in a forum). A core RENAMES does not know is left out, so a new db
release cannot slip an ambiguous phrase in; the generated file lists what was left out
and what lexicon.txt covers, for a reviewer to promote.

A remedy gets the kind of its db category (KINDS), the union of its variants' primary
muscles mapped to the canonical groups (MUSCLES, MUSCLE_OVERRIDES) and a tool only when
every variant needs it (TOOLS). The script stops with a message when an added phrase is
already a lexicon.txt phrase, or when RENAMES names a lexicon.txt entry that is gone.

Usage: import-exercises.py [EXERCISES_JSON] [--lexicon LEXICON_TXT] [--output FILE]
The output is deterministic: entries sorted by name, lists sorted.
"""

import argparse
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_DB = "/work/shared/data/vocab/free-exercise-db/exercises.json"
DEFAULT_LEXICON = os.path.join(ROOT, "Sources/TipsCore/Resources/lexicon.txt")
DEFAULT_OUTPUT = os.path.join(ROOT, "Sources/TipsCore/Resources/Lexicon/exercises.txt")

_spec = importlib.util.spec_from_file_location("check_lexicon", os.path.join(HERE, "check-lexicon.py"))
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)

# db category -> remedy kind. Plyometrics and cardio are things to do, not muscles to load.
KINDS = {
    "stretching": "stretch",
    "strength": "strength",
    "powerlifting": "strength",
    "olympic weightlifting": "strength",
    "strongman": "strength",
    "plyometrics": "activity",
    "cardio": "activity",
}
# A stretching entry that moves a joint through its range is a mobility drill.
MOBILITY_WORDS = {"circle", "swing", "rotation", "windmill"}

# db muscle -> canonical groups. Abductors are the hip's outside (glute medius, minimus,
# tfl), as lexicon.txt tags clams and hip abduction; traps and middle back are the upper
# back (lexicon.txt keeps only the upper traps for the neck).
MUSCLES = {
    "abdominals": ["core"],
    "abductors": ["glutes", "hips"],
    "adductors": ["adductors"],
    "biceps": ["arms"],
    "calves": ["calves"],
    "chest": ["chest"],
    "forearms": ["arms"],
    "glutes": ["glutes"],
    "hamstrings": ["hamstrings"],
    "lats": ["lats"],
    "lower back": ["lower back"],
    "middle back": ["upper back"],
    "neck": ["neck"],
    "quadriceps": ["quads"],
    "shoulders": ["shoulders"],
    "traps": ["upper back"],
    "triceps": ["arms"],
}

# db equipment -> lexicon tool, or None. A cable stack, a machine, "body only" and "other"
# name no tool a forum post would recommend.
TOOLS = {
    "bands": "resistance band",
    "barbell": "barbell",
    "body only": None,
    "cable": None,
    "dumbbell": "dumbbell",
    "e-z curl bar": "barbell",
    "exercise ball": "stability ball",
    "foam roll": "foam roller",
    "kettlebells": "kettlebell",
    "machine": None,
    "medicine ball": None,
    "other": None,
    None: None,
}

# Words naming the equipment or the machine: dropped from a name.
EQUIPMENT_WORDS = [
    "smith machine", "e z bar", "ez bar", "ez", "v bar", "straight bar", "long bar", "barbell",
    "dumbbell", "dumbbells", "db", "kettlebell", "kettlebells", "cable", "cables", "machine",
    "leverage", "band", "bands", "chains", "plate", "exercise ball", "physioball",
    "medicine ball", "bosu ball", "rope attachment", "low pulley", "high pulley", "pulley",
    "weighted", "bodyweight", "smith",
]
# Words naming a side, posture, grip or other variant of one movement: dropped too.
VARIANT_WORDS = [
    "alternate", "alternating", "one arm", "two arm", "single arm", "one handed", "double",
    "seated", "standing", "lying", "kneeling", "incline", "decline", "flat bench",
    "close grip", "wide grip", "medium grip", "reverse grip", "neutral grip", "mixed grip",
    "palms up", "palms down", "palms in", "palm up", "palm in", "narrow stance",
    "wide stance", "advanced", "intermediate", "speed", "elevated", "deficit",
    "full range of motion", "prone", "supine", "pronated", "supinated", "bent over",
    "bent arm", "straight arm", "two",
]
# A name is cut before these: what follows says how, not what ("Calf Raise On A Dumbbell").
TAIL_WORDS = ["with", "on", "to", "from", "against", "into", "behind", "above", "off"]

# The remedies this file adds: name -> aliases. Aliases are phrases people write that do not
# contain the name; equipment words stay where the movement alone is an everyday word
# ("shrug", "windmill", "pullover").
CANONICAL = {
    "arnold press": [],
    "battle ropes": [],
    "bicep stretch": [],
    "box jump": [],
    "cable pull through": [],
    "chest fly": ["pec fly", "cable crossover"],
    "concentration curl": [],
    "cuban press": [],
    "dumbbell pullover": ["barbell pullover"],
    "floor press": [],
    "front raise": [],
    "glute ham raise": ["ghr"],
    "glute kickback": ["cable kickback", "donkey kick"],
    "handstand push ups": [],
    "inchworm": [],
    "jump rope": ["skipping rope"],
    "jump squat": [],
    "kettlebell windmill": [],
    "lateral raise": ["side raise"],
    "olympic lifts": ["power clean", "hang clean", "clean and jerk",
                      "power snatch", "hang snatch"],
    "peroneal stretch": [],
    "preacher curl": [],
    "push press": [],
    "renegade row": [],
    "reverse curl": [],
    "reverse fly": ["rear delt fly", "rear delt raise", "rear lateral raise"],
    "scapular pull up": ["scap pull up"],
    "shoulder shrug": ["barbell shrug", "dumbbell shrug"],
    "skull crusher": ["skullcrusher", "lying tricep extension"],
    "sled push": ["sled drag", "prowler push"],
    "flutter kicks": ["scissor kicks"],
    "stair climber": ["stairmaster", "step mill", "stepmill", "stair stepper"],
    "stomach vacuum": [],
    "straight arm pulldown": [],
    "tricep dip": ["bench dip", "parallel bar dip", "ring dip", "chest dip"],
    "tricep extension": [],
    "tricep kickback": [],
    "tricep pushdown": ["cable pushdown", "rope pushdown"],
    "tricep stretch": [],
    "upper back stretch": ["middle back stretch", "mid back stretch"],
    "upright row": [],
    "wood chop": ["woodchop", "cable chop"],
    "wrist circles": [],
    "wrist roller": [],
    "zottman curl": [],
}

# Where the db's muscles miss the group a forum means.
MUSCLE_OVERRIDES = {
    "wrist circles": ["wrists"],
    "wrist roller": ["arms", "wrists"],
    "jump rope": ["calves"],
    "stair climber": ["quads", "glutes"],
    "peroneal stretch": ["calves", "ankles"],
    "box jump": ["quads", "glutes", "calves"],
    "sled push": ["quads", "glutes"],
    "flutter kicks": ["core", "hip flexors"],
}

# Where the db's category misfiles a movement for this purpose.
KIND_OVERRIDES = {
    "stomach vacuum": "strength",
    "sled push": "strength",
}

# db exercises whose core reads as another movement's ("Lying Crossover" is a twist on
# the floor, not the cable crossover).
EXERCISE_OVERRIDES = {
    "Lying Crossover": "spinal twist",
    "Speed Band Overhead Triceps": "tricep extension",
}

# The db's cores, cut as core_of cuts them, to a remedy: one of CANONICAL, or an entry of
# lexicon.txt (then the db adds nothing but is listed as covered), or None to drop a core
# whose words are everyday ("good morning", "bottoms up", "car drivers") or that nobody
# writes in a forum. A core missing here is dropped and listed at the end of the output.
RENAMES = {
    # Added by this file.
    "arnold press": "arnold press",
    "battling rope": "battle ropes",
    "bicep": "bicep stretch",
    "bicep stretch": "bicep stretch",
    "box jump": "box jump",
    "front box jump": "box jump",
    "lateral box jump": "box jump",
    "bench jump": "box jump",
    "pull through": "cable pull through",
    "flye": "chest fly",
    "crossover": "chest fly",
    "cross over": "chest fly",
    "low crossover": "chest fly",
    "concentration curl": "concentration curl",
    "cuban press": "cuban press",
    "pullover": "dumbbell pullover",
    "floor press": "floor press",
    "extended range floor press": "floor press",
    "front raise": "front raise",
    "raise": "front raise",
    "straight raise": "front raise",
    "front raise over head": "front raise",
    "front delt raise": "front raise",
    "front two raise": "front raise",
    "single raise": "front raise",
    "glute ham raise": "glute ham raise",
    "glute kickback": "glute kickback",
    "one legged kickback": "glute kickback",
    "hip extension": "glute kickback",
    "handstand push ups": "handstand push ups",
    "inchworm": "inchworm",
    "rope jumping": "jump rope",
    "jump squat": "jump squat",
    "freehand jump squat": "jump squat",
    "windmill": "kettlebell windmill",
    "lateral raise": "lateral raise",
    "side lateral raise": "lateral raise",
    "side lateral": "lateral raise",
    "deltoid raise": "lateral raise",
    "power clean": "olympic lifts",
    "hang clean": "olympic lifts",
    "hang power clean": "olympic lifts",
    "clean and jerk": "olympic lifts",
    "power snatch": "olympic lifts",
    "hang snatch": "olympic lifts",
    "split clean": "olympic lifts",
    "split jerk": "olympic lifts",
    "split snatch": "olympic lifts",
    "power jerk": "olympic lifts",
    "muscle snatch": "olympic lifts",
    "peroneal stretch": "peroneal stretch",
    "preacher curl": "preacher curl",
    "preacher hammer curl": "preacher curl",
    "push press": "push press",
    "renegade row": "renegade row",
    "reverse curl": "reverse curl",
    "reverse flye": "reverse fly",
    "back flye": "reverse fly",
    "rear delt fly": "reverse fly",
    "rear delt raise": "reverse fly",
    "rear lateral raise": "reverse fly",
    "scapular pull up": "scapular pull up",
    "shrug": "shoulder shrug",
    "calf shoulder shrug": "shoulder shrug",
    "skull crusher": "skull crusher",
    "skullcrusher": "skull crusher",
    "sled push": "sled push",
    "sled drag": "sled push",
    "flutter kick": "flutter kicks",
    "scissor kick": "flutter kicks",
    "prowler sprint": "sled push",
    "stairmaster": "stair climber",
    "step mill": "stair climber",
    "stomach vacuum": "stomach vacuum",
    "pulldown": "straight arm pulldown",
    "smr": "foam rolling",
    "dip": "tricep dip",
    "bench dip": "tricep dip",
    "parallel bar dip": "tricep dip",
    "ring dip": "tricep dip",
    "tricep extension": "tricep extension",
    "tricep overhead extension": "tricep extension",
    "overhead tricep extension": "tricep extension",
    "low tricep extension": "tricep extension",
    "towel tricep extension": "tricep extension",
    "tricep press": "tricep extension",
    "body tricep press": "tricep extension",
    "tricep kickback": "tricep kickback",
    "tricep pushdown": "tricep pushdown",
    "tricep stretch": "tricep stretch",
    "tricep side stretch": "tricep stretch",
    "overhead tricep": "tricep stretch",
    "upper back stretch": "upper back stretch",
    "middle back stretch": "upper back stretch",
    "middle back shrug": "scapular retraction",
    "upright row": "upright row",
    "wood chop": "wood chop",
    "wrist circle": "wrist circles",
    "wrist roller": "wrist roller",
    "zottman curl": "zottman curl",
    "zottman preacher curl": "zottman curl",
    # Covered by lexicon.txt.
    "ab crunch": "sit ups",
    "ab roller": "ab rollout",
    "ab rollout": "ab rollout",
    "rollout": "ab rollout",
    "adductor/groin": "adductor stretch",
    "groin stretch": "adductor stretch",
    "side groin stretch": "adductor stretch",
    "groin and back stretch": "adductor stretch",
    "bent leg groin": "adductor stretch",
    "groiner": "adductor stretch",
    "the straddle": "adductor stretch",
    "ankle circle": "ankle mobility",
    "hyperextension": "back extension",
    "ball hyperextension": "back extension",
    "reverse hyperextension": "back extension",
    "pull apart": "band pull aparts",
    "bench press": "bench press",
    "chest press": "bench press",
    "hammer grip bench press": "bench press",
    "guillotine bench press": "bench press",
    "curl": "bicep curl",
    "bicep curl": "bicep curl",
    "hammer curl": "bicep curl",
    "cross body hammer curl": "bicep curl",
    "inner bicep curl": "bicep curl",
    "curl over bench": "bicep curl",
    "overhead curl": "bicep curl",
    "high curl": "bicep curl",
    "bar curl": "bicep curl",
    "high bench curl": "bicep curl",
    "calf raise": "calf raises",
    "calf press": "calf raises",
    "donkey calf raise": "calf raises",
    "rocking calf raise": "calf raises",
    "one leg calf raise": "calf raises",
    "calf stretch": "calf stretch",
    "calf stretch elbow": "calf stretch",
    "calf stretch hand": "calf stretch",
    "gastrocnemius calf stretch": "calf stretch",
    "soleus and achilles stretch": "calf stretch",
    "cat stretch": "cat-cow",
    "child's pose": "child's pose",
    "crunch": "sit ups",
    "oblique crunch": "sit ups",
    "cross body crunch": "sit ups",
    "reverse crunch": "sit ups",
    "tuck crunch": "sit ups",
    "3/4 sit up": "sit ups",
    "sit up": "sit ups",
    "sit ups": "sit ups",
    "frog sit ups": "sit ups",
    "jackknife sit up": "sit ups",
    "janda sit up": "sit ups",
    "press sit up": "sit ups",
    "dead bug": "dead bug",
    "deadlift": "deadlift",
    "sumo deadlift": "deadlift",
    "trap bar deadlift": "deadlift",
    "chest stretch": "doorway pec stretch",
    "behind head chest stretch": "doorway pec stretch",
    "chest and front of shoulder stretch": "doorway pec stretch",
    "dynamic chest stretch": "doorway pec stretch",
    "external rotation": "rotator cuff exercises",
    "internal rotation": "rotator cuff exercises",
    "face pull": "face pulls",
    "rear delt row": "face pulls",
    "farmer's walk": "farmer's carry",
    "ankle": "figure four stretch",
    "glute bridge": "glute bridge",
    "butt lift": "glute bridge",
    "hip lift": "glute bridge",
    "hip bridge": "glute bridge",
    "hip raise": "glute bridge",
    "hip thrust": "glute bridge",
    "single leg glute bridge": "glute bridge",
    "glute": "glute stretch",
    "goblet squat": "goblet squat",
    "hamstring stretch": "hamstring stretch",
    "hamstring": "hamstring stretch",
    "floor hamstring stretch": "hamstring stretch",
    "hamstring and calf stretch": "hamstring stretch",
    "leg up hamstring stretch": "hamstring stretch",
    "90/90 hamstring": "hamstring stretch",
    "chair leg extended stretch": "hamstring stretch",
    "upper back leg grab": "hamstring stretch",
    "runner's stretch": "hamstring stretch",
    "toe touch": "hamstring stretch",
    "hip adduction": "hip adduction",
    "thigh adductor": "hip adduction",
    "thigh abductor": "hip abduction",
    "side leg raise": "hip abduction",
    "leg lift": "hip abduction",
    "hip circle": "hip circles",
    "hip flexor": "hip flexor stretch",
    "hip flexor and quad stretch": "hip flexor stretch",
    "it and glute stretch": "it band stretch",
    "hug knee": "knee to chest stretch",
    "one knee": "knee to chest stretch",
    "overhead lat": "lat stretch",
    "side floor stretch": "lat stretch",
    "chair lower back stretch": "lat stretch",
    "dynamic back stretch": "lat stretch",
    "lat pulldown": "pull ups",
    "front lat pulldown": "pull ups",
    "leg curl": "leg curl",
    "ball leg curl": "leg curl",
    "hamstring curl": "leg curl",
    "platform hamstring slide": "leg curl",
    "leg extension": "leg extension",
    "single leg leg extension": "leg extension",
    "leg press": "leg press",
    "leg raise": "leg raises",
    "hanging leg raise": "leg raises",
    "knee/hip raise": "leg raises",
    "bent knee hip raise": "leg raises",
    "hanging pike": "leg raises",
    "front leg raise": "leg swings",
    "rear leg raise": "leg swings",
    "lunge": "lunges",
    "walking lunge": "lunges",
    "rear lunge": "lunges",
    "back lunge": "lunges",
    "monster walk": "monster walks",
    "isometric neck exercise": "neck strengthening",
    "face down neck resistance": "neck strengthening",
    "face up neck resistance": "neck strengthening",
    "head harness neck resistance": "neck strengthening",
    "chin": "neck stretch",
    "side neck stretch": "neck stretch",
    "natural glute ham raise": "nordic curl",
    "floor glute ham raise": "nordic curl",
    "press": "overhead press",
    "shoulder press": "overhead press",
    "military press": "overhead press",
    "overhead shoulder press": "overhead press",
    "pallof press": "pallof press",
    "pelvic tilt": "pelvic tilts",
    "plank": "plank",
    "side bridge": "side plank",
    "chin up": "pull ups",
    "pullup": "pull ups",
    "pull ups": "pull ups",
    "assisted pull up": "pull ups",
    "rear pull up": "pull ups",
    "push up": "push ups",
    "pushup": "push ups",
    "push ups": "push ups",
    "clock push up": "push ups",
    "plyo push up": "push ups",
    "plyo pushup": "push ups",
    "quad stretch": "quad stretch",
    "all four quad stretch": "quad stretch",
    "on your side quad stretch": "quad stretch",
    "on your back quad stretch": "quad stretch",
    "quadricep": "quad stretch",
    "romanian deadlift": "romanian deadlift",
    "stiff legged deadlift": "romanian deadlift",
    "stiff leg": "romanian deadlift",
    "one legged deadlift": "single leg deadlift",
    "pistol squat": "single leg squat",
    "one leg squat": "single leg squat",
    "single leg high box squat": "single leg squat",
    "row": "bent over row",
    "bent": "bent over row",
    "inverted row": "bent over row",
    "cambered row": "bent over row",
    "high row": "bent over row",
    "iso row": "bent over row",
    "mid row": "bent over row",
    "bench mid row": "bent over row",
    "suspended row": "bent over row",
    "t bar row": "bent over row",
    "rope crunch": "sit ups",
    "wrist curl over a bench": "wrist curls",
    "rope pulldown": "straight arm pulldown",
    "rope rear delt row": "face pulls",
    "rope overhead tricep extension": "tricep extension",
    "underhand pulldown": "pull ups",
    "rack pull": "deadlift",
    "reverse preacher curl": "reverse curl",
    "suspended push up": "push ups",
    "russian twist": "russian twist",
    "twist": "russian twist",
    "full twist": "russian twist",
    "torso rotation": "spinal twist",
    "spinal stretch": "spinal twist",
    "knee across the body": "spinal twist",
    "lateral stretch": "side stretch",
    "overhead stretch": "side stretch",
    "side bend": "side stretch",
    "shoulder circle": "shoulder mobility",
    "arm circle": "shoulder mobility",
    "elbow circle": "shoulder mobility",
    "shoulder stretch": "shoulder stretch",
    "front deltoid": "shoulder stretch",
    "round the world shoulder stretch": "shoulder stretch",
    "chair upper body stretch": "shoulder stretch",
    "split squat": "split squat",
    "side split squat": "split squat",
    "single leg split squat": "split squat",
    "suspended split squat": "split squat",
    "squat": "squat",
    "full squat": "squat",
    "box squat": "squat",
    "front squat": "squat",
    "hack squat": "squat",
    "overhead squat": "squat",
    "sissy squat": "squat",
    "zercher squat": "squat",
    "sit squat": "squat",
    "chair squat": "squat",
    "step up": "step ups",
    "step ups": "step ups",
    "superman": "superman",
    "reverse calf raise": "tibialis raises",
    "swing": "kettlebell swing",
    "turkish get up": "turkish get up",
    "world's greatest stretch": "world's greatest stretch",
    "wrist curl": "wrist curls",
    "forearm stretch": "wrist stretch",
    "balance board": "balance board",
    "elliptical trainer": "elliptical",
    "recumbent bike": "stationary bike",
    "bicycling stationary": "stationary bike",
    "rowing stationary": "rowing",
    "walking treadmill": "walking",
    # Dropped: everyday words, or names no forum post uses for a remedy.
    "good morning": None,
    "stiff leg good morning": None,
    "hanging bar good morning": None,
    "bottom up": None,
    "car driver": None,
    "iron cross": None,
    "butterfly": None,
    "around the world": None,
    "looking at ceiling": None,
    "upward stretch": None,
    "elbow back": None,
    "pyramid": None,
    "cocoon": None,
    "mountain climber": None,
    "skating": None,
    "clean": None,
    "snatch": None,
    "jerk": None,
    "bicycling": None,
    "jogging treadmill": None,
    "running treadmill": None,
    "trail running/walking": None,
}


def normalise(name):
    """Lower case, parentheses and ' - ' tails dropped, hyphens and commas to spaces."""
    text = name.lower().replace("\u2019", "'")
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.split(r"\s+-\s*|\s*-\s+", text)[0]
    text = text.replace(",", " ").replace("-", " ")
    return " ".join(text.split())


def strip_words(text, phrases):
    for phrase in sorted(phrases, key=len, reverse=True):
        text = re.sub(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", " ", text)
    return " ".join(text.split())


def lemma_key(phrase):
    return tuple(check.lemma_word(w) for w in check.words(phrase))


RENAME_KEYS = {lemma_key(core): target for core, target in RENAMES.items()}


def core_of(name):
    """The movement a db name describes (equipment, side and posture words dropped)."""
    text = normalise(name)
    if text.endswith(" smr"):
        return "smr"
    for tail in TAIL_WORDS:
        text = re.split(rf"\s+{tail}\s+", text)[0]
    text = strip_words(text, EQUIPMENT_WORDS)
    return strip_words(text, VARIANT_WORDS)


def remedy_of(core):
    """The remedy a core becomes: (name, True) when this file adds it, (name, False) when
    lexicon.txt has it, None when dropped or unmapped."""
    key = lemma_key(core)
    if key not in RENAME_KEYS:
        return None
    target = RENAME_KEYS[key]
    if target is None:
        return None
    return target, target in CANONICAL


def lexicon_names(path):
    """lemma key -> entry name for every phrase lexicon.txt indexes, and the parsed file."""
    checker = check.Checker()
    checker.parse(path)
    owners = {}
    for table in checker.entries.values():
        for entry in table.values():
            for phrase in entry.phrases():
                owners.setdefault(lemma_key(phrase), entry.name)
    return owners, checker


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("exercises", nargs="?", default=DEFAULT_DB)
    parser.add_argument("--lexicon", default=DEFAULT_LEXICON)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    with open(args.exercises, encoding="utf-8") as handle:
        exercises = json.load(handle)
    owners, lexicon = lexicon_names(args.lexicon)

    added = {}  # remedy -> {"db": [...], "kinds": set, "muscles": set, "tools": [...]}
    covered = {}  # lexicon remedy -> [db names]
    dropped = {}  # core -> [db names]
    for exercise in exercises:
        name = exercise["name"]
        core = core_of(name)
        target = remedy_of(core)
        if name in EXERCISE_OVERRIDES:
            target = (EXERCISE_OVERRIDES[name], EXERCISE_OVERRIDES[name] in CANONICAL)
        if target is None:
            dropped.setdefault(core or normalise(name), []).append(name)
            continue
        remedy, is_new = target
        if not is_new:
            covered.setdefault(remedy, []).append(name)
            continue
        group = added.setdefault(
            remedy, {"db": [], "kinds": set(), "muscles": set(), "tools": []})
        group["db"].append(name)
        kind = KINDS[exercise["category"]]
        if kind == "stretch" and set(lemma_key(core)) & set(lemma_key(" ".join(MOBILITY_WORDS))):
            kind = "mobility"
        group["kinds"].add(kind)
        for muscle in exercise["primaryMuscles"]:
            group["muscles"].update(MUSCLES[muscle])
        group["tools"].append(TOOLS[exercise.get("equipment")])

    problems = []
    for remedy in sorted(covered):
        if lexicon.entries["remedies"].get(remedy) is None and lexicon.entries["tools"].get(
            remedy) is None:
            problems.append(f"RENAMES names '{remedy}', which lexicon.txt no longer has")
    for remedy in sorted(added):
        for phrase in [remedy] + CANONICAL[remedy]:
            owner = owners.get(lemma_key(phrase))
            if owner is not None:
                problems.append(f"'{phrase}' ({remedy}) is already lexicon.txt's '{owner}'")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1

    lines = [
        "# Exercises from free-exercise-db (github.com/yuhonas/free-exercise-db; public domain,",
        "# The Unlicense), generated by vocab/import-exercises.py: edit the script, not this",
        "# file, and run it again. Format as in lexicon.txt. Each remedy is one movement; the",
        "# db exercises it groups are in the comment above it. Exercises whose movement",
        "# lexicon.txt already names, and those left out, are listed at the end.",
        "",
        "[remedies]",
        "# name | kind | muscles | tools | aliases",
    ]
    order = ["strength", "stretch", "mobility", "activity"]
    for remedy in sorted(added):
        group = added[remedy]
        kind = KIND_OVERRIDES.get(remedy, sorted(group["kinds"], key=order.index)[0])
        muscles = MUSCLE_OVERRIDES.get(remedy, sorted(group["muscles"]))
        # A tool goes on the remedy only when every variant needs it.
        tools = set(group["tools"])
        tools = sorted(tools) if len(tools) == 1 and None not in tools else []
        tools = [t for t in tools if t in lexicon.entries["tools"]]
        aliases = sorted(CANONICAL[remedy])
        lines.append("# db: " + "; ".join(sorted(group["db"])))
        lines.append(
            f"{remedy} | {kind} | {', '.join(sorted(muscles)) or '-'} | "
            f"{', '.join(tools) or '-'} | {', '.join(aliases) or '-'}")
    lines += ["", "# Covered by lexicon.txt (entry: db exercises):"]
    for remedy in sorted(covered):
        lines.append(f"#   {remedy}: {'; '.join(sorted(covered[remedy]))}")
    lines += ["", "# Left out (core: db exercises): everyday words, or names no forum post uses"]
    for core in sorted(dropped):
        lines.append(f"#   {core}: {'; '.join(sorted(dropped[core]))}")
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(wrap(lines)) + "\n")
    print(
        f"{args.output}: {len(added)} remedies from {sum(len(g['db']) for g in added.values())}"
        f" exercises; {sum(len(v) for v in covered.values())} covered by lexicon.txt;"
        f" {sum(len(v) for v in dropped.values())} left out", file=sys.stderr)
    return 0


def wrap(lines, width=100):
    """Comment lines wrapped at `width`, continuation lines indented; entries as they are."""
    out = []
    for line in lines:
        if not line.startswith("#") or len(line) <= width:
            out.append(line)
            continue
        current = ""
        for word in line.split(" "):
            if current and len(current) + 1 + len(word) > width:
                out.append(current)
                current = "#       " + word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return out


if __name__ == "__main__":
    sys.exit(main())
