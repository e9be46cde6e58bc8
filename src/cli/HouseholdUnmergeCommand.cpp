#include "HouseholdUnmergeCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "households/HouseholdMergeService.h"

namespace vangnet::cli {

QString HouseholdUnmergeCommand::summary() const
{
    return tr("undo a merge of two households");
}

QString HouseholdUnmergeCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME household unmerge MERGE_ID\n\n"
              "Splits merge MERGE_ID (as 'household merge' printed it) back: the household that went returns with\n"
              "its own members and records. Possible within the organisation's period (30 days unless set\n"
              "otherwise), and only when nothing added since could belong to either household (docs/duplicates.md).\n\n"
              "Exit status: 0 undone, 2 nothing changed.");
}

int HouseholdUnmergeCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    const std::optional<qint64> merge = reader.positionalId(0);
    if (!merge) {
        console.error(tr("name the merge by its id; see 'vangnet-cli household unmerge --help'"));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    if (auto undone = households::HouseholdMergeService(in.database(), in.clock(), in.session()).undo(*merge);
        !undone) {
        console.failure(undone.error());
        return NothingDone;
    }
    console.out(tr("Merge %1 undone.").arg(*merge));
    return Done;
}

} // namespace vangnet::cli
