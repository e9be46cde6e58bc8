#include "clocks/ClockService.h"

#include "audit/AuditLog.h"
#include "clocks/ClockRepository.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

#include <spdlog/spdlog.h>

namespace vangnet {

using clocks::ClockSetting;
using clocks::ClockSettings;

namespace {

const QString clocksObject = QStringLiteral("clock_settings");

/// "14" or "3wd": the value as the audit detail shows it.
QString auditValue(const ClockSetting &setting)
{
    return QString::number(setting.days) + (setting.workingDays ? QStringLiteral("wd") : QString());
}

/// A date as the messages show it (DD-MM-YYYY, as on every screen).
QString shownDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

bool sameValue(const ClockSetting &a, const ClockSetting &b)
{
    return a.days == b.days && a.workingDays == b.workingDays;
}

} // namespace

ClockService::ClockService(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<void> ClockService::allowed(Permission permission, const QString &attempted) const
{
    return AccessGuard(m_db, m_clock, m_session).require(permission, clocksObject, 0, QStringLiteral("attempt:%1").arg(attempted));
}

Result<ClockSettings> ClockService::settings() const
{
    // The queue of a caseworker needs the deadlines as much as the team lead's settings page.
    const Permission reading
        = m_session.can(Permission::ManageClocks) ? Permission::ManageClocks : Permission::ViewHouseholds;
    if (auto ok = allowed(reading, QStringLiteral("clocks_view")); !ok)
        return ok.error();
    return clocks::ClockRepository(m_db).settings();
}

Result<void> ClockService::save(const ClockSetting &setting)
{
    return write({setting});
}

Result<void> ClockService::saveAll(const ClockSettings &settings)
{
    return write(settings.all());
}

Result<void> ClockService::write(const QList<ClockSetting> &wanted)
{
    if (auto ok = allowed(Permission::ManageClocks, auditActionKey(AuditAction::ClocksChange)); !ok)
        return ok;
    // Range errors first, each named after its clock; the order of the alerts is checked on
    // the set as it would be after the change.
    QList<FieldError> errors;
    for (const ClockSetting &setting : wanted)
        if (auto error = clocks::validateClockSetting(setting))
            errors << *error;
    if (!errors.isEmpty())
        return Error::invalid(errors);

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    clocks::ClockRepository repository(m_db);
    auto stored = repository.settings();
    if (!stored)
        return stored.error();
    ClockSettings after = *stored;
    for (const ClockSetting &setting : wanted)
        after.set(setting);
    if (errors = clocks::validateClockSettings(after); !errors.isEmpty())
        return Error::invalid(errors);

    const QDateTime now = m_clock.now().toUTC();
    QStringList changes;
    for (ClockSetting setting : wanted) {
        const ClockSetting &before = stored->of(setting.kind);
        if (sameValue(before, setting))
            continue;
        setting.updatedAt = now;
        setting.updatedBy = m_session.user().username;
        if (auto saved = repository.save(setting); !saved)
            return saved;
        changes
            << QStringLiteral("%1:%2→%3").arg(clocks::clockKey(setting.kind), auditValue(before), auditValue(setting));
    }
    if (changes.isEmpty())
        return success();
    const QString detail = changes.join(QLatin1Char(' '));
    if (auto audited = audit(detail); !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("clock settings changed by user {}: {}", m_session.user().id, detail.toStdString());
    return success();
}

Result<void> ClockService::setOfferStart(clocks::OfferStart rule)
{
    if (auto ok = allowed(Permission::ManageClocks, auditActionKey(AuditAction::ClocksChange)); !ok)
        return ok;
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    clocks::ClockRepository repository(m_db);
    auto stored = repository.settings();
    if (!stored)
        return stored.error();
    const clocks::OfferStart before = stored->offerStart();
    if (before == rule)
        return success();
    if (auto saved = repository.saveOfferStart({rule, m_clock.now().toUTC(), m_session.user().username}); !saved)
        return saved;
    if (auto audited = audit(QStringLiteral("contact_offer_start:%1→%2")
                                 .arg(clocks::offerStartKey(before), clocks::offerStartKey(rule)));
        !audited)
        return audited;
    return tx.commit();
}

Result<void> ClockService::audit(const QString &detail) const
{
    return AuditLog(m_db, m_clock).record(m_session, AuditAction::ClocksChange, clocksObject, 0, AuditResult::Success, {}, detail);
}

Result<void> ClockService::addDayOff(const QDate &date, const QString &name)
{
    if (auto ok = allowed(Permission::ManageClocks, auditActionKey(AuditAction::ClocksChange)); !ok)
        return ok;
    QList<FieldError> errors;
    if (!date.isValid())
        errors << FieldError{QStringLiteral("date"), QCoreApplication::translate("vangnet::ClockService", "Give the date of the day off.")};
    else if (date.dayOfWeek() > Qt::Friday)
        errors << FieldError{QStringLiteral("date"), QCoreApplication::translate("vangnet::ClockService", "%1 is a Saturday or Sunday: working-day deadlines skip it already.")
                                                         .arg(shownDate(date))};
    else if (clocks::isPublicHoliday(date))
        errors << FieldError{QStringLiteral("date"), QCoreApplication::translate("vangnet::ClockService", "%1 is a public holiday already.").arg(shownDate(date))};
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        errors << FieldError{QStringLiteral("name"), QCoreApplication::translate("vangnet::ClockService", "Say which day it is, e.g. the decree that adds it.")};
    else if (trimmed.size() > 200)
        errors << FieldError{QStringLiteral("name"), QCoreApplication::translate("vangnet::ClockService", "Keep the name to 200 characters.")};
    if (!errors.isEmpty())
        return Error::invalid(errors);
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    clocks::ClockRepository repository(m_db);
    auto existing = repository.dayOffName(date);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::ClockService", "%1 is already a day off (%2).").arg(shownDate(date), **existing)};
    if (auto added = repository.addDayOff({date, trimmed, m_session.user().username, m_clock.now().toUTC()}); !added)
        return added;
    if (auto audited = audit(QStringLiteral("day_off:+%1").arg(date.toString(Qt::ISODate))); !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("day off {} added by user {}", date.toString(Qt::ISODate).toStdString(), m_session.user().id);
    return success();
}

Result<void> ClockService::removeDayOff(const QDate &date)
{
    if (auto ok = allowed(Permission::ManageClocks, auditActionKey(AuditAction::ClocksChange)); !ok)
        return ok;
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    auto removed = clocks::ClockRepository(m_db).removeDayOff(date);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::ClockService", "%1 is not an added day off.")
                                              .arg(shownDate(date))};
    if (auto audited = audit(QStringLiteral("day_off:-%1").arg(date.toString(Qt::ISODate))); !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("day off {} removed by user {}", date.toString(Qt::ISODate).toStdString(), m_session.user().id);
    return success();
}

} // namespace vangnet
