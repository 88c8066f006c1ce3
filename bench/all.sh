#!/usr/bin/env bash
# Every benchmark, one after the other, each writing its own section of bench/RESULTS.md (`make bench`). One that
# fails does not stop the others; the command fails at the end if any did. Run it on a quiet machine: the figures
# are only as good as the machine was idle (each table gives the load average when its benchmark began).
#   bench/all.sh [--quick]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
failed=()
for bench in hub-sqlite.sh hub-postgres.sh dashboard.sh xlsx.sh startup/bench.sh notices/bench.sh; do
  echo "=== bench/$bench $* ($(date -u '+%H:%M:%S UTC'))"
  "$here/$bench" "$@" || failed+=("$bench")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "bench: FAILED: ${failed[*]}" >&2
  exit 1
fi
results=bench/RESULTS.md
[[ " $* " == *" --quick "* || "${BENCH_QUICK:-0}" == 1 ]] && results=/tmp/pathfinder-bench-smoke/RESULTS.md
echo "bench: every benchmark ran; the tables are in ${BENCH_RESULTS:-$results}"
