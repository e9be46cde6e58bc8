// HouseholdMergeService::undo: splitting a merge back from its record.
#include "households/HouseholdMergeService.h"

#include "audit/AuditLog.h"
#include "rules/RulesService.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::households {

namespace {

Error cannotUndo(const QString &why)
{
    return Error{ErrorCode::Conflict,
        QCoreApplication::translate(
            "vangnet::households::HouseholdMergeService", "This merge can no longer be undone: %1.")
            .arg(why)};
}

/// True when a row kept for the undo holds a value sealed under another version of the team key
/// than `current`: a rotation since the merge re-sealed the live rows, not the kept ones, so they
/// would come back unreadable (docs/duplicates.md, "Undo").
bool sealedUnderOtherKey(const QJsonObject &removed, const QString &current)
{
    const QString prefix = QStringLiteral("v3:");
    for (const QJsonValue &rows : removed)
        for (const QJsonValue &row : rows.toArray())
            for (const QJsonValue &value : row.toObject())
                if (const QString text = value.toString(); text.startsWith(prefix)
                    && !text.startsWith(prefix + current + QLatin1Char(':')))
                    return true;
    return false;
}

} // namespace

Result<void> HouseholdMergeService::restore(const MergeRecord &r, const MergeRepository &repository)
{
    const QString households = QStringLiteral("households");
    const QString persons = QStringLiteral("persons");
    // Rows come back under their own ids (sealed values name their row): an id given to a new
    // row since stands in the way.
    if (auto taken = repository.exists(households, QStringLiteral("id"), r.mergedId); !taken || *taken)
        return taken ? cannotUndo(QCoreApplication::translate(
                   "vangnet::households::HouseholdMergeService", "its number was given to another household since"))
                     : Error(taken.error());
    for (const QJsonValue &row : r.removed.value(persons).toArray())
        if (auto taken
            = repository.exists(persons, QStringLiteral("id"), row.toObject().value(QStringLiteral("id")).toInteger());
            !taken || *taken)
            return taken ? cannotUndo(QCoreApplication::translate("vangnet::households::HouseholdMergeService",
                       "a member's number was given to another person since"))
                         : Error(taken.error());

    if (auto back = repository.insertRow(households, r.household); !back)
        return back;
    // A BSN the survivor received goes back to the member who brought it.
    for (const QJsonValue &survivor : r.repointed.value(QStringLiteral("persons.bsn")).toArray())
        if (auto cleared = repository.clearBsn(survivor.toInteger()); !cleared)
            return cleared;
    for (const QJsonValue &row : r.removed.value(persons).toArray())
        if (auto back = repository.insertRow(persons, row.toObject()); !back)
            return back;
    for (auto it = r.removed.constBegin(); it != r.removed.constEnd(); ++it)
        if (it.key() != persons)
            for (const QJsonValue &row : it.value().toArray())
                if (auto back = repository.insertRow(it.key(), row.toObject()); !back)
                    return back;
    if (auto back = repository.repointBack(r.repointed); !back)
        return back;
    if (auto back = repository.moveBack(r.moved, r.keptId, r.mergedId); !back)
        return back;
    if (auto back = repository.followCases(r.moved.value(QStringLiteral("cases")).toArray(), r.keptId, r.mergedId);
        !back)
        return back;
    return repository.removeMatchKeys(r.id);
}

Result<void> HouseholdMergeService::undo(qint64 mergeId)
{
    const QString mergeObject = QStringLiteral("household_merge");
    AccessGuard guard(m_db, m_clock, m_session);
    if (auto allowed = guard.require(Permission::EditHouseholds, mergeObject, mergeId); !allowed)
        return allowed;
    MergeRepository repository(m_db);
    auto record = repository.record(mergeId);
    if (!record) {
        if (record.error().code != ErrorCode::NotFound)
            return record.error();
        return guard.refuse(record.error(), mergeObject, mergeId);
    }
    const MergeRecord &r = *record;
    if (!m_session.canSeeTeam(r.teamId))
        return guard.refuse(Error{ErrorCode::NotFound,
                                QCoreApplication::translate("vangnet::households::HouseholdMergeService",
                                    "There is no merge %1 that you may see.")
                                    .arg(mergeId)},
            mergeObject, mergeId);
    if (r.undoneAt.isValid())
        return cannotUndo(
            QCoreApplication::translate("vangnet::households::HouseholdMergeService", "it was undone already"));
    auto days = undoDays();
    if (!days)
        return days.error();
    const QDateTime now = m_clock.now().toUTC();
    if (r.mergedAt.addDays(*days) < now)
        return cannotUndo(QCoreApplication::translate(
            "vangnet::households::HouseholdMergeService", "a merge can be undone for %1 days, and this one is older")
                              .arg(*days));

    if (m_session.fields().mode() == FieldCipher::Mode::Team
        && sealedUnderOtherKey(r.removed, m_session.fields().teamKey().text()))
        return cannotUndo(QCoreApplication::translate(
            "vangnet::households::HouseholdMergeService",
            "the team's key was rotated since the merge, and the rows kept for the undo were sealed under the old key"));

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto kept = repository.exists(QStringLiteral("households"), QStringLiteral("id"), r.keptId); !kept || !*kept)
        return kept ? cannotUndo(QCoreApplication::translate(
                   "vangnet::households::HouseholdMergeService", "the household that stayed no longer exists"))
                    : Error(kept.error());
    auto blocking = repository.blockingUndo(r);
    if (!blocking)
        return blocking.error();
    if (!blocking->isEmpty())
        return cannotUndo(*blocking);
    if (auto restored = restore(r, repository); !restored)
        return restored;
    for (const qint64 id : {r.keptId, r.mergedId})
        if (auto touched = repository.touch(id, now); !touched)
            return touched;
    if (auto marked = repository.markUndone(r.id, now, m_session.user().username); !marked)
        return marked;
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::UnmergeHousehold, QStringLiteral("household"), r.keptId,
                               AuditResult::Success, {},
                               QStringLiteral("merge:%1 undone, household %2 back").arg(r.id).arg(r.mergedId));
        !audited)
        return audited;
    if (auto flagged = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds({r.keptId, r.mergedId});
        !flagged)
        return flagged.error();
    return tx.commit();
}

} // namespace vangnet::households
