#include "NeedImportCommand.h"

#include "UpsertImport.h"
#include "needs/NeedService.h"

namespace vangnet::cli {

QString NeedImportCommand::summary() const
{
    return tr("import housing needs (woonvragen) for households of your team from a CSV file");
}

QString NeedImportCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME need import FILE [--json]\n\n"
              "Reads one housing need per household from FILE, ';'-separated with exactly this header:\n"
              "huishouden_id;aanvrager_id;personen;rolstoel;huisdier;begeleiding;woonvormen;wijken;vanaf\n"
              "huishouden_id and aanvrager_id are the ids 'household show ID --json' prints; rolstoel and\n"
              "huisdier are ja or nee; woonvormen and wijken are comma-separated (empty: any).\n"
              "A household's need is added, replaced when it changed, or left alone. Rows with a mistake\n"
              "are reported with line, column and reason; the rest is stored. A file with another header\n"
              "is refused whole. Only households of your own team can be given a need.\n"
              "See docs/planner.md, \"Housing need\".\n\n"
              "  --json   {\"read\", \"inserted\", \"updated\", \"unchanged\", \"rejected\",\n"
              "           \"rejects\": [{line, column, reason}]}\n\n"
              "Exit status: 0 all rows stored, 1 some rows rejected, 2 nothing done.");
}

int NeedImportCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    const UpsertImportTexts texts{tr("name the file to import; see 'vangnet-cli need import --help'"),
                                  tr("Housing needs from %1: %2 rows read, %3 added, %4 updated, %5 unchanged, %6 rejected."),
                                  tr("%1 line %2%3: %4")};
    return runUpsertImport(args, global, console, texts,
                           [](LoggedInDatabase &in, const QString &path) {
                               return needs::NeedService(in.database(), in.clock(), in.session()).importFile(path);
                           });
}

} // namespace vangnet::cli
