#include "TeamListCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QString TeamListCommand::summary() const
{
    return tr("list the teams (administrator)");
}

QString TeamListCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME team list [--json]\n\n"
              "Lists the teams with the number of users in each. Only an administrator (beheerder)\n"
              "may do this.\n\n"
              "  --json   machine-readable: {\"teams\": [{id, name, users}]}");
}

int TeamListCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    // users() checks Permission::ManageUsers in core; teams() alone does not need a session.
    auto users = in.auth().users(in.session());
    if (!users) {
        console.failure(users.error());
        return NothingDone;
    }
    auto teams = in.auth().teams();
    if (!teams) {
        console.failure(teams.error());
        return NothingDone;
    }
    QHash<qint64, int> members;
    for (const User &user : *users)
        ++members[user.teamId];

    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Team &team : *teams)
            list.append(QJsonObject{{QStringLiteral("id"), team.id},
                                    {QStringLiteral("name"), team.name},
                                    {QStringLiteral("users"), members.value(team.id)}});
        console.json(QJsonObject{{QStringLiteral("teams"), list}});
        return Done;
    }
    QList<QStringList> rows;
    for (const Team &team : *teams)
        rows << QStringList{QString::number(team.id), team.name, QString::number(members.value(team.id))};
    console.table({tr("Id"), tr("Name"), tr("Users")}, rows, {0, 2});
    return Done;
}

} // namespace vangnet::cli
