#!/usr/bin/env bash
# Fuzzes the hub's submission parser and the patient-list reader with cargo-fuzz (libFuzzer) for SECONDS each
# (default 30), one after the other, and fails on any crash, panic, hang or runaway allocation. Runs on the stable
# toolchain: with no sanitizer (-s none) cargo-fuzz passes only stable codegen flags (-Cpasses=sancov-module and
# LLVM arguments). scripts/setup.sh installs cargo-fuzz. The build goes to its own target dir and the
# corpus and crash files to a work dir, both outside the checkout:
#   PATHFINDER_FUZZ_TARGET (default /var/tmp/pathfinder-fuzz-target)
#   PATHFINDER_FUZZ_WORK   (default a fresh /tmp/pathfinder-fuzz.XXXXXX, so a short run in the test command starts
#                          from the repository's seeds alone): corpus/<target>/, artifacts/<target>/, logs/
# Each run starts from the corpus already in the work dir plus the seeds in the repository, copied afresh:
# crates/notices/tests/fixtures/{csv,hostile} for patient_list; crates/hub/tests/corpus/submissions (whatever is
# there at run time) and crates/protocol/examples for submission.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || { echo "usage: $0 [SECONDS per target]" >&2; exit 2; }
targets=(submission patient_list)
export CARGO_TARGET_DIR="${PATHFINDER_FUZZ_TARGET:-/var/tmp/pathfinder-fuzz-target}"
work="${PATHFINDER_FUZZ_WORK:-$(mktemp -d /tmp/pathfinder-fuzz.XXXXXX)}"

command -v cargo-fuzz >/dev/null || { echo "fuzz: cargo-fuzz is missing: run scripts/setup.sh" >&2; exit 1; }

seeds() {
  case "$1" in
    submission) echo crates/hub/tests/corpus/submissions crates/protocol/examples ;;
    patient_list) echo crates/notices/tests/fixtures/csv crates/notices/tests/fixtures/hostile ;;
  esac
}

build_start=$SECONDS
cargo fuzz build -s none
echo "fuzz: targets built in $((SECONDS - build_start)) s"
# The binaries are run directly rather than through `cargo fuzz run`, which would make fuzz/artifacts/ in the checkout.
bin_dir="$CARGO_TARGET_DIR/$(rustc -vV | sed -n 's/^host: //p')/release"

declare -A execs rate units crashed
for target in "${targets[@]}"; do
  corpus="$work/corpus/$target" artifacts="$work/artifacts/$target/"
  mkdir -p "$corpus" "$artifacts" "$work/logs"
  for dir in $(seeds "$target"); do
    [ -d "$dir" ] && find "$dir" -maxdepth 1 -type f ! -name '.*' -exec cp -f {} "$corpus/" \;
  done
  log="$work/logs/$target.log"
  echo "fuzz: $target for $seconds s from $(find "$corpus" -type f | wc -l) inputs (log: $log)"
  status=0
  # -timeout: any one input taking over 10 s is a hang, and fails the run like a crash does; libFuzzer's own
  # -rss_limit_mb (2 GB) fails it on runaway memory.
  "$bin_dir/$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts" \
    "$corpus" >"$log" 2>&1 || status=$?
  execs[$target]=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate[$target]=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  units[$target]=$(find "$corpus" -type f | wc -l)
  crashed[$target]=$status
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target FAILED (exit $status); the input is in $artifacts:" >&2
    grep -E 'panicked|ERROR: libFuzzer|deadly signal|Test unit written|timeout|out-of-memory' "$log" | head -20 >&2 || true
  fi
done

printf '%-14s %14s %12s %10s %s\n' target executions execs/s corpus result
failed=0
for target in "${targets[@]}"; do
  result=ok; [ "${crashed[$target]}" -eq 0 ] || { result=CRASH; failed=1; }
  printf '%-14s %14s %12s %10s %s\n' "$target" "${execs[$target]:-?}" "${rate[$target]:-?}" "${units[$target]}" "$result"
done
exit "$failed"
