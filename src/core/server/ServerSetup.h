#pragma once

#include "security/KeySlot.h"
#include "storage/DatabaseLocation.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>
#include <QCoreApplication>
#include <QString>

namespace vangnet {
class Migrator;
}

namespace vangnet::server {

class ServerRoles;

/// What `server init` did.
struct ServerInitReport {
    QString database;
    QString owner;         ///< the owner role (never logged in as)
    int schemaVersion = 0;
    bool upgraded = false; ///< an existing team server of an older schema brought up to date
    QString administrator; ///< the first administrator's user name (empty on an upgrade)
    QString administratorLogin; ///< their PostgreSQL login role
};

/// Sets up a PostgreSQL database as a Vangnet team server (docs/team-mode.md), connected as the
/// server's administrator (a superuser: only one may give the owner role BYPASSRLS).
///
/// On an empty database, in one transaction: the roles (ServerRoles), the schema created as the
/// owner, the rights and row-level security (ServerPolicies), the team-server mark, and the first
/// functioneel beheerder with their own login role. On a team server of an older schema: the
/// migrations and the rights again (only the administrator migrates a team server). Refuses
/// anything else (a Vangnet database not made by `server init`, other tables) without changing it.
class ServerSetup {
    Q_DECLARE_TR_FUNCTIONS(vangnet::server::ServerSetup)

public:
    struct Administrator {
        QString username;
        QString displayName;
        QString password;
    };

    static Result<ServerInitReport> init(const DatabaseLocation &location, const Administrator &administrator,
                                         const Clock &clock, KdfLimits limits = KdfLimits::moderate());

    /// The database's name when `connection` is a superuser's and the name can carry role names.
    static Result<QString> checkAdministrator(const DatabaseLocation &location, const QSqlDatabase &connection);
    /// In the caller's transaction: the roles, the schema as the owner (the session stays the
    /// owner until the transaction ends), the rights and the team-server mark.
    static Result<void> prepare(const QSqlDatabase &connection, const ServerRoles &roles, Migrator &migrator,
                                const Clock &clock);

    /// The team-server mark, and what a first login would otherwise have to write where a login
    /// role may not: the fields-bound marker and the default rule set. Again after a migration's copy.
    static Result<void> mark(const QSqlDatabase &connection, const Clock &clock);

private:
    static QStringList roleStatements(const ServerRoles &roles, const QString &database);
};

} // namespace vangnet::server
