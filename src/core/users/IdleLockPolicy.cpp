#include "users/IdleLockPolicy.h"

#include "audit/AuditLog.h"
#include "security/Session.h"
#include "settings/OrganisationRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace vangnet {

namespace {
const QString settingKey = QStringLiteral("idle_lock_minutes");
const QString settingObject = QStringLiteral("setting");
} // namespace

IdleLockPolicy::IdleLockPolicy(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<int> IdleLockPolicy::minutes() const
{
    auto all = settings::OrganisationRepository(m_db.connection()).all();
    if (!all)
        return all.error();
    bool ok = false;
    const int stored = all->value(settingKey).value.toInt(&ok);
    return ok ? std::clamp(stored, minimumMinutes, maximumMinutes) : defaultMinutes;
}

Result<void> IdleLockPolicy::setMinutes(const Session &session, int minutes) const
{
    AuditLog log(m_db, m_clock);
    if (auto allowed = session.require(Permission::ManageUsers); !allowed) {
        if (auto audited = log.record(session, AuditAction::PermissionDenied, settingObject, 0, AuditResult::Denied, {},
                                      QStringLiteral("attempt:idle_lock_minutes"));
            !audited)
            return audited;
        return allowed;
    }
    if (minutes < minimumMinutes || minutes > maximumMinutes)
        return Error(ErrorCode::Invalid,
                     tr("The idle lock time is %1 minutes; it must be between %2 and %3 minutes.")
                         .arg(minutes).arg(minimumMinutes).arg(maximumMinutes),
                     {FieldError{QStringLiteral("minutes"), tr("between %1 and %2").arg(minimumMinutes).arg(maximumMinutes)}});
    Transaction tx(m_db.connection());
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto put = settings::OrganisationRepository(m_db.connection())
                       .put(settingKey, QString::number(minutes), m_clock.now(), session.user().username);
        !put)
        return put;
    if (auto audited = log.record(session, AuditAction::UserChange, settingObject, 0, AuditResult::Success, {},
                                  QStringLiteral("idle_lock_minutes:%1").arg(minutes));
        !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("idle lock set to {} minutes by user {}", minutes, session.user().id);
    return success();
}

} // namespace vangnet
