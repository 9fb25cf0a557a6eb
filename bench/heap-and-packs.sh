#!/usr/bin/env bash
# Heap after GC with Dutch and Danish loaded (a fresh JVM per mode, same -Xmx), and rule-pack loading
# for both packs together (fresh JVMs: the first load in the JVM, with and without a class data
# sharing archive as the launcher uses, and the median of later loads).
#   bench/heap-and-packs.sh [PACK_LOAD_JVMS]     (default 3)
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
source "$root/bench/classpath.sh"
echo "($(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for mode in lt ours lt-rules; do
  java -Xmx2g -cp "$bench_cp" org.empathylint.bench.HeapMain "$mode"
done
jsa="$bench_dir/target/pack-load.jsa"
java -XX:ArchiveClassesAtExit="$jsa" -Xlog:disable -cp "$bench_cp" org.empathylint.bench.PackLoadMain 0 >/dev/null
for ((i = 0; i < ${1:-3}; i++)); do
  echo -n "no CDS:   "; java -cp "$bench_cp" org.empathylint.bench.PackLoadMain 20
  echo -n "with CDS: "; java -XX:SharedArchiveFile="$jsa" -Xlog:disable -cp "$bench_cp" org.empathylint.bench.PackLoadMain 20
  echo -n "with CDS, quick compiler (as 'check' runs): "
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="$jsa" -Xlog:disable -cp "$bench_cp" \
      org.empathylint.bench.PackLoadMain 20
done
echo "(load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
