#!/usr/bin/env python3
# Usage: RT=DIR pairs.py LANG REPO_DIR OUT.tsv -- lints each DIR/LANG/pNN.txt (real passages, kept outside
# the repository) with the repository's command line and writes one line per span finding that offers a
# replacement: the sentence before and after its first replacement is put in place, for a judge to read.
import sys, json, subprocess, glob, os, re
lang, repo, out = sys.argv[1], sys.argv[2], sys.argv[3]
rows = []; stats = {'passages':0,'findings':0,'with':0}
for f in sorted(glob.glob(f'{os.environ.get("RT", "realtext")}/{lang}/p*.txt')):
    text = open(f, encoding='utf-8').read()
    r = subprocess.run([os.path.join(repo,'empathy-lint'),'check','--lang',lang,'--format','json',f], capture_output=True, text=True)
    try:
        data = json.loads(r.stdout)
    except Exception:
        print('ERR', f, r.stderr[:300], file=sys.stderr); continue
    stats['passages'] += 1
    for m in data['matches']:
        cat = m['rule']['category']['id']
        if cat in ('MISSING_ACKNOWLEDGEMENT','LATE_ACKNOWLEDGEMENT'):
            continue
        stats['findings'] += 1
        reps = m.get('replacements') or []
        if not reps: continue
        stats['with'] += 1
        off, ln = m['offset'], m['length']
        rep = reps[0]['value']
        # the sentence around the finding: from the previous sentence end / line break to the next
        s = max(text.rfind('\n', 0, off), max(text.rfind(x, 0, off) for x in ('. ','? ','! ')) + 1) + 1
        e_candidates = [i for i in (text.find('\n', off+ln), text.find('. ', off+ln), text.find('? ', off+ln), text.find('! ', off+ln)) if i >= 0]
        e = min(e_candidates) + 1 if e_candidates else len(text)
        before = text[s:e].strip(); after = (text[s:off] + rep + text[off+ln:e]).strip()
        rows.append((os.path.basename(f)[:-4], m['rule']['id'], cat, text[off:off+ln].replace("\n"," "), rep.replace("\n"," "), before.replace('\t',' ').replace('\n',' '), after.replace('\t',' ').replace('\n',' ')))
with open(out,'w',encoding='utf-8') as o:
    o.write('n\tpassage\trule\tcategory\tflagged\treplacement\tbefore\tafter\n')
    for i,r in enumerate(rows,1): o.write(str(i)+'\t'+'\t'.join(r)+'\n')
print(lang, stats)
