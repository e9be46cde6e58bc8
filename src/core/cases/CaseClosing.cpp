// CaseService: closing a case and deciding its signals one by one (docs/cases.md, "Closing a case").

#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "cases/InternalReason.h"

#include "history/StatusHistory.h"
#include "rules/RulesService.h"
#include "security/Session.h"
#include "storage/SqlStatement.h"
#include "storage/SealedColumns.h"
#include "storage/Transaction.h"
#include "support/IsoDate.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet::cases {

namespace {

Error invalid(const char *field, const QString &message)
{
    return Error::invalid({{QString::fromLatin1(field), message}});
}

} // namespace

Result<ClosingJudgement> CaseService::judge(const Case &c, const Closing &closing) const
{
    if (c.status == CaseStatus::Afgesloten)
        return invalid(
            "status", QCoreApplication::translate("vangnet::cases::CaseService", "This case is already closed."));
    if (closing.outcome.isEmpty())
        return invalid("outcome",
            QCoreApplication::translate(
                "vangnet::cases::CaseService", "Choose the outcome (eindresultaat) to close the case."));
    if (!ddas::eindresultaat().contains(closing.outcome))
        return invalid("outcome",
            QCoreApplication::translate("vangnet::cases::CaseService", "\"%1\" is not an outcome of the DDAS list.")
                .arg(closing.outcome));
    if (!closing.closedOn.isValid())
        return invalid("closedOn",
            QCoreApplication::translate("vangnet::cases::CaseService", "Give the date the case was closed."));
    if (closing.closedOn > m_clock.today())
        return invalid("closedOn",
            QCoreApplication::translate("vangnet::cases::CaseService", "The closing date %1 is in the future.")
                .arg(closing.closedOn.toString(Qt::ISODate)));
    if (closing.closedOn < c.openedOn)
        return invalid("closedOn",
            QCoreApplication::translate(
                "vangnet::cases::CaseService", "The closing date %1 is before the case was opened (%2).")
                .arg(closing.closedOn.toString(Qt::ISODate), c.openedOn.toString(Qt::ISODate)));
    auto attempts = CaseRepository(m_db, m_session.fields()).attempts(c.id);
    if (!attempts)
        return attempts.error();
    auto tally = ClosingRepository(m_db).tally(c.id);
    if (!tally)
        return tally.error();
    ClosingJudgement verdict = judgeClosing(closing, c, *attempts, *tally);
    if (!verdict.errors.isEmpty())
        return Error::invalid(verdict.errors);
    return verdict;
}

Result<QStringList> CaseService::closingWarnings(qint64 caseId, int version, const Closing &closing) const
{
    auto c = getAtVersion(caseId, version);
    if (!c)
        return c.error();
    auto verdict = judge(*c, closing);
    if (!verdict)
        return verdict.error();
    return verdict->warnings;
}

Result<Case> CaseService::close(qint64 caseId, int version, const Closing &closing)
{
    auto c = getAtVersion(caseId, version);
    if (!c)
        return c.error();
    auto verdict = judge(*c, closing);
    if (!verdict)
        return verdict.error();
    if (!verdict->warnings.isEmpty() && !closing.confirmed) {
        QList<FieldError> asked;
        for (const QString &warning : verdict->warnings)
            asked << FieldError{QStringLiteral("confirm"), warning};
        return Error(ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::cases::CaseService", "Closing this case needs your confirmation: %1")
                .arg(verdict->warnings.join(QLatin1Char(' '))),
            asked);
    }
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    const QString reason = closing.internalReason.trimmed();
    // The case, its signals and its notices are closed from the closing date on, not from today.
    if (auto kept = StatusHistory(m_db).record(StatusOf::Case, QStringLiteral("id = ? AND version = ?"),
            {caseId, version}, caseStatusKey(CaseStatus::Afgesloten), stamp(closing.closedOn));
        !kept)
        return kept.error();
    QString set
        = QStringLiteral("status = 'afgesloten', closed_on = ?, outcome = ?, internal_reason_enc = ?, reason_key = ?");
    QVariant sealedReason = sqlNull();
    if (!reason.isEmpty()) {
        auto sealedText = m_session.fields().seal(reason, sealed::caseInternalReason.at(caseId));
        if (!sealedText)
            return sealedText.error();
        sealedReason = *sealedText;
    }
    QVariantList values{isoDate(closing.closedOn), closing.outcome, sealedReason, textOrNull(closing.reasonKey)};
    if (verdict->takenUpOn.isValid()) {
        set += QStringLiteral(", taken_up_on = ?");
        values << isoDate(verdict->takenUpOn);
    }
    if (auto saved = bump(caseId, version, set, values); !saved)
        return saved.error();
    CaseRepository repo(m_db, m_session.fields());
    const QString reported = ddas::isNotTakenUpOutcome(closing.outcome) ? closing.outcome : ddas::notYetTakenUp();
    if (auto marked = repo.setLinkedStatus(caseId, QStringLiteral("afgesloten"), reported, stamp(closing.closedOn));
        !marked)
        return marked.error();
    if (auto flagged = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds({c->householdId});
        !flagged)
        return flagged.error();
    // The outcome's place in the list, and whether warnings were confirmed: no personal data.
    QString detail = QStringLiteral("close:%1").arg(ddas::eindresultaat().indexOf(closing.outcome) + 1);
    if (!verdict->warnings.isEmpty())
        detail += QStringLiteral(" confirmed:%1").arg(verdict->warnings.size());
    if (auto audited = audit(caseId, detail); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("case {} closed", caseId);
    return repo.load(caseId);
}

Result<void> CaseService::setSignalStatus(
    qint64 caseId, qint64 signalId, const QString &ddasStatus, const QString &reasonKey, QDate on)
{
    if (!ddas::signaalstatus().contains(ddasStatus))
        return invalid("status",
            QCoreApplication::translate(
                "vangnet::cases::CaseService", "\"%1\" is not a signal status of the DDAS list; use one of: %2.")
                .arg(ddasStatus, ddas::signaalstatus().join(QStringLiteral("; "))));
    const bool undo = ddasStatus == ddas::notYetTakenUp();
    if (!reasonKey.isEmpty() && !internalReasonKeys().contains(reasonKey))
        return invalid("reason",
            QCoreApplication::translate(
                "vangnet::cases::CaseService", "\"%1\" is not an internal reason; use one of: %2.")
                .arg(reasonKey, internalReasonKeys().join(QStringLiteral(", "))));
    if (!reasonKey.isEmpty() && undo)
        return invalid("reason",
            QCoreApplication::translate(
                "vangnet::cases::CaseService", "An internal reason goes with a signal that is not taken up."));
    if (!on.isValid())
        on = m_clock.today();
    if (on > m_clock.today())
        return invalid("on",
            QCoreApplication::translate("vangnet::cases::CaseService", "The date %1 is in the future.")
                .arg(on.toString(Qt::ISODate)));
    return changeFacts(caseId, [&](const Case &c) -> Result<void> {
        if (on < c.openedOn)
            return invalid("on",
                QCoreApplication::translate(
                    "vangnet::cases::CaseService", "The date %1 is before the case was opened (%2).")
                    .arg(on.toString(Qt::ISODate), c.openedOn.toString(Qt::ISODate)));
        auto decided = ClosingRepository(m_db).decide(caseId, signalId, ddasStatus, reasonKey, stamp(on));
        if (!decided)
            return decided.error();
        if (!*decided)
            return invalid("signal",
                undo ? QCoreApplication::translate(
                    "vangnet::cases::CaseService", "Signal %1 of this case has no status of its own to undo.")
                           .arg(signalId)
                     : QCoreApplication::translate(
                         "vangnet::cases::CaseService", "Signal %1 is not linked to this case.")
                           .arg(signalId));
        return audit(caseId,
            QStringLiteral("signal_status:%1:%2").arg(signalId).arg(ddas::signaalstatus().indexOf(ddasStatus) + 1));
    });
}

Result<QList<SignalDecision>> CaseService::signalDecisions(qint64 caseId) const
{
    if (auto household = householdOfCase(caseId); !household)
        return household.error();
    return ClosingRepository(m_db).decisions(caseId);
}

} // namespace vangnet::cases
