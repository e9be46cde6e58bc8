#pragma once

#include "plans/PlanRun.h"

#include <QJsonObject>

namespace vangnet::plans {

/// A run as `plan runs --json` lists it: {id, as_of, horizon_days, run_at, run_by, candidates,
/// places, placed_by_tier, greedy_placed_by_tier} (per tier {kritiek, hoog, midden, laag}).
QJsonObject planRunJson(const PlanRunSummary &run);

/// An entry as `plan show --json` prints it: {entry, run, household, tier, status, place,
/// greedy_place, pinned, reason_code, blocking_tier, explanation, restricted}; place and
/// greedy_place are plek_ids or null; decline_reason only when the household declined. For a
/// restricted entry (another team's household) all but household, tier and status are empty.
QJsonObject planEntryJson(const PlanEntry &entry);

} // namespace vangnet::plans
