#!/usr/bin/env bash
# Audit throughput against batch on the same replies, on one core (taskset -c 0), one thread each.
#   bench/audit-throughput.sh [SMALL] [LARGE]     (default 300 and 1500 replies; see bench/audit-sizes.sh)
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
source "$root/bench/audit-sizes.sh"
"$root/empathy-lint" --version >/dev/null   # builds the command line once, outside the timings

run_batch() { taskset -c 0 "$root/empathy-lint" batch --threads 1 <"$1" >/dev/null 2>&1; }
run_audit() { taskset -c 0 "$root/empathy-lint" audit "$1" --threads 1 --progress never --out "$work/out" >/dev/null 2>&1; }

steady_rate batch run_batch
steady_rate audit run_audit
printf 'audit / batch: %.2f\n' "$(echo "${rate[audit]} / ${rate[batch]}" | bc -l)"
