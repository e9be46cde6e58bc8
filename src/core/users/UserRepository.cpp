#include "users/UserRepository.h"

#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace vangnet {

namespace {

const QString userColumns = QStringLiteral(
    "SELECT id, version, username, display_name, role, team_id, active, failed_attempts, locked_until FROM users ");

User userFromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(QStringLiteral("id")).toLongLong();
    u.version = q.value(QStringLiteral("version")).toInt();
    u.username = q.value(QStringLiteral("username")).toString();
    u.displayName = q.value(QStringLiteral("display_name")).toString();
    u.role = userRoleFromKey(q.value(QStringLiteral("role")).toString()).value_or(Role::Consulent);
    const QVariant team = q.value(QStringLiteral("team_id"));
    u.teamId = team.isNull() ? 0 : team.toLongLong();
    u.active = q.value(QStringLiteral("active")).toInt() != 0;
    u.failedAttempts = q.value(QStringLiteral("failed_attempts")).toInt();
    const QVariant locked = q.value(QStringLiteral("locked_until"));
    u.lockedUntil = locked.isNull() ? QDateTime() : timestampFromSql(locked);
    return u;
}

// key_slots columns, named once.
const QString slotSalt = QStringLiteral("salt");
const QString slotOps = QStringLiteral("ops_limit");
const QString slotMem = QStringLiteral("mem_limit");
const QString slotNonce = QStringLiteral("nonce");
const QString slotWrapped = QStringLiteral("wrapped_key");
const QString slotForm = QStringLiteral("form");
const QString slotBoundUser = QStringLiteral("bound_user_id");

const QString formUnbound = QStringLiteral("secretbox");
const QString formUserBound = QStringLiteral("xchacha20poly1305-user");

QVariant teamOrNull(qint64 teamId)
{
    return teamId == 0 ? sqlNull() : QVariant(teamId);
}

Error notFound(qint64 id)
{
    return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::UserRepository", "User %1 does not exist").arg(id)};
}

} // namespace

Result<qint64> UserRepository::countUsers() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT COUNT(*) FROM users"), {}, "count users");
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<std::optional<User>> UserRepository::findByUsername(const QString &username) const
{
    auto q = runSql(m_db, userColumns + QStringLiteral("WHERE username = ?"), {username}, "find user");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(userFromRow(*q));
}

Result<User> UserRepository::get(qint64 id) const
{
    auto q = runSql(m_db, userColumns + QStringLiteral("WHERE id = ?"), {id}, "read user");
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    return userFromRow(*q);
}

Result<QList<User>> UserRepository::all() const
{
    auto q = runSql(m_db, userColumns + QStringLiteral("ORDER BY username"), {}, "list users");
    if (!q)
        return q.error();
    QList<User> out;
    while (q->next())
        out << userFromRow(*q);
    return out;
}

Result<User> UserRepository::insert(User u, const QDateTime &now)
{
    const QString ts = timestampToSql(now);
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO users (username, display_name, role, team_id, active, failed_attempts, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, 0, 1, ?, ?) RETURNING id"),
        {u.username, u.displayName, roleKey(u.role), teamOrNull(u.teamId), u.active ? 1 : 0, ts, ts}, "add user");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), "add user");
    u.id = q->value(0).toLongLong();
    u.version = 1;
    u.failedAttempts = 0;
    return u;
}

Result<User> UserRepository::update(User u, const QDateTime &now)
{
    auto q = runSql(m_db, QStringLiteral(
        "UPDATE users SET display_name = ?, role = ?, team_id = ?, active = ?, version = version + 1, updated_at = ? "
        "WHERE id = ? AND version = ?"),
        {u.displayName, roleKey(u.role), teamOrNull(u.teamId), u.active ? 1 : 0, timestampToSql(now), u.id, u.version},
        "save user");
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{ErrorCode::StaleEdit, QCoreApplication::translate("vangnet::UserRepository",
                                               "User %1 was changed by someone else since you opened it. "
                                               "Your changes were not saved.").arg(u.username)};
    ++u.version;
    return u;
}

Result<LoginFailure> UserRepository::countFailedLogin(qint64 userId, int maxFailedAttempts, const QDateTime &lockUntil)
{
    // One statement: concurrent failures each add one (no read-modify-write), and the one that
    // reaches the limit locks the account and starts the count again.
    auto q = runSql(m_db, QStringLiteral(
        "UPDATE users SET "
        "failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END, "
        "locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END "
        "WHERE id = ? RETURNING failed_attempts, locked_until"),
        {maxFailedAttempts, maxFailedAttempts, timestampToSql(lockUntil), userId}, "record failed login");
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(userId);
    const QVariant locked = q->value(QStringLiteral("locked_until"));
    return LoginFailure{q->value(QStringLiteral("failed_attempts")).toInt(),
                        locked.isNull() ? QDateTime() : timestampFromSql(locked)};
}

Result<void> UserRepository::clearLoginFailures(qint64 userId)
{
    auto q = runSql(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {userId},
                    "record login");
    if (!q)
        return q.error();
    return success();
}

Result<KeySlot> UserRepository::keySlot(qint64 userId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7 FROM key_slots WHERE user_id = ?")
                              .arg(slotSalt, slotOps, slotMem, slotNonce, slotWrapped, slotForm, slotBoundUser),
                    {userId}, "read key slot");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::UserRepository", "This account has no key slot; ask the "
                                                                             "administrator to reset the password")};
    KeySlot slot;
    slot.form = q->value(slotForm).toString() == formUserBound ? KeySlot::Form::UserBound : KeySlot::Form::Unbound;
    slot.userId = q->value(slotBoundUser).isNull() ? 0 : q->value(slotBoundUser).toLongLong();
    slot.salt = fromBase64Text(q->value(slotSalt));
    slot.opsLimit = q->value(slotOps).toString().toULongLong();
    slot.memLimit = q->value(slotMem).toString().toULongLong();
    slot.nonce = fromBase64Text(q->value(slotNonce));
    slot.wrapped = fromBase64Text(q->value(slotWrapped));
    return slot;
}

Result<void> UserRepository::saveKeySlot(qint64 userId, const KeySlot &slot)
{
    // Text columns (base64, limits as decimal text) keep the SQL identical on both engines.
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO key_slots (user_id, %1, %2, %3, %4, %5, %6, %7) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (user_id) DO UPDATE SET %1 = excluded.%1, %2 = excluded.%2, %3 = excluded.%3, "
        "%4 = excluded.%4, %5 = excluded.%5, %6 = excluded.%6, %7 = excluded.%7")
        .arg(slotSalt, slotOps, slotMem, slotNonce, slotWrapped, slotForm, slotBoundUser),
        {userId, base64Text(slot.salt), QString::number(slot.opsLimit), QString::number(slot.memLimit), base64Text(slot.nonce),
         base64Text(slot.wrapped), slot.form == KeySlot::Form::UserBound ? formUserBound : formUnbound,
         slot.form == KeySlot::Form::UserBound ? QVariant(slot.userId) : sqlNull()},
        "save key slot");
    if (!q)
        return q.error();
    if (slot.passwordCheck.isEmpty())
        return success();
    // The slot's public key replaces the old one: grants sealed to the old pair no longer open.
    auto checked = runSql(m_db, QStringLiteral("UPDATE users SET password_check = ?, public_key = ? WHERE id = ?"),
                          {slot.passwordCheck, slot.identityPublicKey.isEmpty() ? sqlNull() : QVariant(base64Text(slot.identityPublicKey)),
                           userId},
                          "save key slot");
    if (!checked)
        return checked.error();
    return success();
}

Result<QString> UserRepository::passwordCheck(qint64 userId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT password_check FROM users WHERE id = ?"), {userId}, "read user");
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(userId);
    return q->value(QStringLiteral("password_check")).toString();
}

Result<void> UserRepository::removeKeySlot(qint64 userId)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM key_slots WHERE user_id = ?"), {userId}, "remove key slot");
    if (!q)
        return q.error();
    return success();
}

Result<bool> UserRepository::hasKeySlot(qint64 userId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT COUNT(*) AS n FROM key_slots WHERE user_id = ?"), {userId}, "read key slot");
    if (!q)
        return q.error();
    q->next();
    return q->value(QStringLiteral("n")).toLongLong() > 0;
}

Result<QList<Team>> UserRepository::teams() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT id, name FROM teams ORDER BY name"), {}, "list teams");
    if (!q)
        return q.error();
    QList<Team> out;
    while (q->next())
        out << Team{q->value(0).toLongLong(), q->value(1).toString()};
    return out;
}

Result<Team> UserRepository::insertTeam(const QString &name)
{
    auto q = runSql(m_db, QStringLiteral("INSERT INTO teams (name) VALUES (?) RETURNING id"), {name}, "add team");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), "add team");
    return Team{q->value(0).toLongLong(), name};
}

Result<void> UserRepository::adoptTeamlessHouseholds(qint64 teamId)
{
    auto q = runSql(m_db, QStringLiteral("UPDATE households SET team_id = ? WHERE team_id IS NULL"), {teamId},
                    "assign households to team");
    if (!q)
        return q.error();
    return success();
}

} // namespace vangnet
