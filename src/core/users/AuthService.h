#pragma once

#include "security/KeySlot.h"
#include "security/Session.h"
#include "support/Clock.h"
#include "support/Result.h"
#include "users/KeyService.h"
#include "users/User.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

#include <functional>

namespace vangnet {

class Database;
struct LoginFailure;

/// Login policy; defaults are municipal policy, not law (see docs/security.md).
struct LoginPolicy {
    int maxFailedAttempts = 5;       ///< then the account is locked for lockoutMinutes
    int lockoutMinutes = 15;
    int minimumPasswordLength = 10;  ///< demo accounts are made outside this rule
};

/// What an open session's user record says now (AuthService::sessionState).
enum class SessionState {
    Current,  ///< role, team and active as at login
    Disabled, ///< the account was disabled (or removed): the session ends
    Changed   ///< role or team changed: the user logs in again to get the new rights
};

/// Users, teams, login and passwords. The first administrator is created on a database
/// without users (first-run wizard); from then on every change needs an administrator session.
class AuthService {
public:
    AuthService(const Database &db, const Clock &clock, KdfLimits limits = KdfLimits::moderate(),
                LoginPolicy policy = {});

    /// True when the database has no users yet: the first-run wizard must create the administrator.
    Result<bool> needsFirstAdministrator() const;
    /// Creates the data key, the first team-less administrator and returns their session.
    Result<Session> createFirstAdministrator(const QString &username, const QString &displayName,
                                             const QString &password);

    /// Wrong password and unknown user give the same message (no user enumeration). The password
    /// is checked first: only the right password learns that the account is disabled or locked
    /// out. Every attempt is counted atomically before the check and cleared by a successful
    /// login; when it cannot be counted the login is refused (fail closed). Slow on purpose
    /// (Argon2id): call it off the GUI thread. `proven`, when given, is called with the session
    /// as soon as the password is proven and before the login writes to the audit log (its
    /// record seals pending anonymous ones): so `audit verify` sees the log as it is on disk.
    Result<Session> login(const QString &username, const QString &password,
                          const std::function<void(const Session &)> &proven = {});

    /// Reads the session's user again: an open session notices within its next check that an
    /// administrator disabled the account or changed its role or team (docs/security.md).
    Result<SessionState> sessionState(const Session &session) const;

    /// Gives the keys the session holds to colleagues still waiting for them (KeyService::grantPending).
    Result<int> shareKeys(const Session &session) const;

    /// Writes the logout audit record; the caller then drops the session (and its key).
    Result<void> logout(const Session &session);

    Result<void> changeOwnPassword(const Session &session, const QString &oldPassword, const QString &newPassword);

    // Administration (Permission::ManageUsers).
    Result<QList<User>> users(const Session &session) const;
    Result<QList<Team>> teams() const;
    Result<Team> createTeam(const Session &session, const QString &name);
    Result<User> createUser(const Session &session, User user, const QString &password);
    /// Role, team, display name, active; refused as stale when someone else changed the user.
    /// Disabling removes the user's key slot; enabling needs a slot again (resetPassword first).
    Result<User> updateUser(const Session &session, const User &user);
    Result<void> resetPassword(const Session &session, qint64 userId, const QString &newPassword);
    /// The administrator's side of a team key rotation (KeyService::rotate): `memberName` of team
    /// `teamId`, who holds the key, logs in here with their password (slow: Argon2id), agrees,
    /// and is logged out again. Both appear in the audit log.
    Result<KeyRotation> rotateTeamKey(const Session &administrator, const QString &memberName,
                                      const QString &memberPassword, qint64 teamId);

    /// Field errors for a new password (length, not the user name, not a common password).
    QList<FieldError> validatePassword(const QString &username, const QString &password) const;

private:
    /// On a team server: the user's PostgreSQL login role to match (server::ServerLogins).
    Result<void> keepLoginInStep(const QString &username, std::optional<Role> role, std::optional<bool> active,
                                 const QString *password);
    /// The end of a login: the one-time upgrades under the shared key, then the team keys.
    Result<Session> openSession(const Session &shared, const UserIdentity &identity);
    /// The login of an account without a key slot (disabled: revoked).
    Result<Session> loginWithoutSlot(const User &user, const LoginFailure &attempt, const QString &password);
    /// After the right password: refuses a disabled or locked-out account, audited.
    Result<void> refuseInactive(const User &user);
    /// Audits a wrong password (already counted); returns the generic refusal.
    Result<Session> refuseWrongPassword(const User &user, const LoginFailure &attempt);
    /// Records a failed login: anonymous (no key yet), sealed by the next logged-in action.
    Result<void> recordFailedLogin(const QString &typedName, const QString &detail);
    /// Records a UserChange by `session`.
    Result<void> audit(const Session &session, const QString &objectType, qint64 objectId, const QString &detail);

    QSqlDatabase m_db;
    const Clock &m_clock;
    KdfLimits m_limits;
    LoginPolicy m_policy;
};

} // namespace vangnet
