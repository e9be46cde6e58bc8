#!/usr/bin/env bash
# Signal-rules benchmark (docs/performance.md): a release build makes the demo municipality of
# HOUSEHOLDS households, imports ROWS synthetic signals about its people (without the import's own
# evaluation), then runs bench_rules on it; then the same for a large city (scripts/bench-city-db.sh)
# with whole `rules evaluate` processes timed. Reference in the same run: sqlite3 reading every
# signal of the same file grouped by household (the floor for reading the facts).
#
#   scripts/bench-rules.sh [ROWS] [HOUSEHOLDS] [REPEAT]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
households="${2:-100000}"
repeat="${3:-5}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" VANGNET_PASSWORD=demo

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=OFF -DVANGNET_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" vangnet-cli bench_rules >/dev/null
cli="$build/src/cli/vangnet-cli"

echo "== signal rules: $rows signals, $households households, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
"$cli" demo --db "$work/db.sqlite" --households "$households" --signals-csv "$work/signals.csv" --rows "$rows" >/dev/null
"$cli" --db "$work/db.sqlite" --user consulent import signals "$work/signals.csv" --skip-rules >/dev/null
"$build/tests/bench/bench_rules" --db "$work/db.sqlite" --repeat "$repeat"

# The same municipality once its caseworkers have handled what came in: a signal is closed when its
# case closes (docs/cases.md), so in a working municipality the signals more than three months
# older than the newest imported one are closed. The synthetic file closes none, and the default rules count open
# arrears whatever their age (meerdere_achterstanden), so the run above is the worst case.
sqlite3 "$work/db.sqlite" "UPDATE signals SET status = 'afgesloten' WHERE signal_date < (SELECT date(MAX(signal_date), '-90 days') FROM signals WHERE batch_id IS NOT NULL)"
echo "== the same, signals more than 90 days older than the newest imported closed (handled): $(sqlite3 "$work/db.sqlite" "SELECT COUNT(*) FROM signals WHERE status <> 'afgesloten'") open"
"$build/tests/bench/bench_rules" --db "$work/db.sqlite" --repeat "$repeat"

start=$(date +%s%N)
sqlite3 "$work/db.sqlite" "SELECT household_id, COUNT(*), SUM(amount_cents), MAX(signal_date) FROM signals GROUP BY household_id" >/dev/null
echo "reference: sqlite3 reading every signal grouped by household: $(( ($(date +%s%N) - start) / 1000000 )) ms"

# A large city (docs/performance.md, "A large city"): 200,000 households, 1,000,000 signals, most
# households stacked. Whole `vangnet-cli rules evaluate` processes, as the nightly job runs them:
# wall time and peak memory (GNU time), medians of REPEAT runs. Reference in the same run: sqlite3
# reading every signal grouped by household on the same file.
city="$work/city.sqlite"
"$root/scripts/bench-city-db.sh" "$cli" "$city" "${VANGNET_CITY_HOUSEHOLDS:-200000}" "${VANGNET_CITY_ROWS:-1000000}"
timed() { # LABEL RUNS COMMAND…: median wall seconds and the highest peak memory of the runs
  local label="$1" runs="$2"; shift 2
  local walls=() peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
    read -r wall kb < "$work/time"
    walls+=("$wall"); [ "$kb" -gt "$peak" ] && peak="$kb"
  done
  printf '%-58s median %6.2f s   peak %5d MB   runs: %s\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')" \
    "$((peak / 1024))" "${walls[*]}"
}
echo "== a large city: $(sqlite3 "$city" "SELECT (SELECT COUNT(*) FROM households) || ' households, ' || (SELECT COUNT(*) FROM signals) || ' signals'")"
timed "rules evaluate, first time (every flag raised)" 1 "$cli" --db "$city" --user teamleider rules evaluate
echo "   $(sqlite3 "$city" "SELECT COUNT(*) || ' open flags on ' || COUNT(DISTINCT household_id) || ' households' FROM flags WHERE resolved_on IS NULL")"
timed "rules evaluate, nightly (nothing changed)" "$repeat" "$cli" --db "$city" --user teamleider rules evaluate
timed "rules evaluate --json (every flag streamed out)" "$repeat" "$cli" --db "$city" --user teamleider rules evaluate --json
timed "reference: sqlite3 reading every signal grouped by household" "$repeat" \
  sqlite3 "$city" "SELECT household_id, COUNT(*), SUM(amount_cents), MAX(signal_date) FROM signals GROUP BY household_id"
"$build/tests/bench/bench_rules" --db "$city" --repeat 1 | grep "one household"
