#include "CaseCorrectionCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "cases/CaseService.h"
#include "cases/CaseVocabulary.h"
#include "cases/InternalReason.h"
#include "importing/ImportKeys.h"

namespace vangnet::cli {

namespace {

std::optional<qint64> positiveNumber(const QString &text)
{
    bool numeric = false;
    const qint64 value = text.trimmed().toLongLong(&numeric);
    return numeric && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

QStringList CaseCorrectionCommand::words() const
{
    switch (m_kind) {
    case Kind::Condition:
        return {QStringLiteral("case"), QStringLiteral("condition")};
    case Kind::Notice:
        return {QStringLiteral("case"), QStringLiteral("notice")};
    case Kind::CloseSignal:
        return {QStringLiteral("case"), QStringLiteral("close-signal")};
    }
    return {};
}

QString CaseCorrectionCommand::summary() const
{
    switch (m_kind) {
    case Kind::Condition:
        return tr("record a basic condition on a case's checklist");
    case Kind::Notice:
        return tr("correct the state of a case's discharge notice");
    case Kind::CloseSignal:
        return tr("close one signal of a case, or decide what its partner hears back");
    }
    return {};
}

QString CaseCorrectionCommand::help() const
{
    switch (m_kind) {
    case Kind::Condition:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME case condition ID CONDITION STATE [--since DATE]\n\n"
                  "Records on case ID that basic condition CONDITION (id_bewijs, onderdak, inkomen, schulden, zorg)\n"
                  "is STATE (geregeld, in_behandeling, niet_geregeld, onbekend) from DATE on (YYYY-MM-DD, default\n"
                  "today). The case is the source of truth for what was arranged: the signal rules take this state\n"
                  "over the discharge notice's and the household's flags follow at once.");
    case Kind::Notice:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME case notice ID NOTICE STATE\n\n"
                  "Corrects the state of discharge notice NOTICE of case ID: aangekondigd, in_detentie (the\n"
                  "person is in detention now; the offer of help for the household's debts waits for the\n"
                  "discharge), afgerond or ingetrokken (the discharge will not happen as announced). The change\n"
                  "is kept in the notice's history and audited; the household's flags follow at once.");
    case Kind::CloseSignal:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME case close-signal ID SIGNAL\n"
                  "                   [--status STATUS [--reason KEY] [--on DATE]]\n\n"
                  "Closes signal SIGNAL of case ID (the arrears are paid or arranged, or the signal was wrong);\n"
                  "the household's flags follow at once.\n\n"
                  "With --status, decides what the signal partner hears back about this signal alone, while the\n"
                  "case goes on: STATUS is a value of the DDAS list EnumSignaalstatus written as it is (quote it:\n"
                  "\"Niet opgepakt: herhaalde melding\"); a not-taken-up status closes the signal, \"Nog niet\n"
                  "opgepakt\" undoes an earlier decision. Closing the case later keeps it.\n\n"
                  "  --reason KEY    internal reason (never reported): %1\n"
                  "  --on DATE       the day it was decided (YYYY-MM-DD; default today)")
            .arg(cases::internalReasonKeys().join(QStringLiteral(", ")));
    }
    return {};
}

int CaseCorrectionCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    const int positionals = m_kind == Kind::CloseSignal ? 2 : 3;
    const QStringList valueOptions = m_kind == Kind::Condition ? QStringList{QStringLiteral("since")}
                                   : m_kind == Kind::CloseSignal
                                       ? QStringList{QStringLiteral("status"), QStringLiteral("reason"), QStringLiteral("on")}
                                       : QStringList{};
    ArgumentReader reader(valueOptions, {}, positionals);
    if (!reader.parse(args, console))
        return NothingDone;
    const QStringList given = reader.positionals();
    const std::optional<qint64> caseId = positiveNumber(given.value(0));
    if (given.size() != positionals || !caseId) {
        console.error(tr("give the case number and what to record; see: vangnet-cli help %1")
                          .arg(words().join(QLatin1Char(' '))));
        return NothingDone;
    }
    std::optional<QDate> since = QDate();
    if (m_kind != Kind::Notice) {
        since = reader.date(m_kind == Kind::Condition ? QStringLiteral("since") : QStringLiteral("on"));
        if (!since) {
            console.error(reader.error());
            return NothingDone;
        }
    }
    std::optional<importing::ConditionState> state;
    std::optional<importing::DischargeLifecycle> lifecycle;
    std::optional<qint64> other;
    switch (m_kind) {
    case Kind::Condition:
        if (!cases::basicConditionKeys().contains(given.at(1))) {
            console.error(tr("'%1' is not a basic condition; use one of: %2")
                              .arg(given.at(1), cases::basicConditionKeys().join(QStringLiteral(", "))));
            return NothingDone;
        }
        state = importing::conditionStateFromKey(given.at(2));
        if (!state) {
            console.error(tr("'%1' is not a condition state; use geregeld, in_behandeling, niet_geregeld or onbekend")
                              .arg(given.at(2)));
            return NothingDone;
        }
        break;
    case Kind::Notice:
        other = positiveNumber(given.at(1));
        lifecycle = importing::dischargeLifecycleFromKey(given.at(2));
        if (!other || !lifecycle) {
            console.error(tr("give the notice number and one of: aangekondigd, in_detentie, afgerond, ingetrokken"));
            return NothingDone;
        }
        break;
    case Kind::CloseSignal:
        other = positiveNumber(given.at(1));
        if (!other) {
            console.error(tr("give the signal number: case close-signal ID SIGNAL"));
            return NothingDone;
        }
        if (!reader.has(QStringLiteral("status")) && (reader.has(QStringLiteral("reason")) || reader.has(QStringLiteral("on")))) {
            console.error(tr("--reason and --on go with --status"));
            return NothingDone;
        }
        break;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    cases::CaseService service(open->database(), open->clock(), open->session());
    Result<void> done = m_kind == Kind::Condition ? service.setCondition(*caseId, given.at(1), *state, *since)
                      : m_kind == Kind::Notice    ? service.setNoticeLifecycle(*caseId, *other, *lifecycle)
                      : reader.has(QStringLiteral("status"))
                          ? service.setSignalStatus(*caseId, *other, reader.value(QStringLiteral("status")).trimmed(),
                                                    reader.value(QStringLiteral("reason")).trimmed(), *since)
                          : service.closeSignal(*caseId, *other);
    if (!done) {
        console.failure(done.error());
        return NothingDone;
    }
    console.out(tr("Recorded on case %1; the household's flags were evaluated again.").arg(*caseId));
    return Done;
}

} // namespace vangnet::cli
