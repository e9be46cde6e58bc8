#include "server/ServerLogins.h"

#include "server/ServerRoles.h"
#include "storage/PostgresHandle.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace vangnet::server {

bool ServerLogins::onTeamServer(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return false;
    auto q = runSql(db, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'team_server'"), {}, "read team server flag");
    return q && q->next() && q->value(0).toString() == QLatin1String("1");
}

Result<void> ServerLogins::set(const QString &username, std::optional<Role> role, std::optional<bool> active,
                               const QString *password) const
{
    QVariant verifier = sqlNull();
    if (password) {
        PGconn *conn = postgresConnection(m_db);
        if (!conn)
            return Error{ErrorCode::Database, QCoreApplication::translate("vangnet::ServerLogins", "Not connected to a team server")};
        const QByteArray plain = password->toUtf8();
        const QByteArray roleName = ServerRoles(m_db.databaseName()).login(username).toUtf8();
        char *made = PQencryptPasswordConn(conn, plain.constData(), roleName.constData(), "scram-sha-256");
        if (!made)
            return Error{ErrorCode::Database, QCoreApplication::translate("vangnet::ServerLogins",
                                                                          "The server's password for %1 could not be made: %2")
                                                  .arg(username, libpqError(conn))};
        verifier = QString::fromLatin1(made);
        PQfreemem(made);
    }
    auto done = runSql(m_db, QStringLiteral("SELECT vangnet_set_login(?, ?, ?, ?)"),
                       {username, role ? QVariant(roleKey(*role)) : sqlNull(),
                        active ? QVariant(*active) : QVariant(QMetaType(QMetaType::Bool)), verifier},
                       "set login role");
    if (!done)
        return done.error();
    return success();
}

} // namespace vangnet::server
