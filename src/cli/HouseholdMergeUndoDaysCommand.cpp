#include "HouseholdMergeUndoDaysCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "households/HouseholdMergeService.h"

namespace vangnet::cli {

QString HouseholdMergeUndoDaysCommand::summary() const
{
    return tr("show or set how many days a household merge can be undone");
}

QString HouseholdMergeUndoDaysCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME household merge-undo-days [DAYS]\n\n"
              "Without DAYS: prints how many days a merge of two households can be undone (30 unless set).\n"
              "With DAYS (1 to 365): sets it; for the functioneel beheerder, audited (docs/duplicates.md).\n\n"
              "Exit status: 0 shown or set, 2 nothing changed.");
}

int HouseholdMergeUndoDaysCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    std::optional<int> days;
    if (!reader.positionals().isEmpty()) {
        bool ok = false;
        days = reader.positionals().constFirst().toInt(&ok);
        if (!ok) {
            console.error(tr("DAYS is a whole number; see 'vangnet-cli household merge-undo-days --help'"));
            return NothingDone;
        }
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    households::HouseholdMergeService service(in.database(), in.clock(), in.session());
    if (days) {
        if (auto set = service.setUndoDays(*days); !set) {
            console.failure(set.error());
            return NothingDone;
        }
    }
    auto current = service.undoDays();
    if (!current) {
        console.failure(current.error());
        return NothingDone;
    }
    console.out(tr("A merge can be undone for %n day(s).", nullptr, *current));
    return Done;
}

} // namespace vangnet::cli
