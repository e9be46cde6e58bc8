#include "PlacesImportCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "importing/RejectsJson.h"
#include "places/PlaceService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

using importing::Reject;

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
    ArgumentReader reader({}, {QStringLiteral("json")}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.positionals().isEmpty()) {
        console.error(tr("name the file to import; see 'vangnet-cli places import --help'"));
        return NothingDone;
    }
    const QString path = reader.positionals().constFirst();
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto summary = places::PlaceService(in.database(), in.clock(), in.session()).importFile(path);
    if (!summary) {
        console.failure(summary.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("read"), summary->read},
                      {QStringLiteral("inserted"), summary->inserted},
                      {QStringLiteral("updated"), summary->updated},
                      {QStringLiteral("unchanged"), summary->unchanged},
                      {QStringLiteral("rejected"), summary->rejected},
                      {QStringLiteral("rejects"), importing::rejectsJson(summary->rejects)}});
    } else {
        console.out(tr("Places from %1: %2 rows read, %3 added, %4 updated, %5 unchanged, %6 rejected.")
                        .arg(QFileInfo(path).fileName())
                        .arg(summary->read)
                        .arg(summary->inserted)
                        .arg(summary->updated)
                        .arg(summary->unchanged)
                        .arg(summary->rejected));
        for (const Reject &r : summary->rejects)
            console.error(tr("%1 line %2%3: %4")
                              .arg(QFileInfo(path).fileName())
                              .arg(r.line)
                              .arg(r.column.isEmpty() ? QString() : QStringLiteral(", ") + r.column, r.reason));
    }
    return summary->rejected > 0 ? DoneWithProblems : Done;
}

} // namespace vangnet::cli
