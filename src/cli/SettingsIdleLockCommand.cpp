#include "SettingsIdleLockCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "users/IdleLockPolicy.h"

namespace vangnet::cli {

QString SettingsIdleLockCommand::summary() const
{
    return tr("show or set the idle-lock time of every workstation (administrator)");
}

QString SettingsIdleLockCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME settings idle-lock [MINUTES]\n\n"
              "Without MINUTES: prints the minutes without input after which the window locks.\n"
              "With MINUTES (%1 to %2): sets it for every workstation. Only an administrator\n"
              "(beheerder) may do this; the change is audited.")
        .arg(IdleLockPolicy::minimumMinutes)
        .arg(IdleLockPolicy::maximumMinutes);
}

int SettingsIdleLockCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    std::optional<int> minutes;
    if (!reader.positionals().isEmpty()) {
        bool isNumber = false;
        minutes = reader.positionals().constFirst().trimmed().toInt(&isNumber);
        if (!isNumber) {
            console.error(tr("MINUTES must be a whole number, not '%1'").arg(reader.positionals().constFirst()));
            return NothingDone;
        }
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    const IdleLockPolicy policy(open->database(), open->clock());
    if (minutes) {
        if (auto set = policy.setMinutes(open->session(), *minutes); !set) {
            console.failure(set.error());
            return NothingDone;
        }
    }
    auto current = policy.minutes();
    if (!current) {
        console.failure(current.error());
        return NothingDone;
    }
    console.out(tr("Idle lock after %n minute(s) without input.", nullptr, *current));
    return Done;
}

} // namespace vangnet::cli
