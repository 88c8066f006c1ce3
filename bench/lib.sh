# Shared by the benchmark scripts (sourced, not run): the quick (smoke) mode, where the tables go, the header of
# every table (commit, date, machine), and writing a table into bench/RESULTS.md between its markers.
#
#   --quick, or BENCH_QUICK=1: a smoke run at small scale, to show the benchmark works end to end. Its tables go to
#            /tmp/pathfinder-bench-smoke/RESULTS.md (BENCH_RESULTS to choose), never into bench/RESULTS.md.
#   BENCH_DIR: where the databases go (default /var/tmp/pathfinder-bench; refused on tmpfs, where fsync is free,
#            unless BENCH_ALLOW_TMPFS=1, which marks the table).
#   BENCH_RESULTS: the file the tables are written into (default bench/RESULTS.md, or the smoke file).

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target_dir=$(realpath -m "${CARGO_TARGET_DIR:-$bench_root/target}")
export CARGO_TARGET_DIR="$target_dir"
BENCH_DIR=${BENCH_DIR:-/var/tmp/pathfinder-bench}
BENCH_QUICK=${BENCH_QUICK:-0}
bench_args=()
for arg in "$@"; do
  case "$arg" in
    --quick) BENCH_QUICK=1 ;;
    *) bench_args+=("$arg") ;;
  esac
done
if [ "$BENCH_QUICK" = 1 ]; then
  BENCH_RESULTS=${BENCH_RESULTS:-/tmp/pathfinder-bench-smoke/RESULTS.md}
  BENCH_DIR=${BENCH_DIR%/}-smoke
else
  BENCH_RESULTS=${BENCH_RESULTS:-$bench_root/bench/RESULTS.md}
fi
if [ "$BENCH_QUICK" = 1 ] && [ "$(realpath -m "$BENCH_RESULTS")" = "$bench_root/bench/RESULTS.md" ]; then
  echo "bench: a --quick (smoke) run does not write into bench/RESULTS.md" >&2
  exit 2
fi
mkdir -p "$BENCH_DIR" "$(dirname "$BENCH_RESULTS")"
bench_tmpfs_flag=()
[ "${BENCH_ALLOW_TMPFS:-0}" = 1 ] && bench_tmpfs_flag=(--allow-tmpfs)

# The commit the figures are for: "+dirty" when the tree has changes or files git does not ignore (the figures are
# then for that tree, not the commit). bench/RESULTS.md is left out: `make bench` writes each table into it as it
# goes, and the benchmarks after the first are of the same commit.
bench_commit() {
  local commit
  commit=$(git -C "$bench_root" rev-parse --short HEAD 2>/dev/null || echo "no-git")
  if [ -n "$(git -C "$bench_root" --no-optional-locks status --porcelain -- . ':!bench/RESULTS.md' 2>/dev/null)" ]; then
    commit="$commit+dirty"
  fi
  echo "$commit"
}

# A benchmark waits up to BENCH_SETTLE seconds (default 120; none for a smoke run) for the machine to quieten
# (the load average under half the cores): the one before it, or a build, still counts in the load average a while.
bench_quiet() {
  awk -v load="$(cut -d' ' -f1 /proc/loadavg)" -v cores="$(nproc)" 'BEGIN { exit !(load <= cores / 2) }'
}
if [ "$BENCH_QUICK" != 1 ]; then
  for _ in $(seq 1 "${BENCH_SETTLE:-120}"); do
    bench_quiet && break
    sleep 1
  done
fi

# When the benchmark began, the commit then (it is built from that tree), and how busy the machine was: taken as
# this file is sourced.
bench_began=$(date -u '+%Y-%m-%d %H:%M UTC')
bench_began_load=$(cut -d' ' -f1-3 /proc/loadavg)
bench_began_commit=$(bench_commit)

# One line: the commit, the date, the machine, and how busy it was when the benchmark began.
bench_header() {
  local cores memory cpu kernel
  cores=$(nproc)
  memory=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
  kernel=$(uname -r)
  echo "Commit \`$bench_began_commit\`, began $bench_began; machine: $cores cores (${cpu:-unknown CPU}), $memory memory, Linux $kernel; load average $bench_began_load when it began."
  if awk -v load="${bench_began_load%% *}" -v cores="$cores" 'BEGIN { exit !(load > cores / 2) }'; then
    echo
    echo "**The machine was busy when this began (load average ${bench_began_load%% *} on $cores cores): these figures understate it.**"
  fi
  if [ "$BENCH_QUICK" = 1 ]; then
    echo
    echo "**SMOKE RUN (--quick): a small scale, to show the benchmark works end to end. These are not results.**"
  fi
}

# bench_publish NAME TITLE FILE: the section NAME of the results file becomes TITLE, the header and FILE's text,
# between <!-- bench:NAME --> and <!-- /bench:NAME -->; the rest of the file is kept as it is. A section not there
# yet is added at the end.
bench_publish() {
  local name=$1 title=$2 file=$3 section
  section=$(mktemp)
  {
    echo "### $title"
    echo
    bench_header
    echo
    cat "$file"
  } > "$section"
  python3 - "$BENCH_RESULTS" "$name" "$section" <<'EOF'
import pathlib, sys
results, name, section = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3]).read_text().rstrip("\n")
start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
text = results.read_text() if results.exists() else "# Benchmark results (smoke runs)\n"
block = f"{start}\n{section}\n{end}"
if start in text and end in text:
    before, rest = text.split(start, 1)
    _, after = rest.split(end, 1)
    text = before + block + after
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
results.write_text(text)
EOF
  rm -f "$section"
  echo "bench: the table for $name is in $BENCH_RESULTS"
}

# Builds the hub and its load generator in release.
bench_build_hub() {
  (cd "$bench_root" && cargo build --release -q -p pathfinder-hub -p pathfinder-hub-load)
}

# The scale: full by default, small with --quick. Each can be set from the environment.
if [ "$BENCH_QUICK" = 1 ]; then
  BENCH_PRACTICES=${BENCH_PRACTICES:-300}
  BENCH_DAYS=${BENCH_DAYS:-30}
  BENCH_SECONDS=${BENCH_SECONDS:-2}
  BENCH_RUNS=${BENCH_RUNS:-3}
  BENCH_REQUESTS=${BENCH_REQUESTS:-6}
  BENCH_BUDGET=${BENCH_BUDGET:-5}
else
  BENCH_PRACTICES=${BENCH_PRACTICES:-8000}
  BENCH_DAYS=${BENCH_DAYS:-365}
  BENCH_SECONDS=${BENCH_SECONDS:-10}
  BENCH_RUNS=${BENCH_RUNS:-3}
  BENCH_REQUESTS=${BENCH_REQUESTS:-60}
  BENCH_BUDGET=${BENCH_BUDGET:-60}
fi
BENCH_CLIENTS=${BENCH_CLIENTS:-32}

# The load generator's options for the scale above.
bench_load_args() {
  echo --hub "$target_dir/release/pathfinder-hub" --dir "$BENCH_DIR" --practices "$BENCH_PRACTICES" \
    --days "$BENCH_DAYS" --runs "$BENCH_RUNS" --seconds "$BENCH_SECONDS" --clients "$BENCH_CLIENTS" \
    --requests "$BENCH_REQUESTS" --budget "$BENCH_BUDGET" "${bench_tmpfs_flag[@]}"
}

# PostgreSQL's server, installed when missing (scripts/setup.sh installs it too).
bench_need_postgres() {
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    echo "bench: installing PostgreSQL"
    local as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
}
