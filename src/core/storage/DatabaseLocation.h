#pragma once

#include "support/Result.h"

#include <QString>
#include <QUrl>

#include <utility>

namespace vangnet {

enum class Engine { Sqlite, Postgres };

/// Where a Vangnet database lives: an SQLite file or a PostgreSQL server.
struct DatabaseLocation {
    Engine engine = Engine::Sqlite;
    QString path; ///< SQLite: the file
    QUrl url;     ///< PostgreSQL: postgresql://user:password@host:port/dbname?option=value

    /// Vangnet's own URL parameter (`allow_insecure_server=1`), never passed on to the server:
    /// reach a server on another machine without `sslmode=verify-full`.
    static const QString allowInsecureParameter;

    /// Parses a command-line value: a postgresql:// or postgres:// URL, otherwise a file path.
    /// A server on another machine (not localhost, 127.0.0.1, ::1 or a unix socket folder) is
    /// refused unless the URL asks `sslmode=verify-full` (encrypted, the server's certificate
    /// and name checked) or carries allowInsecureParameter.
    static Result<DatabaseLocation> parse(const QString &text);
    /// A location from the settings file: as parse(), but a URL holding a password is refused,
    /// since the settings file is plain text (the password belongs in ~/.pgpass or PGPASSFILE).
    static Result<DatabaseLocation> parseSaved(const QString &text);
    static DatabaseLocation sqliteFile(const QString &path);

    /// A team server's URL names no user: each Vangnet user connects as their own login role
    /// (docs/team-mode.md), so the login comes before the connection.
    bool connectsAsUser() const { return engine == Engine::Postgres && url.userName().isEmpty(); }
    /// This location as Vangnet user `username`'s login role (`<database>.<username>`).
    DatabaseLocation asUser(const QString &username, const QString &password) const;

    /// For status bars and logs: the file name, or the URL without password.
    QString display() const;
    /// The URL's parameters for the server, without Vangnet's own.
    QList<std::pair<QString, QString>> serverOptions() const;
};

} // namespace vangnet
