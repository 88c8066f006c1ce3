#!/usr/bin/env bash
# Letters against Typst for `make bench`: bench/notices/run.sh with 10,000 letters, pathfinder-notices and Typst
# alternating 3 times; the table has each side's median and spread (lowest–highest), the page counts, and the
# ratios against the goals of issue 19 (1/25 of the time, 1/50 of the peak memory, 15 % of the bytes). Writes the
# section notices of bench/RESULTS.md.
#   bench/notices/bench.sh [--quick]      (200 letters with --quick)
set -euo pipefail
source "$(dirname "$0")/../lib.sh" "$@"
letters=${BENCH_LETTERS:-10000}
[ "$BENCH_QUICK" = 1 ] && letters=${BENCH_LETTERS:-200}
runs=${BENCH_RUNS:-3}
log=$(mktemp)
"$bench_root/bench/notices/run.sh" "$letters" "$runs" | tee "$log"
out=$(mktemp)
python3 - "$log" "$letters" "$runs" > "$out" <<'PY'
import statistics, sys
lines = open(sys.argv[1]).read().splitlines()
letters, runs = int(sys.argv[2]), int(sys.argv[3])
data = {}
for line in lines:
    parts = line.split()
    if len(parts) == 7 and parts[0] == "measured":
        _, run, name, wall, rss, size, pages = parts
        data.setdefault(name, []).append((float(wall), float(rss) / 1024, float(size) / 1e6, int(pages)))
if set(data) != {"pathfinder", "typst"} or any(len(v) != runs for v in data.values()):
    sys.exit(f"notices: expected {runs} runs of pathfinder and typst, got {({k: len(v) for k, v in data.items()})}")
def cell(values, fmt, unit):
    return f"{fmt(statistics.median(values))} {unit} ({fmt(min(values))}–{fmt(max(values))})"
print(f"`bench/notices/run.sh {letters} {runs}`: a seeded list of {letters:,} people (half English speakers, the rest over "
      "the ten other languages, 5 % large print), the same letters made by `pathfinder-notices letters` and by Typst "
      "(`bench/notices/src/letters.typ`) from the same texts and Noto fonts, alternating, each under `/usr/bin/time -v`; "
      "any failure, or anything Typst prints on standard error, fails the run. Median, lowest–highest in brackets.")
print()
print(f"| {letters:,} letters | wall time | peak RSS | file | pages |")
print("|---|---|---|---|---|")
for name, label in [("pathfinder", "pathfinder-notices"), ("typst", "Typst")]:
    v = data[name]
    pages = sorted({r[3] for r in v})
    print(f"| {label} | {cell([r[0] for r in v], lambda x: f'{x:.2f}', 's')} | {cell([r[1] for r in v], lambda x: f'{x:,.1f}', 'MB')} "
          f"| {cell([r[2] for r in v], lambda x: f'{x:.1f}', 'MB')} | {', '.join(f'{p:,}' for p in pages)} |")
med = {k: [statistics.median(r[i] for r in v) for i in range(3)] for k, v in data.items()}
ratios = [med["pathfinder"][i] / med["typst"][i] for i in range(3)]
goals = [1 / 25, 1 / 50, 0.15]
def verdict(r, g):
    return "yes" if r <= g else f"**no**: {r / g:.1f}× the goal"
print(f"| ratio (goal) | {ratios[0]:.3f} (≤ {goals[0]:.3f}) | {ratios[1]:.4f} (≤ {goals[1]:.3f}) | {ratios[2]:.3f} (≤ {goals[2]:.2f}) | |")
print(f"| met | {verdict(ratios[0], goals[0])} | {verdict(ratios[1], goals[1])} | {verdict(ratios[2], goals[2])} | |")
print()
print("Not yet checked here (issue 19, item 2): that the Typst document carries exactly what pathfinder prints, the "
      "personal lines of a sample read back with pdftotext from both, and WeasyPrint as a second peer.")
PY
bench_publish notices "Letters against Typst (\`make bench-notices\`)" "$out"
rm -f "$log" "$out"
