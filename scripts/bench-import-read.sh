#!/usr/bin/env bash
# Signal-reader benchmark (docs/performance.md): builds a release build with the benchmarks,
# writes ROWS synthetic signals in the default CSV profile, times reading and validating them
# with SignalFileReader, then times `sqlite3 .import` of the same file into a plain table as the
# reference the import target is stated against.
#
#   scripts/bench-import-read.sh [ROWS] [REPEAT]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
repeat="${2:-5}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" bench_import_read >/dev/null

echo "== vangnet bench_import_read: $rows rows, $repeat runs, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
"$build/tests/bench/bench_import_read" --dir "$work" --rows "$rows" --repeat "$repeat"

csv="$work/signals.csv"
echo "== reference: sqlite3 $(sqlite3 --version | cut -d' ' -f1) .import of the same file into a plain table (median of $repeat)"
runs=()
for _ in $(seq "$repeat"); do
  rm -f "$work/ref.sqlite"
  start=$(date +%s%N)
  sqlite3 "$work/ref.sqlite" <<SQL
.mode csv
.separator ;
.import $csv signals
SQL
  runs+=("$(( ($(date +%s%N) - start) / 1000000 ))")
done
printf '%-38s median %9s ms   runs: %s\n' "sqlite3 .import" \
  "$(printf '%s\n' "${runs[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m}')" \
  "$(IFS=,; echo "${runs[*]}")"
