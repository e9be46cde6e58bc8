#include "ExportCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "ddas/DdasExport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace vangnet::cli {

QString ExportCommand::summary() const
{
    return tr("write the DDAS delivery of early signals and their cases for CBS (team lead)");
}

QString ExportCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME export ddas --from DATE --to DATE\n"
              "                   --gemeentecode CODE[,CODE]... --out FILE [--organisatie NAME] [--kvk NUMBER]\n"
              "                   [--contact \"name;telephone;e-mail;job title\"]... [--leverancier CODE] [--json]\n\n"
              "Writes the DDAS delivery (VNG Uitwisselmodel v0.9) for CBS statistics, one levering per\n"
              "municipality: every early signal of the municipality's households (all teams) dated in the\n"
              "period, and every case active in the period that started from signals, with its contact\n"
              "attempts and outcome. Cases without signals (discharge notices only, or opened by hand) are\n"
              "not part of DDAS and are left out; their number is reported. The file is checked against\n"
              "the DDAS model before it is written, and kept (export ddas-deliveries). Team leads of a\n"
              "team working in the municipality only; recorded in the audit log. See docs/ddas.md.\n\n"
              "  --from DATE           first day of the period (YYYY-MM-DD)\n"
              "  --to DATE             last day of the period (YYYY-MM-DD), inclusive\n"
              "  --gemeentecode CODE   the municipality's four-digit CBS code, e.g. 0518; repeat it (or give\n"
              "                        codes separated by commas) for one levering per municipality\n"
              "  --out FILE            where to write the JSON; written completely or not at all\n"
              "  --organisatie NAME    the delivering organisation (default \"Gemeente CODE\")\n"
              "  --kvk NUMBER          its eight-digit KvK number (left out when not given)\n"
              "  --contact TEXT        a contact person as \"name;telephone;e-mail;job title\"; repeatable\n"
              "  --leverancier CODE    codeGegevensleverancier (default VANGNET)\n"
              "  --json                print {\"file\", \"signals\", \"cases\", \"cases_without_signals\",\n"
              "                        \"leveringen\", \"delivery\", \"sha256\", \"warnings\"}");
}

int ExportCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("gemeentecode"),
                              QStringLiteral("out"), QStringLiteral("organisatie"), QStringLiteral("kvk"),
                              QStringLiteral("contact"), QStringLiteral("leverancier")},
        {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    for (const QString &name :
        {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("gemeentecode"), QStringLiteral("out")}) {
        if (!reader.has(name) || reader.value(name).trimmed().isEmpty()) {
            console.error(tr("export ddas needs --%1").arg(name));
            return NothingDone;
        }
    }
    DdasRequest request;
    const auto from = reader.date(QStringLiteral("from"), true);
    if (!from) {
        console.error(reader.error());
        return NothingDone;
    }
    const auto to = reader.date(QStringLiteral("to"), true);
    if (!to) {
        console.error(reader.error());
        return NothingDone;
    }
    request.from = *from;
    request.to = *to;
    // One levering per municipality: --gemeentecode repeated, or codes separated by commas.
    for (const QString &given : reader.values(QStringLiteral("gemeentecode")))
        for (const QString &code : given.split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.gemeentecodes << code.trimmed();
    request.organisatie = reader.value(QStringLiteral("organisatie")).trimmed();
    request.kvk = reader.value(QStringLiteral("kvk")).trimmed();
    if (reader.has(QStringLiteral("leverancier")))
        request.leverancier = reader.value(QStringLiteral("leverancier")).trimmed();
    for (const QString &text : reader.values(QStringLiteral("contact"))) {
        auto contact = DdasContact::parse(text);
        if (!contact) {
            console.failure(contact.error());
            return NothingDone;
        }
        request.contacts << *contact;
    }
    const QString out = reader.value(QStringLiteral("out"));
    // Unusable options are reported before the login, which asks for a password.
    if (console.problems(request.validate() + checkDdasTarget(out)))
        return NothingDone;

    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    auto counts = DdasExport(open->database(), open->clock(), open->session()).write(request, out);
    if (!counts) {
        console.failure(counts.error());
        return NothingDone;
    }
    const QString file = QFileInfo(out).absoluteFilePath();
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("file"), file}, {QStringLiteral("signals"), counts->signals},
            {QStringLiteral("cases"), counts->cases},
            {QStringLiteral("cases_without_signals"), counts->casesWithoutSignals},
            {QStringLiteral("leveringen"), counts->leveringen}, {QStringLiteral("delivery"), counts->deliveryId},
            {QStringLiteral("sha256"), counts->sha256},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(counts->warnings)}});
        return Done;
    }
    console.out(tr("DDAS delivery %1..%2 written to %3: %4 signal(s), %5 case(s).")
                    .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate), file)
                    .arg(counts->signals)
                    .arg(counts->cases));
    for (const QString &warning : std::as_const(counts->warnings))
        console.error(warning);
    if (counts->casesWithoutSignals > 0)
        console.out(tr("%n case(s) active in the period had no signals (discharge notice or opened by hand); "
                       "they are not part of DDAS and were left out.",
            nullptr, counts->casesWithoutSignals));
    return Done;
}

} // namespace vangnet::cli
