#!/usr/bin/env bash
# Letters against Typst and WeasyPrint for `make bench`: bench/notices/run.sh with 10,000 letters, pathfinder-notices
# and Typst alternating 3 times, then all three once on 1,000 letters (WeasyPrint cannot make 10,000 here: see
# below); each table has each one's median and spread (lowest–highest), the page counts, the ratios
# against the goals of issue 19 (1/25 of the time, 1/50 of the peak memory, 15 % of the bytes) against each peer,
# and the result of the sample check (personal lines read back with pdftotext). Writes the section notices of
# bench/RESULTS.md.
#   bench/notices/bench.sh [--quick]      (200 letters with --quick, WeasyPrint once)
#   BENCH_LETTERS, BENCH_RUNS (3), BENCH_WEASY_RUNS (WeasyPrint's runs on BENCH_LETTERS: 0, and the table says so),
#   BENCH_WEASY_LETTERS (1,000: the letters of the run of all three; 0 for none)
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/../lib.sh" "$@"
letters=${BENCH_LETTERS:-10000}
[ "$BENCH_QUICK" = 1 ] && letters=${BENCH_LETTERS:-200}
runs=${BENCH_RUNS:-3}
# WeasyPrint cannot make 10,000 letters on this machine (1,000 took 446 s and 3.8 GB; 10,000 would need some 35 GB,
# more than the machine has), so the full run leaves it out of the 10,000 and measures all three once more, side by
# side, on BENCH_WEASY_LETTERS (1,000) letters. A smoke run has WeasyPrint in its one small run.
weasy_runs=${BENCH_WEASY_RUNS:-0}
weasy_letters=${BENCH_WEASY_LETTERS:-1000}
if [ "$BENCH_QUICK" = 1 ]; then
  weasy_runs=${BENCH_WEASY_RUNS:-1}
  weasy_letters=0
fi
out=$(mktemp)

# table LOG LETTERS RUNS WEASY_RUNS: the markdown table of one run.sh log.
table() {
python3 - "$@" <<'PY'
import statistics, sys
lines = open(sys.argv[1]).read().splitlines()
letters, runs, weasy_runs = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
data = {}
sample = [line for line in lines if line.startswith("sample: ")]
for line in lines:
    parts = line.split()
    if len(parts) == 7 and parts[0] == "measured":
        _, run, name, wall, rss, size, pages = parts
        data.setdefault(name, []).append((float(wall), float(rss) / 1024, float(size) / 1e6, int(pages)))
expected = {"pathfinder": runs, "typst": runs, "weasyprint": weasy_runs}
if {k: len(v) for k, v in data.items()} != {k: n for k, n in expected.items() if n} or len(sample) != 1:
    sys.exit(f"notices: expected {expected} runs and a sample line, got {({k: len(v) for k, v in data.items()})}")
def cell(values, fmt, unit):
    return f"{fmt(statistics.median(values))} {unit} ({fmt(min(values))}–{fmt(max(values))})"
peers = [(name, label) for name, label in [("typst", "Typst"), ("weasyprint", "WeasyPrint")] if name in data]
print(f"`bench/notices/run.sh {letters} {runs} {weasy_runs}`: a seeded list of {letters:,} people (half English speakers, "
      "the rest over the ten other languages, 5 % large print), the same letters made by `pathfinder-notices letters`, "
      "by Typst (`bench/notices/src/letters.typ`) and by WeasyPrint (`letters.html`, written by "
      "`bench/notices/src/main.rs`), carrying the same lines (letterhead, address, date, greeting, body, closing, a "
      "draft's note and English letter, the objection form with the name written in, its address, on-behalf and "
      "practice-use lines) from the same Fluent texts and Noto fonts, right to left in Arabic and Urdu, large print "
      "where asked; alternating, each under `/usr/bin/time -v`; any failure, or anything Typst or WeasyPrint prints "
      "on standard error, fails the run. Median, lowest–highest in brackets.")
if weasy_runs == 0:
    print()
    print(f"**WeasyPrint is left out of the {letters:,} letters: it cannot make them on this machine (1,000 took 446 s "
          "and 3.8 GB of memory; 10,000 would need some 35 GB, more than the machine has). All three are measured "
          "side by side on fewer letters below.**")
elif weasy_runs < runs:
    print()
    print(f"**WeasyPrint ran {weasy_runs} time{'s' if weasy_runs != 1 else ''} only (the others {runs}), on the same "
          f"{letters:,} letters: it is too slow to run more often here. Its median is of those runs.**")
print()
print(f"| {letters:,} letters | runs | wall time | peak RSS | file | pages |")
print("|---|---|---|---|---|---|")
for name, label in [("pathfinder", "pathfinder-notices")] + peers:
    v = data[name]
    pages = sorted({r[3] for r in v})
    print(f"| {label} | {len(v)} | {cell([r[0] for r in v], lambda x: f'{x:.2f}', 's')} "
          f"| {cell([r[1] for r in v], lambda x: f'{x:,.1f}', 'MB')} "
          f"| {cell([r[2] for r in v], lambda x: f'{x:.1f}', 'MB')} | {', '.join(f'{p:,}' for p in pages)} |")
med = {k: [statistics.median(r[i] for r in v) for i in range(3)] for k, v in data.items()}
goals = [1 / 25, 1 / 50, 0.15]
def verdict(r, g):
    return "yes" if r <= g else f"**no**: {r / g:.1f}× the goal"
for name, label in peers:
    ratios = [med["pathfinder"][i] / med[name][i] for i in range(3)]
    print(f"| ratio vs {label} (goal) | | {ratios[0]:.4f} (≤ {goals[0]:.3f}) | {ratios[1]:.4f} (≤ {goals[1]:.3f}) "
          f"| {ratios[2]:.3f} (≤ {goals[2]:.2f}) | |")
    print(f"| met vs {label} | | {verdict(ratios[0], goals[0])} | {verdict(ratios[1], goals[1])} "
          f"| {verdict(ratios[2], goals[2])} | |")
print()
pages = {name: sorted({r[3] for r in v}) for name, v in data.items()}
if len({tuple(p) for p in pages.values()}) > 1:
    labels = {"pathfinder": "pathfinder-notices", "typst": "Typst", "weasyprint": "WeasyPrint"}
    print("The page counts differ: " + ", ".join(f"{labels[name]} {', '.join(f'{p:,}' for p in ps)}" for name, ps in pages.items())
          + " (the same lines, laid out by each; each letter starts a new sheet, as pathfinder prints double-sided).")
    print()
print(f"Sample check (`bench/notices/check.py`, personal lines read back with pdftotext from every output): "
      f"{sample[0].removeprefix('sample: ')}.")
PY
}

log=$(mktemp)
"$bench_root/bench/notices/run.sh" "$letters" "$runs" "$weasy_runs" | tee "$log"
table "$log" "$letters" "$runs" "$weasy_runs" > "$out"
if [ "$weasy_letters" -gt 0 ]; then
  "$bench_root/bench/notices/run.sh" "$weasy_letters" 1 1 | tee "$log"
  {
    echo
    echo "#### All three on $weasy_letters letters, once each"
    echo
    table "$log" "$weasy_letters" 1 1
  } >> "$out"
fi
bench_publish notices "Letters against Typst and WeasyPrint (\`make bench-notices\`)" "$out"
rm -f "$log" "$out"
