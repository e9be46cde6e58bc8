#pragma once

#include "audit/AuditEvent.h"
#include "cases/Case.h"
#include "cases/ClosingRepository.h"
#include "cases/ClosingRules.h"
#include "history/ChangeStamp.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace vangnet {
class Database;
class Session;
}

namespace vangnet::cases {

/// The case workflow (docs/cases.md). Every call checks Permission::WorkCases and need-to-know
/// (the household's team); refusals are audited. Every change is one transaction with its
/// audit record (AuditAction::ChangeCase, no personal data in the detail); changes that alter the
/// rules' facts (contact attempts) re-evaluate the household's flags in that transaction.
/// Changes to the case's own fields carry the version read: a second, stale save is refused
/// with ErrorCode::StaleEdit and changes nothing.
class CaseService {
public:
    CaseService(const Database &db, const Clock &clock, const Session &session);

    // --- opening -------------------------------------------------------------------------
    /// Opens a case on the household of an open flag. The household's new signals and
    /// notices not in another case are linked. Conflict when the household has an open case.
    Result<Case> openFromFlag(qint64 flagId);
    Result<Case> openFromSignal(qint64 signalId);
    Result<Case> openFromDischarge(qint64 dischargeId);
    /// By hand, as outreach (an early-signal case).
    Result<Case> openManual(qint64 householdId);
    /// By hand, as a request for debt help registered on `registeredOn` (invalid: today), with a
    /// crisis intervention when `crisisKind` is one of crisisKinds() (empty: none).
    Result<Case> openRequest(qint64 householdId, QDate registeredOn, const QString &crisisKind = {});
    /// The work-queue "take": the household's open case assigned to me, or a new case (from its
    /// most severe open flag, else by hand) assigned to me. Refused when someone else has it.
    Result<Case> claim(qint64 householdId);
    /// A new case the work queue's way: from the household's most severe open flag, else by hand.
    Result<Case> openFromQueue(qint64 householdId);

    // --- reading ---------------------------------------------------------------------------
    Result<Case> get(qint64 caseId) const;
    /// Everything about the case, as of today. Recorded in the audit log as AuditAction::OpenCase
    /// unless `recordReading` is false (for an export that is audited as a whole).
    Result<CaseDetail> detail(qint64 caseId, bool recordReading = true) const;
    /// The household's cases, open first, newest first.
    Result<QList<Case>> casesOf(qint64 householdId) const;
    /// The household's open case id, 0 when none.
    Result<qint64> openCaseOf(qint64 householdId) const;

    // --- the case's own fields (versioned) ---------------------------------------------------
    /// A transition other than closing (canMove; closing needs close()). Nieuw → in behandeling
    /// sets takenUpOn. Reopening a closed case clears its outcome.
    Result<Case> move(qint64 caseId, int version, CaseStatus to);
    /// Closes with an EnumEindresultaat outcome on `closedOn` (not in the future, not before the
    /// case was opened). A not-taken-up outcome is also the linked signals' reported status;
    /// `internalReason` stays internal.
    /// The same, confirmed: for callers that judged the warnings themselves (demo data, tests).
    Result<Case> close(qint64 caseId, int version, const QString &outcome, QDate closedOn,
                       const QString &internalReason = {});
    /// Closes as `closing` says, judged by the closing rules first (judgeClosing, docs/cases.md
    /// "Closing a case"): an error refuses it and nothing changes; warnings refuse it (field
    /// "confirm", one per warning) unless `closing.confirmed`. A taken-up outcome sets takenUpOn
    /// when it is not set. Signals whose status was decided on their own keep it.
    Result<Case> close(qint64 caseId, int version, const Closing &closing);
    /// What closing would ask to confirm (the warnings), or the error refusing it (a stale
    /// `version` first); changes nothing.
    Result<QStringList> closingWarnings(qint64 caseId, int version, const Closing &closing) const;
    /// The reported status (EnumSignaalstatus) of one linked signal, decided for it alone: a
    /// not-taken-up value closes the signal from `on` (invalid: today) with an internal reason key
    /// (optional); "Nog niet opgepakt" undoes such a decision. Refused on a closed case; audited;
    /// the household re-evaluated in the same transaction.
    Result<void> setSignalStatus(qint64 caseId, qint64 signalId, const QString &ddasStatus,
                                 const QString &reasonKey = {}, QDate on = {});
    /// The reported status of each linked signal, oldest signal first.
    Result<QList<SignalDecision>> signalDecisions(qint64 caseId) const;
    // --- the Wgs request (CaseRequests.cpp; refused with a field error, nothing changed, when
    // helpRequestErrors() finds anything, and on a closed case) ----------------------------------
    /// "Aanbod aanvaard / hulpvraag registreren": the case becomes a hulpvraag registered on
    /// `registeredOn` (invalid: today), with or without a crisis intervention; on a hulpvraag it
    /// corrects the aanmelding.
    Result<Case> registerRequest(qint64 caseId, int version, QDate registeredOn, const QString &crisisKind = {});
    /// The eerste gesprek of a hulpvraag (invalid: not held yet, refused while a decision stands).
    Result<Case> setFirstConversation(qint64 caseId, int version, QDate conversationOn);
    /// The beschikking of a hulpvraag: its date and toelating or afwijzing (both invalid/empty:
    /// no decision yet).
    Result<Case> setDecision(qint64 caseId, int version, QDate decisionOn, const QString &decision);
    /// Assigns to a user of the household's team (0 = unassigned). Caseworkers may take an
    /// unassigned case or give up their own; assigning others needs Permission::AssignCases.
    Result<Case> assign(qint64 caseId, int version, qint64 userId);
    /// Team lead: assigns several cases at once (whole or not at all); version checks skipped.
    Result<int> bulkAssign(const QList<qint64> &caseIds, qint64 userId);
    /// Team lead, from the work queue: gives each household's open case to `userId`, opening one
    /// (openFromQueue) where there is none; whole or not at all. How many changed hands.
    Result<int> assignHouseholds(const QList<qint64> &householdIds, qint64 userId);
    /// Links the household's new signals not in another case.
    Result<Case> linkNewSignals(qint64 caseId);

    // --- records on the case ---------------------------------------------------------------
    /// Soort from EnumContactsoort, dagdeel from EnumDagdeel (or empty), a date not in the
    /// future. Refused on a closed case. A new case moves to "in behandeling".
    Result<ContactAttempt> addAttempt(qint64 caseId, ContactAttempt attempt);
    Result<Note> addNote(qint64 caseId, const QString &text);
    Result<Reminder> addReminder(qint64 caseId, Reminder reminder);
    Result<void> completeReminder(qint64 reminderId);
    Result<PlanItem> addPlanItem(qint64 caseId, PlanItem item);
    Result<void> setPlanItemDone(qint64 itemId, QDate doneOn); ///< invalid date = open again
    Result<void> removePlanItem(qint64 itemId);
    /// A basic condition on the case's checklist, as the caseworker records it: the rules and the
    /// clocks take it over the notice's state from `since` on (invalid: today; not in the future).
    /// The household is re-evaluated in the same transaction, so a flag resting on the condition
    /// goes at once. Refused on a closed case.
    Result<void> setCondition(qint64 caseId, const QString &key, importing::ConditionState state, QDate since = {});
    /// Closes one signal linked to the case by hand (the arrears are resolved, or the signal was
    /// wrong); the household is re-evaluated in the same transaction.
    Result<void> closeSignal(qint64 caseId, qint64 signalId);
    /// A caseworker's correction of a linked notice's lifecycle: aangekondigd, in_detentie,
    /// afgerond or ingetrokken (uitgestroomd follows from the date; vervangen is the import's).
    /// Kept in the notice's history, audited, re-evaluated in the same transaction.
    Result<void> setNoticeLifecycle(qint64 caseId, qint64 dischargeId, importing::DischargeLifecycle state);

    /// Users of the household's team who can work cases: for assignment choices.
    struct Worker {
        qint64 id = 0;
        QString name;
    };
    Result<QList<Worker>> workersFor(qint64 caseId) const;
    /// The same for a household, with or without a case.
    Result<QList<Worker>> workersForHousehold(qint64 householdId) const;

private:
    Result<qint64> mayWorkOn(qint64 householdId) const; ///< the household's team, or a logged refusal
    /// The closing rules' verdict on closing `c` (after the plain checks of outcome and date).
    Result<ClosingJudgement> judge(const Case &c, const Closing &closing) const;
    /// openFromQueue() after the need-to-know check, assigned to `assigneeId` (0 = nobody).
    Result<Case> openFor(qint64 householdId, qint64 assigneeId);
    Result<qint64> householdOfCase(qint64 caseId) const;
    /// get(), or a stale-edit error when the case is no longer at `version` (what the user acted on).
    Result<Case> getAtVersion(qint64 caseId, int version) const;
    /// assign() of a case already read at the version it is written against.
    Result<void> writeAssignment(const Case &c, qint64 userId);
    /// Team lead: writeAssignment() of the case `caseFor` gives for each id, skipping those `userId`
    /// already has; in one transaction. How many changed hands.
    Result<int> assignEach(const QList<qint64> &ids, qint64 userId, const std::function<Result<Case>(qint64)> &caseFor);
    /// A new case; a hulpvraag when `request` is given, else aftercare from a discharge and an
    /// early-signal case otherwise.
    Result<Case> open(qint64 householdId, CaseOrigin origin, qint64 flagId, qint64 assigneeId,
                      const HelpRequest *request = nullptr);
    /// Writes `changed` (read at `before`'s version) as the case's type and request, after
    /// helpRequestErrors(); audited with `auditDetail`.
    Result<Case> saveRequest(const Case &before, const Case &changed, const QString &auditDetail);
    Result<void> audit(qint64 caseId, const QString &detail) const;
    Result<void> bump(qint64 caseId, int version, const QString &setSql, const QVariantList &values) const;
    /// This user, now, in effect from `validFrom` (default today): for the status history.
    ChangeStamp stamp(QDate validFrom = {}) const;
    /// A change to what the rules read about the household, on an open case: `change` (the write
    /// and its audit record), then the household re-evaluated, in one transaction.
    Result<void> changeFacts(qint64 caseId, const std::function<Result<void>(const Case &)> &change);
    /// One statement on an entry of the case and its audit record, in one transaction.
    Result<void> changeEntry(qint64 caseId, const QString &sql, const QVariantList &values, const QString &auditDetail);

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::cases
