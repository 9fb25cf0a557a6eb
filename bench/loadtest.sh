#!/usr/bin/env bash
# A bounded load test of `serve` on loopback (about a minute; nothing here runs during `mvn test`):
# starts the server, warms it up for 5 s, then for 1, 4 and 16 clients sends 150-300-word drafts for PHASE_SECONDS each
# while SLOW slow connections hang (bench/LoadClient.java), and prints latency, 503s and the heap
# after a full GC before and after. Ends the server with SIGTERM and prints its exit status.
#   bench/loadtest.sh [PHASE_SECONDS] [SLOW]        (defaults 15 and 50)
#   SERVE_OPTS="--threads 2 --queue 8" bench/loadtest.sh     (extra options for serve)
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
phase=${1:-15}
slow=${2:-50}
port=${PORT:-18181}
log=$(mktemp)
echo "($(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg))"

"$root/empathy-lint" serve --port "$port" ${SERVE_OPTS:-} 2>"$log" &
pid=$!   # the launcher execs java: this is the server's JVM
trap 'kill -9 "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
until grep -q "serving" "$log"; do
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log" >&2; exit 1; fi
  sleep 0.5
done
base=$(grep -o 'http://[^ ]*/v2' "$log")

heap() {  # used heap after a full GC, as the JVM reports it
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | grep -Eo '(total [0-9]+K, )?used [0-9]+K' | head -1
}
echo "heap after GC, before warm-up: $(heap)"
echo "warm-up (5 s, 4 clients, not counted):"
java "$root/bench/LoadClient.java" "$base" "$root/examples" 5 4 0 >/dev/null
echo "heap after GC, start: $(heap)"
java "$root/bench/LoadClient.java" "$base" "$root/examples" "$phase" 1,4,16 "$slow"
echo "heap after GC, end:   $(heap)"

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
echo "serve exit status after SIGTERM: $status"
