#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlDriver;
struct pg_conn;

namespace vangnet {

struct DatabaseLocation;

/// libpq's connection under a Qt PostgreSQL connection (for COPY and SCRAM verifiers, which Qt
/// SQL does not offer); null for any other driver.
pg_conn *postgresConnection(const QSqlDatabase &db);
pg_conn *postgresConnection(const QSqlDriver *driver);
/// True when `driver` is a PostgreSQL connection that libpq found broken (the server went away,
/// restarted or ended this session): every statement on it fails until it is opened again.
bool connectionLost(const QSqlDriver *driver);
/// Whether the server of `location` accepts connections now (libpq's PQping: no login, nothing
/// sent but the start of a connection). Waits at most `timeoutSeconds`; call it off the GUI thread.
bool serverAnswers(const DatabaseLocation &location, int timeoutSeconds);
/// libpq's last error on `conn`, trimmed.
QString libpqError(pg_conn *conn);

} // namespace vangnet
