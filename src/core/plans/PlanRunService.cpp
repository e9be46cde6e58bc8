#include "plans/PlanRunService.h"

#include "plans/PlanService.h"

#include "audit/AuditLog.h"
#include "households/HouseholdService.h"
#include "plans/CandidateRepository.h"
#include "plans/PlanRunRepository.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <QStringList>

#include <spdlog/spdlog.h>

namespace vangnet::plans {

namespace {

const QString runObject = QStringLiteral("plan_run");

} // namespace

PlanRunService::PlanRunService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db)
    , m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<void> PlanRunService::allowed(Permission permission, const QString &attempt) const
{
    return AccessGuard(m_db, m_clock, m_session).require(permission, runObject, 0, QStringLiteral("attempt:%1").arg(attempt));
}

Error PlanRunService::unknownRun(qint64 runId) const
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("vangnet::plans::PlanRunService", "There is no plan run %1.").arg(runId)};
}

PlanEntry PlanRunService::visible(PlanEntry entry) const
{
    if (m_session.canSeeTeam(entry.teamId))
        return entry;
    PlanEntry shown;
    shown.id = entry.id;
    shown.runId = entry.runId;
    shown.householdId = entry.householdId;
    shown.tier = entry.tier;
    shown.status = entry.status;
    shown.restricted = true;
    return shown;
}

Result<PlanRunSummary> PlanRunService::run(const PlanParameters &parameters,
                                           const std::function<bool(int, int)> &progress)
{
    auto proposal = PlanService(m_database, m_clock, m_session).propose(parameters, progress);
    if (!proposal)
        return proposal.error();
    return store(*proposal);
}

Result<PlanRunSummary> PlanRunService::store(const PlanProposal &proposal)
{
    if (auto ok = allowed(Permission::ApprovePlacements, QStringLiteral("plan_run")); !ok)
        return ok.error();
    if (proposal.cancelled)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::plans::PlanRunService",
                                                                       "The plan run was stopped; nothing was stored.")};
    if (proposal.candidates.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::plans::PlanRunService",
                                                                     "A run without candidates is not stored.")};
    PlanRunRepository repository(m_db, m_session.fields());
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto stored = repository.store(proposal, m_session.user().username, m_clock.now().toUTC());
    if (!stored)
        return stored.error();
    auto record = repository.find(stored->runId);
    if (!record)
        return record.error();
    const PlanRunSummary summary = (*record)->summary;
    // Figures only: the run's households are in its entries, not in the log.
    const QString detail = QStringLiteral("run as_of:%1 horizon:%2 candidates:%3 places:%4 placed:%5 greedy:%6 "
                                          "superseded:%7")
                               .arg(summary.asOf.toString(Qt::ISODate))
                               .arg(summary.horizonDays)
                               .arg(summary.candidates)
                               .arg(summary.places)
                               .arg(tierCountsText(summary.placedByTier), tierCountsText(summary.greedyPlacedByTier))
                               .arg(stored->superseded);
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::ChangePlacement, runObject, stored->runId,
                                   AuditResult::Success, {}, detail);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("plan run {} stored by user {}: {}", stored->runId, m_session.user().id, detail.toStdString());
    return summary;
}

Result<QList<PlanRunSummary>> PlanRunService::runs() const
{
    if (auto ok = allowed(Permission::ViewHouseholds, QStringLiteral("plan_runs")); !ok)
        return ok.error();
    return PlanRunRepository(m_db, m_session.fields()).runs();
}

Result<PlanRunRecord> PlanRunService::run(qint64 runId) const
{
    if (auto ok = allowed(Permission::ViewHouseholds, QStringLiteral("plan_run")); !ok)
        return ok.error();
    auto record = PlanRunRepository(m_db, m_session.fields()).find(runId);
    if (!record)
        return record.error();
    if (!*record)
        return unknownRun(runId);
    PlanRunRecord shown = std::move(**record);
    if (!m_session.can(Permission::ApprovePlacements)) {
        // A caseworker reads the figures; who went where is in the entries, restricted per team.
        shown.instance.clear();
        shown.result.remove(QStringLiteral("assignments"));
        shown.result.remove(QStringLiteral("unplaced"));
    }
    return shown;
}

Result<QList<PlanEntry>> PlanRunService::entries(qint64 runId) const
{
    if (auto ok = allowed(Permission::ViewHouseholds, QStringLiteral("plan_run")); !ok)
        return ok.error();
    PlanRunRepository repository(m_db, m_session.fields());
    auto exists = repository.exists(runId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return unknownRun(runId);
    auto entries = repository.entries(runId);
    if (!entries)
        return entries;
    for (PlanEntry &entry : *entries)
        entry = visible(std::move(entry));
    return entries;
}

Result<QList<NeedHolder>> PlanRunService::notCandidates() const
{
    if (auto ok = allowed(Permission::ViewHouseholds, QStringLiteral("not_candidates")); !ok)
        return ok.error();
    auto holders = CandidateRepository(m_db).needHolders();
    if (!holders)
        return holders.error();
    QList<NeedHolder> own;
    for (const NeedHolder &h : *holders) {
        if (h.standing != Standing::Candidate && m_session.canSeeTeam(h.teamId))
            own << h;
    }
    return own;
}

Result<QList<PlanEntry>> PlanRunService::entriesOfHousehold(qint64 householdId) const
{
    if (auto team = HouseholdService(m_database, m_clock, m_session).mayView(householdId); !team)
        return team.error();
    return PlanRunRepository(m_db, m_session.fields()).entriesOfHousehold(householdId);
}

} // namespace vangnet::plans
