#pragma once

#include "cases/Case.h"
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
    /// "in_behandeling". Returns how many were linked.
    Result<int> linkNew(qint64 caseId, qint64 householdId);
    /// The linked signals' and notices' internal status, and the signals' reported DDAS status.
    Result<void> setLinkedStatus(qint64 caseId, const QString &status, const QString &ddasStatus);
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
    /// One checklist row. `byCaseworker`: the caseworker's word (source 'zaak', holding from the
    /// day of `at`), which a re-delivered notice never overwrites; else copied from the notice
    /// (source 'melding'), which follows the notice (DischargeRepository::followOnOpenCases).
    Result<void> setCondition(qint64 caseId, const QString &key, const QString &state, const QDateTime &at,
                              const QString &by, bool byCaseworker);

private:
    Result<QList<Case>> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    const FieldCipher &m_fields;
};

} // namespace vangnet::cases
