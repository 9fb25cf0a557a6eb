#!/usr/bin/env bash
# Cold start: fresh JVMs, each timed from launch to its first line of output (the command line's
# first finding; LanguageTool's "analysed N tokens"). Several repetitions; prints min and median.
#   bench/cold-start.sh [REPETITIONS]      (default 5)
# Compares ./empathy-lint check (with and without its class data sharing archive) against a fresh
# JVM checking the same draft with a rule-less JLanguageTool (ColdLanguageToolMain).
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
reps=${1:-5}
source "$root/bench/classpath.sh"
"$root/empathy-lint" --help >/dev/null   # builds the command line when needed (not timed)

# Milliseconds from launch to the first line the command prints.
first_line_ms() {
  local start end line
  start=$(date +%s%N)
  line=$("$@" 2>/dev/null | { IFS= read -r first; date +%s%N; printf '%s\n' "$first"; cat >/dev/null; })
  end=${line%%$'\n'*}
  first_line=${line#*$'\n'}
  echo $(( (end - start) / 1000000 ))
}

row() {
  local label=$1; shift
  local times=() t
  for ((i = 0; i < reps; i++)); do
    t=$(first_line_ms "$@"); times+=("$t")
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-34s min %6d ms  median %6d ms  runs: %s\n' "$label" "${sorted[0]}" "${sorted[$((reps / 2))]}" "${times[*]}"
}

cd "$root"
echo "cold start, $reps fresh JVMs each, time to first output line ($(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for lang in nl da; do
  draft="examples/$lang-draft.txt"
  row "LanguageTool analysis only, $lang" java -cp "$bench_cp" org.empathylint.bench.ColdLanguageToolMain "$lang" "$draft"
  row "empathy-lint check, $lang, no CDS" env EMPATHY_LINT_CDS=off ./empathy-lint check --lang "$lang" "$draft"
  row "empathy-lint check, $lang" ./empathy-lint check --lang "$lang" "$draft"
done
