#!/usr/bin/env python3
"""Ratios from one JMH run (bench/run.sh ... -rf json -rff FILE): bench/summarize.py FILE

Prints, per language: (c)/(a) and (c)/(b) per draft size, time per KB for each size (linear growth
keeps it flat), and the 2-thread/1-thread throughput ratio of the batch path and of LanguageTool's
analysis alone. Only ratios within the run; the absolute numbers depend on the machine's load.
"""
import json
import sys

SIZES = ["200w", "1k", "10k", "100k"]
runs = json.load(open(sys.argv[1]))
avg = {}
thr = {}
for r in runs:
    name = r["benchmark"].rsplit(".", 1)[1]
    p = r.get("params", {})
    score = r["primaryMetric"]["score"]
    if r["mode"] == "avgt":
        avg[(name, p["lang"], p["size"])] = score
    else:
        thr[(name, p["lang"])] = score

# the drafts' sizes in bytes, as Drafts prints them (bench/run.sh shows them first)
BYTES = {"nl": {"200w": 1270, "1k": 740, "10k": 9986, "100k": 102386},
         "da": {"200w": 1241, "1k": 720, "10k": 10096, "100k": 102310}}
for lang in ("nl", "da"):
    print(f"== {lang}")
    print(f"{'size':>6} {'(a) ms':>9} {'(b) ms':>9} {'(c) ms':>9} {'c/a':>6} {'c/b':>6} {'(c) ms/KB':>10} {'(a) ms/KB':>10}")
    for size in SIZES:
        a = avg.get(("a_languageToolAnalysisOnly", lang, size))
        b = avg.get(("b_languageToolDefaultRules", lang, size))
        c = avg.get(("c_empathyLint", lang, size))
        if None in (a, c):
            continue
        kb = BYTES[lang][size] / 1024
        cb = f"{c / b:6.2f}" if b else "     -"
        bs = f"{b:9.2f}" if b else "        -"
        print(f"{size:>6} {a:9.2f} {bs} {c:9.2f} {c / a:6.2f} {cb} {c / kb:10.3f} {a / kb:10.3f}")
    for name in ("empathyLint", "languageToolAnalysisOnly"):
        one = thr.get((name + "_1thread", lang))
        two = thr.get((name + "_2threads", lang))
        if one and two:
            print(f"throughput {name}: 1 thread {one:.1f} ops/s, 2 threads {two:.1f} ops/s, ratio {two / one:.2f}")
