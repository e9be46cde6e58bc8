#include "history/StatusHistory.h"

#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

namespace vangnet {

namespace {

// status_history's columns, named once.
const QString colOld = QStringLiteral("old_status");
const QString colNew = QStringLiteral("new_status");
const QString colValidFrom = QStringLiteral("valid_from");
const QString colChangedAt = QStringLiteral("changed_at");
const QString colChangedBy = QStringLiteral("changed_by");
// The status column, the same name in signals, discharge_notices and cases.
const QString colStatus = QStringLiteral("status");

struct Subject {
    QString table; ///< where the status lives
    QString historyId; ///< status_history's column that points at its row
};

Subject subjectOf(StatusOf of)
{
    switch (of) {
    case StatusOf::Signal:
        return {QStringLiteral("signals"), QStringLiteral("signal_id")};
    case StatusOf::Discharge:
        return {QStringLiteral("discharge_notices"), QStringLiteral("discharge_id")};
    case StatusOf::Case:
        return {QStringLiteral("cases"), QStringLiteral("case_id")};
    }
    return {};
}

} // namespace

Result<int> StatusHistory::record(StatusOf of, const QString &where, const QVariantList &values, const QString &status,
    const ChangeStamp &stamp) const
{
    const Subject s = subjectOf(of);
    auto q = runSql(m_db,
        QStringLiteral("INSERT INTO status_history (%1, %2, %3, %4, %5, %6) SELECT id, %7, ?, ?, ?, ? FROM %8 "
                       "WHERE %7 <> ? AND (%9)")
            .arg(s.historyId, colOld, colNew, colValidFrom, colChangedAt, colChangedBy, colStatus, s.table, where),
        QVariantList{status, isoDate(stamp.validFrom), timestampToSql(stamp.at), stamp.by, status} + values,
        "keep status history");
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> StatusHistory::change(StatusOf of, const QString &where, const QVariantList &values, const QString &status,
    const ChangeStamp &stamp, const QString &alsoSet, const QVariantList &alsoValues) const
{
    if (auto recorded = record(of, where, values, status, stamp); !recorded)
        return recorded.error();
    auto q = runSql(m_db,
        QStringLiteral("UPDATE %1 SET %2 = ?%3 WHERE %4")
            .arg(subjectOf(of).table, colStatus, alsoSet.isEmpty() ? QString() : QStringLiteral(", ") + alsoSet, where),
        QVariantList{status} + alsoValues + values, "change status");
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace vangnet
