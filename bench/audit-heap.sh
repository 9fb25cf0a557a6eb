#!/usr/bin/env bash
# The audit's heap on a large generated export, under a 512 MB heap limit (-Xmx512m: past it the JVM
# fails with OutOfMemoryError, so a finished run proves the bound).
#   bench/audit-heap.sh [--short] [REPLIES] [SECONDS]    (default 1000000 replies, no time limit;
#   --short: replies of a salutation and one sentence, see bench/audit-generate.py)
# With SECONDS the audit is stopped after that long; the figures then cover the replies done by then.
# Prints the largest heap after a collection (from the GC log) and how many replies were audited.
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
short=()
if [[ ${1:-} == --short ]]; then short=(--short); shift; fi
replies=${1:-1000000}
limit=${2:-0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bench/audit-generate.py" "${short[@]}" "$replies" "$work/replies.jsonl"
echo "input: $replies replies, $(du -h "$work/replies.jsonl" | cut -f1)"
"$root/empathy-lint" --version >/dev/null   # builds the command line once
status=0
# Without the class data sharing archive: the launcher's -Xlog:disable for it would silence the GC log.
EMPATHY_LINT_CDS=off JAVA_OPTS="-Xmx512m -Xlog:gc:file=$work/gc.log" timeout "${limit/#0/infinity}" "$root/empathy-lint" audit \
  "$work/replies.jsonl" --progress always --out "$work/out" 2>"$work/progress.log" || status=$?
echo "exit status: $status (124: stopped after ${limit} s)"
{ grep -o '[0-9]* replies, [0-9.]*/s' "$work/progress.log" || true; } | tail -1 | sed 's/^/audited: /'
{ grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$work/gc.log" || true; } | sed 's/.*->\([0-9]*\)M.*/\1/' | sort -n \
  | tail -1 | sed 's/^/largest heap after a collection: /; s/$/ MB/'
echo "collections: $(grep -c 'Pause' "$work/gc.log" || true)"
echo "heap after the last collections (MB): $({ grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" || true; } | tail -5 \
  | sed 's/.*->//; s/M//' | paste -sd' ')"
