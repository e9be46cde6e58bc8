#pragma once

#include "planner/PlanGraph.h"

#include <vector>

namespace vangnet::planner {

/// The exact optimal plan, by the matroid greedy (docs/planner.md, "Why this is optimal"): the
/// candidates are taken in priority order, and each joins the plan when an augmenting path
/// can make room for it — households already in the plan may move to another eligible place,
/// but never leave it. The sets of households that can be placed together form a matroid, so
/// this is a maximum-weight set for every weight that follows the priority order, the
/// lexicographic objective included; and it is the one set the tie-break by household id picks.
///
/// A search that fails marks every place it visited as closed for good: all of them are full,
/// and their households can only move among each other, which no later augmentation changes
/// (a path entering them could never leave). So failed searches cost each pair once in total.
class AugmentingPlanner {
public:
    /// Per candidate: its place index, or -1. Pinned candidates keep their pinned place.
    static std::vector<int> solve(const PlanGraph &graph);
};

} // namespace vangnet::planner
