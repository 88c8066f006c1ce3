#!/usr/bin/env bash
# Serves the hub on a throwaway SQLite database holding a small region, for the dashboard's browser tests:
# five practices in two CCGs, a national and a regional user, and reports from four practices: three from apps
# that send version 2 of the submission (forms, searches, forecast), one from an app not yet updated (version 1).
# Usage: dashboard-fixture.sh PORT
set -euo pipefail
port=$1
hub="${PATHFINDER_HUB_BIN:-$(dirname "$0")/../target/debug/pathfinder-hub}"
dir=$(mktemp -d /tmp/pathfinder-dashboard.XXXXXX)
trap 'rm -rf "$dir"' EXIT
export PATHFINDER_HUB_DATABASE="sqlite://$dir/hub.sqlite3"
examples="$(dirname "$0")/../crates/protocol/examples"

cat > "$dir/practices.csv" <<'CSV'
ods_code,name,ccg
B82005,Riverside Surgery,02V
B82010,"Hill, Dale and Partners",02V
B82020,Moortown Medical Centre,02V
L85001,Quantock Practice,11X
L85002,Levels Health Centre,11X
CSV
"$hub" practices import "$dir/practices.csv" >/dev/null
echo "correct horse battery" | "$hub" users add --email national@nhs.net --role national >/dev/null
echo "quantock hills 2015" | "$hub" users add --email somerset@nhs.net --role regional --ccg 11X >/dev/null
"$hub" window set --ccg 02V --start 2026-03-02 --weeks 6 >/dev/null

"$hub" serve --listen "127.0.0.1:$port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

# Four practices report: one at risk, one ready, one in progress (version 1), one on track. The hub works each
# level out from the tasks on its own date, so each report's tasks are made to give it: the example's as they are
# (due early in 2026, not done, a team over capacity) for at risk; every task done for ready; the rest due in two
# months, with no blocker.
report() {
  local ods=$1 level=$2 id=$3 version=$4
  local code token
  code=$("$hub" enrol-code --ods "$ods")
  token=$(curl -fsS -X POST "http://127.0.0.1:$port/api/v1/enrol" -H 'content-type: application/json' \
    -d "{\"odsCode\":\"$ods\",\"code\":\"$code\"}" | sed 's/.*"token":"\([0-9a-f]*\)".*/\1/')
  node -e '
    const [file, ods, level, id] = process.argv.slice(1);
    const report = JSON.parse(require("fs").readFileSync(file, "utf8"));
    Object.assign(report, { odsCode: ods, submissionId: id });
    if (level !== "at-risk") {
      report.readiness = { level, blockers: [] };
      const later = new Date(Date.now() + 60 * 86400e3).toISOString().slice(0, 10);
      for (const task of report.tasks) {
        task.due = later;
        if (level === "ready" && task.status !== "not-applicable") task.status = "completed";
      }
    }
    process.stdout.write(JSON.stringify(report));
  ' "$examples/submission-v$version.json" "$ods" "$level" "$id" |
    curl -fsS -X POST "http://127.0.0.1:$port/api/v1/submissions" -H "authorization: Bearer $token" \
      -H 'content-type: application/json' --data-binary @- >/dev/null
}
report B82005 at-risk 0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d41 2
report B82010 ready 0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d42 2
report L85001 in-progress 0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d43 1
report L85002 on-track 0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d44 2
wait $server
