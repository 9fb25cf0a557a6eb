#!/usr/bin/env python3
"""Writes a ticket export of N replies as JSON Lines, for audit benchmarks and the example report.

  bench/audit-generate.py [--short] N [OUT.jsonl]      (stdout without OUT)

Each record is one of the drafts in examples/batch.jsonl and eval/mirror-*.yaml (with its customer
message), with an agent (12), a team (3) and a date (12 months of 2026) drawn from a fixed seed, so
the same N always gives the same file. Every record has "lang", so `batch` reads the same file.
With --short each reply is only its salutation and the first sentence after it, without the
customer message: a million of them are audited in minutes, not hours (for the heap bound).
"""
import json
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
AGENTS = ["Anouk", "Bram", "Daan", "Eva", "Fleur", "Lars", "Mette", "Mikkel", "Noor", "Rune", "Sanne", "Sofie"]
TEAMS = {"Anouk": "Retour", "Bram": "Retour", "Daan": "Levering", "Eva": "Levering", "Fleur": "Facturen",
         "Noor": "Facturen", "Sanne": "Retour", "Lars": "Kundeservice DK", "Mette": "Kundeservice DK",
         "Mikkel": "Kundeservice DK", "Rune": "Kundeservice DK", "Sofie": "Kundeservice DK"}
DANISH_AGENTS = [a for a in AGENTS if TEAMS[a] == "Kundeservice DK"]
DUTCH_AGENTS = [a for a in AGENTS if a not in DANISH_AGENTS]


def pool():
    drafts = []
    for line in (ROOT / "examples/batch.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        drafts.append({k: record[k] for k in ("lang", "text", "customer", "html") if k in record})
    for lang in ("nl", "da"):
        for case in yaml.safe_load((ROOT / f"eval/mirror-{lang}.yaml").read_text(encoding="utf-8")):
            drafts.append({"lang": lang, "text": case["draft"], "customer": case["customer"]})
    return drafts


def shortened(draft):
    """The salutation and the first sentence after it, as a reply of its own."""
    lines = [line for line in draft["text"].split("\n") if line.strip()]
    body = " ".join(lines[1:3]) if len(lines) > 1 else lines[0]
    first = re.match(r"(.+?[.!?])(\s|$)", body)
    return {"lang": draft["lang"], "text": lines[0] + "\n\n" + (first.group(1) if first else body) + "\n"}


def main():
    args = sys.argv[1:]
    short = bool(args) and args[0] == "--short"
    if short:
        args = args[1:]
    if len(args) not in (1, 2):
        sys.exit(__doc__)
    n = int(args[0])
    out = open(args[1], "w", encoding="utf-8") if len(args) == 2 else sys.stdout
    drafts = [shortened(d) for d in pool()] if short else pool()
    rng = random.Random(16)
    with out:
        for i in range(n):
            record = dict(drafts[rng.randrange(len(drafts))])
            agent = rng.choice(DANISH_AGENTS if record["lang"] == "da" else DUTCH_AGENTS)
            record = {"id": f"t{i + 1}", **record, "agent": agent, "team": TEAMS[agent],
                      "date": f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
