#!/usr/bin/env bash
# Start-up and memory against a bare Tauri window for `make bench`: bench/startup/run.sh (both apps built the same
# way, started alternately under one Xvfb), its per-run lines turned into a table with medians and spreads, and the
# goals of issue 19 (1.2 times the bare window or less, painted page and PSS). Writes the section startup of
# bench/RESULTS.md.
#   bench/startup/bench.sh [--quick]      (10 runs each; 3 with --quick)
set -euo pipefail
source "$(dirname "$0")/../lib.sh" "$@"
runs=${BENCH_STARTUP_RUNS:-10}
[ "$BENCH_QUICK" = 1 ] && runs=${BENCH_STARTUP_RUNS:-3}
log=$(mktemp)
"$bench_root/bench/startup/run.sh" "$runs" | tee "$log"
out=$(mktemp)
python3 - "$log" "$runs" > "$out" <<'PY'
import re, statistics, sys
lines = open(sys.argv[1]).read().splitlines()
runs = int(sys.argv[2])
data = {}
for line in lines:
    m = re.match(r"run\s+(\d+)\s+(\S+)\s+painted\s+(\d+) ms\s+RSS\s+([\d.]+) MiB\s+PSS\s+([\d.]+) MiB", line)
    if m:
        data.setdefault(m.group(2), []).append((float(m.group(3)), float(m.group(4)), float(m.group(5))))
if set(data) != {"bare", "pathfinder"} or any(len(v) != runs for v in data.values()):
    sys.exit(f"startup: expected {runs} runs of bare and pathfinder, got {({k: len(v) for k, v in data.items()})}")
def cell(values, unit, fmt):
    return f"{fmt(statistics.median(values))} {unit} ({fmt(min(values))}–{fmt(max(values))})"
med = {k: [statistics.median(r[i] for r in v) for i in range(3)] for k, v in data.items()}
print(f"`bench/startup/run.sh {runs}`: the bare Tauri window (`bench/startup/bare`, the same Tauri, features and release "
      "profile) and Pathfinder, both built by `tauri build --no-bundle`, started alternately under one Xvfb. Painted: from "
      "exec to the page's mark, two animation frames after its first render. Memory 5 s after launch, the app and every "
      "process it started. Median of the runs, the lowest and highest in brackets.")
print()
print(f"| {runs} runs each | bare window | Pathfinder | ratio of medians | goal | met |")
print("|---|---|---|---|---|---|")
goals = {0: 1.2, 2: 1.2}
for i, (name, unit, fmt) in enumerate([("launch to painted page", "ms", lambda v: f"{v:.0f}"),
                                       ("RSS, app + WebKit processes", "MiB", lambda v: f"{v:.1f}"),
                                       ("PSS, app + WebKit processes", "MiB", lambda v: f"{v:.1f}")]):
    bare = [r[i] for r in data["bare"]]
    ours = [r[i] for r in data["pathfinder"]]
    ratio = med["pathfinder"][i] / med["bare"][i]
    goal = goals.get(i)
    met = "" if goal is None else ("yes" if ratio <= goal else f"**no**: {ratio - goal:.2f} over")
    print(f"| {name} | {cell(bare, unit, fmt)} | {cell(ours, unit, fmt)} | {ratio:.2f} | {'' if goal is None else f'≤ {goal}'} | {met} |")
print()
for line in lines:
    if line.startswith(("release binary:", ".deb:", "UI JavaScript")):
        print(f"- {line}")
PY
bench_publish startup "Start-up and memory against a bare Tauri window (\`make bench-startup\`)" "$out"
rm -f "$log" "$out"
