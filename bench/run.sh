#!/usr/bin/env bash
# Builds the benchmarks module and runs the JMH benchmarks: empathy-lint against LanguageTool itself.
#   bench/run.sh                      # everything (about 15-25 minutes on 2 cores)
#   bench/run.sh CheckBenchmark -p size=200w -wi 1 -i 1 -r 1s   # any JMH arguments: filters, -p, -f, -wi ...
# Add -rf json -rff result.json for a machine-readable result. Prints the drafts' sizes first.
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
source "$root/bench/classpath.sh"
java -cp "$bench_cp" org.empathylint.bench.Drafts
exec java -cp "$bench_cp" org.openjdk.jmh.Main "$@"
