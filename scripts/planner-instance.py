#!/usr/bin/python3
"""Writes a synthetic planner instance (docs/planner.md, "Instance file") for the benchmark.

    scripts/planner-instance.py OUT.json [--candidates 10000] [--places 2000] [--seed 1]
                                [--max-pairs 2000000]

Deterministic: the same arguments give the same file on every machine and Python version (the
random numbers come from splitmix64 below, not from `random`, whose methods have changed between
versions). Eligibility is not uniform noise: places and households get the attributes the real
planner checks (woonvorm, wijk, wheelchair, pets, care level, persons) and a pair is eligible when
they fit, so urgent households with heavy needs compete for the same scarce places, as they do in
a municipality. Only ids and numbers are written: no personal data. Needs python3-numpy (a
dependency of python3-scipy, which scripts/setup.sh installs).
"""

import argparse
import sys

import numpy as np

MASK64 = (1 << 64) - 1
TIERS = ["kritiek", "hoog", "midden", "laag"]


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def chance(self, percent):
        return self.below(100) < percent

    def pick(self, weights):
        r = self.below(sum(weights))
        for i, w in enumerate(weights):
            if r < w:
                return i
            r -= w
        return len(weights) - 1


WOONVORMEN = 7  # housing_first, begeleid_wonen, beschermd_wonen, jongeren, gezinsplek, skaeve_huse, overig
WIJKEN = 10


def make_places(rng, count):
    kind = np.empty(count, np.int64)
    wijk = np.empty(count, np.int64)
    capacity = np.empty(count, np.int64)
    wheelchair = np.empty(count, bool)
    pets = np.empty(count, bool)
    care = np.empty(count, np.int64)
    max_persons = np.empty(count, np.int64)
    for p in range(count):
        kind[p] = rng.pick([20, 30, 12, 12, 10, 4, 12])
        wijk[p] = rng.below(WIJKEN)
        capacity[p] = 1 + rng.pick([50, 30, 20])
        wheelchair[p] = rng.chance(20)
        pets[p] = rng.chance(30)
        care[p] = rng.pick([40, 40, 20])  # licht, midden, intensief: the most the place provides
        max_persons[p] = 1 + rng.pick([35, 25, 20, 12, 8])
    return kind, wijk, capacity, wheelchair, pets, care, max_persons


def make_candidates(rng, count):
    tier = np.empty(count, np.int64)
    priority = np.empty(count, np.int64)
    kinds = np.empty(count, np.int64)  # bit mask of acceptable woonvormen
    wijken = np.empty(count, np.int64)  # bit mask of acceptable wijken
    wheelchair = np.empty(count, bool)
    pet = np.empty(count, bool)
    care = np.empty(count, np.int64)
    persons = np.empty(count, np.int64)
    for c in range(count):
        t = rng.pick([10, 25, 35, 30])
        tier[c] = t
        priority[c] = rng.below(60) + rng.below(365)  # flag scores plus waiting days
        mask = 0
        for _ in range(1 + rng.pick([30, 35, 25, 10])):
            mask |= 1 << rng.pick([20, 30, 12, 12, 10, 4, 12])
        kinds[c] = mask
        if rng.chance(50):
            wijken[c] = (1 << WIJKEN) - 1
        else:
            mask = 0
            for _ in range(2 + rng.below(5)):
                mask |= 1 << rng.below(WIJKEN)
            wijken[c] = mask
        wheelchair[c] = rng.chance(6)
        pet[c] = rng.chance(12)
        # The most urgent households more often need intensive care, which few places provide.
        care[c] = rng.pick([[20, 35, 45], [35, 40, 25], [50, 35, 15], [60, 30, 10]][t])
        persons[c] = 1 + rng.pick([45, 25, 15, 10, 5])
    return tier, priority, kinds, wijken, wheelchair, pet, care, persons


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--candidates", type=int, default=10000)
    parser.add_argument("--places", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-pairs", type=int, default=2000000)
    args = parser.parse_args()

    rng = SplitMix64(args.seed)
    p_kind, p_wijk, p_cap, p_wheel, p_pets, p_care, p_max = make_places(rng, args.places)
    c_tier, c_prio, c_kinds, c_wijken, c_wheel, c_pet, c_care, c_persons = make_candidates(rng, args.candidates)

    pairs = []
    step = 500
    for start in range(0, args.candidates, step):
        c = slice(start, min(start + step, args.candidates))
        ok = ((c_kinds[c, None] >> p_kind[None, :]) & 1).astype(bool)
        ok &= ((c_wijken[c, None] >> p_wijk[None, :]) & 1).astype(bool)
        ok &= ~c_wheel[c, None] | p_wheel[None, :]
        ok &= ~c_pet[c, None] | p_pets[None, :]
        ok &= c_care[c, None] <= p_care[None, :]
        ok &= c_persons[c, None] <= p_max[None, :]
        ci, pi = np.nonzero(ok)
        pairs.append(np.stack([ci + start, pi], axis=1))
    pairs = np.concatenate(pairs) if pairs else np.empty((0, 2), np.int64)
    if len(pairs) > args.max_pairs:
        sys.exit(f"{len(pairs)} eligible pairs, more than --max-pairs {args.max_pairs}")

    with open(args.out, "w", encoding="utf-8") as f:
        f.write('{"tiers": ["kritiek", "hoog", "midden", "laag"],\n"candidates": [\n')
        f.write(",\n".join(
            f'{{"id": {100000 + c}, "tier": "{TIERS[c_tier[c]]}", "priority": {c_prio[c]}}}'
            for c in range(args.candidates)))
        f.write('],\n"places": [\n')
        f.write(",\n".join(f'{{"id": "PL-{p + 1:05d}", "capacity": {p_cap[p]}}}' for p in range(args.places)))
        f.write('],\n"pairs": [')
        f.write(",".join(f"[{c},{p}]" for c, p in pairs.tolist()))
        f.write("]}\n")
    print(f"{args.out}: {args.candidates} candidates, {args.places} places ({int(p_cap.sum())} slots), "
          f"{len(pairs)} eligible pairs")


if __name__ == "__main__":
    main()
