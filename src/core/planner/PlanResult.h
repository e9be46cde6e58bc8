#pragma once

#include "planner/Tier.h"

#include <QString>

#include <array>
#include <compare>
#include <vector>

namespace vangnet::planner {

/// The value the optimal plan maximises, compared lexicographically: the number of kritiek
/// households placed, then hoog, midden, laag, then the sum of the placed households'
/// priorities (docs/planner.md, "Objective"). `operator<=>` compares exactly that way.
struct PlanObjective {
    std::array<qint64, tierCount> placedByTier{};
    qint64 prioritySum = 0; ///< ≤ 10^6 candidates × 10^12, so it cannot overflow
    auto operator<=>(const PlanObjective &) const = default;
};

/// Which solver made the optimal plan; both are exact (docs/adr/0009-lemon-for-the-planner.md).
enum class PlanSolver {
    Augmenting, ///< our own: augmenting paths in priority order (the default)
    NetworkSimplex, ///< LEMON's NetworkSimplex on the min-cost-flow model
};

/// Why a candidate is not in the plan, most specific first (PlanExplainer).
enum class UnplacedReason {
    NoEligiblePlace, ///< no place meets every hard requirement
    AllExcluded, ///< eligible places exist, but every such pair is excluded
    TakenByPins, ///< every usable place is filled by staff pins
    HigherTier, ///< the households of blockingTier and above need every usable place
    SameTier, ///< households of its own tier that come first in the order need them
};

struct PlanAssignment {
    int candidate = 0; ///< index in PlanInstance::candidates
    int place = 0; ///< index in PlanInstance::places
    bool pinned = false;
};

struct PlanUnplaced {
    int candidate = 0;
    UnplacedReason reason = UnplacedReason::NoEligiblePlace;
    Tier blockingTier = Tier::Kritiek; ///< for HigherTier: the least urgent tier that suffices to block
};

/// The optimal plan beside the greedy baseline for one instance.
struct PlanResult {
    PlanSolver solver = PlanSolver::Augmenting;
    std::vector<int> placeOf; ///< per candidate: the place index, or -1
    std::vector<int> greedyPlaceOf; ///< the same for the greedy baseline
    PlanObjective objective;
    PlanObjective greedyObjective;
    std::vector<PlanAssignment> assignments; ///< in priority order
    std::vector<PlanUnplaced> unplaced; ///< in priority order
    double seconds = 0; ///< the optimal plan: validation, solve and explanations
    double greedySeconds = 0; ///< the greedy baseline alone
};

} // namespace vangnet::planner
