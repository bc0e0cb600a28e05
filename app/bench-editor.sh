#!/usr/bin/env bash
# Editor benchmark for issue 4 (kept out of `mvn verify`): opens a generated model of N services (about 4N calls)
# in the real editor window and measures open-to-first-frame, pulse time while dragging and zooming, and memory.
#   app/bench-editor.sh [services=1000] [open repetitions=5]
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
run=(java -Xmx1g -Dprism.verbose=false ${JAVA_OPTS:-} -cp "$cp" org.threatmesh.app.bench.EditorBenchmark "$@")
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"
fi
exec "${run[@]}"
