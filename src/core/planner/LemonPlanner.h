#pragma once

#include "planner/PlanGraph.h"
#include "support/Result.h"

#include <vector>

namespace vangnet::planner {

/// The exact optimal plan as a min-cost flow, solved by LEMON's NetworkSimplex
/// (docs/adr/0009-lemon-for-the-planner.md): source → candidate (capacity 1, cost −weight),
/// candidate → place for each usable pair (capacity 1), place → sink (capacity left after the
/// pins), and a source → sink bypass so nobody has to be placed. The weight is the candidate's
/// rank counted from the end (n for the first, 1 for the last): distinct and in priority order,
/// which by the matroid argument of docs/planner.md gives exactly the lexicographic optimum and
/// the same set of households as AugmentingPlanner. Costs stay below n² (10^8 at 10k
/// candidates), far inside the long long the solver sums them in.
///
/// Kept beside AugmentingPlanner as an independent exact method: the tests compare the two,
/// and `plan --solver network-simplex` runs it.
class LemonPlanner {
public:
    /// Per candidate: its place index, or -1. Pinned candidates keep their pinned place.
    static Result<std::vector<int>> solve(const PlanGraph &graph);
};

} // namespace vangnet::planner
