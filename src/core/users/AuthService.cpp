#include "users/AuthService.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProtectedFields.h"
#include "storage/Transaction.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

Error loginRefused()
{
    // One message for an unknown user and a wrong password: no hint which names exist.
    return Error{ErrorCode::AuthenticationFailed,
                 QCoreApplication::translate("vangnet::AuthService", "Unknown user name or wrong password.")};
}

QString normalizedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

} // namespace

AuthService::AuthService(const Database &db, const Clock &clock, KdfLimits limits, LoginPolicy policy)
    : m_db(db.connection()), m_clock(clock), m_limits(limits), m_policy(policy)
{
}

Result<bool> AuthService::needsFirstAdministrator() const
{
    auto count = UserRepository(m_db).countUsers();
    if (!count)
        return count.error();
    return *count == 0;
}

QList<FieldError> AuthService::validatePassword(const QString &username, const QString &password) const
{
    QList<FieldError> errors;
    if (password.size() < m_policy.minimumPasswordLength)
        errors.append({QStringLiteral("password"),
                       QCoreApplication::translate("vangnet::AuthService", "A password has at least %1 characters")
                           .arg(m_policy.minimumPasswordLength)});
    else if (!username.trimmed().isEmpty() && password.contains(username.trimmed(), Qt::CaseInsensitive))
        errors.append({QStringLiteral("password"),
                       QCoreApplication::translate("vangnet::AuthService", "A password may not contain the user name")});
    return errors;
}

namespace {
QList<FieldError> validateUser(const User &u)
{
    QList<FieldError> errors;
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!name.match(u.username).hasMatch())
        errors.append({QStringLiteral("username"),
                       QCoreApplication::translate("vangnet::AuthService",
                                                   "A user name has 2 to 32 lower-case letters, digits, dots, dashes or "
                                                   "underscores")});
    if (u.displayName.trimmed().isEmpty())
        errors.append({QStringLiteral("displayName"), QCoreApplication::translate("vangnet::AuthService", "Name is required")});
    if (u.role != Role::FunctioneelBeheerder && u.teamId == 0)
        errors.append({QStringLiteral("team"),
                       QCoreApplication::translate("vangnet::AuthService", "Caseworkers and team leads belong to a team")});
    return errors;
}
} // namespace

Result<Session> AuthService::createFirstAdministrator(const QString &username, const QString &displayName,
                                                      const QString &password)
{
    User admin;
    admin.username = normalizedUsername(username);
    admin.displayName = displayName.trimmed();
    admin.role = Role::FunctioneelBeheerder;
    QList<FieldError> errors = validateUser(admin);
    errors.append(validatePassword(admin.username, password));
    if (!errors.isEmpty())
        return Error::invalid(errors);

    auto dataKey = std::make_shared<SecretKey>(SecretKey::random());
    auto slot = KeySlot::seal(*dataKey, password, m_limits); // slow: before the transaction
    if (!slot)
        return slot.error();

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    UserRepository users(m_db);
    auto first = needsFirstAdministrator();
    if (!first)
        return first.error();
    if (!*first)
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("vangnet::AuthService", "This database already has users; log in instead.")};
    auto stored = users.insert(admin, m_clock.now());
    if (!stored)
        return stored.error();
    if (auto saved = users.saveKeySlot(stored->id, *slot); !saved)
        return saved.error();
    Session session(*stored, dataKey);
    // The data key exists from here on: the audit chain starts with its genesis record.
    if (auto started = AuditLog(m_db, m_clock).start(*dataKey); !started)
        return started.error();
    // Audit records join the transaction: a change and its record commit together.
    if (auto audited = audit(session, QStringLiteral("user"), stored->id, QStringLiteral("create_first_administrator"));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("first administrator created (user {})", stored->id);
    // A household register from before users existed is sealed under the new data key.
    if (auto sealed = protectedfields::sealLegacy(m_db, session.fields()); !sealed)
        return sealed.error();
    return session;
}

Result<Session> AuthService::login(const QString &username, const QString &password,
                                   const std::function<void(const Session &)> &proven)
{
    UserRepository users(m_db);
    auto found = users.findByUsername(normalizedUsername(username));
    if (!found)
        return found.error();
    if (!found->has_value()) {
        KeySlot::spendEqualTime(password, m_limits);
        spdlog::warn("login failed: unknown user");
        if (auto audited = recordFailedLogin(username, QStringLiteral("login:unknown_user")); !audited)
            return audited.error();
        return loginRefused();
    }
    const User user = **found;
    const QDateTime now = m_clock.now();
    if (!user.active) {
        spdlog::warn("login refused: user {} is disabled", user.id);
        if (auto audited = recordFailedLogin(user.username, QStringLiteral("login:disabled")); !audited)
            return audited.error();
        return Error{ErrorCode::AuthenticationFailed,
                     QCoreApplication::translate("vangnet::AuthService", "This account is disabled. Ask the administrator.")};
    }
    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        spdlog::warn("login refused: user {} is locked out", user.id);
        if (auto audited = recordFailedLogin(user.username, QStringLiteral("login:locked_out")); !audited)
            return audited.error();
        return Error{ErrorCode::AuthenticationFailed,
                     QCoreApplication::translate("vangnet::AuthService",
                                                 "Too many failed attempts: this account is locked until %1.")
                         .arg(user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))};
    }
    auto slot = users.keySlot(user.id);
    if (!slot)
        return slot.error();
    auto key = slot->open(password);
    if (!key) {
        if (key.error().code != ErrorCode::Invalid)
            return key.error();
        const int failures = user.failedAttempts + 1;
        const bool lock = failures >= m_policy.maxFailedAttempts;
        (void)users.setLoginState(user.id, lock ? 0 : failures,
                                  lock ? now.addSecs(60LL * m_policy.lockoutMinutes) : QDateTime());
        spdlog::warn("login failed for user {} (attempt {}{})", user.id, failures, lock ? ", now locked out" : "");
        if (auto audited = recordFailedLogin(user.username, lock ? QStringLiteral("login:wrong_password,locked_out")
                                                                 : QStringLiteral("login:wrong_password"));
            !audited)
            return audited.error();
        return loginRefused();
    }
    User current = user;
    current.failedAttempts = 0;
    current.lockedUntil = QDateTime();
    Session session(current, std::make_shared<SecretKey>(std::move(key).value()));
    if (proven)
        proven(session);
    if (user.failedAttempts != 0 || user.lockedUntil.isValid())
        (void)users.setLoginState(user.id, 0, QDateTime());
    spdlog::info("user {} logged in", user.id);
    if (auto audited = AuditLog(m_db, m_clock).record(session, AuditAction::Login, QStringLiteral("user"), current.id);
        !audited)
        return audited.error();
    // Rows from before encryption at rest are sealed by the first login that holds the key.
    if (auto sealed = protectedfields::sealLegacy(m_db, session.fields()); !sealed)
        return sealed.error();
    return session;
}

Result<void> AuthService::logout(const Session &session)
{
    spdlog::info("user {} logged out", session.user().id);
    return AuditLog(m_db, m_clock).record(session, AuditAction::Logout, QStringLiteral("user"), session.user().id);
}

Result<void> AuthService::recordFailedLogin(const QString &typedName, const QString &detail)
{
    // The typed name is the user's, not a resident's: it is what an auditor needs to see.
    return AuditLog(m_db, m_clock).recordAnonymous(typedName, AuditAction::LoginFailed, AuditResult::Failed, detail);
}

Result<void> AuthService::audit(const Session &session, const QString &objectType, qint64 objectId,
                                const QString &detail)
{
    return AuditLog(m_db, m_clock).record(session, AuditAction::UserChange, objectType, objectId, AuditResult::Success,
                                          {}, detail);
}

Result<void> AuthService::changeOwnPassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    if (auto errors = validatePassword(session.user().username, newPassword); !errors.isEmpty())
        return Error::invalid(errors);
    UserRepository users(m_db);
    auto slot = users.keySlot(session.user().id);
    if (!slot)
        return slot.error();
    if (!slot->open(oldPassword))
        return Error::invalid({{QStringLiteral("oldPassword"),
                                QCoreApplication::translate("vangnet::AuthService", "The current password is not right")}});
    auto sealed = KeySlot::seal(session.dataKey(), newPassword, m_limits);
    if (!sealed)
        return sealed.error();
    if (auto saved = users.saveKeySlot(session.user().id, *sealed); !saved)
        return saved;
    spdlog::info("user {} changed their password", session.user().id);
    return audit(session, QStringLiteral("user"), session.user().id, QStringLiteral("change_password"));
}

Result<QList<User>> AuthService::users(const Session &session) const
{
    if (auto allowed = session.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    return UserRepository(m_db).all();
}

Result<QList<Team>> AuthService::teams() const
{
    return UserRepository(m_db).teams();
}

Result<Team> AuthService::createTeam(const Session &session, const QString &name)
{
    if (auto allowed = session.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error::invalid({{QStringLiteral("name"), QCoreApplication::translate("vangnet::AuthService", "A team needs a name")}});
    UserRepository users(m_db);
    auto existing = users.teams();
    if (!existing)
        return existing.error();
    for (const Team &t : *existing)
        if (t.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error::invalid({{QStringLiteral("name"),
                                    QCoreApplication::translate("vangnet::AuthService", "Team %1 exists already").arg(t.name)}});
    Transaction tx(m_db);
    auto team = users.insertTeam(trimmed);
    if (!team)
        return team.error();
    // Households from before teams existed go to the first team, so nobody loses sight of them.
    if (existing->isEmpty())
        if (auto adopted = users.adoptTeamlessHouseholds(team->id); !adopted)
            return adopted.error();
    if (auto audited = audit(session, QStringLiteral("team"), team->id, QStringLiteral("create_team")); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("team {} created by user {}", team->id, session.user().id);
    return team;
}

Result<User> AuthService::createUser(const Session &session, User user, const QString &password)
{
    if (auto allowed = session.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    user.username = normalizedUsername(user.username);
    user.displayName = user.displayName.trimmed();
    QList<FieldError> errors = validateUser(user);
    errors.append(validatePassword(user.username, password));
    UserRepository users(m_db);
    if (auto existing = users.findByUsername(user.username); existing && existing->has_value())
        errors.append({QStringLiteral("username"),
                       QCoreApplication::translate("vangnet::AuthService", "User name %1 is taken").arg(user.username)});
    if (!errors.isEmpty())
        return Error::invalid(errors);
    auto slot = KeySlot::seal(session.dataKey(), password, m_limits);
    if (!slot)
        return slot.error();
    Transaction tx(m_db);
    auto stored = users.insert(user, m_clock.now());
    if (!stored)
        return stored.error();
    if (auto saved = users.saveKeySlot(stored->id, *slot); !saved)
        return saved.error();
    if (auto audited = audit(session, QStringLiteral("user"), stored->id, QStringLiteral("create_user")); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("user {} created by user {}", stored->id, session.user().id);
    return stored;
}

Result<User> AuthService::updateUser(const Session &session, const User &user)
{
    if (auto allowed = session.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    User edited = user;
    edited.displayName = edited.displayName.trimmed();
    if (auto errors = validateUser(edited); !errors.isEmpty())
        return Error::invalid(errors);
    if (edited.id == session.user().id && (!edited.active || edited.role != Role::FunctioneelBeheerder))
        return Error::invalid({{QStringLiteral("role"), QCoreApplication::translate(
                                   "vangnet::AuthService", "You cannot disable yourself or take away your own administrator role")}});
    auto stored = UserRepository(m_db).update(edited, m_clock.now());
    if (!stored)
        return stored;
    spdlog::info("user {} changed by user {}", edited.id, session.user().id);
    if (auto audited = audit(session, QStringLiteral("user"), edited.id, QStringLiteral("update_user")); !audited)
        return audited.error();
    return stored;
}

Result<void> AuthService::resetPassword(const Session &session, qint64 userId, const QString &newPassword)
{
    if (auto allowed = session.require(Permission::ManageUsers); !allowed)
        return allowed;
    UserRepository users(m_db);
    auto user = users.get(userId);
    if (!user)
        return user.error();
    if (auto errors = validatePassword(user->username, newPassword); !errors.isEmpty())
        return Error::invalid(errors);
    auto slot = KeySlot::seal(session.dataKey(), newPassword, m_limits);
    if (!slot)
        return slot.error();
    Transaction tx(m_db);
    if (auto saved = users.saveKeySlot(userId, *slot); !saved)
        return saved;
    if (auto unlocked = users.setLoginState(userId, 0, QDateTime()); !unlocked)
        return unlocked;
    if (auto audited = audit(session, QStringLiteral("user"), userId, QStringLiteral("reset_password")); !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("password of user {} reset by user {}", userId, session.user().id);
    return success();
}

} // namespace vangnet
