#include "storage/PostgresHandle.h"

#include "storage/DatabaseLocation.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace vangnet {

pg_conn *postgresConnection(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return nullptr;
    return postgresConnection(db.driver());
}

pg_conn *postgresConnection(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    const QVariant handle = driver->handle();
    // Qt names the type by its struct tag (libpq's `typedef struct pg_conn PGconn`).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

bool connectionLost(const QSqlDriver *driver)
{
    pg_conn *conn = postgresConnection(driver);
    return conn && PQstatus(conn) == CONNECTION_BAD;
}

namespace {

/// A libpq connection-string value: quoted, with its quotes and backslashes escaped.
QByteArray conninfoValue(const QString &value)
{
    QByteArray text = value.toUtf8();
    text.replace('\\', "\\\\").replace('\'', "\\'");
    return '\'' + text + '\'';
}

} // namespace

bool serverAnswers(const DatabaseLocation &location, int timeoutSeconds)
{
    QList<std::pair<QString, QString>> parts{{QStringLiteral("host"), location.url.host()},
                                             {QStringLiteral("port"), QString::number(location.url.port(5432))},
                                             {QStringLiteral("dbname"), location.url.path().mid(1)},
                                             {QStringLiteral("connect_timeout"), QString::number(timeoutSeconds)}};
    parts << location.serverOptions();
    QByteArray conninfo;
    for (const auto &[key, value] : parts)
        conninfo += key.toUtf8() + '=' + conninfoValue(value) + ' ';
    return PQping(conninfo.constData()) == PQPING_OK;
}

QString libpqError(pg_conn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace vangnet
