#!/usr/bin/env bash
# Audit throughput against batch on the same replies, on one core (taskset -c 0), one thread each.
#   bench/audit-throughput.sh [SMALL] [LARGE]     (default 300 and 1500 replies)
# Each command runs on a SMALL and a LARGE export (bench/audit-generate.py); the difference in time over
# the difference in replies is the steady rate, without the JVM start and LanguageTool's loading.
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
small=${1:-300}
large=${2:-1500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bench/audit-generate.py" "$small" "$work/small.jsonl"
"$root/bench/audit-generate.py" "$large" "$work/large.jsonl"
"$root/empathy-lint" --version >/dev/null   # builds the command line once, outside the timings

seconds() {   # seconds of wall time the command takes
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
run_batch() { taskset -c 0 "$root/empathy-lint" batch --threads 1 <"$1"; }
run_audit() { taskset -c 0 "$root/empathy-lint" audit "$1" --threads 1 --progress never --out "$work/out"; }

declare -A rate
for tool in batch audit; do
  t_small=$(seconds "run_$tool" "$work/small.jsonl")
  t_large=$(seconds "run_$tool" "$work/large.jsonl")
  rate[$tool]=$(echo "($large - $small) / ($t_large - $t_small)" | bc -l)
  printf '%s: %d replies %.1f s, %d replies %.1f s: %.1f replies/s\n' "$tool" "$small" "$t_small" "$large" \
    "$t_large" "${rate[$tool]}"
done
printf 'audit / batch: %.2f\n' "$(echo "${rate[audit]} / ${rate[batch]}" | bc -l)"
