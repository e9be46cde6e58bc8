#include "PlacesImportCommand.h"

#include "UpsertImport.h"
#include "places/PlaceService.h"

namespace vangnet::cli {

QString PlacesImportCommand::summary() const
{
    return tr("import the place inventory from a provider's CSV file (administrator)");
}

QString PlacesImportCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME places import FILE [--json]\n\n"
              "Reads supported-housing places from FILE, ';'-separated with exactly this header:\n"
              "plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;max_leeftijd;"
              "max_personen;rolstoel;huisdieren;begeleiding\n"
              "A new plek_id is added, a changed one updated (its status kept), an unchanged one left alone.\n"
              "Rows with a mistake are reported with line, column and reason; the rest is stored. A file\n"
              "with another header is refused whole. Only the administrator (beheerder) may import.\n"
              "See docs/planner.md, \"Place inventory\".\n\n"
              "  --json   {\"read\", \"inserted\", \"updated\", \"unchanged\", \"rejected\",\n"
              "           \"rejects\": [{line, column, reason}]}\n\n"
              "Exit status: 0 all rows stored, 1 some rows rejected, 2 nothing done.");
}

int PlacesImportCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    const UpsertImportTexts texts{tr("name the file to import; see 'vangnet-cli places import --help'"),
                                  tr("Places from %1: %2 rows read, %3 added, %4 updated, %5 unchanged, %6 rejected."),
                                  tr("%1 line %2%3: %4")};
    return runUpsertImport(args, global, console, texts,
                           [](LoggedInDatabase &in, const QString &path) {
                               return places::PlaceService(in.database(), in.clock(), in.session()).importFile(path);
                           });
}

} // namespace vangnet::cli
