#include "clocks/ClockService.h"

#include "audit/AuditLog.h"
#include "clocks/ClockRepository.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

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
    auto permitted = m_session.require(permission);
    if (permitted)
        return permitted;
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::PermissionDenied, clocksObject, 0, AuditResult::Denied, {},
                               QStringLiteral("attempt:%1").arg(attempted));
        !audited)
        return audited;
    return permitted;
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
    if (auto audited
        = AuditLog(m_db, m_clock)
              .record(m_session, AuditAction::ClocksChange, clocksObject, 0, AuditResult::Success, {}, detail);
        !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("clock settings changed by user {}: {}", m_session.user().id, detail.toStdString());
    return success();
}

} // namespace vangnet
