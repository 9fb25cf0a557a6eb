#!/usr/bin/env bash
# Does what README's "Use it in your project" tells a new user to do, from a clean local repository:
# installs the library from this clone, then builds and runs the separate project beside this script
# (whose Main is README's example). Fails unless every published module installed its jar, sources
# and javadoc, the example compiles, it prints findings in Dutch and in Danish, and SLF4J stays quiet.
#
# The fresh local repository gets third-party artifacts from this machine's Maven repository
# (~/.m2/repository, or EMPATHY_LINT_M2_CACHE) when it has them, else from Maven Central; it never
# takes empathy-lint's own artifacts from there (snapshots are off for it).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work="$here/target"
repo="$work/repo"
cache="${EMPATHY_LINT_M2_CACHE:-$HOME/.m2/repository}"

rm -rf "$work"
mkdir -p "$repo"
cat >"$work/settings.xml" <<XML
<settings>
  <localRepository>$repo</localRepository>
  <profiles>
    <profile>
      <id>machine-cache</id>
      <repositories>
        <repository>
          <id>machine-cache</id>
          <url>file://$cache</url>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          <id>machine-cache</id>
          <url>file://$cache</url>
          <snapshots><enabled>false</enabled></snapshots>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>machine-cache</activeProfile>
  </activeProfiles>
</settings>
XML

fail() {
  echo "embed example: $*" >&2
  exit 1
}

echo "embed example: mvn install from the clone into a fresh local repository" >&2
mvn -B -q -s "$work/settings.xml" -f "$root/pom.xml" \
    -pl empathy-lint-core,empathy-lint-rules-nl,empathy-lint-rules-da,empathy-lint-cli -am \
    install -DskipTests >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "mvn install failed"; }

for module in empathy-lint-core empathy-lint-rules-nl empathy-lint-rules-da empathy-lint-server empathy-lint-audit \
    empathy-lint-cli; do
  for kind in "" -sources -javadoc; do
    jars=("$repo/org/empathylint/$module"/*/"$module"-*"$kind".jar)
    [[ -f "${jars[0]}" ]] || fail "no $module$kind jar was installed"
  done
done

echo "embed example: building and running examples/embed against the installed artifacts" >&2
mvn -B -q -s "$work/settings.xml" -f "$here/pom.xml" compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "the example does not compile"; }
grep -q "$repo/org/empathylint/empathy-lint-core/" "$work/classpath.txt" \
    || fail "the example was not built against the freshly installed empathy-lint-core"

java -cp "$here/target/classes:$(cat "$work/classpath.txt")" com.example.helpdesk.Main \
    >"$work/out.txt" 2>"$work/err.txt" || { cat "$work/out.txt" "$work/err.txt" >&2; fail "the example failed"; }
cat "$work/out.txt"
nl=$(grep -c '^nl ' "$work/out.txt" || true)
da=$(grep -c '^da ' "$work/out.txt" || true)
[[ $nl -gt 0 ]] || fail "no Dutch findings"
[[ $da -gt 0 ]] || fail "no Danish findings"
if [[ -s "$work/err.txt" ]]; then
  cat "$work/err.txt" >&2
  fail "the example wrote to standard error (with slf4j-nop, SLF4J should be silent)"
fi
echo "embed example: ok ($nl Dutch and $da Danish findings)" >&2
