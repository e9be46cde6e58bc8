#include "ExportListCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "exports/ListExport.h"

#include <QFileInfo>
#include <QJsonObject>

namespace vangnet::cli {

using exports::ListKind;

namespace {

/// The filter options and the one list each belongs to (--wijk belongs to all).
const QList<std::pair<QString, ListKind>> listOptions{
    {QStringLiteral("as-of"), ListKind::Queue},       {QStringLiteral("unassigned"), ListKind::Queue},
    {QStringLiteral("overdue"), ListKind::Queue},     {QStringLiteral("from"), ListKind::Signals},
    {QStringLiteral("to"), ListKind::Signals},        {QStringLiteral("status"), ListKind::Signals},
    {QStringLiteral("search"), ListKind::Households}, {QStringLiteral("by-priority"), ListKind::Households},
};

const QStringList signalStatuses{QStringLiteral("nieuw"), QStringLiteral("in_behandeling"), QStringLiteral("afgesloten")};

} // namespace

QString ExportListCommand::summary() const
{
    return tr("write the work queue, the signals or the household list as CSV or Excel (.xlsx)");
}

QString ExportListCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME export list queue|signals|households\n"
              "                   --format csv|xlsx --out FILE [filters] [--json]\n\n"
              "Writes one of the lists the application shows, with its columns and headings: the work\n"
              "queue (werkvoorraad) in queue order, your team's early signals newest first (all that\n"
              "match, not only the newest 5,000 the screen holds), or your team's households by name.\n"
              "Only what you may see is written; the export is recorded in the audit log. Text that a\n"
              "spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)\n"
              "gets a leading apostrophe. See docs/exports.md for the columns and the formats.\n\n"
              "  --format csv|xlsx   CSV (UTF-8 with BOM, ';', dates DD-MM-YYYY) or an Excel workbook;\n"
              "                      when left out, the suffix of --out decides\n"
              "  --out FILE          where to write; written completely or not at all\n"
              "  --wijk W            only this district (every list)\n"
              "  --as-of DATE        queue: judge the deadlines on this day (YYYY-MM-DD; default today)\n"
              "  --unassigned        queue: only items nobody has taken\n"
              "  --overdue           queue: only items with an overdue deadline\n"
              "  --from DATE         signals: dated on or after this day (YYYY-MM-DD)\n"
              "  --to DATE           signals: dated on or before this day (YYYY-MM-DD)\n"
              "  --status S          signals: nieuw, in_behandeling or afgesloten\n"
              "  --search TEXT       households: as the search box (BSN, postcode, address or name)\n"
              "  --by-priority       households: most urgent first instead of by name\n"
              "  --json              print {\"file\", \"list\", \"format\", \"rows\"}");
}

int ExportListCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("wijk"), QStringLiteral("as-of"),
                           QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("status"), QStringLiteral("search")},
                          {QStringLiteral("json"), QStringLiteral("unassigned"), QStringLiteral("overdue"),
                           QStringLiteral("by-priority")},
                          1);
    if (!reader.parse(args, console))
        return NothingDone;
    const QString kindWord = reader.positionals().value(0);
    const auto kind = exports::listKindFromKey(kindWord);
    if (!kind) {
        console.error(kindWord.isEmpty() ? tr("export list needs the list: queue, signals or households")
                                         : tr("unknown list '%1'; use queue, signals or households").arg(kindWord));
        return NothingDone;
    }
    for (const auto &[option, owner] : listOptions) {
        if (reader.has(option) && owner != *kind) {
            console.error(tr("--%1 is an option of the %2 list, not of %3")
                              .arg(option, exports::listKindKey(owner), exports::listKindKey(*kind)));
            return NothingDone;
        }
    }
    const QString out = reader.value(QStringLiteral("out"));
    if (!reader.has(QStringLiteral("out")) || out.trimmed().isEmpty()) {
        console.error(tr("export list needs --out FILE"));
        return NothingDone;
    }
    exports::ListExportRequest request;
    request.kind = *kind;
    const QString formatWord = reader.value(QStringLiteral("format")).trimmed().toLower();
    const auto format = reader.has(QStringLiteral("format")) ? exports::listFormatFromKey(formatWord)
                                                             : exports::listFormatForFile(out);
    if (!format) {
        console.error(reader.has(QStringLiteral("format"))
                          ? tr("unknown format '%1'; use csv or xlsx").arg(reader.value(QStringLiteral("format")))
                          : tr("export list needs --format csv or xlsx (or an --out file ending in .csv or .xlsx)"));
        return NothingDone;
    }
    request.format = *format;

    const QString wijk = reader.value(QStringLiteral("wijk")).trimmed();
    request.queue.wijk = wijk;
    request.signalFilter.wijk = wijk;
    request.households.wijk = wijk;
    const auto asOf = reader.date(QStringLiteral("as-of"));
    const auto from = asOf ? reader.date(QStringLiteral("from")) : std::nullopt;
    const auto to = from ? reader.date(QStringLiteral("to")) : std::nullopt;
    if (!asOf || !from || !to) {
        console.error(reader.error());
        return NothingDone;
    }
    request.asOf = *asOf;
    request.signalFilter.from = *from;
    request.signalFilter.to = *to;
    if (reader.has(QStringLiteral("unassigned")))
        request.queue.scope = cases::QueueFilter::Scope::Unassigned;
    request.queue.overdueOnly = reader.has(QStringLiteral("overdue"));
    if (reader.has(QStringLiteral("status"))) {
        request.signalFilter.status = reader.value(QStringLiteral("status")).trimmed().toLower();
        if (!signalStatuses.contains(request.signalFilter.status)) {
            console.error(tr("--status takes %1, not '%2'")
                              .arg(signalStatuses.join(QStringLiteral(", ")), reader.value(QStringLiteral("status"))));
            return NothingDone;
        }
    }
    request.households.search = reader.value(QStringLiteral("search"));
    if (reader.has(QStringLiteral("by-priority"))) {
        request.households.sort = HouseholdSort::Priority;
        request.households.descending = true;
    }
    return write(request, out, reader.has(QStringLiteral("json")), global, console);
}

int ExportListCommand::write(const exports::ListExportRequest &request, const QString &out, bool json,
                             const GlobalOptions &global, Console &console)
{
    // An unusable file is reported before the login, which asks for a password.
    if (console.problems(exports::ListExport::checkTarget(out)))
        return NothingDone;

    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    auto counts = exports::ListExport(open->database(), open->clock(), open->session()).write(request, out);
    if (!counts) {
        console.failure(counts.error());
        return NothingDone;
    }
    const QString file = QFileInfo(out).absoluteFilePath();
    if (json) {
        console.json({{QStringLiteral("file"), file}, {QStringLiteral("list"), exports::listKindKey(request.kind)},
                      {QStringLiteral("format"), exports::listFormatKey(request.format)}, {QStringLiteral("rows"), counts->rows}});
        return Done;
    }
    console.out(tr("%n row(s) of the %1 list written to %2.", nullptr, static_cast<int>(counts->rows))
                    .arg(exports::listKindKey(request.kind), file));
    return Done;
}

} // namespace vangnet::cli
