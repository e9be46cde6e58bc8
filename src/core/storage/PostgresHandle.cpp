#include "storage/PostgresHandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace vangnet {

pg_conn *postgresConnection(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt names the type by its struct tag (libpq's `typedef struct pg_conn PGconn`).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QString libpqError(pg_conn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace vangnet
