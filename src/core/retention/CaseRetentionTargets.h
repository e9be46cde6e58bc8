#pragma once

#include "retention/RetentionTarget.h"

namespace vangnet {

/// Early signals, by whether they were taken up (docs/security.md, "Retention"). A signal is
/// *taken up* when a case it belongs to was taken up (cases.taken_up_on). Signals of an open
/// case are never due. Last activity: the closing date of its newest case, else the day the
/// signal was received (created_at). Removing a signal takes its case links along.
class SignalRetentionTarget final : public RetentionTarget {
public:
    explicit SignalRetentionTarget(bool takenUp) : m_takenUp(takenUp) {}

    Result<QList<RetentionItem>> due(const QSqlDatabase &db, const QDateTime &cutoff) const override;
    Result<qint64> remove(const QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &cutoff) const override;

private:
    QString dueWhere() const;
    bool m_takenUp;
};

/// Closed cases, counted from their closing date. Removing one takes its contact attempts,
/// plan, conditions, reminders and notes along; ZRM assessments stay with the household.
class CaseRetentionTarget final : public RetentionTarget {
public:
    Result<QList<RetentionItem>> due(const QSqlDatabase &db, const QDateTime &cutoff) const override;
    Result<qint64> remove(const QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &cutoff) const override;
};

} // namespace vangnet
