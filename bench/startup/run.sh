#!/usr/bin/env bash
# Start-up and memory: a bare Tauri 2 window (bench/startup/bare, the workspace's Tauri version and features) against
# Pathfinder, both built in release by the Tauri CLI the same way, each started RUNS times (default 10) under one
# Xvfb, alternating. Then the sizes: the release binaries, the .deb (target/package, left by scripts/test-package.sh
# or built here), and the UI's JavaScript and CSS gzipped.
#   bench/startup/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
target_dir=$(realpath -m "${CARGO_TARGET_DIR:-target}")
tauri=$PWD/ui/node_modules/.bin/tauri

scripts/setup.sh
(cd ui && npx vite build --logLevel warn)
"$tauri" build --ci --no-bundle >/dev/null
(cd bench/startup/bare && "$tauri" build --ci --no-bundle >/dev/null)

python3 bench/startup/measure.py "$runs" \
  "bare=$target_dir/release/pathfinder-bare-window" "pathfinder=$target_dir/release/pathfinder"

echo
size() { stat -c %s "$1" | awk '{ printf "%.1f MiB", $1 / 1048576 }'; }
echo "release binary: pathfinder $(size "$target_dir/release/pathfinder"), bare window $(size "$target_dir/release/pathfinder-bare-window")"
deb=$(ls target/package/pathfinder_*_amd64.deb 2>/dev/null | tail -n 1 || true)
if [ -z "$deb" ]; then
  scripts/package.sh target/package >/dev/null 2>&1 || true
  deb=$(ls target/package/pathfinder_*_amd64.deb 2>/dev/null | tail -n 1 || true)
fi
[ -n "$deb" ] && echo ".deb: $(basename "$deb") $(size "$deb") (of which the Noto fonts $(du -sh target/bundle-fonts | cut -f1) before compression)"
gz=0
for file in ui/dist/assets/*.js ui/dist/assets/*.css; do
  gz=$((gz + $(gzip -9 -c "$file" | wc -c)))
done
echo "UI JavaScript and CSS, gzipped: $((gz / 1024)) KiB ($(ls ui/dist/assets/*.js ui/dist/assets/*.css | wc -l) files)"
