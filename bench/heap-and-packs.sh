#!/usr/bin/env bash
# Heap after GC with Dutch and Danish loaded (fresh JVM per mode, same -Xmx), and rule-pack loading
# time for both packs together (fresh JVMs: first load in the JVM, and the median of later loads).
#   bench/heap-and-packs.sh [PACK_LOAD_JVMS]     (default 3)
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
source "$root/bench/classpath.sh"
echo "($(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for mode in lt ours lt-rules; do
  java -Xmx2g -cp "$bench_cp" org.empathylint.bench.HeapMain "$mode"
done
for ((i = 0; i < ${1:-3}; i++)); do
  java -cp "$bench_cp" org.empathylint.bench.PackLoadMain 20
done
