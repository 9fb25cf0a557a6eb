#!/usr/bin/env bash
# The Spark job in local mode with one and with two cores, on the same generated replies.
#   bench/spark-scaling.sh [SMALL] [LARGE]     (default 300 and 1500 replies)
# As bench/audit-throughput.sh: the difference in time over the difference in replies is the steady
# rate, without the JVM start, Spark's start and LanguageTool's loading. Spark comes from the module's
# build classpath (it is provided on a cluster).
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
small=${1:-300}
large=${2:-1500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bench/audit-generate.py" "$small" "$work/small.jsonl"
"$root/bench/audit-generate.py" "$large" "$work/large.jsonl"
mvn -B -q -f "$root/pom.xml" -pl empathy-lint-spark -am -DskipTests package >&2
mvn -B -q -f "$root/empathy-lint-spark/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >&2
jvm_options=$(mvn -B -q -f "$root/empathy-lint-spark/pom.xml" help:evaluate -Dexpression=spark.jvm.options \
  -DforceStdout 2>/dev/null)
classpath="$root/empathy-lint-spark/target/classes:$(cat "$work/cp.txt")"

seconds() {   # seconds of wall time the job takes with local[$1] on file $2
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java -Xmx3g $jvm_options -Dspark.master="local[$1]" -Dspark.ui.enabled=false \
    -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
    -cp "$classpath" org.empathylint.spark.AuditJob "$2" "$work/out" --partitions 4 >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

declare -A rate
for cores in 1 2; do
  t_small=$(seconds "$cores" "$work/small.jsonl")
  t_large=$(seconds "$cores" "$work/large.jsonl")
  rate[$cores]=$(echo "($large - $small) / ($t_large - $t_small)" | bc -l)
  printf 'local[%d]: %d replies %.1f s, %d replies %.1f s: %.1f replies/s\n' "$cores" "$small" "$t_small" \
    "$large" "$t_large" "${rate[$cores]}"
done
printf 'local[2] / local[1]: %.2f\n' "$(echo "${rate[2]} / ${rate[1]}" | bc -l)"
