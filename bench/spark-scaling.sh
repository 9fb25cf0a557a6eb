#!/usr/bin/env bash
# The Spark job in local mode with one and with two cores, on the same generated replies.
#   bench/spark-scaling.sh [SMALL] [LARGE]     (default 300 and 1500 replies; see bench/audit-sizes.sh)
# Spark comes from the module's build classpath (it is provided on a cluster).
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
source "$root/bench/audit-sizes.sh"
# One reactor run: the modules are packaged, then the job's classpath (Spark included) names their jars.
mvn -B -q -f "$root/pom.xml" -pl empathy-lint-spark -am -DskipTests package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >&2
# The module's --add-opens list, as its tests use it (Maven's colour resets removed).
jvm_options=$(mvn -B -q -f "$root/empathy-lint-spark/pom.xml" help:evaluate -Dexpression=spark.jvm.options \
  -DforceStdout 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g')
classpath="$root/empathy-lint-spark/target/classes:$(cat "$work/cp.txt")"

run_job() {   # the job with local[$cores] on file $1
  rm -rf "$work/out"
  # shellcheck disable=SC2086
  java -Xmx3g $jvm_options -Dspark.master="local[$cores]" -Dspark.ui.enabled=false \
    -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
    -cp "$classpath" org.empathylint.spark.AuditJob "$1" "$work/out" --partitions 4 >/dev/null 2>"$work/job.log" \
    || { cat "$work/job.log" >&2; exit 1; }
}

for cores in 1 2; do
  steady_rate "local-$cores" run_job
done
printf 'local[2] / local[1] (local-2 / local-1): %.2f\n' "$(echo "${rate[local-2]} / ${rate[local-1]}" | bc -l)"
