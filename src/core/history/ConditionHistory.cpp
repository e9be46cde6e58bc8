#include "history/ConditionHistory.h"

#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

namespace vangnet {

namespace {

/// basic_condition_history's columns, named once, in the order the statements below fill them.
QString historyColumns()
{
    return QStringLiteral("case_id, condition_key, old_state, old_source, old_since, new_state, new_source, new_since, "
                          "valid_from, changed_at, changed_by");
}

QVariantList stampValues(const ChangeStamp &stamp)
{
    return {isoDate(stamp.validFrom), timestampToSql(stamp.at), stamp.by};
}

} // namespace

Result<void> ConditionHistory::recordSet(qint64 caseId, const QString &key, const QString &state, const QString &source,
    QDate since, const ChangeStamp &stamp) const
{
    const QVariant sinceValue = since.isValid() ? QVariant(isoDate(since)) : sqlNull();
    // One row whether or not the checklist row exists yet: the LEFT JOIN gives NULLs for a new one.
    auto q = runSql(m_db,
        QStringLiteral("INSERT INTO basic_condition_history (%1) "
                       "SELECT ?, ?, bc.state, bc.source, bc.since, ?, ?, ?, ?, ?, ? "
                       "FROM (SELECT 1 AS one) k LEFT JOIN basic_conditions bc "
                       "ON bc.case_id = ? AND bc.condition_key = ? "
                       "WHERE bc.state IS NULL OR bc.state <> ? OR bc.source <> ? "
                       "OR COALESCE(bc.since, '') <> ?")
            .arg(historyColumns()),
        QVariantList{caseId, key, state, source, sinceValue} + stampValues(stamp)
            + QVariantList{caseId, key, state, source, since.isValid() ? isoDate(since) : QString()},
        "keep basic condition history");
    if (!q)
        return q.error();
    return success();
}

Result<int> ConditionHistory::recordState(
    const QString &where, const QVariantList &values, const QString &state, const ChangeStamp &stamp) const
{
    auto q = runSql(m_db,
        QStringLiteral("INSERT INTO basic_condition_history (%1) "
                       "SELECT case_id, condition_key, state, source, since, ?, source, since, ?, ?, ? "
                       "FROM basic_conditions WHERE state <> ? AND (%2)")
            .arg(historyColumns(), where),
        QVariantList{state} + stampValues(stamp) + QVariantList{state} + values, "keep basic condition history");
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace vangnet
