#!/usr/bin/env bash
# The long fuzzing run: each target for SECONDS (default 600, ten minutes), keeping the corpus it grows in
# PATHFINDER_FUZZ_WORK (default /var/tmp/pathfinder-fuzz) for the next run. Figures in bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The long run keeps its corpus from one run to the next.
export PATHFINDER_FUZZ_WORK="${PATHFINDER_FUZZ_WORK:-/var/tmp/pathfinder-fuzz}"
exec scripts/fuzz.sh "${1:-600}"
