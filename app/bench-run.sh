#!/usr/bin/env bash
# Runs one of the app's bench mains (app test sources) in a real window, outside `mvn verify`:
#   app/bench-run.sh <main class> [arguments]
# Builds the app and its test classpath first; without a display it starts Xvfb through xvfb-run. JAVA_OPTS adds JVM
# options (Flight Recorder, bench switches such as -Dbench.noOverlay=true).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
main="$1"
shift
log="$(mktemp)"
if ! mvn -B -q -Dstyle.color=never -DskipTests -pl app -am package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; exit 2
fi
rm -f "$log"
cp="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
run=(java -Xmx1g -Dprism.verbose=false ${JAVA_OPTS:-} -cp "$cp" "$main" "$@")
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"
fi
exec "${run[@]}"
