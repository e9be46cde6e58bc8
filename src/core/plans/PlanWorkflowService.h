#pragma once

#include "plans/PlanRun.h"
#include "security/Role.h"
#include "support/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::plans {

/// What follows a plan run (docs/planner.md, "Plan runs and the workflow"): a proposal is
/// approved by the team lead, offered, accepted or declined, and placed; staff pin a household
/// to a place or rule a pair out. Every step is checked here against the household's team and
/// the proposal's status, and written in one transaction with its audit record
/// (AuditAction::ChangePlacement); a refused step changes nothing. Permission refusals are
/// audited as PermissionDenied.
class PlanWorkflowService {
public:
    PlanWorkflowService(const Database &db, const Clock &clock, const Session &session);

    /// voorgesteld → goedgekeurd: the team lead (ApprovePlacements) of the household's team.
    /// Refused when the place is no longer vrij or has no capacity left.
    Result<PlanEntry> approve(qint64 entryId);
    /// goedgekeurd → aangeboden: a caseworker or the team lead of the household's team.
    Result<PlanEntry> offer(qint64 entryId);
    /// aangeboden → geaccepteerd: the household said yes (caseworker or team lead).
    Result<PlanEntry> accept(qint64 entryId);
    /// aangeboden → afgewezen: the household said no, for `reason` (required, sealed at rest).
    /// The pair is excluded from later runs (plan_exclusions, source afgewezen).
    Result<PlanEntry> decline(qint64 entryId, const QString &reason);
    /// geaccepteerd → geplaatst on `placedOn` (invalid: today): the household lives in the place
    /// (place_placements), which takes one of its capacity; a place that is then full becomes
    /// bezet. The household's open case gets a note "Placed in WP-001 (provider, location) as of
    /// DD-MM-YYYY" through CaseService, as a caseworker's note would be written.
    Result<PlanEntry> place(qint64 entryId, QDate placedOn = {});

    /// Pins the household to the place with this plek_id (team lead of the household's team);
    /// later runs place it there. Refused for a household without a housing need, a place that is
    /// not vrij, an excluded pair, and a pin the place has no capacity left for.
    Result<void> pin(qint64 householdId, const QString &plekId);
    /// Removes the household's pin (team lead).
    Result<void> unpin(qint64 householdId);
    /// Rules the pair out of later runs (caseworker or team lead); a pair already excluded is left
    /// as it is. Refused while the household is pinned to that place.
    Result<void> exclude(qint64 householdId, const QString &plekId);
    /// Lifts an exclusion, also one a decline made (team lead).
    Result<void> unexclude(qint64 householdId, const QString &plekId);

private:
    struct Step;
    /// The entry moved by `step`: checks, then `effect` (its extra writes and audit detail), the
    /// status change and the audit record, in one transaction.
    Result<PlanEntry> move(qint64 entryId, const Step &step,
                           const std::function<Result<QString>(const PlanEntry &)> &effect);
    /// `permission` on the household's team (`teamId`), or an audited refusal.
    Result<void> mayAct(Permission permission, qint64 teamId, const QString &objectType, qint64 objectId,
                        const QString &attempt) const;
    /// The household's team when the session may act on it with `permission`.
    Result<qint64> mayActOnHousehold(qint64 householdId, Permission permission, const QString &attempt) const;
    Result<QString> placeIt(const PlanEntry &entry, QDate placedOn);
    Result<void> audit(const QString &objectType, qint64 objectId, const QString &detail) const;

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::plans
