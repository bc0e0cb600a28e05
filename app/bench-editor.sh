#!/usr/bin/env bash
# Editor benchmark for issue 4 (kept out of `mvn verify`): opens a generated model of N services (about 4N calls)
# in the real editor window and measures open-to-first-frame, pulse time while dragging and zooming, and memory.
#   app/bench-editor.sh [services=1000] [open repetitions=5]
# Needs a display; without one it starts Xvfb through xvfb-run. Results are recorded in docs/benchmarks.md.
exec "$(dirname "${BASH_SOURCE[0]}")/bench-run.sh" org.threatmesh.app.bench.EditorBenchmark "$@"
