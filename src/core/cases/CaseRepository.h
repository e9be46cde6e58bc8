#pragma once

#include "cases/Case.h"
#include "history/ChangeStamp.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {
class FieldCipher;
}

namespace vangnet::cases {

/// The SQL of cases and what hangs off them. No permission checks: CaseService does those.
/// Free text is sealed and opened with the session's field cipher.
class CaseRepository {
public:
    CaseRepository(QSqlDatabase db, const FieldCipher &fields) : m_db(std::move(db)), m_fields(fields) {}

    Result<Case> load(qint64 caseId) const;
    Result<QList<Case>> forHousehold(qint64 householdId) const;
    Result<qint64> openCaseOf(qint64 householdId) const; ///< 0 when none
    Result<qint64> insert(const Case &c);
    /// UPDATE cases SET <setSql>, version = version + 1, updated_at, updated_by WHERE id AND
    /// version: StaleEdit (or NotFound) when the row moved on.
    /// The refusal of a save made on an older version than `current`: who changed it since.
    static Error staleEdit(const Case &current);
    Result<void> update(qint64 caseId, int version, const QString &setSql, QVariantList values,
                        const QDateTime &at, const QString &by);

    /// Links the household's new signals and notices that are in no case; marks them
    /// "in_behandeling" (status history: `stamp`). Returns how many were linked.
    Result<int> linkNew(qint64 caseId, qint64 householdId, const ChangeStamp &stamp);
    /// The linked signals' and notices' internal status, and the signals' reported DDAS status.
    Result<void> setLinkedStatus(qint64 caseId, const QString &status, const QString &ddasStatus, const ChangeStamp &stamp);
    Result<QList<qint64>> unlinkedSignals(qint64 householdId) const;

    Result<QList<ContactAttempt>> attempts(qint64 caseId) const;
    Result<qint64> insertAttempt(const ContactAttempt &a, qint64 householdId);

    Result<QList<PlanItem>> plan(qint64 caseId) const;
    Result<qint64> insertPlanItem(const PlanItem &item);
    Result<qint64> caseOfPlanItem(qint64 itemId) const;

    Result<QList<Reminder>> reminders(qint64 caseId) const;
    Result<qint64> insertReminder(const Reminder &r);
    Result<qint64> caseOfReminder(qint64 reminderId) const;

    Result<QList<BasicCondition>> conditions(qint64 caseId) const;
    /// Seeds the checklist from the case's newest linked notice, when it has none yet.
    Result<void> seedConditions(qint64 caseId, const QDateTime &at, const QString &by);
    /// One checklist row: `setOnCase` with the day it holds from (a caseworker's word), or copied
    /// from the notice (since invalid). Kept in the checklist's history, in effect from `since`
    /// (a caseworker's word) or from the day of `at`.
    Result<void> setCondition(qint64 caseId, const QString &key, const QString &state, bool setOnCase, QDate since,
                              const QDateTime &at, const QString &by);
    /// Where the queue's "take" starts a case that has no flag: from the household's new signals,
    /// else from a new discharge notice that is still open, else by hand.
    Result<CaseOrigin> originOfNewWork(qint64 householdId) const;
    /// The case's linked signal `signalId`, closed by hand ("afgesloten"); false when the signal is
    /// not linked to the case or already closed.
    Result<bool> closeLinkedSignal(qint64 caseId, qint64 signalId, const ChangeStamp &stamp);
    /// Whether the notice is linked to the case.
    Result<bool> hasNotice(qint64 caseId, qint64 dischargeId) const;

private:
    Result<QList<Case>> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    const FieldCipher &m_fields;
};

} // namespace vangnet::cases
