#include "MigrateCommand.h"

#include "ArgumentReader.h"
#include "Console.h"

#include "server/ServerMigration.h"

#include <QJsonObject>

namespace vangnet::cli {

QString MigrateCommand::summary() const
{
    return tr("move an SQLite database onto a new team server, with a login role per user (the server's administrator)");
}

QString MigrateCommand::help() const
{
    return tr("Usage: vangnet-cli migrate --from FILE.sqlite --to postgresql://ADMIN@HOST/DB --passwords FILE [--json]\n\n"
              "Copies the whole database — sealed fields as they are, key slots, key grants, the audit chain —\n"
              "into an empty PostgreSQL database, sets it up as a team server as 'server init' does, and\n"
              "makes each user's login role. --to is the server's administrator (a superuser).\n"
              "--passwords holds lines username:password, each user's current Vangnet password (collect them,\n"
              "or reset them first); each must open its user's key. A user without a line, or disabled, gets a\n"
              "login role that cannot log in until the administrator resets their password.\n"
              "Before it commits it counts every table's rows again and verifies the audit chain on the\n"
              "server; on any problem nothing is written. The source is only read, never changed.\n"
              "Refused: a source that fails SQLite's integrity check, of another Vangnet version, or with\n"
              "fields still under the shared key; a target that is not empty.\n"
              "--json prints {tables, rows, users, loginsEnabled, loginsDisabled, auditRecords}.\n"
              "See docs/team-mode.md.");
}

int MigrateCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    Q_UNUSED(global);
    ArgumentReader reader({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("passwords")}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    for (const char *option : {"from", "to", "passwords"})
        if (reader.value(QLatin1String(option)).trimmed().isEmpty()) {
            console.error(tr("migrate needs --from FILE.sqlite --to postgresql://ADMIN@HOST/DB --passwords FILE"));
            return NothingDone;
        }
    auto target = DatabaseLocation::parse(reader.value(QStringLiteral("to")).trimmed());
    if (!target) {
        console.failure(target.error());
        return NothingDone;
    }
    auto passwords = server::ServerMigration::readPasswords(reader.value(QStringLiteral("passwords")));
    if (!passwords) {
        console.failure(passwords.error());
        return NothingDone;
    }
    const SystemClock clock;
    auto report = server::ServerMigration::run(reader.value(QStringLiteral("from")), *target, *passwords, clock);
    if (!report) {
        console.failure(report.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json(QJsonObject{{QStringLiteral("tables"), report->tables},
                                 {QStringLiteral("rows"), report->rows},
                                 {QStringLiteral("users"), report->users},
                                 {QStringLiteral("loginsEnabled"), report->loginsEnabled},
                                 {QStringLiteral("loginsDisabled"), report->loginsDisabled},
                                 {QStringLiteral("auditRecords"), report->auditRecords}});
        return Done;
    }
    console.out(tr("Moved %1 rows in %2 tables to %3. %4 of %5 users can log in with their password; the others wait "
                   "for a password reset. The audit chain (%6 records) verifies on the server.")
                    .arg(report->rows)
                    .arg(report->tables)
                    .arg(target->display())
                    .arg(report->loginsEnabled)
                    .arg(report->users)
                    .arg(report->auditRecords));
    return Done;
}

} // namespace vangnet::cli
