#include "server/ServerSetup.h"

#include "server/ServerLogins.h"
#include "server/ServerPolicies.h"
#include "server/ServerRoles.h"
#include "storage/Database.h"
#include "rules/RulesService.h"
#include "storage/Migrator.h"
#include "storage/ProtectedFields.h"
#include "storage/Schema.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "users/AuthService.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet::server {

namespace {

Result<void> runAll(const QSqlDatabase &db, const QStringList &statements, const char *what)
{
    for (const QString &statement : statements)
        if (auto done = runSql(db, statement, {}, what); !done)
            return done.error();
    return success();
}

/// The roles, made when missing (a role outlives a dropped database, so a second `server init`
/// of the same name finds them), with their memberships.
} // namespace

QStringList ServerSetup::roleStatements(const ServerRoles &roles, const QString &database)
{
    QStringList out;
    const QStringList groups{roles.owner(), roles.app(), roles.member(), roles.group(Role::Consulent),
                             roles.group(Role::Teamleider), roles.group(Role::FunctioneelBeheerder)};
    for (const QString &role : groups)
        out << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE %2 NOLOGIN; END IF; END $$")
                   .arg(role, quoted(role));
    out << QStringLiteral("ALTER ROLE %1 NOLOGIN CREATEROLE BYPASSRLS").arg(quoted(roles.owner()))
        << QStringLiteral("GRANT %1 TO %2").arg(quoted(roles.app()), quoted(roles.member()))
        << QStringLiteral("GRANT %1 TO %2, %3").arg(quoted(roles.member()), quoted(roles.group(Role::Consulent)),
                                                   quoted(roles.group(Role::Teamleider)))
        << QStringLiteral("GRANT %1 TO %2").arg(quoted(roles.app()), quoted(roles.group(Role::FunctioneelBeheerder)))
        << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(quoted(database))
        << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(quoted(database), quoted(roles.app()))
        << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        << QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(quoted(roles.owner()))
        << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(quoted(roles.app()));
    return out;
}

namespace {

Result<bool> isSuperuser(const QSqlDatabase &db)
{
    auto q = runSql(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"), {}, "read server role");
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

} // namespace

Result<void> ServerSetup::prepare(const QSqlDatabase &connection, const ServerRoles &roles, Migrator &migrator,
                                  const Clock &clock)
{
    const QString database = connection.databaseName();
    if (auto made = runAll(connection, roleStatements(roles, database), "make server roles"); !made)
        return made.error();
    // Everything from here is created as (and so owned by) the owner role.
    if (auto as = runSql(connection, QStringLiteral("SET LOCAL ROLE %1").arg(quoted(roles.owner())), {}, "become owner"); !as)
        return as.error();
    if (auto migrated = migrator.migrate(); !migrated)
        return migrated.error();
    if (auto granted = runAll(connection, statements(roles), "grant server rights"); !granted)
        return granted.error();
    return mark(connection, clock);
}

Result<void> ServerSetup::mark(const QSqlDatabase &connection, const Clock &clock)
{
    if (auto marked = runSql(connection, QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('team_server', '1') "
                                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             {}, "mark team server");
        !marked)
        return marked.error();
    // What a first login would otherwise write into tables a login role may not write: a team
    // server's schema holds no unbound fields, and its rule set is there from the start.
    if (auto bound = protectedfields::markBound(connection); !bound)
        return bound.error();
    if (auto rules = rules::RulesService::installDefault(connection, clock); !rules)
        return rules.error();
    return success();
}

Result<QString> ServerSetup::checkAdministrator(const DatabaseLocation &location, const QSqlDatabase &connection)
{
    const QString database = location.url.path().mid(1);
    if (!ServerRoles::validDatabaseName(database))
        return Error{ErrorCode::Invalid,
                     ServerSetup::tr("The database name '%1' cannot carry Vangnet's role names: use a lower-case letter followed by "
                        "up to 23 lower-case letters, digits or underscores").arg(database)};
    auto super = isSuperuser(connection);
    if (!super)
        return super.error();
    if (!*super)
        return Error{ErrorCode::PermissionDenied,
                     ServerSetup::tr("'%1' must be a superuser of the server to set up a team server (it makes the roles and "
                        "gives the owner role BYPASSRLS). Nothing was changed.").arg(location.url.userName())};
    return database;
}

Result<ServerInitReport> ServerSetup::init(const DatabaseLocation &location, const Administrator &administrator,
                                           const Clock &clock, KdfLimits limits)
{
    if (location.engine != Engine::Postgres)
        return Error{ErrorCode::Invalid, ServerSetup::tr("A team server is a PostgreSQL database: give a postgresql:// URL, not a file")};
    Database::Options options;
    options.create = false;
    options.migrate = false;
    auto db = Database::open(location, options);
    if (!db)
        return db.error();
    const QSqlDatabase connection = (*db)->connection();
    auto checked = checkAdministrator(location, connection);
    if (!checked)
        return checked.error();
    const QString database = *checked;

    const Dialect dialect(Engine::Postgres);
    Migrator migrator(connection, dialect, schema::migrations());
    auto state = migrator.inspect();
    if (!state)
        return state.error();
    const bool upgrade = state->kind == SchemaState::Kind::Vangnet;
    if (upgrade && !ServerLogins::onTeamServer(connection))
        return Error{ErrorCode::Conflict,
                     ServerSetup::tr("'%1' already holds a Vangnet database that was not set up as a team server. Set up an empty "
                        "database and move the data with `vangnet-cli migrate`. Nothing was changed.").arg(location.display())};
    if (!upgrade && administrator.username.trimmed().isEmpty())
        return Error::invalid({{QStringLiteral("admin"), ServerSetup::tr("The first administrator needs a user name")}});

    const ServerRoles roles(database);
    Transaction tx(connection);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    if (auto prepared = prepare(connection, roles, migrator, clock); !prepared)
        return prepared.error();

    ServerInitReport report;
    report.database = database;
    report.owner = roles.owner();
    report.upgraded = upgrade;
    if (!upgrade) {
        // AuthService makes the administrator's login role with the account (ServerLogins).
        AuthService auth(**db, clock, limits);
        auto session = auth.createFirstAdministrator(administrator.username, administrator.displayName, administrator.password);
        if (!session)
            return session.error();
        report.administrator = session->user().username;
        report.administratorLogin = roles.login(report.administrator);
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    auto after = migrator.inspect();
    report.schemaVersion = after ? after->version : 0;
    spdlog::info("team server {} set up at schema version {}", upgrade ? "upgrade" : "init", report.schemaVersion);
    return report;
}

} // namespace vangnet::server
