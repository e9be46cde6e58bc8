#include "retention/RetentionService.h"

#include "audit/AuditLog.h"
#include "retention/RetentionRepository.h"
#include "retention/RetentionTarget.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "server/ServerLogins.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

/// On a team server the beheerder's login role has no rights on household data (ADR 12), so it can
/// neither count nor delete what is due: said plainly instead of the server's refusal.
Result<void> purgesRunHere(const QSqlDatabase &db)
{
    if (!server::ServerLogins::onTeamServer(db))
        return success();
    return Error{ErrorCode::PermissionDenied,
                 QCoreApplication::translate("vangnet::RetentionService",
                                             "On a team server the beheerder's account may not read household data, so what is "
                                             "due cannot be counted or purged from it yet (docs/team-mode.md, known limits). "
                                             "The retention periods can be set as usual.")};
}
const QString retentionObject = QStringLiteral("retention");
} // namespace

RetentionService::RetentionService(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection()), m_clock(clock), m_session(session)
{
}

Result<void> RetentionService::allowed(AuditAction attempted) const
{
    return AccessGuard(m_db, m_clock, m_session)
        .require(Permission::ManageRetention, retentionObject, 0, QStringLiteral("attempt:%1").arg(auditActionKey(attempted)));
}

Result<QList<RetentionPeriod>> RetentionService::periods() const
{
    if (auto ok = allowed(AuditAction::RetentionChange); !ok)
        return ok.error();
    return currentPeriods();
}

Result<QList<RetentionPeriod>> RetentionService::currentPeriods() const
{
    auto stored = RetentionRepository(m_db).periods();
    if (!stored)
        return stored.error();
    QList<RetentionPeriod> out;
    for (RetentionCategory category : allRetentionCategories()) {
        RetentionPeriod period{category, defaultRetentionMonths(category), {}, {}};
        for (const RetentionPeriod &p : std::as_const(*stored))
            if (p.category == category)
                period = p;
        out << period;
    }
    return out;
}

Result<int> RetentionService::monthsOf(RetentionCategory category) const
{
    auto all = currentPeriods();
    if (!all)
        return all.error();
    for (const RetentionPeriod &p : std::as_const(*all))
        if (p.category == category)
            return p.months;
    return defaultRetentionMonths(category);
}

Result<RetentionPeriod> RetentionService::setPeriod(RetentionCategory category, int months)
{
    if (auto ok = allowed(AuditAction::RetentionChange); !ok)
        return ok.error();
    if (auto invalid = retention::validateMonths(category, months))
        return Error::invalid({*invalid});
    const RetentionPeriod period{category, months, m_clock.now().toUTC(), m_session.user().username};

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    if (auto saved = RetentionRepository(m_db).setPeriod(period); !saved)
        return saved.error();
    const QString detail = QStringLiteral("category:%1 months:%2").arg(retentionCategoryKey(category)).arg(months);
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::RetentionChange, retentionObject, 0, AuditResult::Success,
                                   {}, detail);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("retention period {} set to {} months by user {}", retentionCategoryKey(category).toStdString(), months,
                 m_session.user().id);
    return period;
}

Result<QList<RetentionDue>> RetentionService::due() const
{
    if (auto ok = allowed(AuditAction::RetentionPurge); !ok)
        return ok.error();
    if (auto here = purgesRunHere(m_db); !here)
        return here.error();
    auto all = currentPeriods();
    if (!all)
        return all.error();
    const QDate today = m_clock.today();
    QList<RetentionDue> out;
    for (const RetentionPeriod &period : std::as_const(*all)) {
        RetentionDue due;
        due.category = period.category;
        due.months = period.months;
        due.asOf = today;
        due.cutoff = retention::cutoffDate(today, period.months);
        const auto target = retentionTarget(period.category);
        due.hasData = target != nullptr;
        if (target) {
            auto items = target->due(m_db, retention::cutoffMoment(due.cutoff));
            if (!items)
                return items.error();
            due.count = items->size();
            for (const RetentionItem &item : std::as_const(*items)) {
                const QDate day = item.lastActivity.toLocalTime().date();
                if (!due.oldest.isValid() || day < due.oldest)
                    due.oldest = day;
            }
        }
        out << due;
    }
    return out;
}

Result<RetentionPurge> RetentionService::purge(const RetentionDue &confirmed)
{
    if (auto ok = allowed(AuditAction::RetentionPurge); !ok)
        return ok.error();
    if (auto here = purgesRunHere(m_db); !here)
        return here.error();
    const QString label = retentionCategoryLabel(confirmed.category);
    // Period, count and deletion are checked and done in one transaction, so a period changed
    // or a note added meanwhile cannot slip between the check and the delete.
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto months = monthsOf(confirmed.category);
    if (!months)
        return months.error();
    if (*months != confirmed.months)
        return Error{ErrorCode::StaleEdit,
                     QCoreApplication::translate("vangnet::RetentionService",
                                                 "The retention period for \"%1\" was changed since the overview was "
                                                 "made. Nothing was purged; look at what is due again.")
                         .arg(label)};
    // What was shown is what is purged, but never more than today's period allows.
    if (!confirmed.cutoff.isValid() || confirmed.cutoff > retention::cutoffDate(m_clock.today(), *months))
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vangnet::RetentionService",
                                                 "The cutoff date for \"%1\" is later than the retention period "
                                                 "allows. Nothing was purged.")
                         .arg(label)};
    RetentionPurge purge;
    purge.category = confirmed.category;
    purge.months = confirmed.months;
    purge.cutoff = confirmed.cutoff;
    purge.actorId = m_session.user().id;
    purge.actorName = m_session.user().username;
    const auto target = retentionTarget(confirmed.category);
    if (!target || confirmed.count == 0)
        return purge;

    const QDateTime cutoff = retention::cutoffMoment(confirmed.cutoff);
    const Error changed{ErrorCode::StaleEdit,
                        QCoreApplication::translate("vangnet::RetentionService",
                                                    "The number of items due for \"%1\" changed since the overview "
                                                    "was made. Nothing was purged; look at what is due again.")
                            .arg(label)};
    auto items = target->due(m_db, cutoff);
    if (!items)
        return items.error();
    if (items->size() != confirmed.count)
        return changed;
    QList<qint64> ids;
    for (const RetentionItem &item : std::as_const(*items))
        ids << item.id;
    auto removed = target->remove(m_db, ids, cutoff);
    if (!removed)
        return removed.error();
    if (*removed != confirmed.count)
        return changed; // something changed between the count and the delete: roll back
    purge.count = *removed;
    purge.at = m_clock.now().toUTC();
    auto id = RetentionRepository(m_db).addPurge(purge);
    if (!id)
        return id.error();
    purge.id = *id;
    // The audit record joins this transaction: the purge and its record commit together.
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::RetentionPurge, QStringLiteral("retention_purge"), purge.id,
                                   AuditResult::Success, {},
                                   QStringLiteral("category:%1 count:%2 cutoff:%3")
                                       .arg(retentionCategoryKey(purge.category))
                                       .arg(purge.count)
                                       .arg(purge.cutoff.toString(Qt::ISODate)));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("retention purge {}: {} items of {} before {} by user {}", purge.id, purge.count,
                 retentionCategoryKey(purge.category).toStdString(), purge.cutoff.toString(Qt::ISODate).toStdString(),
                 purge.actorId);
    return purge;
}

Result<QList<RetentionPurge>> RetentionService::purges(int limit) const
{
    if (auto ok = allowed(AuditAction::RetentionPurge); !ok)
        return ok.error();
    return RetentionRepository(m_db).purges(limit);
}

} // namespace vangnet
