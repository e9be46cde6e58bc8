#pragma once

#include "plans/PlanProposal.h"
#include "plans/PlanRun.h"
#include "security/Role.h"
#include "support/Result.h"

#include <QList>

#include <functional>
#include <QSqlDatabase>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::plans {

/// Stored plan runs (docs/planner.md, "Plan runs and the workflow"). A run covers the whole
/// municipality: storing one needs ApprovePlacements (team lead), reading them ViewHouseholds.
/// What anyone sees of a household outside their own team is its id, tier and status: the
/// entry's place, priority, explanation and decline reason are blanked (PlanEntry::restricted).
/// Refusals are audited as PermissionDenied, a stored run as AuditAction::ChangePlacement.
class PlanRunService {
public:
    PlanRunService(const Database &db, const Clock &clock, const Session &session);

    /// Stores a proposal (PlanService::propose) as a run, with its audit record, in one
    /// transaction; earlier proposals nobody approved become vervallen. The run as listed.
    Result<PlanRunSummary> store(const PlanProposal &proposal);

    /// Proposes a plan for `parameters` (PlanService::propose, with `progress`) and stores it as
    /// a run: what the planner page and `vangnet-cli plan` do. A stopped proposal is not stored
    /// (ErrorCode::Invalid); nothing is written on any refusal.
    Result<PlanRunSummary> run(const PlanParameters &parameters, const std::function<bool(int, int)> &progress = {});

    /// Every run, newest first, with its counts per tier (optimal and greedy).
    Result<QList<PlanRunSummary>> runs() const;
    /// A run reopened exactly as it was stored. The instance snapshot and the result's per-household
    /// lists (assignments, unplaced) are for ApprovePlacements, who made or may make the run; others
    /// get the result's figures only and an empty instance. NotFound for an unknown run.
    Result<PlanRunRecord> run(qint64 runId) const;
    /// The entries of a run in priority order, restricted outside the reader's team.
    Result<QList<PlanEntry>> entries(qint64 runId) const;
    /// The households of the reader's own team with a housing need that are not candidates for
    /// the next run (no active flag, an offer in progress, or placed), by household id: what the
    /// planner page lists as "geen kandidaat" with the reason.
    Result<QList<NeedHolder>> notCandidates() const;
    /// The entries of one household of the reader's team, newest run first (the case and household
    /// screens); a household the reader may not see is refused.
    Result<QList<PlanEntry>> entriesOfHousehold(qint64 householdId) const;

private:
    Result<void> allowed(Permission permission, const QString &attempt) const;
    Error unknownRun(qint64 runId) const;
    /// The entry as the reader may see it: whole for their own team, else id, tier and status.
    PlanEntry visible(PlanEntry entry) const;

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::plans
