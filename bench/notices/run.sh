#!/usr/bin/env bash
# Letters side by side: pathfinder-notices, Typst and WeasyPrint make the same personalised letters (a seeded mix of
# the eleven languages, each with its objection form) from the same list, texts and Noto fonts, one after the other
# on this machine, RUNS times alternating (pathfinder, Typst, WeasyPrint, pathfinder, ...); prints wall time, peak
# RSS, bytes and pages of each and the ratios, and a line per measurement, "measured RUN NAME WALL_S RSS_KB BYTES
# PAGES", which bench/notices/bench.sh reads. What the peers print is listed in bench/notices/src/main.rs.
# A failed command, or anything Typst or WeasyPrint prints on standard error (a warning), fails the run. After the
# runs, bench/notices/check.py reads the personal lines of a sample of letters back from every output with
# pdftotext and fails the run if an output's differ from pathfinder's; it prints the line "sample: ...".
# Usage: bench/notices/run.sh [LETTERS] [RUNS] [WEASY_RUNS]
#   (default 10000, 1, and WeasyPrint as many runs as the others; with WEASY_RUNS fewer, WeasyPrint runs only in the
#   first WEASY_RUNS rounds, on the same LETTERS letters. Typst is built once into /var/tmp/typst.)
set -euo pipefail
cd "$(dirname "$0")/../.."
letters=${1:-10000}
runs=${2:-1}
weasy_runs=${3:-$runs}
target_dir="${CARGO_TARGET_DIR:-target}"
typst="${TYPST:-/var/tmp/typst/bin/typst}"
command -v /usr/bin/time >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
command -v weasyprint >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq weasyprint >/dev/null
command -v pdftotext >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
[ -x "$typst" ] || cargo install typst-cli --locked --root /var/tmp/typst
cargo build --release -q -p pathfinder-notices -p pathfinder-notices-bench
dir=target/bench-notices
rm -rf "$dir"
"$target_dir/release/pathfinder-notices-bench" "$dir" "$letters"
fonts=(--font-path /usr/share/fonts/truetype/noto --font-path /usr/share/fonts/opentype/noto)

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

row() {  # a measurement line: name, wall, rss, bytes, pages
  read -r name wall rss bytes pages <<<"$1"
  awk -v n="$name" -v w="$wall" -v r="$rss" -v b="$bytes" -v p="$pages" \
    'BEGIN { printf "%-12s %10.2f %14.1f %14.2f %8d\n", n, w, r/1024, b/1048576, p }'
}

ratio() {  # ours, theirs, the peer's name
  read -r _ w1 r1 b1 _ <<<"$1"
  read -r _ w2 r2 b2 _ <<<"$2"
  awk -v w1="$w1" -v w2="$w2" -v r1="$r1" -v r2="$r2" -v b1="$b1" -v b2="$b2" -v peer="$3" 'BEGIN {
    printf "pathfinder / %s: time %.4f (goal <= 1/25), memory %.4f (goal <= 1/50), bytes %.3f (goal <= 0.15)\n",
      peer, w1/w2, r1/r2, b1/b2 }'
}

for run in $(seq 1 "$runs"); do
  # pathfinder-notices says on standard error which languages of the run are drafts: that is not a warning.
  ours=$(measure pathfinder "$dir/pathfinder.pdf" yes "$target_dir/release/pathfinder-notices" letters --csv "$dir/patients.csv" \
    --out "$dir/pathfinder.pdf" --practice "$dir/practice.json" --date 2026-02-23)
  echo "measured $run $ours"
  typst_row=$(measure typst "$dir/typst.pdf" no "$typst" compile --ignore-system-fonts "${fonts[@]}" "$dir/letters.typ" "$dir/typst.pdf")
  echo "measured $run $typst_row"
  weasy_row=
  if [ "$run" -le "$weasy_runs" ]; then
    weasy_row=$(measure weasyprint "$dir/weasyprint.pdf" no weasyprint "$dir/letters.html" "$dir/weasyprint.pdf")
    echo "measured $run $weasy_row"
  fi
  echo "run $run of $runs: $letters letters"
  printf '%-12s %10s %14s %14s %8s\n' "" "wall s" "peak RSS MB" "bytes MB" "pages"
  rows=("$ours" "$typst_row")
  [ -z "$weasy_row" ] || rows+=("$weasy_row")
  for measured in "${rows[@]}"; do
    row "$measured"
  done
  ratio "$ours" "$typst_row" Typst
  [ -z "$weasy_row" ] || ratio "$ours" "$weasy_row" WeasyPrint
done

# The personal lines of a sample, read back from every output (of the last run of each).
outputs=("$dir/pathfinder.pdf" "$dir/typst.pdf")
[ "$weasy_runs" -ge 1 ] && outputs+=("$dir/weasyprint.pdf")
python3 bench/notices/check.py "$dir" "${outputs[@]}"
