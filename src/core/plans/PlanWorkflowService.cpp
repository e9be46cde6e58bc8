#include "plans/PlanWorkflowService.h"

#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "places/PlaceKeys.h"
#include "places/PlaceRepository.h"
#include "plans/PlanRunRepository.h"
#include "plans/PlanStateRepository.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <QCoreApplication>

namespace vangnet::plans {

namespace {

const QString entryObject = QStringLiteral("plan_entry");

/// The place of a proposal, read again: it may have changed since the run.
Result<places::Place> placeOf(const QSqlDatabase &db, const PlanEntry &entry)
{
    std::optional<places::Place> place;
    if (entry.placeId != 0) {
        auto found = places::PlaceRepository(db).find(entry.plekId);
        if (!found)
            return found.error();
        place = *found;
    }
    if (!place || place->id != entry.placeId)
        return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "Proposal %1 has no place (any more).").arg(entry.id)};
    return *place;
}

} // namespace

/// One move of the workflow: from which status to which, who may make it, and its audit verb.
struct PlanWorkflowService::Step {
    EntryStatus from;
    EntryStatus to;
    Permission permission;
    QString verb;
    QString declineReason = {};
};

PlanWorkflowService::PlanWorkflowService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db)
    , m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<void> PlanWorkflowService::audit(const QString &objectType, qint64 objectId, const QString &detail) const
{
    return AuditLog(m_db, m_clock)
        .record(m_session, AuditAction::ChangePlacement, objectType, objectId, AuditResult::Success, {}, detail);
}

Result<void> PlanWorkflowService::mayAct(Permission permission, qint64 teamId, const QString &objectType,
                                         qint64 objectId, const QString &attempt) const
{
    return AccessGuard(m_db, m_clock, m_session)
        .requireTeam(permission, teamId, objectType, objectId, QStringLiteral("attempt:%1").arg(attempt));
}

Result<PlanEntry> PlanWorkflowService::move(qint64 entryId, const Step &step,
                                            const std::function<Result<QString>(const PlanEntry &)> &effect)
{
    PlanRunRepository entries(m_db, m_session.fields());
    auto found = entries.entry(entryId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "There is no plan proposal %1.").arg(entryId)};
    const PlanEntry entry = **found;
    if (auto ok = mayAct(step.permission, entry.teamId, entryObject, entryId, step.verb); !ok)
        return ok.error();
    if (entry.status != step.from)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "Proposal %1 is %2; only a proposal that is %3 can become %4.")
                                              .arg(QString::number(entryId), entryStatusLabel(entry.status),
                                                   entryStatusLabel(step.from), entryStatusLabel(step.to))};

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto extra = effect(entry);
    if (!extra)
        return extra.error();
    const QString by = m_session.user().username;
    auto moved = entries.setStatus(entryId, step.from, step.to, by, m_clock.now().toUTC(), step.declineReason);
    if (!moved)
        return moved.error();
    if (!*moved) // someone else moved it between the read and this write
        return Error{ErrorCode::StaleEdit, QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "Proposal %1 was changed by someone else just now; look again.").arg(entryId)};
    QString detail = QStringLiteral("%1 household:%2 place:%3 %4→%5")
                         .arg(step.verb, QString::number(entry.householdId), entry.plekId,
                              entryStatusKey(step.from), entryStatusKey(step.to));
    if (!extra->isEmpty())
        detail += QLatin1Char(' ') + *extra;
    if (auto audited = audit(entryObject, entryId, detail); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    auto reread = entries.entry(entryId);
    if (!reread)
        return reread.error();
    return **reread;
}

Result<PlanEntry> PlanWorkflowService::approve(qint64 entryId)
{
    const Step step{EntryStatus::Proposed, EntryStatus::Approved, Permission::ApprovePlacements,
                    QStringLiteral("approve")};
    return move(entryId, step, [this](const PlanEntry &entry) -> Result<QString> {
        auto place = placeOf(m_db, entry);
        if (!place)
            return place.error();
        if (place->status != places::PlaceStatus::Vrij)
            return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "Place %1 is %2 now; only a place that is vrij can be given.")
                                                  .arg(entry.plekId, places::placeStatusLabel(place->status))};
        auto taken = PlanStateRepository(m_db).takenCapacity();
        if (!taken)
            return taken.error();
        if (taken->value(place->id) >= place->details.capacity)
            return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "Place %1 has no capacity left: its %2 place(s) are taken or "
                                                 "promised to approved proposals.")
                                                  .arg(entry.plekId)
                                                  .arg(place->details.capacity)};
        return QString();
    });
}

Result<PlanEntry> PlanWorkflowService::offer(qint64 entryId)
{
    const Step step{EntryStatus::Approved, EntryStatus::Offered, Permission::WorkCases, QStringLiteral("offer")};
    return move(entryId, step, [](const PlanEntry &) -> Result<QString> { return QString(); });
}

Result<PlanEntry> PlanWorkflowService::accept(qint64 entryId)
{
    const Step step{EntryStatus::Offered, EntryStatus::Accepted, Permission::WorkCases, QStringLiteral("accept")};
    return move(entryId, step, [](const PlanEntry &) -> Result<QString> { return QString(); });
}

Result<PlanEntry> PlanWorkflowService::decline(qint64 entryId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::invalid({{QStringLiteral("reason"), QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "Give the reason the household declined the offer.")}});
    const Step step{EntryStatus::Offered, EntryStatus::Declined, Permission::WorkCases, QStringLiteral("decline"), why};
    return move(entryId, step, [this](const PlanEntry &entry) -> Result<QString> {
        if (entry.placeId == 0)
            return QString();
        // The reason stays out of the log: it is free text about the household.
        if (auto excluded = PlanStateRepository(m_db).addExclusion(entry.householdId, entry.placeId,
                                                                   ExclusionSource::Declined, m_session.user().username,
                                                                   m_clock.now().toUTC());
            !excluded)
            return excluded.error();
        return QStringLiteral("excluded");
    });
}

Result<PlanEntry> PlanWorkflowService::place(qint64 entryId, QDate placedOn)
{
    const QDate on = placedOn.isValid() ? placedOn : m_clock.today();
    const Step step{EntryStatus::Accepted, EntryStatus::Placed, Permission::WorkCases, QStringLiteral("place")};
    return move(entryId, step, [this, on](const PlanEntry &entry) { return placeIt(entry, on); });
}

Result<QString> PlanWorkflowService::placeIt(const PlanEntry &entry, QDate placedOn)
{
    auto place = placeOf(m_db, entry);
    if (!place)
        return place.error();
    PlanStateRepository state(m_db);
    auto placed = state.isPlaced(entry.householdId);
    if (!placed)
        return placed.error();
    if (*placed)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "Household %1 already lives in a place.").arg(entry.householdId)};
    auto occupants = state.occupants(place->id);
    if (!occupants)
        return occupants.error();
    if (*occupants >= place->details.capacity)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "Place %1 is full: %2 household(s) live there.")
                                              .arg(entry.plekId)
                                              .arg(*occupants)};

    cases::CaseService cases(m_database, m_clock, m_session);
    auto caseId = cases.openCaseOf(entry.householdId);
    if (!caseId)
        return caseId.error();
    const QString by = m_session.user().username;
    const QDateTime now = m_clock.now().toUTC();
    auto placement = state.addPlacement(place->id, entry.householdId, entry.id, *caseId, placedOn, by, now);
    if (!placement)
        return placement.error();
    QString detail = QStringLiteral("placement:%1 on:%2").arg(*placement).arg(placedOn.toString(Qt::ISODate));

    if (*occupants + 1 >= place->details.capacity && place->status != places::PlaceStatus::Bezet) {
        if (auto full = places::PlaceRepository(m_db).setStatus(place->id, places::PlaceStatus::Bezet, by, now); !full)
            return full.error();
        // The place's own trail, as PlaceService writes it for a status change.
        if (auto audited = AuditLog(m_db, m_clock)
                               .record(m_session, AuditAction::ChangePlaces, QStringLiteral("place"), place->id,
                                       AuditResult::Success, {},
                                       QStringLiteral("status %1:%2→%3 (placement)")
                                           .arg(entry.plekId, places::placeStatusKey(place->status),
                                                places::placeStatusKey(places::PlaceStatus::Bezet)));
            !audited)
            return audited.error();
        detail += QStringLiteral(" place_full");
    }

    if (*caseId != 0) {
        QStringList where{place->details.provider};
        if (!place->details.location.isEmpty())
            where << place->details.location;
        const QString text = QCoreApplication::translate("vangnet::plans::PlanWorkflowService", "Placed in %1 (%2) as of %3.")
                                 .arg(entry.plekId, where.join(QStringLiteral(", ")),
                                      placedOn.toString(QStringLiteral("dd-MM-yyyy")));
        if (auto note = cases.addNote(*caseId, text); !note)
            return note.error();
        detail += QStringLiteral(" case:%1").arg(*caseId);
    }
    return detail;
}

} // namespace vangnet::plans
