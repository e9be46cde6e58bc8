#!/usr/bin/env bash
# Signal-rules benchmark (docs/performance.md): a release build makes the demo municipality of
# HOUSEHOLDS households, imports ROWS synthetic signals about its people (without the import's own
# evaluation), then runs bench_rules on it. Reference in the same run: sqlite3 reading every
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
