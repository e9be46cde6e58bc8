#include "ServerInitCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "DatabaseTarget.h"
#include "LoggedInDatabase.h"
#include "PasswordInput.h"

#include "server/ServerSetup.h"

#include <QJsonObject>

namespace vangnet::cli {

QString ServerInitCommand::summary() const
{
    return tr("set up a PostgreSQL database as a team server, or bring one up to date (the server's administrator)");
}

QString ServerInitCommand::help() const
{
    return tr("Usage: vangnet-cli --db postgresql://ADMIN@HOST/DB server init [--admin NAME]\n"
              "                   [--admin-display-name TEXT] [--admin-password-fd N] [--json]\n\n"
              "Run as the server's administrator (a PostgreSQL superuser) on an empty database. In one\n"
              "transaction it makes the roles (DB_owner, which owns the schema and never logs in; a group\n"
              "per Vangnet role), creates the schema as the owner, grants each group exactly what Vangnet\n"
              "allows its role, with forced row-level security on every table of household data, and makes\n"
              "the first functioneel beheerder (--admin, default 'beheerder') with the login role DB.NAME.\n"
              "The administrator's password comes from --admin-password-fd N, else VANGNET_ADMIN_PASSWORD,\n"
              "else a prompt. Users then log in with a URL without user name: postgresql://HOST/DB.\n\n"
              "On a team server of an older schema it runs the migrations and grants the rights again.\n"
              "It refuses a database with other tables or a Vangnet database not set up as a team server.\n"
              "--json prints {database, owner, schemaVersion, upgraded, administrator, administratorLogin}.\n"
              "See docs/team-mode.md.");
}

int ServerInitCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("admin"), QStringLiteral("admin-display-name"), QStringLiteral("admin-password-fd")},
                          {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    if (global.database.trimmed().isEmpty()) {
        console.error(tr("server init needs the server: --db postgresql://ADMIN@HOST/DB before the command"));
        return NothingDone;
    }
    auto location = DatabaseTarget::resolve(global.database);
    if (!location) {
        console.failure(location.error());
        return NothingDone;
    }
    const std::optional<int> adminFd = reader.descriptor(QStringLiteral("admin-password-fd"));
    if (!adminFd) {
        console.error(reader.error());
        return NothingDone;
    }
    server::ServerSetup::Administrator administrator;
    administrator.username = reader.has(QStringLiteral("admin")) ? reader.value(QStringLiteral("admin")).trimmed()
                                                                 : QStringLiteral("beheerder");
    administrator.displayName = reader.has(QStringLiteral("admin-display-name"))
                                    ? reader.value(QStringLiteral("admin-display-name")).trimmed()
                                    : tr("Functioneel beheerder");
    auto password = LoggedInDatabase::readPassword(administrator.username, *adminFd,
                                                   LoggedInDatabase::administratorPassword());
    if (!password) {
        console.failure(password.error());
        return NothingDone;
    }
    administrator.password = *password; // shares the buffer: wiped once, after the set-up
    const SystemClock clock;
    auto report = server::ServerSetup::init(*location, administrator, clock);
    administrator.password.clear();
    PasswordInput::wipe(*password);
    if (!report) {
        console.failure(report.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json(QJsonObject{{QStringLiteral("database"), report->database},
                                 {QStringLiteral("owner"), report->owner},
                                 {QStringLiteral("schemaVersion"), report->schemaVersion},
                                 {QStringLiteral("upgraded"), report->upgraded},
                                 {QStringLiteral("administrator"), report->administrator},
                                 {QStringLiteral("administratorLogin"), report->administratorLogin}});
        return Done;
    }
    if (report->upgraded)
        console.out(tr("Team server '%1' is at schema version %2; the rights were granted again.")
                        .arg(report->database)
                        .arg(report->schemaVersion));
    else
        console.out(tr("Team server '%1' is set up (schema version %2). The administrator %3 logs in as '%4'; "
                       "add users in Vangnet, each gets a login role of their own.")
                        .arg(report->database)
                        .arg(report->schemaVersion)
                        .arg(report->administrator, report->administratorLogin));
    return Done;
}

} // namespace vangnet::cli
