#!/usr/bin/env python3
# pairs.py LANG REPO OUT.tsv DIR... : lints every DIR/LANG/pNN.txt (real passages, kept outside the repository) in one
# `batch` run of the repository's command line and writes one line per span finding that offers a replacement:
# the sentence before and after its first replacement is put in place, for a judge to read (JUDGING.md).
import sys, json, subprocess, glob, os

def chars(text, utf16):
    """The offsets in the JSON count UTF-16 code units, as LanguageTool's do; Python counts characters."""
    return len(text.encode('utf-16-le')[:2 * utf16].decode('utf-16-le'))
lang, repo, out, dirs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
recs = []; texts = {}
for d in dirs:
    for f in sorted(glob.glob(f'{d}/{lang}/p*.txt')):
        pid = os.path.basename(d.rstrip('/')) + '/' + os.path.basename(f)[:-4]
        t = open(f, encoding='utf-8').read(); texts[pid] = t
        recs.append(json.dumps({'id': pid, 'lang': lang, 'text': t}))
r = subprocess.run([os.path.join(repo, 'empathy-lint'), 'batch'], input='\n'.join(recs) + '\n', capture_output=True, text=True)
rows = []; stats = {'passages': 0, 'findings': 0, 'with': 0}
for line in r.stdout.splitlines():
    d = json.loads(line); pid = d['id']; text = texts[pid]
    if 'error' in d: print('ERR', pid, d['error'], file=sys.stderr); continue
    stats['passages'] += 1
    for m in d['matches']:
        cat = m['rule']['category']['id']
        if cat in ('MISSING_ACKNOWLEDGEMENT', 'LATE_ACKNOWLEDGEMENT'): continue
        stats['findings'] += 1
        reps = m.get('replacements') or []
        if not reps: continue
        stats['with'] += 1
        off, end = chars(text, m['offset']), chars(text, m['offset'] + m['length']); ln = end - off; rep = reps[0]['value']
        s = max(text.rfind('\n', 0, off), max(text.rfind(x, 0, off) for x in ('. ', '? ', '! ')) + 1) + 1
        ec = [i for i in (text.find('\n', off+ln), text.find('. ', off+ln), text.find('? ', off+ln), text.find('! ', off+ln)) if i >= 0]
        e = min(ec) + 1 if ec else len(text)
        before = text[s:e].strip(); after = (text[s:off] + rep + text[off+ln:e]).strip()
        rows.append((pid, m['rule']['id'], cat, text[off:off+ln].replace('\n', ' '), rep.replace('\n', ' '), before.replace('\t', ' ').replace('\n', ' '), after.replace('\t', ' ').replace('\n', ' ')))
with open(out, 'w', encoding='utf-8') as o:
    o.write('n\tpassage\trule\tcategory\tflagged\treplacement\tbefore\tafter\n')
    for i, row in enumerate(rows, 1): o.write(str(i) + '\t' + '\t'.join(row) + '\n')
print(lang, stats, file=sys.stderr)
