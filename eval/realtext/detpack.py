#!/usr/bin/env python3
# detpack.py LANG REPO DIR OUTPREFIX NPARTS : lints DIR/LANG/pNN.txt (one batch run) and writes, for judges
# each passage and its span findings (category, flagged words in context), plus OUTPREFIX-findings.json.
import sys, json, subprocess, glob, os

def chars(text, utf16):
    """The offsets in the JSON count UTF-16 code units, as LanguageTool's do; Python counts characters."""
    return len(text.encode('utf-16-le')[:2 * utf16].decode('utf-16-le'))
lang, repo, d, outp, nparts = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
texts = {}; recs = []
for f in sorted(glob.glob(f'{d}/{lang}/p*.txt')):
    pid = os.path.basename(f)[:-4]; t = open(f, encoding='utf-8').read(); texts[pid] = t
    recs.append(json.dumps({'id': pid, 'lang': lang, 'text': t}))
r = subprocess.run([os.path.join(repo, 'empathy-lint'), 'batch'], input='\n'.join(recs) + '\n', capture_output=True, text=True)
allf = {}
for line in r.stdout.splitlines():
    x = json.loads(line); pid = x['id']; t = texts[pid]; fs = []
    for m in x.get('matches', []):
        cat = m['rule']['category']['id']
        if cat in ('MISSING_ACKNOWLEDGEMENT', 'LATE_ACKNOWLEDGEMENT'): continue
        o = chars(t, m['offset']); l = chars(t, m['offset'] + m['length']) - o
        fs.append({'cat': cat, 'rule': m['rule']['id'], 'offset': o, 'length': l, 'words': t[o:o+l],
                   'context': (t[max(0, o-40):o] + '[[' + t[o:o+l] + ']]' + t[o+l:o+l+40]).replace('\n', ' ')})
    allf[pid] = fs
json.dump(allf, open(outp + '-findings.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
pids = sorted(texts); size = -(-len(pids) // nparts)
for k in range(nparts):
    with open(f'{outp}-part{k+1}.txt', 'w', encoding='utf-8') as o:
        for pid in pids[k*size:(k+1)*size]:
            o.write(f'=== {pid}\nTEXT:\n{texts[pid].strip()}\nFINDINGS:\n')
            for i, f in enumerate(allf.get(pid, []), 1):
                o.write(f'{i}. [{f["cat"]}] "{f["words"]}"   context: …{f["context"]}…\n')
            if not allf.get(pid): o.write('(none)\n')
            o.write('\n')
print(lang, sum(len(v) for v in allf.values()), 'findings in', len(allf), 'passages', file=sys.stderr)
