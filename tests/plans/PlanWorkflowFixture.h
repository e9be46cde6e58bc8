#pragma once

#include "cases/CaseFixture.h"

#include "audit/AuditLog.h"
#include "places/Place.h"
#include "planner/Tier.h"
#include "plans/PlanProposal.h"
#include "plans/PlanRun.h"
#include "plans/PlanWorkflowProposal.h"

#include <QList>

namespace vangnet::test {

/// CaseFixture (team A: caseworkers A and A2, team lead A; caseworker B of team B) with a team
/// lead of team B, places, and proposals built by hand and solved, as PlanService would hand them
/// to PlanRunService.
struct PlanWorkflowFixture : CaseFixture {
    Session teamLeadB = users.add(QStringLiteral("teamleider-b"), Role::Teamleider, users.teamB().id);

    using CaseFixture::require;
    static void require(const Result<void> &result)
    {
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.ok());
    }

    using Candidate = ProposedCandidate;

    /// A place in the inventory (status vrij).
    places::Place place(const QString &plekId, int capacity = 1);
    /// A household of team B with one member.
    qint64 householdOfTeamB(const QString &achternaam, int huisnummer);
    /// A need for the household (so it may be pinned).
    void need(std::pair<qint64, qint64> who);
    /// The proposal the planner makes of these candidates and places on today's date.
    plans::PlanProposal proposal(const QList<Candidate> &candidates, const QList<places::Place> &places) const;
    /// The proposal stored by team lead A; the run's id.
    qint64 storeRun(const QList<Candidate> &candidates, const QList<places::Place> &places);
    /// The entry of `household` in run `runId`, read by team lead A.
    plans::PlanEntry entryOf(qint64 runId, qint64 household);
    /// The audit records of one action, oldest first.
    QList<AuditEvent> audit(AuditAction action) const;
};

} // namespace vangnet::test
