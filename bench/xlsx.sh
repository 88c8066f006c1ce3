#!/usr/bin/env bash
# The national practice list as an Excel workbook: the hub's own writer against rust_xlsxwriter (which it used
# before), side by side on the same 8,000-row table, their cells read back and compared (bench/hub-load, `xlsx`).
# Writes the section xlsx of bench/RESULTS.md.
#   bench/xlsx.sh [--quick]
set -euo pipefail
source "$(dirname "$0")/lib.sh" "$@"
bench_build_hub
out=$(mktemp)
# shellcheck disable=SC2046
"$target_dir/release/pathfinder-hub-load" xlsx $(bench_load_args) --out "$out"
bench_publish xlsx "The national list as a workbook: the hub's writer against rust_xlsxwriter (\`make bench-xlsx\`)" "$out"
rm -f "$out"
