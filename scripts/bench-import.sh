#!/usr/bin/env bash
# Whole-import benchmark (docs/performance.md): a release build makes the demo municipality of
# HOUSEHOLDS households with a synthetic signal file of ROWS rows, then times
# `vangnet-cli import signals` of that file into a copy of the database (reading, validating,
# matching, duplicate checks, inserts, one transaction), and `sqlite3 .import` of the same file
# into a plain table as the reference, in the same run.
#
#   scripts/bench-import.sh [ROWS] [HOUSEHOLDS]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
households="${2:-100000}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" VANGNET_PASSWORD=demo

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=OFF >/dev/null
ninja -C "$build" vangnet-cli >/dev/null
cli="$build/src/cli/vangnet-cli"

echo "== $rows signal rows into $households households, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
"$cli" demo --db "$work/base.sqlite" --households "$households" --signals-csv "$work/signals.csv" --rows "$rows" >/dev/null
echo "file: $(du -h "$work/signals.csv" | cut -f1)"

cp "$work/base.sqlite" "$work/import.sqlite"
/usr/bin/time -f "import: %e s wall, peak RSS %M KiB" "$cli" --db "$work/import.sqlite" --user consulent \
  import signals "$work/signals.csv" --json >"$work/summary.json"
tr -d ' \n' <"$work/summary.json" | sed 's/,"rejects":\[[^]]*\]//'; echo

start=$(date +%s%N)
sqlite3 "$work/ref.sqlite" <<SQL
.mode csv
.separator ;
.import $work/signals.csv signals
SQL
echo "reference: sqlite3 .import into a plain table: $(( ($(date +%s%N) - start) / 1000000 )) ms"
