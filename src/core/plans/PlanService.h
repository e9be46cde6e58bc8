#pragma once

#include "plans/PlanProposal.h"
#include "plans/ProposalBuilder.h"
#include "support/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::plans {

/// The housing planner on the database (docs/planner.md, "Plan runs"): reads who has a need,
/// the places, the pins, exclusions and the capacity taken, and proposes the optimal plan with
/// its explanations. A run covers the whole municipality and needs Permission::ApprovePlacements
/// (the team lead); a refusal is audited as permission_denied. Proposing changes nothing: storing
/// the run is PlanRunService's.
class PlanService {
public:
    PlanService(const Database &db, const Clock &clock, const Session &session);

    /// The proposal for `parameters` (an invalid asOf is today). ErrorCode::Invalid, before
    /// anything is solved, for a horizon outside 0…maxHorizonDays, no candidates, no places,
    /// and pins that cannot be kept (see ProposalBuilder::build). `progress(done, total)` may
    /// return false to stop: the proposal then says `cancelled`.
    Result<PlanProposal> propose(
        const PlanParameters &parameters, const std::function<bool(int, int)> &progress = {}) const;

    /// Why household `householdId` does or does not fit the place with id `placeId` under
    /// `parameters`, for the explanation pane: "WP-001 is not suitable: …". NotFound when the
    /// household has no need or the place does not exist.
    Result<QString> explainPair(const PlanParameters &parameters, qint64 householdId, qint64 placeId) const;

    /// The longest horizon a run takes: a year. Places further off are outlook, not plan.
    static constexpr int maxHorizonDays = 365;

private:
    Result<void> allowed() const;
    /// Everything a run reads, as stored now.
    Result<PlanInputs> readInputs() const;
    Result<PlanParameters> checked(PlanParameters parameters) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::plans
