#!/usr/bin/env bash
# The long fuzzing run: each target for SECONDS (default 600, ten minutes), keeping the corpus it grows in
# PATHFINDER_FUZZ_WORK (default /var/tmp/pathfinder-fuzz) for the next run. Figures in bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec scripts/fuzz.sh "${1:-600}"
