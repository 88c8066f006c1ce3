#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster: a temporary folder, a free port on loopback, an
# unprivileged user, trust authentication. PATHFINDER_TEST_POSTGRES holds its URL; the cluster and its folder are
# removed when the command ends, whatever its outcome.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "with-postgres: PostgreSQL is not installed (scripts/setup.sh installs it)" >&2; exit 1; }

dir=$(mktemp -d /tmp/pathfinder-pg.XXXXXX)
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: use the package's unprivileged system user.
  chown postgres "$dir"
  run_as=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${run_as[@]}" "$bin/initdb" -D "$dir/data" --auth=trust --username=pathfinder --encoding=UTF8 --no-instructions >/dev/null
"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null

export PATHFINDER_TEST_POSTGRES="postgres://pathfinder@127.0.0.1:$port/postgres"
"$@"
