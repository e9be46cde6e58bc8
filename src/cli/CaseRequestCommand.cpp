#include "CaseRequestCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "cases/CaseService.h"
#include "cases/CaseType.h"

namespace vangnet::cli {

QStringList CaseRequestCommand::words() const
{
    switch (m_kind) {
    case Kind::Request:
        return {QStringLiteral("case"), QStringLiteral("request")};
    case Kind::Conversation:
        return {QStringLiteral("case"), QStringLiteral("conversation")};
    case Kind::Decision:
        return {QStringLiteral("case"), QStringLiteral("decision")};
    }
    return {};
}

QString CaseRequestCommand::summary() const
{
    switch (m_kind) {
    case Kind::Request:
        return tr("register a request for debt help on a case (the offer accepted)");
    case Kind::Conversation:
        return tr("record the first conversation of a request for help");
    case Kind::Decision:
        return tr("record the decision on a request for help");
    }
    return {};
}

QString CaseRequestCommand::help() const
{
    switch (m_kind) {
    case Kind::Request:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME case request ID --on DATE [--crisis KIND]\n\n"
                  "Case ID becomes a request for debt help (hulpvraag) registered on DATE (YYYY-MM-DD): the\n"
                  "resident asked for help or accepted the offer. With --crisis the request comes with a crisis\n"
                  "intervention (ontruiming, afsluiting_energie, afsluiting_water, opzegging_zorgverzekering):\n"
                  "the first conversation is then due within 3 working days. On a request it corrects the date.");
    case Kind::Conversation:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME case conversation ID --on DATE\n\n"
                  "Records the first conversation (eerste gesprek) of request ID on DATE (YYYY-MM-DD), not\n"
                  "before the request was registered. It meets the 4-week and 3-working-day terms and starts\n"
                  "the 8-week decision term.");
    case Kind::Decision:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME case decision ID --on DATE --decision toelating|afwijzing\n\n"
                  "Records the decision (beschikking) on request ID: its date (YYYY-MM-DD, not before the first\n"
                  "conversation) and whether the resident is admitted (toelating) or refused (afwijzing).");
    }
    return {};
}

int CaseRequestCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    QStringList options{QStringLiteral("on")};
    if (m_kind == Kind::Request)
        options << QStringLiteral("crisis");
    if (m_kind == Kind::Decision)
        options << QStringLiteral("decision");
    ArgumentReader reader(options, {}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    const std::optional<qint64> caseId = reader.positionalId(0);
    if (!caseId) {
        console.error(tr("give the case number; see: vangnet-cli help %1").arg(words().join(QLatin1Char(' '))));
        return NothingDone;
    }
    const std::optional<QDate> on = reader.date(QStringLiteral("on"), true);
    if (!on) {
        console.error(reader.error());
        return NothingDone;
    }
    const QString crisis = reader.value(QStringLiteral("crisis"));
    if (!crisis.isEmpty() && !cases::crisisKinds().contains(crisis)) {
        console.error(tr("'%1' is not a crisis intervention; use one of: %2")
                          .arg(crisis, cases::crisisKinds().join(QStringLiteral(", "))));
        return NothingDone;
    }
    const QString decision = reader.value(QStringLiteral("decision"));
    if (m_kind == Kind::Decision && !cases::requestDecisions().contains(decision)) {
        console.error(tr("give --decision toelating or --decision afwijzing"));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    cases::CaseService service(open->database(), open->clock(), open->session());
    auto current = service.get(*caseId);
    if (!current) {
        console.failure(current.error());
        return NothingDone;
    }
    auto saved = m_kind == Kind::Request        ? service.registerRequest(*caseId, current->version, *on, crisis)
                 : m_kind == Kind::Conversation ? service.setFirstConversation(*caseId, current->version, *on)
                                                : service.setDecision(*caseId, current->version, *on, decision);
    if (!saved) {
        console.failure(saved.error());
        return NothingDone;
    }
    console.out(tr("Recorded on case %1 (%2).").arg(*caseId).arg(cases::caseTypeLabel(saved->type)));
    return Done;
}

} // namespace vangnet::cli
