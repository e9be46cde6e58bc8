#!/usr/bin/env bash
# Planner-on-the-database benchmark (docs/performance.md, "Planner"): a release build
#  1. builds a proposal from made-up inputs in memory at the reference size (CANDIDATES households
#     with a need and a flag, PLACES places): eligibility of every pair, the instance, the solve
#     and the explanations (bench_plans --synthetic);
#  2. makes the demo municipality of HOUSEHOLDS households after its first working day (flags),
#     adds DEMO_PLACES places and a need for every other flagged household (bench_plans --furnish),
#     and times the team lead's PlanService::propose on it, reading included, then the same run
#     through `vangnet-cli plan --json` (its run_seconds).
#
#   scripts/bench-plans.sh [CANDIDATES] [PLACES] [HOUSEHOLDS] [DEMO_PLACES] [REPEAT]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
candidates="${1:-10000}"
places="${2:-2000}"
households="${3:-100000}"
demoPlaces="${4:-300}"
repeat="${5:-3}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" VANGNET_PASSWORD=demo

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=OFF -DVANGNET_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" vangnet-cli bench_plans >/dev/null
cli="$build/src/cli/vangnet-cli"
bench="$build/tests/bench/bench_plans"

echo "== plan proposal: $candidates candidates x $places places in memory, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
"$bench" --synthetic --candidates "$candidates" --places "$places" --repeat "$repeat"

echo "== demo municipality of $households households (--workday), $demoPlaces places"
start=$(date +%s)
"$cli" demo --db "$work/db.sqlite" --households "$households" --workday >/dev/null
echo "demo made in $(( $(date +%s) - start )) s"
"$bench" --db "$work/db.sqlite" --furnish "$demoPlaces" --repeat "$repeat"
"$cli" --db "$work/db.sqlite" --user teamleider plan --json \
  | /usr/bin/python3 -c 'import json, sys; d = json.load(sys.stdin); print("vangnet-cli plan --json: run_seconds", d["run_seconds"], "seconds (solve)", d["seconds"], "candidates", d["candidates"], "places", d["places"], "placed", d["placed_by_tier"], "greedy", d["greedy_placed_by_tier"])'
