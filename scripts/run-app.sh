#!/usr/bin/env bash
# Starts the built app. With a display it simply runs; with none (a headless machine) it runs under Xvfb, waits
# until the window has rendered, saves a screenshot and prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir="${CARGO_TARGET_DIR:-target}"
app="$target_dir/debug/pathfinder"

if [ -n "${DISPLAY:-}" ]; then
  exec "$app"
fi

shot_dir="$PWD/target/run"
mkdir -p "$shot_dir"
shot="$shot_dir/pathfinder.png"
export PATHFINDER_SHOT="$shot" PATHFINDER_APP="$app"
xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" bash -c '
  "$PATHFINDER_APP" & app=$!
  trap "kill $app 2>/dev/null" EXIT
  previous=""
  # Rendered means: the screen is no longer blank, and two captures a second apart are the same.
  for _ in $(seq 1 60); do
    sleep 1
    kill -0 "$app" 2>/dev/null || { echo "run: the app exited early" >&2; exit 1; }
    import -window root "$PATHFINDER_SHOT.new.png" 2>/dev/null || continue
    spread=$(convert "$PATHFINDER_SHOT.new.png" -format "%[fx:standard_deviation>0.05]" info:)
    sum=$(md5sum < "$PATHFINDER_SHOT.new.png")
    if [ "$spread" = 1 ] && [ "$sum" = "$previous" ]; then
      mv "$PATHFINDER_SHOT.new.png" "$PATHFINDER_SHOT"
      exit 0
    fi
    previous=$sum
  done
  echo "run: the window did not render within a minute" >&2
  exit 1
'
echo "Pathfinder rendered with no display attached; its screenshot: $shot"
