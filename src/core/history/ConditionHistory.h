#pragma once

#include "history/ChangeStamp.h"
#include "support/Result.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace vangnet {

/// The one place that records changes to the rows of a case's checklist of basic conditions
/// (basic_condition_history, docs/rules.md "As of a past day"): the row before and after, and the
/// day the new value holds from. Called by every write path just before it changes a row, in its
/// transaction; a "change" that leaves the row as it was records nothing.
class ConditionHistory {
public:
    explicit ConditionHistory(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Before the row (case, key) becomes (state, source, since): records it, with what the row
    /// said before (nothing, when it is new).
    Result<void> recordSet(qint64 caseId, const QString &key, const QString &state, const QString &source, QDate since,
        const ChangeStamp &stamp) const;
    /// Before `UPDATE basic_conditions SET state = ? WHERE <where>`: records each row `where`
    /// selects (its `?` bound by `values`) going to `state`, source and since unchanged.
    Result<int> recordState(
        const QString &where, const QVariantList &values, const QString &state, const ChangeStamp &stamp) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
