#!/usr/bin/env bash
# Hub ingest on SQLite: the database holds a year of daily submissions from 8,000 practices before the clock starts;
# then the /healthz ceiling and submissions with random v4 ids, alternating, 3 times (bench/hub-load, `sqlite`).
# Writes the section hub-sqlite of bench/RESULTS.md.
#   bench/hub-sqlite.sh [--quick]
set -euo pipefail
source "$(dirname "$0")/lib.sh" "$@"
bench_build_hub
out=$(mktemp)
# shellcheck disable=SC2046
"$target_dir/release/pathfinder-hub-load" sqlite $(bench_load_args) --out "$out"
bench_publish hub-sqlite "Hub ingest on SQLite (\`make bench-hub-sqlite\`)" "$out"
rm -f "$out"
[ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$BENCH_DIR/hub-sqlite"
