#pragma once

#include "storage/DatabaseLocation.h"
#include "storage/Dialect.h"
#include "storage/Migration.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <memory>

namespace vangnet {

/// One open connection to a Vangnet database (SQLite file or PostgreSQL server).
/// A connection belongs to the thread that opened it; a worker thread opens its own.
class Database {
public:
    struct Options {
        bool create = true;  ///< SQLite: create the file when it does not exist
        bool migrate = true; ///< bring the schema up to date (off for extra reader connections)
        QList<Migration> migrations; ///< empty = the Vangnet schema (tests inject their own)
    };

    /// Opens and checks the database. Refuses, without writing anything, a file that is not
    /// SQLite, a database that is not Vangnet's, and a schema newer than this build knows.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location, Options options);
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    const Dialect &dialect() const { return m_dialect; }
    const DatabaseLocation &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    /// PostgreSQL: opens this connection again after it broke (the server restarted or ended the
    /// session; every copy of connection() follows). Refuses, closing it again, a server whose
    /// schema changed meanwhile. Fails while the server does not answer; on SQLite it does nothing.
    Result<void> reconnect() const;
    /// PostgreSQL: libpq found this connection broken (a statement on it failed with
    /// ErrorCode::ConnectionLost); a long-lived worker connection is then opened anew.
    bool isBroken() const;
    /// True for a database made by the demo generator (schema_meta demo = 1): the GUI shows
    /// a "Demo-omgeving" banner and the README's demo accounts exist only there.
    bool isDemo() const;

private:
    Database(DatabaseLocation location, QSqlDatabase db);

    DatabaseLocation m_location;
    Dialect m_dialect;
    QSqlDatabase m_db;
    QString m_connectionName;
    int m_schemaVersion = 0;
};

} // namespace vangnet
