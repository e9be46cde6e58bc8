#pragma once

#include "audit/AuditEvent.h"
#include "clocks/ClockSettings.h"
#include "security/Role.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

class Database;
class Session;

/// The deadline settings (docs/clocks.md). Everyone who works with households reads them (the
/// queue and the case screens compute deadlines with them); only a team lead changes them
/// (Permission::ManageClocks). A refusal is ErrorCode::PermissionDenied and is audited; a change
/// is audited as AuditAction::ClocksChange with the old and new values, never personal data.
class ClockService {
public:
    ClockService(const Database &db, const Clock &clock, const Session &session);

    /// Every clock's setting: the stored one, else the example policy. Needs
    /// Permission::ViewHouseholds or Permission::ManageClocks.
    Result<clocks::ClockSettings> settings() const;

    /// Changes one clock. Refuses days outside 1…3650 and discharge alerts out of order with a
    /// field error named after the clock (ErrorCode::Invalid); nothing is written then. Saving
    /// an unchanged value writes nothing and records nothing.
    Result<void> save(const clocks::ClockSetting &setting);
    /// Changes every clock that differs from what is stored, in one transaction and one audit
    /// record; all field errors at once when any value is refused, and then nothing is written.
    Result<void> saveAll(const clocks::ClockSettings &settings);

    /// When the contact-offer clock starts (docs/clocks.md); audited as a clocks change, nothing
    /// written or recorded when it is unchanged.
    Result<void> setOfferStart(clocks::OfferStart rule);

    /// Adds a day off to the working days (a day the government adds by decree). Refuses an
    /// invalid date, a Saturday or Sunday, a public holiday, a day already added and an empty
    /// name, each with a field error ("date" or "name"); audited as a clocks change.
    Result<void> addDayOff(const QDate &date, const QString &name);
    /// Takes an added day off away again; ErrorCode::NotFound when it was not added.
    Result<void> removeDayOff(const QDate &date);

private:
    Result<void> allowed(Permission permission, const QString &attempted) const;
    Result<void> write(const QList<clocks::ClockSetting> &wanted);
    Result<void> audit(const QString &detail) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet
