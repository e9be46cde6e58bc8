#pragma once

#include "planner/PlanGraph.h"

#include <vector>

namespace vangnet::planner {

/// The baseline the optimal plan is measured against: how places are handed out today. Pins
/// first; then, in priority order, each household takes the first usable place (lowest index)
/// with capacity left, and keeps it.
class GreedyPlanner {
public:
    /// Per candidate: its place index, or -1.
    static std::vector<int> solve(const PlanGraph &graph);
};

} // namespace vangnet::planner
