#!/usr/bin/env bash
# Letters side by side: pathfinder-notices and Typst make the same personalised letters (a seeded mix of the eleven
# languages, each with its objection form) from the same list, fonts and texts, one after the other on this
# machine; prints wall time, peak RSS and bytes for both and the ratios.
# Usage: bench/notices/run.sh [LETTERS]   (default 10000; Typst is built once into /var/tmp/typst)
set -euo pipefail
cd "$(dirname "$0")/../.."
letters=${1:-10000}
target_dir="${CARGO_TARGET_DIR:-target}"
typst="${TYPST:-/var/tmp/typst/bin/typst}"
command -v /usr/bin/time >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
[ -x "$typst" ] || cargo install typst-cli --locked --root /var/tmp/typst
cargo build --release -q -p pathfinder-notices -p pathfinder-notices-bench
dir=target/bench-notices
rm -rf "$dir"
"$target_dir/release/pathfinder-notices-bench" "$dir" "$letters"

measure() {  # name, output pdf, command...
  local name=$1 out=$2
  shift 2
  /usr/bin/time -v "$@" 2> "$dir/$name.time" >/dev/null
  local wall rss bytes
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$dir/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/$name.time")
  bytes=$(stat -c %s "$out")
  echo "$name $wall $rss $bytes"
}

ours=$(measure pathfinder "$dir/pathfinder.pdf" "$target_dir/release/pathfinder-notices" letters --csv "$dir/patients.csv" \
  --out "$dir/pathfinder.pdf" --practice "$dir/practice.json" --date 2026-02-23)
theirs=$(measure typst "$dir/typst.pdf" "$typst" compile --ignore-system-fonts \
  --font-path /usr/share/fonts/truetype/noto --font-path /usr/share/fonts/opentype/noto "$dir/letters.typ" "$dir/typst.pdf")
echo "$letters letters, $(pdfinfo "$dir/pathfinder.pdf" | awk '/Pages/ {print $2}') pages (pathfinder), $(pdfinfo "$dir/typst.pdf" | awk '/Pages/ {print $2}') pages (Typst)"
printf '%-12s %10s %14s %14s\n' "" "wall s" "peak RSS MB" "bytes MB"
for row in "$ours" "$theirs"; do
  read -r name wall rss bytes <<<"$row"
  awk -v n="$name" -v w="$wall" -v r="$rss" -v b="$bytes" 'BEGIN { printf "%-12s %10.2f %14.1f %14.2f\n", n, w, r/1024, b/1048576 }'
done
read -r _ w1 r1 b1 <<<"$ours"
read -r _ w2 r2 b2 <<<"$theirs"
awk -v w1="$w1" -v w2="$w2" -v r1="$r1" -v r2="$r2" -v b1="$b1" -v b2="$b2" 'BEGIN {
  printf "pathfinder / Typst: time %.3f (goal <= 0.1), memory %.3f (goal <= 0.2), bytes %.3f (goal <= 0.2)\n", w1/w2, r1/r2, b1/b2 }'
