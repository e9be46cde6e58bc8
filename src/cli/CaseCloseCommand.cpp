#include "CaseCloseCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "cases/CaseService.h"
#include "cases/InternalReason.h"
#include "cases/ReasonReport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QString CaseCloseCommand::summary() const
{
    return tr("close a case with its outcome (eindresultaat)");
}

QString CaseCloseCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME case close ID OUTCOME [--on DATE]\n"
              "                   [--reason KEY] [--note TEXT] [--confirm] [--json]\n\n"
              "Closes case ID with OUTCOME, a value of the DDAS list EnumEindresultaat written as it is\n"
              "(quote it: \"Niet opgepakt: herhaalde melding\"). The closing rules of docs/cases.md apply:\n"
              "an outcome that says the resident was spoken to needs a reached contact attempt, \"Definitief\n"
              "geen contact kunnen krijgen\" cannot close a case with one. What is a judgement is a warning:\n"
              "it is printed and nothing is closed unless --confirm is given.\n\n"
              "  --on DATE       the closing date (YYYY-MM-DD; default today)\n"
              "  --reason KEY    internal reason with a not-taken-up outcome: %1\n"
              "  --note TEXT     the internal reason in words (sealed, never reported)\n"
              "  --confirm       close despite the warnings\n"
              "  --json          print {\"case_id\", \"closed\", \"outcome\", \"closed_on\", \"taken_up_on\", \"warnings\"}")
        .arg(cases::internalReasonKeys().join(QStringLiteral(", ")));
}

int CaseCloseCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("on"), QStringLiteral("reason"), QStringLiteral("note")},
                          {QStringLiteral("confirm"), QStringLiteral("json")}, 2);
    if (!reader.parse(args, console))
        return NothingDone;
    const auto caseId = reader.positionalId(0);
    if (reader.positionals().size() != 2 || !caseId) {
        console.error(tr("give the case number and the outcome; see: vangnet-cli help case close"));
        return NothingDone;
    }
    const auto on = reader.date(QStringLiteral("on"));
    if (!on) {
        console.error(reader.error());
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    cases::CaseService service(open->database(), open->clock(), open->session());
    cases::Closing closing{reader.positionals().at(1).trimmed(), on->isValid() ? *on : open->clock().today(),
                           reader.value(QStringLiteral("note")), reader.value(QStringLiteral("reason")).trimmed(),
                           reader.has(QStringLiteral("confirm"))};
    auto current = service.get(*caseId);
    if (!current) {
        console.failure(current.error());
        return NothingDone;
    }
    auto warnings = service.closingWarnings(*caseId, current->version, closing);
    if (!warnings) {
        console.failure(warnings.error());
        return NothingDone;
    }
    const bool json = reader.has(QStringLiteral("json"));
    auto report = [&](const cases::Case *closed) {
        if (json) {
            console.json({{QStringLiteral("case_id"), *caseId},
                          {QStringLiteral("closed"), closed != nullptr},
                          {QStringLiteral("outcome"), closing.outcome},
                          {QStringLiteral("closed_on"), closed ? QJsonValue(closed->closedOn.toString(Qt::ISODate)) : QJsonValue()},
                          {QStringLiteral("taken_up_on"), closed && closed->takenUpOn.isValid()
                                                               ? QJsonValue(closed->takenUpOn.toString(Qt::ISODate)) : QJsonValue()},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(*warnings)}});
            return;
        }
        for (const QString &warning : *warnings)
            console.error(tr("warning: %1").arg(warning));
        if (closed)
            console.out(tr("Case %1 closed on %2: %3.").arg(*caseId).arg(closed->closedOn.toString(Qt::ISODate), closed->outcome));
        else
            console.error(tr("Case %1 was not closed: confirm the warnings with --confirm.").arg(*caseId));
    };
    if (!warnings->isEmpty() && !closing.confirmed) {
        report(nullptr);
        return NothingDone;
    }
    auto closed = service.close(*caseId, current->version, closing);
    if (!closed) {
        console.failure(closed.error());
        return NothingDone;
    }
    report(&*closed);
    return Done;
}

QString CaseReasonsCommand::summary() const
{
    return tr("count the internal reasons for not taking up signals (team lead)");
}

QString CaseReasonsCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME case reasons [--from DATE] [--to DATE] [--json]\n\n"
              "Counts how often your team chose each internal reason: on cases closed in the period and on\n"
              "signals decided on their own in it (docs/cases.md, \"Internal reasons\"). For team leads.\n\n"
              "  --from DATE     on or after this day (YYYY-MM-DD)\n"
              "  --to DATE       on or before this day (YYYY-MM-DD)\n"
              "  --json          print {\"reasons\": [{\"reason\", \"label\", \"count\", \"cases\", \"signals\"}]}");
}

int CaseReasonsCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("from"), QStringLiteral("to")}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    const auto from = reader.date(QStringLiteral("from"));
    const auto to = from ? reader.date(QStringLiteral("to")) : std::nullopt;
    if (!from || !to) {
        console.error(reader.error());
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    auto counts = cases::ReasonReport(open->database(), open->clock(), open->session()).count(*from, *to);
    if (!counts) {
        console.failure(counts.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray reasons;
        for (const cases::ReasonCount &c : *counts)
            reasons.append(QJsonObject{{QStringLiteral("reason"), c.reason},
                                       {QStringLiteral("label"), cases::internalReasonLabel(c.reason)},
                                       {QStringLiteral("count"), c.cases + c.signals},
                                       {QStringLiteral("cases"), c.cases},
                                       {QStringLiteral("signals"), c.signals}});
        console.json({{QStringLiteral("reasons"), reasons}});
        return Done;
    }
    QList<QStringList> rows;
    for (const cases::ReasonCount &c : *counts)
        rows << QStringList{cases::internalReasonLabel(c.reason), QString::number(c.cases + c.signals),
                            QString::number(c.cases), QString::number(c.signals)};
    if (rows.isEmpty())
        console.out(tr("No internal reasons were chosen in this period."));
    else
        console.table({tr("Reason"), tr("Count"), tr("Cases"), tr("Signals")}, rows, {1, 2, 3});
    return Done;
}

} // namespace vangnet::cli
