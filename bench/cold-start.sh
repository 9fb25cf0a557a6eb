#!/usr/bin/env bash
# Cold start: fresh JVMs, each timed from launch to its first line of output (the command line's
# first finding; LanguageTool's "analysed N tokens"). Several repetitions; prints min and median.
#   bench/cold-start.sh [REPETITIONS]      (default 5)
# Compares ./empathy-lint check as shipped (class data sharing archive, tagger and synthesizer
# preloaded on other threads, quick compiler and serial collector), with CDS and preload only, and
# with none of them, against a fresh JVM checking the same draft with a rule-less JLanguageTool
# (ColdLanguageToolMain), with the JVM's defaults and with the same quick options.
# Rows alternate within each repetition, so a load change hits all alike.
set -euo pipefail
root=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/..
reps=${1:-5}
source "$root/bench/classpath.sh"
"$root/empathy-lint" --help >/dev/null   # builds the command line when needed (not timed)

# Milliseconds from launch to the first line the command prints.
# With /usr/bin/time, also the CPU seconds (user + system) the whole process used, as "ms/cpu".
cpu_file=$(mktemp)
trap 'rm -f "$cpu_file"' EXIT
first_line_ms() {
  local start end line timer=()
  [[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f '%U %S' -o "$cpu_file")
  start=$(date +%s%N)
  line=$("${timer[@]}" "$@" 2>/dev/null | { IFS= read -r first; date +%s%N; printf '%s\n' "$first"; cat >/dev/null; })
  end=${line%%$'\n'*}
  if [[ ${#timer[@]} -gt 0 ]]; then
    echo "$(( (end - start) / 1000000 ))/$(awk '{printf "%.1f", $1 + $2}' "$cpu_file")"
  else
    echo $(( (end - start) / 1000000 ))
  fi
}

labels=()
commands=()
add() { labels+=("$1"); shift; commands+=("$(printf '%q ' "$@")"); }

cd "$root"
quick=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)            # what ./empathy-lint check uses
defaults="-XX:TieredStopAtLevel=4 -XX:-UseSerialGC -XX:+UseG1GC" # the JVM's own defaults back
for lang in nl da; do
  draft="examples/$lang-draft.txt"
  add "LanguageTool analysis only, $lang" java -cp "$bench_cp" org.empathylint.bench.ColdLanguageToolMain "$lang" "$draft"
  add "LanguageTool analysis only, $lang, quick" java "${quick[@]}" -cp "$bench_cp" \
      org.empathylint.bench.ColdLanguageToolMain "$lang" "$draft"
  add "empathy-lint, $lang, JVM defaults only" env EMPATHY_LINT_CDS=off \
      JAVA_OPTS="$defaults -Dempathylint.preload=false" ./empathy-lint check --lang "$lang" "$draft"
  add "empathy-lint, $lang, CDS + preload" env JAVA_OPTS="$defaults" ./empathy-lint check --lang "$lang" "$draft"
  add "empathy-lint, $lang, as shipped" ./empathy-lint check --lang "$lang" "$draft"
done

echo "cold start, $reps fresh JVMs each, time to first output line ($(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg))"
declare -A times
for ((i = 0; i < reps; i++)); do          # one of each per round, so a change of load hits all alike
  for ((c = 0; c < ${#commands[@]}; c++)); do
    times[$c]+="$(eval "first_line_ms ${commands[$c]}") "
  done
done
for ((c = 0; c < ${#commands[@]}; c++)); do
  sorted=($(printf '%s\n' ${times[$c]} | sort -n))
  printf '%-46s min %6d ms  median %6d ms  runs (ms/cpu s): %s\n' "${labels[$c]}" "${sorted[0]%%/*}" \
      "${sorted[$((reps / 2))]%%/*}" "${times[$c]}"
done
echo "(load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
