#pragma once

#include "places/Place.h"
#include "planner/Tier.h"
#include "plans/PlanProposal.h"

#include <QDate>
#include <QList>

namespace vangnet::test {

/// A candidate of a hand-made proposal: the household, its team, tier and priority, and the
/// indexes (in the proposal's places) of the places it is eligible for.
struct ProposedCandidate {
    qint64 household = 0;
    qint64 team = 0;
    planner::Tier tier = planner::Tier::Laag;
    qint64 priority = 0;
    QList<int> places;
};

/// The proposal the planner makes of these candidates and places on `asOf` (horizon 30 days),
/// as PlanService hands it to PlanRunService; each explanation names its household and tier.
plans::PlanProposal handMadeProposal(QDate asOf, const QList<ProposedCandidate> &candidates,
                                     const QList<places::Place> &places);

} // namespace vangnet::test
