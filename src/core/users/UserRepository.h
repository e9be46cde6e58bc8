#pragma once

#include "security/KeySlot.h"
#include "support/Result.h"
#include "users/User.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace vangnet {

/// The account's state after a failed login was counted.
struct LoginFailure {
    int failedAttempts = 0; ///< 0 right after the attempt that locked the account
    QDateTime lockedUntil;  ///< UTC; invalid when not locked
};

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
    /// Adds one failed attempt in one statement (safe against concurrent logins); the attempt that
    /// reaches `maxFailedAttempts` sets locked_until to `lockUntil` and the count back to 0.
    /// No version bump: bookkeeping, not an edit.
    Result<LoginFailure> countFailedLogin(qint64 userId, int maxFailedAttempts, const QDateTime &lockUntil);
    /// After a successful login or a password reset: no failures, not locked.
    Result<void> clearLoginFailures(qint64 userId);

    Result<KeySlot> keySlot(qint64 userId) const;
    Result<bool> hasKeySlot(qint64 userId) const;
    /// Also stores the slot's password check on the user (it outlives a revoked slot).
    Result<void> saveKeySlot(qint64 userId, const KeySlot &slot);
    /// KeySlot::passwordCheck of the user's last slot; empty when none was stored.
    Result<QString> passwordCheck(qint64 userId) const;
    /// Revocation: the account's password no longer opens the data key.
    Result<void> removeKeySlot(qint64 userId);

    Result<QList<Team>> teams() const;
    Result<Team> insertTeam(const QString &name);
    /// Gives every household without a team to this team (households from before teams existed).
    Result<void> adoptTeamlessHouseholds(qint64 teamId);

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
