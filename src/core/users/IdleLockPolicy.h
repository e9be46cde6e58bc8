#pragma once

#include "support/Result.h"

#include <QCoreApplication>

namespace vangnet {

class Clock;
class Database;
class Session;

/// Schermvergrendeling as administrator policy (BIO 11.2.9, docs/security.md "Idle lock"): the
/// minutes without input after which every workstation locks its window. Stored in the database
/// (organisation_settings, key idle_lock_minutes), so one decision holds for every workstation
/// and no user can stretch it in a local settings file.
class IdleLockPolicy {
    Q_DECLARE_TR_FUNCTIONS(vangnet::IdleLockPolicy)
public:
    static constexpr int minimumMinutes = 1;
    static constexpr int maximumMinutes = 15; ///< BIO asks for a short time; 15 was the old fixed default
    static constexpr int defaultMinutes = 15;

    IdleLockPolicy(const Database &db, const Clock &clock);

    /// The stored minutes, clamped to 1–15; the default (15) when none is stored.
    Result<int> minutes() const;
    /// Only the functioneel beheerder (Permission::ManageUsers); refusals and changes are
    /// audited. Outside 1–15 is refused with a field error ("minutes").
    Result<void> setMinutes(const Session &session, int minutes) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace vangnet
