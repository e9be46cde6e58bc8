#include "SubjectAccessCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "SubjectAccessPdfWriter.h"
#include "subjectaccess/SubjectAccessJsonWriter.h"
#include "subjectaccess/SubjectAccessService.h"

#include <memory>

namespace vangnet::cli {

QString SubjectAccessCommand::summary() const
{
    return tr("export everything held about one person (inzageverzoek; team lead)");
}

QString SubjectAccessCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME subject-access --person ID --reference TEXT\n"
              "                   --format json|pdf --output FILE\n\n"
              "Writes everything Vangnet holds about one person (subject access request, AVG art. 15):\n"
              "personal details, household, notes and who viewed or changed the file. Only a team lead\n"
              "of the person's team may do this; the export is recorded in the audit log.\n\n"
              "  --person ID       the person's number\n"
              "  --reference TEXT  the request's reference, e.g. its case number (no personal data)\n"
              "  --format FORMAT   json (machine-readable, keys in docs/security.md) or pdf\n"
              "  --output FILE     where to write it; written completely or not at all");
}

int SubjectAccessCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("person"), QStringLiteral("reference"), QStringLiteral("format"),
                           QStringLiteral("output")},
                          {});
    if (!reader.parse(args, console))
        return NothingDone;
    for (const QString &name : {QStringLiteral("person"), QStringLiteral("reference"), QStringLiteral("format"),
                                QStringLiteral("output")}) {
        if (!reader.has(name) || reader.value(name).trimmed().isEmpty()) {
            console.error(tr("subject-access needs --%1").arg(name));
            return NothingDone;
        }
    }
    const auto personId = reader.integer(QStringLiteral("person"), 1);
    if (!personId) {
        console.error(reader.error());
        return NothingDone;
    }
    const QString format = reader.value(QStringLiteral("format")).trimmed().toLower();
    std::unique_ptr<SubjectAccessWriter> writer;
    if (format == QLatin1String("json"))
        writer = std::make_unique<SubjectAccessJsonWriter>();
    else if (format == QLatin1String("pdf"))
        writer = std::make_unique<SubjectAccessPdfWriter>();
    else {
        console.error(tr("--format must be json or pdf, not '%1'").arg(format));
        return NothingDone;
    }

    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    const SubjectAccessService service(in.database(), in.clock(), in.session());
    auto report = service.gather(*personId, reader.value(QStringLiteral("reference")));
    if (!report) {
        console.failure(report.error());
        return NothingDone;
    }
    const QString output = reader.value(QStringLiteral("output"));
    if (auto saved = service.save(*report, *writer, output); !saved) {
        console.failure(saved.error());
        return NothingDone;
    }
    console.out(tr("Subject access export of person %1 written to %2 (%3).").arg(*personId).arg(output, format));
    return Done;
}

} // namespace vangnet::cli
