#pragma once

#include "support/Result.h"

#include <QString>
#include <QUrl>

namespace vangnet {

enum class Engine { Sqlite, Postgres };

/// Where a Vangnet database lives: an SQLite file or a PostgreSQL server.
struct DatabaseLocation {
    Engine engine = Engine::Sqlite;
    QString path; ///< SQLite: the file
    QUrl url;     ///< PostgreSQL: postgresql://user:password@host:port/dbname?option=value

    /// Parses a command-line value: a postgresql:// or postgres:// URL, otherwise a file path.
    static Result<DatabaseLocation> parse(const QString &text);
    static DatabaseLocation sqliteFile(const QString &path);

    /// For status bars and logs: the file name, or the URL without password.
    QString display() const;
};

} // namespace vangnet
