#!/usr/bin/env bash
# Weekly-dashboard benchmark (docs/performance.md, "Weekly dashboard"): a release build makes the
# demo municipality of HOUSEHOLDS households after its year of work (--workday: flags, cases,
# contact attempts, closings), imports ROWS more synthetic signals about its people (without the
# import's own evaluation), and times the team lead's dashboard of the last complete week with
# bench_dashboard. Reference in the same run: the sqlite3 tool running the same aggregation
# statements (bench_dashboard --sql-out writes them, values filled in).
#
# A municipality at work closes signals when their case closes: as in scripts/bench-rules.sh, the
# signals more than 90 days older than the newest imported one are closed before timing (the
# synthetic file closes none, which no team's queue would look like).
#
#   scripts/bench-dashboard.sh [HOUSEHOLDS] [ROWS] [REPEAT]
#   VANGNET_BENCH_DB=/tmp/dashboard.sqlite scripts/bench-dashboard.sh   # keep the database (made once, reused)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
households="${1:-100000}"
rows="${2:-1000000}"
repeat="${3:-5}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" VANGNET_PASSWORD=demo

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=OFF -DVANGNET_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" vangnet-cli bench_dashboard >/dev/null
cli="$build/src/cli/vangnet-cli"

db="${VANGNET_BENCH_DB:-$work/db.sqlite}"
echo "== weekly dashboard: $households households (--workday), $rows more signals, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
if [ ! -s "$db" ]; then
  start=$(date +%s)
  "$cli" demo --db "$db" --households "$households" --workday --signals-csv "$work/signals.csv" --rows "$rows" >/dev/null
  "$cli" --db "$db" --user consulent import signals "$work/signals.csv" --skip-rules >/dev/null
  sqlite3 "$db" "UPDATE signals SET status = 'afgesloten' WHERE signal_date < (SELECT date(MAX(signal_date), '-90 days') FROM signals WHERE batch_id IS NOT NULL)"
  echo "made in $(( $(date +%s) - start )) s"
fi
echo "$(sqlite3 "$db" "SELECT (SELECT COUNT(*) FROM households) || ' households, ' || (SELECT COUNT(*) FROM signals) || ' signals (' || (SELECT COUNT(*) FROM signals WHERE status <> 'afgesloten') || ' open), ' || (SELECT COUNT(*) FROM flags) || ' flags, ' || (SELECT COUNT(*) FROM cases) || ' cases, ' || (SELECT COUNT(*) FROM contact_attempts) || ' contact attempts'")"

"$build/tests/bench/bench_dashboard" --db "$db" --repeat "$repeat" --sql-out "$work/dashboard.sql"

runs=()
for _ in $(seq "$repeat"); do
  start=$(date +%s%N)
  sqlite3 "$db" <"$work/dashboard.sql" >/dev/null
  runs+=($(( ($(date +%s%N) - start) / 1000000 )))
done
echo "reference: sqlite3 running the same $(grep -c ';$' "$work/dashboard.sql") aggregation statements: runs ${runs[*]} ms (median $(printf '%s\n' "${runs[@]}" | sort -n | sed -n "$(( (repeat + 1) / 2 ))p") ms)"
