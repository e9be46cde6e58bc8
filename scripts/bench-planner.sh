#!/usr/bin/env bash
# Planner benchmark (docs/performance.md, "Planner"): a release build solves the reference
# instance — CANDIDATES households, PLACES places of capacity 1–3, up to 2M eligible pairs, four
# tiers, deterministic (scripts/planner-instance.py) — with `vangnet-cli plan --instance --json`,
# once per solver, and scipy's linear_sum_assignment solves the same file in the same run
# (scripts/planner-scipy.py). Prints the solve times (the `seconds` key; scipy: the
# linear_sum_assignment call alone), the greedy time, each process's wall time and peak memory
# (/usr/bin/time -v), and whether the per-tier results agree. Medians over REPEAT runs.
#
#   scripts/bench-planner.sh [CANDIDATES] [PLACES] [REPEAT] [SEED]
#
# Needs python3-scipy (scripts/setup.sh installs it).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
candidates="${1:-10000}"
places="${2:-2000}"
repeat="${3:-3}"
seed="${4:-1}"
build="${VANGNET_BENCH_BUILD:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work"

/usr/bin/python3 -c 'import scipy' 2>/dev/null || { echo "bench-planner: python3-scipy is missing (apt-get install python3-scipy)" >&2; exit 2; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVANGNET_BUILD_APP=OFF >/dev/null
ninja -C "$build" vangnet-cli >/dev/null
cli="$build/src/cli/vangnet-cli"

echo "== planner: $candidates candidates x $places places, seed $seed, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
/usr/bin/python3 "$root/scripts/planner-instance.py" "$work/instance.json" \
  --candidates "$candidates" --places "$places" --seed "$seed"
echo "file: $(du -h "$work/instance.json" | cut -f1)"

# Each run leaves RUN.json (the program's JSON) and RUN.time (/usr/bin/time -v).
for i in $(seq 1 "$repeat"); do
  for solver in augmenting network-simplex; do
    /usr/bin/time -v "$cli" plan --instance "$work/instance.json" --solver "$solver" --json \
      >"$work/$solver.$i.json" 2>"$work/$solver.$i.time"
  done
  /usr/bin/time -v /usr/bin/python3 "$root/scripts/planner-scipy.py" "$work/instance.json" \
    >"$work/scipy.$i.json" 2>"$work/scipy.$i.time"
done

/usr/bin/python3 - "$work" "$repeat" <<'PY'
import json, re, statistics, sys

work, repeat = sys.argv[1], int(sys.argv[2])
tiers = ["kritiek", "hoog", "midden", "laag"]

def timing(path):
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    seconds = (int(wall.group(1) or 0) * 60 + int(wall.group(2))) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return seconds, rss / 1024

def runs(name):
    out = []
    for i in range(1, repeat + 1):
        result = json.load(open(f"{work}/{name}.{i}.json"))
        wall, rss = timing(f"{work}/{name}.{i}.time")
        out.append((result, wall, rss))
    return out

def median(values):
    return statistics.median(values)

scipy = runs("scipy")
scipy_tiers = [scipy[0][0]["placed_by_tier"][t] for t in tiers]
print(f"scipy linear_sum_assignment: {median([r['seconds'] for r, _, _ in scipy]):.3f} s "
      f"(matrix build {median([r['build_seconds'] for r, _, _ in scipy]):.3f} s; process {median([w for _, w, _ in scipy]):.2f} s, "
      f"peak {max(m for _, _, m in scipy):.0f} MB; weights: {scipy[0][0]['encoding']})")
print(f"  placed by tier {scipy_tiers}")
reference = median([r["seconds"] for r, _, _ in scipy])
for solver in ["augmenting", "network-simplex"]:
    rs = runs(solver)
    solve = median([r["seconds"] for r, _, _ in rs])
    placed = [rs[0][0]["placed_by_tier"][t] for t in tiers]
    agree = all([r["placed_by_tier"][t] for t in tiers] == scipy_tiers for r, _, _ in rs)
    print(f"vangnet {solver}: {solve:.3f} s = {solve / reference:.3f}x scipy (process incl. reading the file "
          f"{median([w for _, w, _ in rs]):.2f} s, peak {max(m for _, _, m in rs):.0f} MB); "
          f"greedy {median([r['greedy_seconds'] for r, _, _ in rs]):.4f} s")
    print(f"  placed by tier {placed}, greedy {[rs[0][0]['greedy_placed_by_tier'][t] for t in tiers]}, "
          f"priority sum {rs[0][0]['objective']['priority_sum']}; per-tier result equals scipy's: {'yes' if agree else 'NO'}")
    print(f"  runs: " + ", ".join(f"{r['seconds']:.3f}" for r, _, _ in rs) + " s")
print("scipy runs: " + ", ".join(f"{r['seconds']:.3f}" for r, _, _ in scipy) + " s")
PY
