#include "retention/HouseholdRetentionTarget.h"

#include "storage/AddressRepository.h"
#include "storage/SqlStatement.h"

#include <QSet>

#include <algorithm>

namespace vangnet {

namespace {

/// "No activity since the cutoff", written once for the listing and for the delete (which
/// checks it again, so a household changed meanwhile is kept). Three cutoff values.
const QString inactive = QStringLiteral(
    "households.updated_at < ? "
    "AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.household_id = households.id AND p.updated_at >= ?) "
    "AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.household_id = households.id AND n.created_at >= ?) "
    // A household with signals or discharge notices waits for their own retention categories.
    "AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = households.id) "
    "AND NOT EXISTS (SELECT 1 FROM discharge_notices d WHERE d.household_id = households.id)");

QVariantList cutoffValues(const QDateTime &cutoff)
{
    const QString at = timestampToSql(cutoff);
    return {at, at, at};
}

} // namespace

Result<QList<RetentionItem>> HouseholdRetentionTarget::due(const QSqlDatabase &db, const QDateTime &cutoff) const
{
    auto q = runSql(db, QStringLiteral(
        "SELECT households.id, households.updated_at, "
        "(SELECT MAX(p.updated_at) FROM persons p WHERE p.household_id = households.id), "
        "(SELECT MAX(n.created_at) FROM notes n WHERE n.household_id = households.id) "
        "FROM households WHERE ") + inactive + QStringLiteral(" ORDER BY households.id"),
        cutoffValues(cutoff), "list households due for retention");
    if (!q)
        return q.error();
    QList<RetentionItem> items;
    while (q->next()) {
        // ISO timestamps in one format compare as text; the latest of the three is the last activity.
        const QString last = std::max({q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
        items << RetentionItem{q->value(0).toLongLong(), timestampFromSql(last)};
    }
    return items;
}

Result<qint64> HouseholdRetentionTarget::remove(const QSqlDatabase &db, const QList<qint64> &ids,
                                                const QDateTime &cutoff) const
{
    qint64 removed = 0;
    QSet<qint64> addresses;
    for (qsizetype from = 0; from < ids.size(); from += retentionIdChunk) {
        const QList<qint64> chunk = ids.mid(from, retentionIdChunk);
        QVariantList idValues;
        for (qint64 id : chunk)
            idValues << id;
        const QString in = QStringLiteral("households.id IN (") + sqlPlaceholders(chunk.size()) + QLatin1Char(')');
        {
            auto q = runSql(db, QStringLiteral("SELECT DISTINCT address_id FROM households WHERE ") + in, idValues,
                            "read addresses of households due for retention");
            if (!q)
                return q.error();
            while (q->next())
                addresses.insert(q->value(0).toLongLong());
        }
        auto deleted = runSql(db, QStringLiteral("DELETE FROM households WHERE ") + in + QStringLiteral(" AND ") + inactive,
                              idValues + cutoffValues(cutoff), "purge households");
        if (!deleted)
            return deleted.error();
        removed += deleted->numRowsAffected();
    }
    AddressRepository addressRepository(db);
    for (qint64 address : std::as_const(addresses))
        if (auto cleaned = addressRepository.removeIfUnused(address); !cleaned)
            return cleaned.error();
    return removed;
}

} // namespace vangnet
