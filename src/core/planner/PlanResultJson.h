#pragma once

#include "planner/PlanInstance.h"
#include "planner/PlanResult.h"

#include <QJsonObject>

namespace vangnet::planner {

/// The JSON of `vangnet-cli plan --json` (docs/planner.md, "Result"): placed_by_tier,
/// greedy_placed_by_tier, more_than_greedy, objective, greedy_objective, assignments
/// [{household, place, tier, pinned}], unplaced [{household, tier, reason, reason_code,
/// blocking_tier}], candidates, places, solver, seconds, greedy_seconds. Households by id,
/// places by plek_id; reasons translated.
QJsonObject planResultToJson(const PlanInstance &instance, const PlanResult &result);

/// The same without the timings, which differ per run: what golden files compare.
QJsonObject planResultToStableJson(const PlanInstance &instance, const PlanResult &result);

/// `{kritiek, hoog, midden, laag}` with a count per tier, as `placed_by_tier` prints it.
QJsonObject tierCountsJson(const std::array<qint64, tierCount> &counts);

/// "augmenting" or "network_simplex".
QString solverKey(PlanSolver solver);

} // namespace vangnet::planner
