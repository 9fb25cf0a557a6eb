# Sourced by the bench scripts: builds the benchmarks module when it is missing or older than any
# source or pom (never runs tests, never installs), and sets bench_cp to its classpath.
bench_dir="$root/empathy-lint-benchmarks"
bench_jar="$bench_dir/target/empathy-lint-benchmarks-0.1.0-SNAPSHOT.jar"
if [[ ! -f "$bench_jar" || ! -d "$bench_dir/target/lib" || -n $(find "$root" -path "$root/.git" -prune -o \
    -path '*/target' -prune -o \( -name pom.xml -o -path '*/src/*' \) -type f -newer "$bench_jar" -print -quit) ]]; then
  echo "bench: building the benchmarks module (mvn -pl empathy-lint-benchmarks -am -DskipTests package)" >&2
  mvn -B -q -f "$root/pom.xml" -pl empathy-lint-benchmarks -am -DskipTests package >&2
  touch "$bench_jar"
fi
bench_cp="$bench_jar:$bench_dir/target/lib/*"
