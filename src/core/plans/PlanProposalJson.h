#pragma once

#include "plans/PlanProposal.h"

#include <QJsonObject>

namespace vangnet::plans {

/// The JSON of `vangnet-cli plan --json` from the database (docs/planner.md, "Command line"):
/// planner::planResultToJson (placed_by_tier, greedy_placed_by_tier, objective, assignments,
/// unplaced, seconds, …) with what the database adds: `as_of`, `horizon_days`, an `explanation`
/// (translated) on every assignment and every unplaced household, and `not_candidates`
/// [{household, standing}] for the households with a need that are not candidates.
QJsonObject planProposalToJson(const PlanProposal &proposal);

} // namespace vangnet::plans
