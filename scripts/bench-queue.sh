#!/usr/bin/env bash
# Work-queue benchmark (docs/performance.md, "Work queue"): a release build makes the demo
# municipality of HOUSEHOLDS households, imports ROWS synthetic signals about its people (without
# the import's own evaluation), evaluates the rules as the team lead, then times the team lead's
# work queue with bench_queue: the first page from the head, the whole index, a page of rows,
# each filter change, and the peak memory. Reference in the same run: the sqlite3 tool running
# the queue's main statement (the team's lines with their cases) on the same file.
#
#   scripts/bench-queue.sh [HOUSEHOLDS] [ROWS] [REPEAT]
#   VANGNET_BENCH_SOURCE=/work/city/city.sqlite scripts/bench-queue.sh   # a copy of a prepared database
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
households="${1:-200000}"
rows="${2:-1000000}"
repeat="${3:-5}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" VANGNET_PASSWORD=demo

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=OFF -DVANGNET_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" vangnet-cli bench_queue >/dev/null
cli="$build/src/cli/vangnet-cli"

db="$work/db.sqlite"
echo "== work queue: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
if [ -n "${VANGNET_BENCH_SOURCE:-}" ]; then
  cp "$VANGNET_BENCH_SOURCE" "$db" # the source stays as it is (opening migrates the copy)
else
  "$root/scripts/bench-city-db.sh" "$cli" "$db" "$households" "$rows" --evaluated
fi
team=$(sqlite3 "$db" "SELECT team_id FROM users WHERE username = 'teamleider'")
echo "$(sqlite3 "$db" "SELECT (SELECT COUNT(*) FROM households) || ' households (' || (SELECT COUNT(*) FROM households WHERE team_id = $team) || ' of the team), ' || (SELECT COUNT(*) FROM signals) || ' signals, ' || (SELECT COUNT(*) FROM flags WHERE resolved_on IS NULL) || ' open flags, ' || (SELECT COUNT(*) FROM cases) || ' cases'")"

"$build/tests/bench/bench_queue" --db "$db" --repeat "$repeat"

# The queue's main statement as WorkQueue::index() sends it (households, wijk, priority, open case).
main_sql="SELECT h.id, a.wijk, h.priority_rank, c.id, c.assignee_id, c.opened_on, c.decision_on FROM households h
JOIN addresses a ON a.id = h.address_id LEFT JOIN cases c ON c.household_id = h.id AND c.status <> 'afgesloten'
WHERE h.team_id = $team AND (h.priority_rank > 0 OR EXISTS (SELECT 1 FROM cases oc WHERE oc.household_id = h.id
AND oc.status <> 'afgesloten') OR EXISTS (SELECT 1 FROM signals ns WHERE ns.household_id = h.id AND ns.status = 'nieuw')
OR EXISTS (SELECT 1 FROM discharge_notices nd WHERE nd.household_id = h.id AND nd.status = 'nieuw'
AND nd.lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken')))"
signals_sql="SELECT s.household_id, s.signal_date, s.crisis FROM signals s WHERE s.status IN ('nieuw', 'in_behandeling')
AND +s.household_id IN (SELECT h.id FROM households h WHERE h.team_id = $team)"
for what in main signals; do
  sql_var="${what}_sql"
  runs=()
  for _ in $(seq "$repeat"); do
    start=$(date +%s%N)
    sqlite3 "$db" "${!sql_var}" >/dev/null
    runs+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  echo "reference: sqlite3, the queue's $what statement: runs ${runs[*]} ms (median $(printf '%s\n' "${runs[@]}" | sort -n | sed -n "$(( (repeat + 1) / 2 ))p") ms)"
done
