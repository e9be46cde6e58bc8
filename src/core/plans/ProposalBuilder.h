#pragma once

#include "places/Place.h"
#include "plans/NeedHolder.h"
#include "plans/PlanProposal.h"
#include "plans/PlanStateRepository.h"
#include "support/Result.h"

#include <QHash>
#include <QList>

#include <functional>

namespace vangnet::plans {

/// What a plan run reads from the database (PlanService reads it; benchmarks and tests may make
/// one up): every household with a need, every place, the pins and exclusions, and per place id
/// the capacity placements and proposals in progress take.
struct PlanInputs {
    QList<NeedHolder> holders;
    QList<places::Place> places;
    QList<PlanPin> pins;
    QList<PlanExclusion> exclusions;
    QHash<qint64, int> taken;
};

/// `progress(done, total)`; returning false cancels (PlanProposal::cancelled).
using PlanProgress = std::function<bool(int, int)>;

/// Makes a plan proposal from its inputs, without a database (docs/planner.md, "Plan runs"):
/// the candidates (Standing::Candidate, by household id), the places of the run (no place-level
/// failure, by plek_id), the eligible pairs, pins and exclusions by index; checks the pins;
/// solves with planner::Planner; explains every candidate in Dutch (ProposalExplainer).
class ProposalBuilder {
public:
    /// ErrorCode::Invalid, before anything is solved, for: no candidates (field "candidates"),
    /// no place in the run ("places"), a pin on a household that is not a candidate, a pin that
    /// breaks a hard requirement, pins beyond a place's capacity left ("pins", one field per pin).
    static Result<PlanProposal> build(
        const PlanParameters &parameters, const PlanInputs &inputs, const PlanProgress &progress = {});
};

} // namespace vangnet::plans
