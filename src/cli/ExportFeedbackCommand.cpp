#include "ExportFeedbackCommand.h"

#include "ExportListCommand.h"

#include "ArgumentReader.h"
#include "Console.h"


namespace vangnet::cli {

QString ExportFeedbackCommand::summary() const
{
    return tr("write the feedback for a signal partner: each signal's status, as CSV or Excel (team lead)");
}

QString ExportFeedbackCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME export feedback --partner NAME|--partner-type TYPE\n"
              "                   --from DATE --to DATE --out FILE.csv|FILE.xlsx [--json]\n\n"
              "Writes, for each signal of your team from the partner and dated in the period, what may go back\n"
              "to the signal platform (terugkoppeling): the partner type and name, the partner's own signal id,\n"
              "the signal date, the reported status (EnumSignaalstatus), the day it was decided, and whether\n"
              "and when the case took it up. No names, addresses, notes or internal reasons. For team leads;\n"
              "recorded in the audit log with the number of rows. See docs/exports.md.\n\n"
              "  --partner NAME        the partner's name as on its signals\n"
              "  --partner-type TYPE   the partner type (DDAS, e.g. Huur, Energie, Water)\n"
              "  --from DATE           signals dated on or after this day (YYYY-MM-DD)\n"
              "  --to DATE             signals dated on or before this day (YYYY-MM-DD)\n"
              "  --out FILE            .csv or .xlsx; written completely or not at all\n"
              "  --json                print {\"file\", \"list\", \"format\", \"rows\"}");
}

int ExportFeedbackCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("partner"), QStringLiteral("partner-type"), QStringLiteral("from"),
                           QStringLiteral("to"), QStringLiteral("out")},
                          {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    exports::ListExportRequest request;
    request.kind = exports::ListKind::Feedback;
    request.feedback.partnerName = reader.value(QStringLiteral("partner")).trimmed();
    request.feedback.partnerType = reader.value(QStringLiteral("partner-type")).trimmed();
    if (request.feedback.partnerName.isEmpty() && request.feedback.partnerType.isEmpty()) {
        console.error(tr("export feedback needs --partner NAME or --partner-type TYPE: the file goes to one partner"));
        return NothingDone;
    }
    const auto from = reader.date(QStringLiteral("from"), true);
    const auto to = from ? reader.date(QStringLiteral("to"), true) : std::nullopt;
    if (!from || !to) {
        console.error(reader.error());
        return NothingDone;
    }
    if (*to < *from) {
        console.error(tr("--to %1 is before --from %2").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
        return NothingDone;
    }
    request.feedback.from = *from;
    request.feedback.to = *to;
    const QString out = reader.value(QStringLiteral("out"));
    const auto format = exports::listFormatForFile(out);
    if (!format) {
        console.error(tr("export feedback needs --out FILE ending in .csv or .xlsx"));
        return NothingDone;
    }
    request.format = *format;
    return ExportListCommand::write(request, out, reader.has(QStringLiteral("json")), global, console);
}

} // namespace vangnet::cli
