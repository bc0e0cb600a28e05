#!/usr/bin/env bash
# Findings overlay benchmark for issue 5 (kept out of `mvn verify`): opens a generated model of N services
# with background analysis and measures edit-to-badge latency and pulse time while dragging during analysis.
#   app/bench-findings.sh [services=1000] [edits=30]
# JAVA_OPTS adds JVM options, e.g. JAVA_OPTS=-Dbench.noOverlay=true hides the overlay during the drag.
# Needs a display; without one it starts Xvfb through xvfb-run. Results are recorded in docs/benchmarks.md.
exec "$(dirname "${BASH_SOURCE[0]}")/bench-run.sh" org.threatmesh.app.bench.FindingsBenchmark "$@"
