#!/usr/bin/env bash
# Starts the hub on its embedded SQLite (on loopback) and the built app beside it. With a display the app simply
# runs; with none (a headless machine) it runs under Xvfb, waits until the window has rendered, saves a
# screenshot and prints its path. The hub stops when the app does.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir="${CARGO_TARGET_DIR:-target}"
app="$target_dir/debug/pathfinder"

mkdir -p target/run
hub_address="127.0.0.1:${PATHFINDER_HUB_PORT:-8080}"
"$target_dir/debug/pathfinder-hub" --database "sqlite://$PWD/target/run/hub.sqlite3" serve --listen "$hub_address" \
  > target/run/hub.log 2>&1 &
hub=$!
trap 'kill $hub 2>/dev/null' EXIT
for _ in $(seq 1 50); do
  curl -fsS "http://$hub_address/healthz" >/dev/null 2>&1 && break
  kill -0 "$hub" 2>/dev/null || { echo "run: the hub did not start; see target/run/hub.log" >&2; exit 1; }
  sleep 0.2
done
echo "The hub is serving on http://$hub_address (data in target/run/hub.sqlite3, log in target/run/hub.log)"
export PATHFINDER_HUB_URL="http://$hub_address"
# A small pilot area to enrol with: the app's Report page offers this hub's address.
hub_admin=("$target_dir/debug/pathfinder-hub" --database "sqlite://$PWD/target/run/hub.sqlite3")
printf 'ods_code,name,ccg\nB82005,Riverside Surgery,02V\nB82010,"Hill, Dale and Partners",02V\nL85001,Quantock Practice,11X\n' \
  > target/run/practices.csv
"${hub_admin[@]}" practices import target/run/practices.csv >/dev/null
for ods in B82005 B82010 L85001; do
  echo "Enrolment code for $ods: $("${hub_admin[@]}" enrol-code --ods "$ods")"
done

if [ -n "${DISPLAY:-}" ]; then
  "$app"
  exit
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
