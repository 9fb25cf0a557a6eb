# Sourced by bench/audit-throughput.sh and bench/spark-scaling.sh: a SMALL and a LARGE generated export
# ($1 and $2, default 300 and 1500 replies) in $work, removed on exit, and `elapsed COMMAND...`, the
# command's wall time in seconds. The difference in time over the difference in replies is the steady
# rate, without the JVM's start and LanguageTool's loading.
small=${1:-300}
large=${2:-1500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bench/audit-generate.py" "$small" "$work/small.jsonl"
"$root/bench/audit-generate.py" "$large" "$work/large.jsonl"

elapsed() {
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

# Prints and sets rate[$1]: the steady replies per second of `$2 FILE` on the small and the large export.
declare -A rate
steady_rate() {
  local t_small t_large
  t_small=$(elapsed "$2" "$work/small.jsonl")
  t_large=$(elapsed "$2" "$work/large.jsonl")
  rate[$1]=$(echo "($large - $small) / ($t_large - $t_small)" | bc -l)
  printf '%s: %d replies %.1f s, %d replies %.1f s: %.1f replies/s\n' "$1" "$small" "$t_small" "$large" \
    "$t_large" "${rate[$1]}"
}
