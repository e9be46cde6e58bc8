#include "ImportCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "importing/RejectsJson.h"
#include "importing/ImportFiles.h"
#include "importing/ImportService.h"
#include "importing/RejectWriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

using namespace vangnet::importing;

QStringList ImportCommand::words() const
{
    return {QStringLiteral("import"), m_kind == Kind::Signals ? QStringLiteral("signals") : QStringLiteral("discharges")};
}

QString ImportCommand::summary() const
{
    return m_kind == Kind::Signals ? tr("import a file of early signals (CSV or DDAS JSON) as one batch")
                                   : tr("import a file of discharge notices (CSV) as one batch");
}

QString ImportCommand::help() const
{
    const QString usage = m_kind == Kind::Signals
        ? tr("Usage: vangnet-cli [--db FILE|URL] --user NAME import signals FILE [--format csv|ddas]\n"
             "                   [--profile NAME] [--rejects OUT.csv] [--json]\n\n"
             "Imports early signals of arrears (docs/formats.md) as one batch: all of it, or nothing.\n\n"
             "  --format csv|ddas  the file's format; default: ddas for .json files, else csv\n")
        : tr("Usage: vangnet-cli [--db FILE|URL] --user NAME import discharges FILE [--profile NAME]\n"
             "                   [--rejects OUT.csv] [--json]\n\n"
             "Imports notices of people leaving an institution (docs/formats.md) as one batch.\n\n");
    return usage +
           tr("  --profile NAME     a saved column layout (mapping profile); default: the documented header\n"
              "  --rejects OUT.csv  write the rows that were skipped, with line, column and reason\n"
              "  --skip-rules       do not evaluate the signal rules afterwards (a bulk load; the\n"
              "                     next `rules evaluate` does it)\n"
              "  --json             {\"batch\", \"read\", \"imported\", \"updated\", \"superseded\", \"duplicates\",\n"
              "                     \"rejected\", \"matched\", \"new_households\", \"repeated\", \"flags_raised\",\n"
              "                     \"flags_resolved\", \"rejects\": [{line, column, reason}]}\n\n"
              "Rows are matched to households by BSN, else by address, surname and date of birth; others\n"
              "get a new household of your team. A row already imported is skipped as a duplicate.\n"
              "A discharge notice delivered again with its id and a new date, condition or channel updates\n"
              "the stored notice (updated); a new notice replaces the person's older open one of the same\n"
              "institution type (superseded).\n"
              "Afterwards the signal rules evaluate the households that received something.\n"
              "Exit status 1 when rows were rejected, 2 when the file was refused (nothing imported).");
}

int ImportCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    QStringList options{QStringLiteral("profile"), QStringLiteral("rejects")};
    if (m_kind == Kind::Signals)
        options << QStringLiteral("format");
    ArgumentReader reader(options, {QStringLiteral("json"), QStringLiteral("skip-rules")}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.positionals().isEmpty()) {
        console.error(tr("name the file to import; see 'vangnet-cli %1 --help'").arg(words().join(QLatin1Char(' '))));
        return NothingDone;
    }
    const QString path = reader.positionals().constFirst();
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;

    const auto kind = m_kind == Kind::Signals ? ImportProfile::Kind::Signals : ImportProfile::Kind::Discharges;
    auto profile = ProfileRepository(in.database().connection()).find(kind, reader.value(QStringLiteral("profile")));
    if (!profile) {
        console.failure(profile.error());
        return NothingDone;
    }
    ImportService service(in.database(), in.clock(), in.session());
    service.setEvaluateRules(!reader.has(QStringLiteral("skip-rules")));
    const ImportOrigin origin{QFileInfo(path).fileName(), reader.value(QStringLiteral("format")), profile->name};
    Result<ImportSummary> summary = Error{};
    if (m_kind == Kind::Signals) {
        auto source = openSignalFile(path, reader.value(QStringLiteral("format")), *profile);
        if (!source) {
            console.failure(source.error());
            return NothingDone;
        }
        ImportOrigin signalOrigin = origin;
        signalOrigin.format = signalFormatName(path, origin.format);
        summary = service.importSignals(**source, signalOrigin);
    } else {
        auto source = openDischargeFile(path, *profile);
        if (!source) {
            console.failure(source.error());
            return NothingDone;
        }
        ImportOrigin csv = origin;
        csv.format = QStringLiteral("csv");
        summary = service.importDischarges(**source, csv);
    }
    if (!summary) {
        console.failure(summary.error());
        return NothingDone;
    }
    if (!summary->rulesError.isEmpty()) // the import itself stands; `rules evaluate` catches up
        console.error(summary->rulesError);
    if (reader.has(QStringLiteral("rejects"))) {
        auto writer = RejectWriter::create(reader.value(QStringLiteral("rejects")));
        Result<void> written = writer ? (*writer)->write(QFileInfo(path).fileName(), summary->rejects) : writer.error();
        if (written && writer)
            written = (*writer)->finish();
        if (!written) {
            console.failure(written.error());
            return DoneWithProblems;
        }
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("batch"), summary->batch},
                      {QStringLiteral("read"), summary->read},
                      {QStringLiteral("imported"), summary->imported},
                      {QStringLiteral("updated"), summary->updated},
                      {QStringLiteral("superseded"), summary->superseded},
                      {QStringLiteral("duplicates"), summary->duplicates},
                      {QStringLiteral("rejected"), summary->rejected},
                      {QStringLiteral("matched"), summary->matched},
                      {QStringLiteral("new_households"), summary->newHouseholds},
                      {QStringLiteral("repeated"), summary->repeated},
                      {QStringLiteral("flags_raised"), summary->flagsRaised},
                      {QStringLiteral("flags_resolved"), summary->flagsResolved},
                      {QStringLiteral("rejects"), importing::rejectsJson(summary->rejects)}});
    } else {
        console.out(tr("Batch %1 from %2: %3 rows read, %4 imported (%5 matched to a household, %6 new households), "
                       "%7 duplicates, %8 rejected.")
                        .arg(summary->batch).arg(QFileInfo(path).fileName()).arg(summary->read).arg(summary->imported)
                        .arg(summary->matched).arg(summary->newHouseholds).arg(summary->duplicates).arg(summary->rejected));
        if (m_kind == Kind::Discharges)
            console.out(tr("Discharge notices: %1 updated by a re-delivery, %2 older notices superseded.")
                            .arg(summary->updated)
                            .arg(summary->superseded));
        if (summary->rulesEvaluated)
            console.out(tr("Signal rules: %1 flags raised, %2 resolved.").arg(summary->flagsRaised).arg(summary->flagsResolved));
        for (const Reject &r : summary->rejects.mid(0, 20))
            console.error(tr("%1 line %2%3: %4")
                              .arg(QFileInfo(path).fileName())
                              .arg(r.line)
                              .arg(r.column.isEmpty() ? QString() : QStringLiteral(", ") + r.column, r.reason));
        if (summary->rejects.size() > 20)
            console.error(tr("… and %1 more; --rejects OUT.csv writes them all").arg(summary->rejects.size() - 20));
    }
    return summary->rejected > 0 ? DoneWithProblems : Done;
}

} // namespace vangnet::cli
