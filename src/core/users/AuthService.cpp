#include "users/AuthService.h"

#include "audit/AuditLog.h"
#include "server/ServerLogins.h"
#include "storage/Database.h"
#include "storage/KeyRepository.h"
#include "storage/ProtectedFields.h"
#include "storage/Transaction.h"
#include "users/KeyService.h"
#include "users/PasswordBlocklist.h"
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
    else if (PasswordBlocklist::shipped().isCommon(password))
        errors.append({QStringLiteral("password"),
                       QCoreApplication::translate("vangnet::AuthService",
                                                   "This password is on the list of common passwords; choose another")});
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
    auto slot = PendingKeySlot::derive(password, m_limits); // slow: before the transaction
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
    if (auto saved = users.saveKeySlot(stored->id, slot->seal(*dataKey, stored->id)); !saved)
        return saved.error();
    if (auto login = keepLoginInStep(stored->username, stored->role, true, &password); !login)
        return login.error();
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
    return openSession(session, slot->identity());
}

Result<Session> AuthService::openSession(const Session &shared, const UserIdentity &identity)
{
    // Rows from before encryption at rest are sealed by the first login that holds the key, and
    // values sealed before they named their place are bound to it, once; both under the shared
    // key, which the team keys then take over (KeyService::unlock). On a team server a role
    // without household rights (the beheerder's) has no such rows to see; a member's login
    // upgrades its own team's.
    if (!server::ServerLogins::onTeamServer(m_db) || roleAllows(shared.user().role, Permission::ViewHouseholds)) {
        if (auto sealed = protectedfields::sealLegacy(m_db, shared.sharedFields()); !sealed)
            return sealed.error();
        if (auto bound = protectedfields::bindUnbound(m_db, shared.sharedFields()); !bound)
            return bound.error();
    }
    auto keys = KeyService(m_db, m_clock).unlock(shared, identity);
    if (!keys)
        return keys.error();
    return Session(shared.user(), shared.dataKeyShared(), std::move(keys).value());
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
    // Fail closed: the attempt is counted (one atomic statement) before the password is checked
    // and cleared only by a successful login, so an attempt that cannot be counted is not made,
    // and ending the process during the check does not save an attempt.
    auto attempt = users.countFailedLogin(user.id, m_policy.maxFailedAttempts,
                                          m_clock.now().addSecs(60LL * m_policy.lockoutMinutes));
    if (!attempt) {
        spdlog::error("login refused: the attempt of user {} could not be counted", user.id);
        return attempt.error();
    }
    // The password is checked first, at the same cost for every account: only the right password
    // learns that an account is disabled or locked, a wrong one gets the one generic answer.
    auto slot = users.keySlot(user.id);
    if (!slot && slot.error().code != ErrorCode::NotFound)
        return slot.error();
    if (!slot)
        return loginWithoutSlot(user, *attempt, password);
    std::optional<UserIdentity> identity;
    auto key = slot->open(password, user.id, &identity);
    if (!key && key.error().code == ErrorCode::AuthenticationFailed)
        return refuseWrongPassword(user, *attempt);
    if (!key && key.error().code == ErrorCode::Invalid) {
        spdlog::warn("login refused: the key slot of user {} is damaged", user.id);
        if (auto audited = recordFailedLogin(user.username, QStringLiteral("login:damaged_key_slot")); !audited)
            return audited.error();
        return Error{ErrorCode::AuthenticationFailed, key.error().message};
    }
    if (!key)
        return key.error();
    if (auto refused = refuseInactive(user); !refused)
        return refused.error();
    // A slot from before slots were bound to their user is sealed again now, while the password
    // is at hand (slow: before the transaction).
    std::optional<KeySlot> resealed;
    if (slot->form != KeySlot::Form::UserBound) {
        auto pending = PendingKeySlot::derive(password, m_limits);
        if (!pending)
            return pending.error();
        resealed = pending->seal(*key, user.id);
        identity.emplace(pending->identity()); // the new slot's key pair
    }
    User current = user;
    current.failedAttempts = 0;
    current.lockedUntil = QDateTime();
    Session session(current, std::make_shared<SecretKey>(std::move(key).value()));
    if (proven)
        proven(session);
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    if (auto cleared = users.clearLoginFailures(user.id); !cleared)
        return cleared.error();
    if (resealed)
        if (auto saved = users.saveKeySlot(user.id, *resealed); !saved)
            return saved.error();
    if (auto audited = AuditLog(m_db, m_clock).record(session, AuditAction::Login, QStringLiteral("user"), current.id);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("user {} logged in{}", user.id, resealed ? " (key slot bound to the user)" : "");
    return openSession(session, *identity);
}

Result<Session> AuthService::loginWithoutSlot(const User &user, const LoginFailure &attempt, const QString &password)
{
    // A disabled account's slot is revoked; its password check still tells the right password.
    auto check = UserRepository(m_db).passwordCheck(user.id);
    if (!check)
        return check.error();
    if (!KeySlot::passwordMatches(*check, password, m_limits))
        return refuseWrongPassword(user, attempt);
    if (auto refused = refuseInactive(user); !refused)
        return refused.error();
    spdlog::warn("login refused: user {} has no key slot", user.id);
    if (auto audited = recordFailedLogin(user.username, QStringLiteral("login:no_key_slot")); !audited)
        return audited.error();
    return Error{ErrorCode::AuthenticationFailed,
                 QCoreApplication::translate("vangnet::UserRepository", "This account has no key slot; ask the "
                                                                         "administrator to reset the password")};
}

Result<void> AuthService::refuseInactive(const User &user)
{
    if (!user.active) {
        spdlog::warn("login refused: user {} is disabled", user.id);
        if (auto audited = recordFailedLogin(user.username, QStringLiteral("login:disabled")); !audited)
            return audited.error();
        return Error{ErrorCode::AuthenticationFailed,
                     QCoreApplication::translate("vangnet::AuthService", "This account is disabled. Ask the administrator.")};
    }
    if (user.lockedUntil.isValid() && user.lockedUntil > m_clock.now()) {
        spdlog::warn("login refused: user {} is locked out", user.id);
        if (auto audited = recordFailedLogin(user.username, QStringLiteral("login:locked_out")); !audited)
            return audited.error();
        return Error{ErrorCode::AuthenticationFailed,
                     QCoreApplication::translate("vangnet::AuthService",
                                                 "Too many failed attempts: this account is locked until %1.")
                         .arg(user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))};
    }
    return success();
}

Result<Session> AuthService::refuseWrongPassword(const User &user, const LoginFailure &attempt)
{
    // The attempt was counted before the check; an audit record that cannot be written refuses
    // with the storage error (the answer is a refusal either way).
    const bool lockedNow = attempt.failedAttempts == 0 && attempt.lockedUntil.isValid();
    if (auto audited = recordFailedLogin(user.username, lockedNow ? QStringLiteral("login:wrong_password,locked_out")
                                                                  : QStringLiteral("login:wrong_password"));
        !audited)
        return audited.error();
    spdlog::warn("login failed for user {}{}", user.id, lockedNow ? ", now locked out" : "");
    return loginRefused();
}

Result<SessionState> AuthService::sessionState(const Session &session) const
{
    auto now = UserRepository(m_db).get(session.user().id);
    if (!now && now.error().code == ErrorCode::NotFound)
        return SessionState::Disabled;
    if (!now)
        return now.error();
    if (!now->active)
        return SessionState::Disabled;
    if (now->role != session.user().role || now->teamId != session.user().teamId)
        return SessionState::Changed;
    return SessionState::Current;
}

Result<int> AuthService::shareKeys(const Session &session) const
{
    return KeyService(m_db, m_clock).grantPending(session);
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

Result<void> AuthService::keepLoginInStep(const QString &username, std::optional<Role> role, std::optional<bool> active,
                                          const QString *password)
{
    // On a team server each user logs in to PostgreSQL as themselves (docs/team-mode.md): the
    // login role follows the account in the same transaction, so the two never disagree.
    if (!server::ServerLogins::onTeamServer(m_db))
        return success();
    return server::ServerLogins(m_db).set(username, role, active, password);
}

Result<void> AuthService::changeOwnPassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    if (auto errors = validatePassword(session.user().username, newPassword); !errors.isEmpty())
        return Error::invalid(errors);
    UserRepository users(m_db);
    auto slot = users.keySlot(session.user().id);
    if (!slot)
        return slot.error();
    if (!slot->open(oldPassword, session.user().id))
        return Error::invalid({{QStringLiteral("oldPassword"),
                                QCoreApplication::translate("vangnet::AuthService", "The current password is not right")}});
    auto pending = PendingKeySlot::derive(newPassword, m_limits);
    if (!pending)
        return pending.error();
    // A new password makes a new key pair: the keys this session holds are granted to it again.
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto saved = users.saveKeySlot(session.user().id, pending->seal(session.dataKey(), session.user().id)); !saved)
        return saved;
    if (auto dropped = KeyRepository(m_db).deleteGrantsOf(session.user().id); !dropped)
        return dropped.error();
    if (auto granted = KeyService(m_db, m_clock).grantAgain(session, pending->identity().publicKey()); !granted)
        return granted;
    if (auto login = keepLoginInStep(session.user().username, std::nullopt, std::nullopt, &newPassword); !login)
        return login;
    if (auto audited = audit(session, QStringLiteral("user"), session.user().id, QStringLiteral("change_password"));
        !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("user {} changed their password", session.user().id);
    return success();
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
    // A team server has none (its households are made by team members; the beheerder's role
    // may not touch them).
    if (existing->isEmpty() && !server::ServerLogins::onTeamServer(m_db))
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
    auto slot = PendingKeySlot::derive(password, m_limits); // slow: before the transaction
    if (!slot)
        return slot.error();
    Transaction tx(m_db);
    auto stored = users.insert(user, m_clock.now());
    if (!stored)
        return stored.error();
    if (auto saved = users.saveKeySlot(stored->id, slot->seal(session.dataKey(), stored->id)); !saved)
        return saved.error();
    if (auto login = keepLoginInStep(stored->username, stored->role, stored->active, &password); !login)
        return login.error();
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
    UserRepository users(m_db);
    auto before = users.get(edited.id);
    if (!before)
        return before.error();
    if (edited.active) {
        // A disabled account's slot was revoked: only a password reset makes a new one.
        auto hasSlot = users.hasKeySlot(edited.id);
        if (!hasSlot)
            return hasSlot.error();
        if (!*hasSlot)
            return Error::invalid({{QStringLiteral("active"), QCoreApplication::translate(
                                       "vangnet::AuthService", "Reset the password first: this account's key was removed when it was disabled")}});
    }
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto stored = users.update(edited, m_clock.now());
    if (!stored)
        return stored;
    // Revocation: from now on this password opens the data key nowhere, not even in a copy of the
    // file, and no team key either. Moving to another team or role takes the old team's key away.
    QStringList detail{QStringLiteral("update_user")};
    if (!edited.active)
        if (auto removed = users.removeKeySlot(edited.id); !removed)
            return removed.error();
    if (!edited.active || edited.teamId != before->teamId || edited.role != before->role) {
        auto revoked = KeyRepository(m_db).deleteGrantsOf(edited.id);
        if (!revoked)
            return revoked.error();
        if (!edited.active)
            detail << QStringLiteral("key_slot_removed");
        if (*revoked > 0)
            detail << QStringLiteral("key_grants_removed=%1").arg(*revoked);
    }
    if (auto login = keepLoginInStep(before->username, edited.role, edited.active, nullptr); !login)
        return login.error();
    if (auto audited = audit(session, QStringLiteral("user"), edited.id, detail.join(QLatin1Char(','))); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("user {} changed by user {}", edited.id, session.user().id);
    return stored;
}

Result<KeyRotation> AuthService::rotateTeamKey(const Session &administrator, const QString &memberName,
                                               const QString &memberPassword, qint64 teamId)
{
    if (auto allowed = administrator.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    // On a team server this connection is the beheerder's role, which may not touch the team's
    // fields: the rotation runs on the member's connection, with the beheerder agreeing there.
    if (server::ServerLogins::onTeamServer(m_db))
        return Error{ErrorCode::PermissionDenied,
                     QCoreApplication::translate("vangnet::AuthService",
                                                 "On a team server a rotation runs on the member's own connection: ask %1 to run "
                                                 "`vangnet-cli --user %1 keys rotate --team TEAM --admin %2` and give your "
                                                 "password there.").arg(memberName, administrator.user().username)};
    auto member = login(memberName, memberPassword);
    if (!member)
        return member.error();
    auto rotation = KeyService(m_db, m_clock).rotate(*member, administrator, teamId);
    if (auto out = logout(*member); !out)
        spdlog::error("logout not recorded: {}", out.error().message.toStdString());
    return rotation;
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
    auto slot = KeySlot::seal(session.dataKey(), newPassword, m_limits, userId);
    if (!slot)
        return slot.error();
    Transaction tx(m_db);
    if (auto saved = users.saveKeySlot(userId, *slot); !saved)
        return saved;
    // The new password makes a new key pair: the old grants cannot open; a colleague's login
    // gives the team's key to the new pair (docs/security.md, "Keys per team").
    if (auto revoked = KeyRepository(m_db).deleteGrantsOf(userId); !revoked)
        return revoked.error();
    if (auto unlocked = users.clearLoginFailures(userId); !unlocked)
        return unlocked;
    if (auto login = keepLoginInStep(user->username, std::nullopt, std::nullopt, &newPassword); !login)
        return login;
    if (auto audited = audit(session, QStringLiteral("user"), userId, QStringLiteral("reset_password")); !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("password of user {} reset by user {}", userId, session.user().id);
    return success();
}

} // namespace vangnet
