#!/usr/bin/env python3
"""Agreement between two labellings of the same drafts.

    agree.py GOLD.yaml OTHER.yaml [DRAFTS.yaml] [-v]

Scores OTHER's labels as if they were findings against GOLD's labels, by the rules of GUIDELINES.md
and of `empathy-lint eval` (Scorer.java): a span label of OTHER is right when one of its categories is
one of a GOLD label's and their ranges in the draft overlap; draft-level categories count once per
draft. Prints micro precision/recall over the span categories and over all categories, then per
category. The drafts are read from GOLD unless DRAFTS is given (OTHER needs only id and expect).
With -v it lists every disagreement (FN: in GOLD only, FP: in OTHER only).
"""
import collections
import sys

import yaml

SPAN = {'COLD_PHRASE', 'PROCESS_JARGON', 'FORMAL_WORDING', 'NEGATIVE_FRAMING', 'IMPERSONAL_ADDRESS'}


def categories(label):
    c = label['category']
    return c if isinstance(c, list) else [c]


def spans(draft, labels):
    out = []
    for label in labels or []:
        if label.get('text') is None:
            continue
        text = str(label['text'])
        pos = -1
        for _ in range(label.get('occurrence', 1)):
            pos = draft.find(text, pos + 1)
            if pos < 0:
                sys.exit(f'label text not in its draft: {text!r}')
        out.append((categories(label), pos, pos + len(text), text))
    return out


def main(argv):
    verbose = '-v' in argv
    args = [a for a in argv if a != '-v']
    load = lambda f: {c['id']: c for c in yaml.safe_load(open(f, encoding='utf-8'))}
    gold, other = load(args[0]), load(args[1])
    drafts = load(args[2]) if len(args) > 2 else gold
    tally = collections.defaultdict(lambda: [0, 0, 0])  # tp, fp, fn per category
    for cid, g in gold.items():
        draft = drafts[cid]['draft']
        o = other.get(cid, {'expect': []})
        gs, os_ = spans(draft, g.get('expect')), spans(draft, o.get('expect'))
        used = [False] * len(os_)
        for gc, start, end, text in gs:
            hit = None
            for i, (oc, s2, e2, _) in enumerate(os_):
                if set(gc) & set(oc) and start < max(e2, s2 + 1) and s2 < end:
                    used[i] = True
                    hit = hit or oc
            key = gc[0] if hit is None else sorted(set(gc) & set(hit))[0]
            tally[key][0 if hit else 2] += 1
            if verbose and not hit:
                print('FN', cid, gc[0], text)
        for i, (oc, _, _, text) in enumerate(os_):
            if not used[i]:
                tally[oc[0]][1] += 1
                if verbose:
                    print('FP', cid, oc[0], text)
        gd = {c for l in g.get('expect') or [] if l.get('text') is None for c in categories(l)}
        od = {c for l in o.get('expect') or [] if l.get('text') is None for c in categories(l)}
        for c in gd | od:
            tally[c][0 if c in gd and c in od else (1 if c in od else 2)] += 1

    def pr(keys):
        tp, fp, fn = (sum(tally[k][i] for k in keys) for i in range(3))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return f'P {p:.3f} R {r:.3f} (tp {tp} fp {fp} fn {fn})'

    print('span', pr([k for k in tally if k in SPAN]), '| all', pr(list(tally)))
    for k in sorted(tally):
        print('  ', k, pr([k]))


if __name__ == '__main__':
    main(sys.argv[1:])
