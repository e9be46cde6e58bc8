#include "planner/Planner.h"

#include "planner/AugmentingPlanner.h"
#include "planner/GreedyPlanner.h"
#include "planner/LemonPlanner.h"
#include "planner/PlanExplainer.h"
#include "planner/PlanGraph.h"

#include <QElapsedTimer>

namespace vangnet::planner {

PlanObjective Planner::objectiveOf(const PlanInstance &instance, const std::vector<int> &placeOf)
{
    PlanObjective objective;
    for (std::size_t c = 0; c < placeOf.size(); ++c) {
        if (placeOf[c] < 0)
            continue;
        ++objective.placedByTier[tierIndex(instance.candidates[c].tier)];
        objective.prioritySum += instance.candidates[c].priority;
    }
    return objective;
}

Result<PlanResult> Planner::solve(const PlanInstance &instance, const PlanOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (auto valid = instance.validate(); !valid)
        return valid.error();

    const PlanGraph graph(instance);
    PlanResult result;
    result.solver = options.solver;
    if (options.solver == PlanSolver::NetworkSimplex) {
        auto flow = LemonPlanner::solve(graph);
        if (!flow)
            return flow.error();
        result.placeOf = std::move(*flow);
    } else {
        result.placeOf = AugmentingPlanner::solve(graph);
    }
    result.objective = objectiveOf(instance, result.placeOf);
    for (const int c : graph.order()) {
        if (const int p = result.placeOf[static_cast<std::size_t>(c)]; p >= 0)
            result.assignments.push_back({c, p, graph.pinnedPlace(c) >= 0});
    }
    result.unplaced = PlanExplainer::explain(graph, result.placeOf);
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    result.greedyPlaceOf = GreedyPlanner::solve(graph);
    result.greedySeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    result.greedyObjective = objectiveOf(instance, result.greedyPlaceOf);
    return result;
}

} // namespace vangnet::planner
