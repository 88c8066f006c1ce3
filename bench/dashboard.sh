#!/usr/bin/env bash
# The dashboard at national scale: 8,000 practices with a year of daily submissions, on SQLite and on PostgreSQL (a
# throwaway cluster from scripts/with-postgres.sh); every GET page under /dashboard timed side by side, signed in as
# a national user (bench/hub-load, `dashboard`). Writes the section dashboard of bench/RESULTS.md.
#   bench/dashboard.sh [--quick]
set -euo pipefail
source "$(dirname "$0")/lib.sh" "$@"
bench_need_postgres
bench_build_hub
out=$(mktemp)
# shellcheck disable=SC2046
"$bench_root/scripts/with-postgres.sh" "$target_dir/release/pathfinder-hub-load" dashboard $(bench_load_args) --out "$out"
bench_publish dashboard "The dashboard at national scale, SQLite and PostgreSQL (\`make bench-dashboard\`)" "$out"
rm -f "$out"
[ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$BENCH_DIR/dashboard"
