#include "retention/CaseRetentionTargets.h"

#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

namespace vangnet {

namespace {

/// The signal's last activity as ISO text: its newest case's closing date, else when it arrived.
const QString signalActivity = QStringLiteral(
    "COALESCE((SELECT MAX(c.closed_on) FROM case_signals cs JOIN cases c ON c.id = cs.case_id "
    "WHERE cs.signal_id = s.id), substr(s.created_at, 1, 10))");

QString cutoffDate(const QDateTime &cutoff)
{
    return isoDate(cutoff.toLocalTime().date()); // the cutoff day (retention::cutoffMoment is its local midnight)
}

/// Deletes `table` rows with these ids that still match `stillDue` (which takes the cutoff).
Result<qint64> removeChunked(const QSqlDatabase &db, const QString &table, const QString &alias, const QList<qint64> &ids,
                             const QString &stillDue, const QDateTime &cutoff, const char *what)
{
    qint64 removed = 0;
    for (qsizetype from = 0; from < ids.size(); from += retentionIdChunk) {
        const QList<qint64> chunk = ids.mid(from, retentionIdChunk);
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        values << cutoffDate(cutoff);
        auto q = runSql(db, QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT %2.id FROM %1 %2 WHERE %2.id IN (%3) AND %4)")
                                .arg(table, alias, sqlPlaceholders(chunk.size()), stillDue),
                        values, what);
        if (!q)
            return q.error();
        removed += q->numRowsAffected();
    }
    return removed;
}

} // namespace

QString SignalRetentionTarget::dueWhere() const
{
    const QString takenUp = QStringLiteral(
        "EXISTS (SELECT 1 FROM case_signals cs JOIN cases c ON c.id = cs.case_id WHERE cs.signal_id = s.id "
        "AND c.taken_up_on IS NOT NULL)");
    return QStringLiteral("%1%2 AND NOT EXISTS (SELECT 1 FROM case_signals cs JOIN cases c ON c.id = cs.case_id "
                          "WHERE cs.signal_id = s.id AND c.status <> 'afgesloten') AND %3 < ?")
        .arg(m_takenUp ? QString() : QStringLiteral("NOT "), takenUp, signalActivity);
}

Result<QList<RetentionItem>> SignalRetentionTarget::due(const QSqlDatabase &db, const QDateTime &cutoff) const
{
    auto q = runSql(db, QStringLiteral("SELECT s.id, %1 FROM signals s WHERE %2 ORDER BY s.id").arg(signalActivity, dueWhere()),
                    {cutoffDate(cutoff)}, "list signals due for retention");
    if (!q)
        return q.error();
    QList<RetentionItem> items;
    while (q->next())
        items << RetentionItem{q->value(0).toLongLong(), timestampFromSql(q->value(1))};
    return items;
}

Result<qint64> SignalRetentionTarget::remove(const QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &cutoff) const
{
    return removeChunked(db, QStringLiteral("signals"), QStringLiteral("s"), ids, dueWhere(), cutoff, "purge signals");
}

namespace {
const QString caseDue = QStringLiteral("k.status = 'afgesloten' AND k.closed_on < ?");
}

Result<QList<RetentionItem>> CaseRetentionTarget::due(const QSqlDatabase &db, const QDateTime &cutoff) const
{
    auto q = runSql(db, QStringLiteral("SELECT k.id, k.closed_on FROM cases k WHERE %1 ORDER BY k.id").arg(caseDue),
                    {cutoffDate(cutoff)}, "list cases due for retention");
    if (!q)
        return q.error();
    QList<RetentionItem> items;
    while (q->next())
        items << RetentionItem{q->value(0).toLongLong(), timestampFromSql(q->value(1))};
    return items;
}

Result<qint64> CaseRetentionTarget::remove(const QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &cutoff) const
{
    // Notes written on the case belong to it (notes.case_id is SET NULL on delete, so first).
    for (qsizetype from = 0; from < ids.size(); from += retentionIdChunk) {
        const QList<qint64> chunk = ids.mid(from, retentionIdChunk);
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        values << cutoffDate(cutoff);
        auto q = runSql(db, QStringLiteral("DELETE FROM notes WHERE case_id IN (SELECT k.id FROM cases k WHERE k.id IN (%1) "
                                           "AND %2)").arg(sqlPlaceholders(chunk.size()), caseDue),
                        values, "purge case notes");
        if (!q)
            return q.error();
    }
    return removeChunked(db, QStringLiteral("cases"), QStringLiteral("k"), ids, caseDue, cutoff, "purge cases");
}

} // namespace vangnet
