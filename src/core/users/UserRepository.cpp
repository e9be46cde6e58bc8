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
    u.id = q.value(0).toLongLong();
    u.version = q.value(1).toInt();
    u.username = q.value(2).toString();
    u.displayName = q.value(3).toString();
    u.role = userRoleFromKey(q.value(4).toString()).value_or(Role::Consulent);
    u.teamId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    u.active = q.value(6).toInt() != 0;
    u.failedAttempts = q.value(7).toInt();
    u.lockedUntil = q.value(8).isNull() ? QDateTime() : timestampFromSql(q.value(8));
    return u;
}

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

Result<void> UserRepository::setLoginState(qint64 userId, int failedAttempts, const QDateTime &lockedUntil)
{
    auto q = runSql(m_db, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                    {failedAttempts, lockedUntil.isValid() ? QVariant(timestampToSql(lockedUntil)) : sqlNull(), userId},
                    "record login");
    if (!q)
        return q.error();
    return success();
}

Result<KeySlot> UserRepository::keySlot(qint64 userId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT salt, ops_limit, mem_limit, nonce, wrapped_key FROM key_slots WHERE user_id = ?"),
                    {userId}, "read key slot");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::UserRepository", "This account has no key slot; ask the "
                                                                             "administrator to reset the password")};
    KeySlot slot;
    slot.salt = QByteArray::fromBase64(q->value(0).toString().toLatin1());
    slot.opsLimit = q->value(1).toString().toULongLong();
    slot.memLimit = q->value(2).toString().toULongLong();
    slot.nonce = QByteArray::fromBase64(q->value(3).toString().toLatin1());
    slot.wrapped = QByteArray::fromBase64(q->value(4).toString().toLatin1());
    return slot;
}

Result<void> UserRepository::saveKeySlot(qint64 userId, const KeySlot &slot)
{
    // Text columns (base64, limits as decimal text) keep the SQL identical on both engines.
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO key_slots (user_id, salt, ops_limit, mem_limit, nonce, wrapped_key) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (user_id) DO UPDATE SET salt = excluded.salt, ops_limit = excluded.ops_limit, "
        "mem_limit = excluded.mem_limit, nonce = excluded.nonce, wrapped_key = excluded.wrapped_key"),
        {userId, QString::fromLatin1(slot.salt.toBase64()), QString::number(slot.opsLimit), QString::number(slot.memLimit),
         QString::fromLatin1(slot.nonce.toBase64()), QString::fromLatin1(slot.wrapped.toBase64())}, "save key slot");
    if (!q)
        return q.error();
    return success();
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
