#!/usr/bin/python3
"""Solves a planner instance (docs/planner.md) with scipy, independently of Vangnet's solver.

    scripts/planner-scipy.py INSTANCE.json

Prints one JSON object: {"placed_by_tier": {kritiek, hoog, midden, laag}, "priority_sum": N or
null, "encoding": "tiers+priority" | "tiers", "build_seconds", "seconds"} where "seconds" is the
time of the linear_sum_assignment call alone.

Independent of Vangnet's method on purpose: no matroid argument, no rank weights. Every place
becomes `capacity` slots (columns), every candidate a row; an eligible, non-excluded pair costs
minus the candidate's exact lexicographic weight, anything else 0 (a slot given to an ineligible
row is a slot left empty). The weight is positional, computed with Python's big integers:

    w = B**(3 - tier) * P + priority,   B = min(rows, slots) + 1,   P = (sum of the largest
                                         min(rows, slots) priorities) + 1

so any extra placement in a higher tier outweighs every possible change below it, and the
priority sum decides only between equal tier counts. scipy computes in float64, which is exact
for whole numbers below 2**53: the script checks that the largest possible total stays below
that. When it does not (the 10k x 2k benchmark), it drops the priority part (w = B**(3 - tier),
"encoding": "tiers", "priority_sum": null); the per-tier counts are then still exact.

Pins count as placed and take a slot of their place before the solve; exclusions remove the pair.
Exit status 3 when scipy is missing, so a test can tell "cannot check" from "wrong".
"""

import json
import sys
import time

TIERS = ["kritiek", "hoog", "midden", "laag"]
EXACT = 2 ** 53

try:
    import numpy as np
    from scipy.optimize import linear_sum_assignment
except ImportError as error:  # the caller reports this as "not checked", never as a pass
    print(f"scipy is not available: {error}", file=sys.stderr)
    sys.exit(3)


def weights(tiers, priorities, slots, with_priority):
    k = min(len(tiers), slots)
    base = k + 1
    top = sum(sorted(priorities, reverse=True)[:k]) + 1 if with_priority else 1
    w = [base ** (3 - t) * top + (p if with_priority else 0) for t, p in zip(tiers, priorities)]
    largest_total = sum(sorted(w, reverse=True)[:k])
    return w, largest_total < EXACT


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        instance = json.load(f)
    started = time.perf_counter()
    candidates = instance["candidates"]
    capacity = [p["capacity"] for p in instance["places"]]
    tiers = [TIERS.index(c["tier"]) for c in candidates]
    priorities = [c["priority"] for c in candidates]
    excluded = {tuple(p) for p in instance.get("exclusions", [])}
    pinned = {}
    for c, p in instance.get("pins", []):
        pinned[c] = p
        capacity[p] -= 1

    slot_start = np.concatenate([[0], np.cumsum(capacity)]).astype(np.int64)
    slots = int(slot_start[-1])
    rows = [c for c in range(len(candidates)) if c not in pinned]
    row_of = {c: r for r, c in enumerate(rows)}
    w, exact = weights([tiers[c] for c in rows], [priorities[c] for c in rows], slots, True)
    encoding = "tiers+priority"
    if not exact:
        w, exact = weights([tiers[c] for c in rows], [priorities[c] for c in rows], slots, False)
        encoding = "tiers"
    if not exact:
        sys.exit("the instance is too large for an exact float64 encoding of its tiers")

    pairs = np.array([p for p in instance["pairs"] if tuple(p) not in excluded and p[0] in row_of],
                     dtype=np.int64).reshape(-1, 2)
    cost = np.zeros((len(rows), max(slots, 1)), dtype=np.float64)
    if len(pairs):
        r = np.array([row_of[c] for c in pairs[:, 0].tolist()], dtype=np.int64)
        pl = pairs[:, 1]
        row_cost = -np.array([float(x) for x in w], dtype=np.float64)
        cap = np.array(capacity, dtype=np.int64)
        for k in range(int(cap.max(initial=0))):
            has = cap[pl] > k
            cost[r[has], slot_start[pl[has]] + k] = row_cost[r[has]]
    build_seconds = time.perf_counter() - started

    started = time.perf_counter()
    row_ind, col_ind = linear_sum_assignment(cost)
    seconds = time.perf_counter() - started

    placed = [0, 0, 0, 0]
    priority_sum = 0
    for c in pinned:
        placed[tiers[c]] += 1
        priority_sum += priorities[c]
    for r, s in zip(row_ind.tolist(), col_ind.tolist()):
        if cost[r, s] < 0:
            placed[tiers[rows[r]]] += 1
            priority_sum += priorities[rows[r]]
    print(json.dumps({
        "placed_by_tier": dict(zip(TIERS, placed)),
        "priority_sum": priority_sum if encoding == "tiers+priority" else None,
        "encoding": encoding,
        "build_seconds": round(build_seconds, 3),
        "seconds": round(seconds, 3),
    }))


if __name__ == "__main__":
    main()
