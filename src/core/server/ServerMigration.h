#pragma once

#include "storage/DatabaseLocation.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QList>
#include <QCoreApplication>
#include <QString>

namespace vangnet::server {

/// One line of a `--passwords` file: a user's current Vangnet password.
struct UserPassword {
    QString username;
    QString password;
    int line = 0;
};

/// What a move to a team server did (ServerMigration::run).
struct ServerMigrationReport {
    int tables = 0;
    qint64 rows = 0;            ///< copied, and counted again on the target
    int users = 0;
    int loginsEnabled = 0;      ///< login roles with the user's password
    int loginsDisabled = 0;     ///< no password line, or disabled in the source: NOLOGIN
    qint64 auditRecords = 0;    ///< verified on the target
};

/// Moves a whole SQLite database onto a fresh team server (docs/team-mode.md, "Moving up"): the
/// rows as they are (sealed fields, key slots, grants, the audit chain), the server's roles and
/// rights as `server init` makes them, and a login role per user. In one transaction on the
/// target, verified (row counts, `audit verify`) before it commits; the source is opened read
/// only and never changed.
class ServerMigration {
    Q_DECLARE_TR_FUNCTIONS(vangnet::server::ServerMigration)

public:
    /// Reads `username:password` lines; blank lines and lines starting with '#' are skipped.
    /// Errors name the file and line.
    static Result<QList<UserPassword>> readPasswords(const QString &path);

    /// `target` as the server's administrator (a superuser), on an empty database. Refuses,
    /// changing nothing on either side: a source that fails SQLite's integrity check, is not a
    /// Vangnet database of this version or still holds fields under the shared key; a password
    /// that does not open its user's key slot; a target that is not empty.
    static Result<ServerMigrationReport> run(const QString &sourcePath, const DatabaseLocation &target,
                                             const QList<UserPassword> &passwords, const Clock &clock);
};

} // namespace vangnet::server
