#!/usr/bin/env bash
# Letters side by side: pathfinder-notices and Typst make the same personalised letters (a seeded mix of the eleven
# languages, each with its objection form) from the same list, fonts and texts, one after the other on this
# machine, RUNS times alternating; prints wall time, peak RSS and bytes for both and the ratios (of each run, and a
# line per measurement, "measured RUN NAME WALL_S RSS_KB BYTES PAGES", which bench/notices/bench.sh reads).
# A failed command, or anything Typst prints on standard error (a warning), fails the run.
# Usage: bench/notices/run.sh [LETTERS] [RUNS]   (default 10000, 1; Typst is built once into /var/tmp/typst)
set -euo pipefail
cd "$(dirname "$0")/../.."
letters=${1:-10000}
runs=${2:-1}
target_dir="${CARGO_TARGET_DIR:-target}"
typst="${TYPST:-/var/tmp/typst/bin/typst}"
command -v /usr/bin/time >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
[ -x "$typst" ] || cargo install typst-cli --locked --root /var/tmp/typst
cargo build --release -q -p pathfinder-notices -p pathfinder-notices-bench
dir=target/bench-notices
rm -rf "$dir"
"$target_dir/release/pathfinder-notices-bench" "$dir" "$letters"

measure() {  # name, output pdf, stderr allowed (yes/no), command...
  local name=$1 out=$2 stderr_ok=$3
  shift 3
  rm -f "$out"
  if ! /usr/bin/time -v -o "$dir/$name.time" "$@" 2> "$dir/$name.stderr" >/dev/null; then
    echo "$name failed:" >&2
    cat "$dir/$name.stderr" >&2
    exit 1
  fi
  if [ "$stderr_ok" = no ] && [ -s "$dir/$name.stderr" ]; then
    echo "$name printed on standard error (a warning fails the run):" >&2
    head -n 40 "$dir/$name.stderr" >&2
    exit 1
  fi
  local wall rss bytes pages
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$dir/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/$name.time")
  bytes=$(stat -c %s "$out")
  pages=$(pdfinfo "$out" 2>/dev/null | awk '/^Pages:/ {print $2}')
  [ -n "$pages" ] || { echo "$name: pdfinfo cannot read $out" >&2; exit 1; }
  echo "$name $wall $rss $bytes $pages"
}

for run in $(seq 1 "$runs"); do
  # pathfinder-notices says on standard error which languages of the run are drafts: that is not a warning.
  ours=$(measure pathfinder "$dir/pathfinder.pdf" yes "$target_dir/release/pathfinder-notices" letters --csv "$dir/patients.csv" \
    --out "$dir/pathfinder.pdf" --practice "$dir/practice.json" --date 2026-02-23)
  theirs=$(measure typst "$dir/typst.pdf" no "$typst" compile --ignore-system-fonts \
    --font-path /usr/share/fonts/truetype/noto --font-path /usr/share/fonts/opentype/noto "$dir/letters.typ" "$dir/typst.pdf")
  echo "measured $run $ours"
  echo "measured $run $theirs"
  echo "run $run of $runs: $letters letters, $(echo "$ours" | cut -d' ' -f5) pages (pathfinder), $(echo "$theirs" | cut -d' ' -f5) pages (Typst)"
  printf '%-12s %10s %14s %14s\n' "" "wall s" "peak RSS MB" "bytes MB"
  for row in "$ours" "$theirs"; do
    read -r name wall rss bytes _ <<<"$row"
    awk -v n="$name" -v w="$wall" -v r="$rss" -v b="$bytes" 'BEGIN { printf "%-12s %10.2f %14.1f %14.2f\n", n, w, r/1024, b/1048576 }'
  done
  read -r _ w1 r1 b1 _ <<<"$ours"
  read -r _ w2 r2 b2 _ <<<"$theirs"
  awk -v w1="$w1" -v w2="$w2" -v r1="$r1" -v r2="$r2" -v b1="$b1" -v b2="$b2" 'BEGIN {
    printf "pathfinder / Typst: time %.3f (goal <= 1/25), memory %.3f (goal <= 1/50), bytes %.3f (goal <= 0.15)\n", w1/w2, r1/r2, b1/b2 }'
done
