#include "UserListCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace vangnet::cli {

QString UserListCommand::summary() const
{
    return tr("list users with their role, team and status (administrator)");
}

QString UserListCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME user list [--json]\n\n"
              "Lists every user with role, team and whether the account is active or locked out\n"
              "after failed logins. Only an administrator (beheerder) may do this.\n\n"
              "  --json   machine-readable: {\"users\": [{id, username, name, role, team, active,\n"
              "           locked}]}; role is consulent, teamleider or beheerder, team is the team's name\n"
              "           or null");
}

int UserListCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
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
    QHash<qint64, QString> teamNames;
    for (const Team &team : *teams)
        teamNames.insert(team.id, team.name);
    const QDateTime now = in.clock().now();
    auto isLocked = [&](const User &user) { return user.lockedUntil.isValid() && user.lockedUntil > now; };

    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const User &user : *users)
            list.append(QJsonObject{{QStringLiteral("id"), user.id},
                                    {QStringLiteral("username"), user.username},
                                    {QStringLiteral("name"), user.displayName},
                                    {QStringLiteral("role"), roleKey(user.role)},
                                    {QStringLiteral("team"), user.teamId == 0 ? QJsonValue() : QJsonValue(teamNames.value(user.teamId))},
                                    {QStringLiteral("active"), user.active},
                                    {QStringLiteral("locked"), isLocked(user)}});
        console.json(QJsonObject{{QStringLiteral("users"), list}});
        return Done;
    }

    QList<QStringList> rows;
    for (const User &user : *users) {
        QString status = user.active ? tr("active") : tr("disabled");
        if (isLocked(user))
            status = tr("locked until %1").arg(user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        rows << QStringList{QString::number(user.id), user.username, user.displayName, roleLabel(user.role),
                            teamNames.value(user.teamId, QStringLiteral("-")), status};
    }
    console.table({tr("Id"), tr("User name"), tr("Name"), tr("Role"), tr("Team"), tr("Status")}, rows, {0});
    return Done;
}

} // namespace vangnet::cli
