#pragma once

#include "planner/PlanInstance.h"
#include "planner/PlanResult.h"
#include "support/Result.h"

#include <vector>

namespace vangnet::planner {

struct PlanOptions {
    PlanSolver solver = PlanSolver::Augmenting;
};

/// The solver core of the housing planner (docs/planner.md): validates an instance, makes the
/// exact optimal plan and the greedy baseline, and explains every household not placed. Pure
/// computation on numbers and ids — no database, no clock, no personal data — so the same
/// instance gives the same plan on every machine and every run.
class Planner {
public:
    /// ErrorCode::Invalid (with the JSON path) for an instance that does not validate; nothing
    /// is solved then.
    static Result<PlanResult> solve(const PlanInstance &instance, const PlanOptions &options = {});
    /// The objective of any plan of `instance` (per candidate a place index or -1).
    static PlanObjective objectiveOf(const PlanInstance &instance, const std::vector<int> &placeOf);
};

} // namespace vangnet::planner
