#include "ExportPdfCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "PdfRenderer.h"
#include "summary/CaseSummaryService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

using summary::CaseSummaryService;

QString ExportPdfCommand::summary() const
{
    return tr("write a household's case summary as PDF, for the team or for a partner organisation");
}

QString ExportPdfCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME export pdf --household ID\n"
              "                   --profile intern|partner --out FILE [--json]\n\n"
              "Writes the case summary of a household of your team as PDF: members, signals and discharge\n"
              "notices, flags with their explanations, cases with contact attempts, plan of action and\n"
              "basic conditions, notes, ZRM scores, the housing need and placements. The intern profile\n"
              "is complete (BSN masked as on screen); the partner profile, for a partner organisation,\n"
              "leaves out the BSN, every note and all health, addiction and detention details\n"
              "(docs/case-summary.md). The export is recorded in the audit log.\n\n"
              "  --household ID    the household's number; give it more than once for several\n"
              "  --profile P       intern or partner\n"
              "  --out FILE        where to write the PDF; written completely or not at all. With several\n"
              "                    households, a folder: each is written as samenvatting-<id>-<profile>.pdf\n"
              "  --json            print {\"profile\", \"files\"}");
}

int ExportPdfCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader(
        {QStringLiteral("household"), QStringLiteral("profile"), QStringLiteral("out")}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    for (const QString &name : {QStringLiteral("household"), QStringLiteral("profile"), QStringLiteral("out")}) {
        if (!reader.has(name) || reader.value(name).trimmed().isEmpty()) {
            console.error(tr("export pdf needs --%1").arg(name));
            return NothingDone;
        }
    }
    QList<qint64> households;
    for (const QString &value : reader.values(QStringLiteral("household"))) {
        bool ok = false;
        const qint64 id = value.trimmed().toLongLong(&ok);
        if (!ok || id < 1) {
            console.error(tr("--household takes a household number (a whole number from 1), not '%1'").arg(value));
            return NothingDone;
        }
        if (!households.contains(id))
            households << id;
    }
    const QString profileWord = reader.value(QStringLiteral("profile")).trimmed();
    const auto profile = summary::profileFromKey(profileWord);
    if (!profile) {
        console.error(tr("unknown profile '%1'; use intern or partner").arg(profileWord));
        return NothingDone;
    }
    const QString out = reader.value(QStringLiteral("out"));
    const bool batch = households.size() > 1;
    // An unusable target is reported before the login, which asks for a password.
    if (console.problems(batch ? CaseSummaryService::checkFolder(out) : CaseSummaryService::checkTarget(out)))
        return NothingDone;

    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    const CaseSummaryService service(open->database(), open->clock(), open->session());
    QStringList files;
    if (batch) {
        auto outcome = service.writeAll(households, *profile, out, pdfRenderer());
        if (!outcome) {
            console.failure(outcome.error());
            return NothingDone;
        }
        for (const QString &file : std::as_const(outcome->written))
            files << QFileInfo(file).absoluteFilePath();
        if (outcome->failure) {
            console.failure(outcome->failure.value());
            console.error(tr(
                "stopped at household %1; %n summary(ies) written before it.", nullptr, static_cast<int>(files.size()))
                              .arg(outcome->failedHousehold));
            return NothingDone;
        }
    } else {
        if (auto written = service.write(households.first(), *profile, out, pdfRenderer()); !written) {
            console.failure(written.error());
            return NothingDone;
        }
        files << QFileInfo(out).absoluteFilePath();
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("profile"), summary::profileKey(*profile)},
            {QStringLiteral("files"), QJsonArray::fromStringList(files)}});
        return Done;
    }
    for (const QString &file : std::as_const(files))
        console.out(
            tr("Case summary (%1) written to %2.").arg(summary::profileKey(*profile), QDir::toNativeSeparators(file)));
    return Done;
}

} // namespace vangnet::cli
