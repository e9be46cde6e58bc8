#!/usr/bin/env bash
# The application on a large city (docs/performance.md, "The application at city scale"): a
# release build makes the city-scale database (scripts/bench-city-db.sh, flags evaluated), then
# bench_startup runs the real main window offscreen as the team lead, REPEAT times on fresh copies:
# from the accepted login until the window is shown and answers events, until the work queue is
# filled, and the longest the GUI thread was kept from its events meanwhile.
#
#   scripts/bench-startup.sh [HOUSEHOLDS] [ROWS] [REPEAT]
#   VANGNET_BENCH_SOURCE=/tmp/city.sqlite scripts/bench-startup.sh   # a copy of a prepared database
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
households="${1:-200000}"
rows="${2:-1000000}"
repeat="${3:-3}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" VANGNET_PASSWORD=demo QT_QPA_PLATFORM=offscreen

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=ON -DVANGNET_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" vangnet-cli bench_startup >/dev/null
cli="$build/src/cli/vangnet-cli"

source="${VANGNET_BENCH_SOURCE:-$work/city.sqlite}"
[ -f "$source" ] || "$root/scripts/bench-city-db.sh" "$cli" "$source" "$households" "$rows" --evaluated
echo "== the application at city scale: $(sqlite3 "$source" "SELECT (SELECT COUNT(*) FROM households) || ' households, ' || (SELECT COUNT(*) FROM signals) || ' signals, ' || (SELECT COUNT(*) FROM flags WHERE resolved_on IS NULL) || ' open flags'"), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
for run in $(seq "$repeat"); do
  cp "$source" "$work/run.sqlite" # the window's daily evaluation and audit rows change the file
  echo "-- run $run"
  "$build/tests/bench/bench_startup" --db "$work/run.sqlite" --user teamleider --wait 60 2>/dev/null
done
