#include "KeysRotateCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"

#include "users/KeyService.h"

namespace vangnet::cli {

QString KeysRotateCommand::summary() const
{
    return tr("make a new team key and re-seal the team's fields (a team member and the administrator)");
}

QString KeysRotateCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user MEMBER keys rotate --team NAME --admin NAME\n"
              "                   [--admin-password-fd N] [--json]\n\n"
              "Makes the next version of the team's key, re-seals every protected field of the team's\n"
              "households (BSNs, notes, case texts) under it, gives it to every active member of the team\n"
              "and deletes the old version's grants; the rotation is recorded in the audit log.\n"
              "Do it after a member left or was disabled: the old key, which they may have copied, then\n"
              "opens nothing.\n\n"
              "Two people agree: --user is a member of the team who holds its current key (their password\n"
              "as for every command), --admin an administrator (beheerder), whose password comes from\n"
              "--admin-password-fd N, else VANGNET_ADMIN_PASSWORD, else a prompt.\n"
              "--json prints {team, retired, made, fieldsResealed, membersGranted}.");
}

int KeysRotateCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("team"), QStringLiteral("admin"), QStringLiteral("admin-password-fd")},
                          {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.value(QStringLiteral("team")).trimmed().isEmpty() || reader.value(QStringLiteral("admin")).trimmed().isEmpty()) {
        console.error(tr("keys rotate needs the team and the administrator: keys rotate --team NAME --admin NAME"));
        return NothingDone;
    }
    const std::optional<int> adminFd = reader.descriptor(QStringLiteral("admin-password-fd"));
    if (!adminFd) {
        console.error(reader.error());
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto teams = in.auth().teams();
    if (!teams) {
        console.failure(teams.error());
        return NothingDone;
    }
    const QString teamName = reader.value(QStringLiteral("team")).trimmed();
    const auto team = std::find_if(teams->cbegin(), teams->cend(), [&teamName](const Team &t) {
        return t.name.compare(teamName, Qt::CaseInsensitive) == 0 || QString::number(t.id) == teamName;
    });
    if (team == teams->cend()) {
        console.error(tr("--team: there is no team '%1' (see 'vangnet-cli team list')").arg(teamName));
        return NothingDone;
    }
    if (in.session().user().teamId != team->id) {
        console.error(tr("--user %1 is not a member of team '%2': a member of the team holds its key")
                          .arg(in.session().user().username, team->name));
        return NothingDone;
    }
    auto administrator = in.confirmWith(reader.value(QStringLiteral("admin")).trimmed(), *adminFd,
                                        LoggedInDatabase::administratorPassword());
    if (!administrator) {
        console.failure(administrator.error());
        return NothingDone;
    }
    auto rotation = KeyService(in.database().connection(), in.clock()).rotate(in.session(), **administrator, team->id);
    if (!rotation) {
        console.failure(rotation.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json(QJsonObject{{QStringLiteral("team"), team->name},
                                 {QStringLiteral("retired"), rotation->retired.version},
                                 {QStringLiteral("made"), rotation->made.version},
                                 {QStringLiteral("fieldsResealed"), rotation->fieldsResealed},
                                 {QStringLiteral("membersGranted"), rotation->membersGranted}});
        return Done;
    }
    console.out(tr("Team '%1' has key version %2 now: %3 fields re-sealed, given to %4 members; version %5 opens nothing.")
                    .arg(team->name)
                    .arg(rotation->made.version)
                    .arg(rotation->fieldsResealed)
                    .arg(rotation->membersGranted)
                    .arg(rotation->retired.version));
    return Done;
}

} // namespace vangnet::cli
