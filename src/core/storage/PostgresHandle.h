#pragma once

#include <QSqlDatabase>
#include <QString>

struct pg_conn;

namespace vangnet {

/// libpq's connection under a Qt PostgreSQL connection (for COPY and SCRAM verifiers, which Qt
/// SQL does not offer); null for any other driver.
pg_conn *postgresConnection(const QSqlDatabase &db);
/// libpq's last error on `conn`, trimmed.
QString libpqError(pg_conn *conn);

} // namespace vangnet
