#pragma once

#include "history/ChangeStamp.h"
#include "support/Result.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace vangnet {

/// Whose work status changes: a signal, a discharge notice or a case.
enum class StatusOf { Signal, Discharge, Case };

/// The one place that changes and records the work status of signals, discharge notices and
/// cases (status_history, docs/rules.md "As of a past day"). Every write path that moves a status
/// goes through here, in its own transaction, so an evaluation of a past day can put the status
/// of that day back. Only rows whose status actually changes get a history row.
class StatusHistory {
public:
    explicit StatusHistory(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Sets `status` on the rows of the subject's table that `where` selects (its `?` bound by
    /// `values`), recording each row whose status changes. `alsoSet` ("ddas_status = ?") and
    /// `alsoValues` change other columns in the same UPDATE. The number of rows the UPDATE matched.
    Result<int> change(StatusOf subject, const QString &where, const QVariantList &values, const QString &status,
        const ChangeStamp &stamp, const QString &alsoSet = {}, const QVariantList &alsoValues = {}) const;
    /// Records the change to `status` of the rows `where` selects, for a caller that makes the
    /// change itself right after (a case's own UPDATE checks its version).
    Result<int> record(StatusOf subject, const QString &where, const QVariantList &values, const QString &status,
        const ChangeStamp &stamp) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
