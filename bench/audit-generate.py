#!/usr/bin/env python3
"""Writes a ticket export of N replies as JSON Lines, for audit benchmarks and the example report.

  bench/audit-generate.py N [OUT.jsonl]      (stdout without OUT)

Each record is one of the drafts in examples/batch.jsonl and eval/mirror-*.yaml (with its customer
message), with an agent (12), a team (3) and a date (12 months of 2026) drawn from a fixed seed, so
the same N always gives the same file. Every record has "lang", so `batch` reads the same file.
"""
import json
import random
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


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    n = int(sys.argv[1])
    out = open(sys.argv[2], "w", encoding="utf-8") if len(sys.argv) == 3 else sys.stdout
    drafts = pool()
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
