#include "NeedImportCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "importing/RejectsJson.h"
#include "needs/NeedService.h"

#include <QFileInfo>
#include <QJsonObject>

namespace vangnet::cli {

using importing::Reject;

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
    ArgumentReader reader({}, {QStringLiteral("json")}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.positionals().isEmpty()) {
        console.error(tr("name the file to import; see 'vangnet-cli need import --help'"));
        return NothingDone;
    }
    const QString path = reader.positionals().constFirst();
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto summary = needs::NeedService(in.database(), in.clock(), in.session()).importFile(path);
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
        console.out(tr("Housing needs from %1: %2 rows read, %3 added, %4 updated, %5 unchanged, %6 rejected.")
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
