#include "TeamAddCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"

namespace vangnet::cli {

QString TeamAddCommand::summary() const
{
    return tr("add a team (administrator)");
}

QString TeamAddCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME team add NAME\n\n"
              "Adds a team; its name must be new. Only an administrator (beheerder) may do this.\n"
              "Put users in it with 'vangnet-cli user add … --team NAME'.");
}

int TeamAddCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.positionals().isEmpty() || reader.positionals().first().trimmed().isEmpty()) {
        console.error(tr("team add needs the team's name: team add NAME"));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto team = in.auth().createTeam(in.session(), reader.positionals().first().trimmed());
    if (!team) {
        console.failure(team.error());
        return NothingDone;
    }
    console.out(tr("Team '%1' added (id %2).").arg(team->name).arg(team->id));
    return Done;
}

} // namespace vangnet::cli
