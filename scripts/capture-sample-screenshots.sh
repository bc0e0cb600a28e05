#!/usr/bin/env bash
# Screenshots of every built-in sample open in the editor, for docs/gallery.md. Needs Xvfb, GTK 3 and ImageMagick;
# run after `mvn -pl app -am package`. Starts its own X server and app processes and stops them again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/app/target/threatmesh-app.jar"
out="$here/docs/images/samples"
display=":${THREATMESH_DISPLAY:-89}"
mkdir -p "$out"
home="$(mktemp -d)"
# Light theme, default window size, no recent files: the same picture on every machine. (A window as large as the
# screen stays blank under Xvfb without a window manager, so the app keeps its default size and only its window is
# captured.)
printf 'theme=light\n' >"$home/settings.properties"
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
sleep 2
# Sample ids in catalog order (the resources in the jar); pass ids to capture only those.
ids="${*:-online-shop online-shop-insecure online-shop-hardened online-boutique sock-shop bookinfo eshoponcontainers}"
for id in $ids; do
  DISPLAY="$display" java -Dthreatmesh.home="$home" -jar "$jar" --sample "$id" >/dev/null 2>&1 &
  app=$!
  sleep "${THREATMESH_SETTLE_SECONDS:-12}"
  window="$(DISPLAY="$display" xwininfo -root -tree | awk '/ThreatMesh": \(/ {print $1; exit}')"
  DISPLAY="$display" import -window "${window:?no ThreatMesh window on $display}" "$out/$id.png"
  kill "$app"
  wait "$app" 2>/dev/null || true
  app=""
  echo "captured $out/$id.png"
done
