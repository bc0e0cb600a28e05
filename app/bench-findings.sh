#!/usr/bin/env bash
# Findings overlay benchmark for issue 5 (kept out of `mvn verify`): opens a generated model of N services
# with background analysis and measures edit-to-badge latency and pulse time while dragging during analysis.
#   app/bench-findings.sh [services=1000] [edits=30]
# JAVA_OPTS adds JVM options, e.g. JAVA_OPTS=-Dbench.noOverlay=true hides the overlay during the drag.
# Needs a display; without one it starts Xvfb through xvfb-run. Results are recorded in docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log="$(mktemp)"
if ! mvn -B -q -Dstyle.color=never -DskipTests -pl app -am package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; exit 2
fi
rm -f "$log"
cp="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
run=(java -Xmx1g -Dprism.verbose=false ${JAVA_OPTS:-} -cp "$cp" org.threatmesh.app.bench.FindingsBenchmark "$@")
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"
fi
exec "${run[@]}"
