#pragma once

#include "security/KeySlot.h"
#include "support/Result.h"
#include "users/User.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace vangnet {

/// The users, teams and key_slots tables. No permission checks here: AuthService does them.
class UserRepository {
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> countUsers() const;
    Result<std::optional<User>> findByUsername(const QString &username) const;
    Result<User> get(qint64 id) const;
    Result<QList<User>> all() const;
    Result<User> insert(User user, const QDateTime &now);
    /// Display name, role, team, active; refused as stale when the version moved on.
    Result<User> update(User user, const QDateTime &now);
    /// Failed-attempt counter and lock-out time (no version bump: bookkeeping, not an edit).
    Result<void> setLoginState(qint64 userId, int failedAttempts, const QDateTime &lockedUntil);

    Result<KeySlot> keySlot(qint64 userId) const;
    Result<void> saveKeySlot(qint64 userId, const KeySlot &slot);

    Result<QList<Team>> teams() const;
    Result<Team> insertTeam(const QString &name);
    /// Gives every household without a team to this team (households from before teams existed).
    Result<void> adoptTeamlessHouseholds(qint64 teamId);

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
