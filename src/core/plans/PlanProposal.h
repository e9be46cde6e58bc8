#pragma once

#include "places/Place.h"
#include "planner/PlanInstance.h"
#include "planner/PlanResult.h"
#include "plans/NeedHolder.h"

#include <QDate>
#include <QList>
#include <QString>

namespace vangnet::plans {

/// The parameters of a plan run (docs/planner.md, "Plan runs").
struct PlanParameters {
    QDate asOf;            ///< the plan date; ages and waiting days are counted on it
    int horizonDays = 30;  ///< places available and needs starting within asOf + horizon
};

/// A candidate of a run: the household, where the instance puts it, and the Dutch explanation
/// of its outcome (why this place and which alternatives it had, or why not placed).
struct ProposalCandidate {
    NeedHolder holder;
    planner::Tier tier = planner::Tier::Laag;
    qint64 priority = 0;
    QString explanation;
};

/// A place of a run: the stored place and the capacity the run could use.
struct ProposalPlace {
    places::Place place;
    int capacityLeft = 0; ///< capacity minus open placements and proposals in progress
};

/// Everything one plan run computed, before it is stored: the instance the solver saw, its
/// result, and per index the household or place behind it. `candidates[i]` is
/// `instance.candidates[i]`, `places[j]` is `instance.places[j]`; `result.placeOf[i]` indexes
/// `places`. Households with a need that are not candidates are in `notCandidates` with their
/// Standing, so the run can list them as "geen kandidaat" with the reason.
struct PlanProposal {
    PlanParameters parameters;
    planner::PlanInstance instance;
    planner::PlanResult result;
    QList<ProposalCandidate> candidates;
    QList<ProposalPlace> places;
    QList<NeedHolder> notCandidates;
    bool cancelled = false; ///< the progress callback said stop: the rest is incomplete, nothing may be stored
};

} // namespace vangnet::plans
