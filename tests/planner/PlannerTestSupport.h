#pragma once

#include "planner/PlanInstance.h"
#include "planner/PlanResult.h"

#include <QString>

#include "support/CatchQt.h"

#include <catch2/catch.hpp>

#include <optional>
#include <vector>

namespace vangnet::plannertest {

using planner::PlanInstance;
using planner::Tier;

/// A small instance written out by hand: candidates as (id, tier, priority), places as
/// (plek_id, capacity), pairs as [candidate index, place index].
struct Spec {
    std::vector<std::tuple<qint64, Tier, qint64>> candidates;
    std::vector<std::pair<QString, int>> places;
    std::vector<std::pair<int, int>> pairs;
    std::vector<std::pair<int, int>> pins = {};
    std::vector<std::pair<int, int>> exclusions = {};
};
PlanInstance instanceOf(const Spec &spec);

/// A random instance, the same for the same seed on every platform (raw mt19937_64 output,
/// never std's distributions, whose results differ between standard libraries). Households
/// get shuffled ids and few distinct priorities, so the tie-break by id matters; pins and
/// exclusions are added to some (always valid ones).
struct RandomShape {
    int maxCandidates = 7;
    int maxPlaces = 4;
    int maxCapacity = 2;
    int pairPercent = 50;
    int maxPriority = 3;
    bool pinsAndExclusions = true;
    bool exactSize = false; ///< exactly maxCandidates × maxPlaces, else 1… of each
};
PlanInstance randomInstance(quint64 seed, const RandomShape &shape);

/// Exhaustive search over every assignment: the best objective and, among the plans that
/// reach it, the set of placed candidates the tie-break picks (by the priority order, the
/// lexicographically first list of ranks). Only for a handful of candidates.
struct BruteForce {
    planner::PlanObjective best;
    std::vector<int> placedSet; ///< candidate indices, sorted by rank
    qint64 maxCount = 0; ///< the most households any plan houses, whatever their tier
};
BruteForce bruteForce(const PlanInstance &instance);

/// Whether every candidate in `who` can be placed at once (respecting pins, exclusions and
/// capacities), by exhaustive search.
bool canPlaceAll(const PlanInstance &instance, const std::vector<int> &who);

/// Candidate indices sorted by the priority order (tier, priority descending, id).
std::vector<int> byPriorityOrder(const PlanInstance &instance, std::vector<int> candidates);

/// Checks that `placeOf` is a feasible plan: eligible, not excluded, pins kept, capacities held.
std::optional<QString> planProblem(const PlanInstance &instance, const std::vector<int> &placeOf);

} // namespace vangnet::plannertest
