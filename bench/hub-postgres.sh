#!/usr/bin/env bash
# Two hubs on one PostgreSQL (a throwaway cluster from scripts/with-postgres.sh) holding a year of daily submissions
# from 8,000 practices: one hub and two hubs alternating, 3 times; two hubs with one SIGKILLed mid-run; sessions and
# sign-in limits across the two (bench/hub-load, `postgres`). Writes the section hub-postgres of bench/RESULTS.md.
#   bench/hub-postgres.sh [--quick]
set -euo pipefail
source "$(dirname "$0")/lib.sh" "$@"
bench_need_postgres
bench_build_hub
out=$(mktemp)
# shellcheck disable=SC2046
"$bench_root/scripts/with-postgres.sh" "$target_dir/release/pathfinder-hub-load" postgres $(bench_load_args) --out "$out"
bench_publish hub-postgres "Two hubs on PostgreSQL (\`make bench-hub-postgres\`)" "$out"
rm -f "$out"
[ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$BENCH_DIR/hub-postgres"
