#include "plans/PlanStateRepository.h"

#include "storage/SqlStatement.h"

#include <QSqlQuery>

namespace vangnet::plans {

namespace {

// Columns of plan_pins, plan_exclusions and place_placements, named once.
const QString colHousehold = QStringLiteral("household_id");
const QString colPlace = QStringLiteral("place_id");
const QString colSource = QStringLiteral("source");
const QString colCreatedAt = QStringLiteral("created_at");
const QString colCreatedBy = QStringLiteral("created_by");
const QString colTaken = QStringLiteral("taken"); // alias of a count
const QString colId = QStringLiteral("id");
const QString colEntry = QStringLiteral("entry_id");
const QString colCase = QStringLiteral("case_id");
const QString colPlacedOn = QStringLiteral("placed_on");
const QString colEndedOn = QStringLiteral("ended_on");

} // namespace

QString exclusionSourceKey(ExclusionSource source)
{
    return source == ExclusionSource::Declined ? QStringLiteral("afgewezen") : QStringLiteral("medewerker");
}

PlanStateRepository::PlanStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<PlanPin>> PlanStateRepository::pins() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1, %2, %3, %4 FROM plan_pins ORDER BY %1")
                              .arg(colHousehold, colPlace, colCreatedAt, colCreatedBy),
                    {}, "read plan pins");
    if (!q)
        return q.error();
    QList<PlanPin> pins;
    while (q->next())
        pins << PlanPin{q->value(colHousehold).toLongLong(), q->value(colPlace).toLongLong(),
                        timestampFromSql(q->value(colCreatedAt)), q->value(colCreatedBy).toString()};
    return pins;
}

Result<QList<PlanExclusion>> PlanStateRepository::exclusions() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1, %2, %3, %4, %5 FROM plan_exclusions ORDER BY %1, %2")
                              .arg(colHousehold, colPlace, colSource, colCreatedAt, colCreatedBy),
                    {}, "read plan exclusions");
    if (!q)
        return q.error();
    QList<PlanExclusion> exclusions;
    while (q->next()) {
        const ExclusionSource source = q->value(colSource).toString() == exclusionSourceKey(ExclusionSource::Declined)
            ? ExclusionSource::Declined
            : ExclusionSource::Staff;
        exclusions << PlanExclusion{q->value(colHousehold).toLongLong(), q->value(colPlace).toLongLong(), source,
                                    timestampFromSql(q->value(colCreatedAt)), q->value(colCreatedBy).toString()};
    }
    return exclusions;
}

Result<QHash<qint64, int>> PlanStateRepository::takenCapacity() const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT %1, COUNT(*) AS %2 FROM ("
        " SELECT place_id AS %1 FROM place_placements WHERE ended_on IS NULL"
        " UNION ALL"
        " SELECT place_id AS %1 FROM plan_entries WHERE place_id IS NOT NULL"
        "  AND status IN ('goedgekeurd', 'aangeboden', 'geaccepteerd')"
        ") taken GROUP BY %1").arg(colPlace, colTaken), {}, "read taken capacity");
    if (!q)
        return q.error();
    QHash<qint64, int> taken;
    while (q->next())
        taken.insert(q->value(colPlace).toLongLong(), q->value(colTaken).toInt());
    return taken;
}

Result<void> PlanStateRepository::addPin(qint64 householdId, qint64 placeId, const QString &by, const QDateTime &at)
{
    if (auto removed = removePin(householdId); !removed)
        return removed;
    auto q = runSql(m_db, QStringLiteral("INSERT INTO plan_pins (%1, %2, %3, %4) VALUES (?, ?, ?, ?)")
                              .arg(colHousehold, colPlace, colCreatedAt, colCreatedBy),
                    {householdId, placeId, timestampToSql(at), by}, "add plan pin");
    if (!q)
        return q.error();
    return success();
}

Result<void> PlanStateRepository::removePin(qint64 householdId)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM plan_pins WHERE %1 = ?").arg(colHousehold), {householdId},
                    "remove plan pin");
    if (!q)
        return q.error();
    return success();
}

Result<void> PlanStateRepository::addExclusion(qint64 householdId, qint64 placeId, ExclusionSource source,
                                               const QString &by, const QDateTime &at)
{
    auto q = runSql(m_db, QStringLiteral("INSERT INTO plan_exclusions (%1, %2, %3, %4, %5) VALUES (?, ?, ?, ?, ?) "
                                         "ON CONFLICT (%1, %2) DO NOTHING")
                              .arg(colHousehold, colPlace, colSource, colCreatedAt, colCreatedBy),
                    {householdId, placeId, exclusionSourceKey(source), timestampToSql(at), by}, "add plan exclusion");
    if (!q)
        return q.error();
    return success();
}

Result<void> PlanStateRepository::removeExclusion(qint64 householdId, qint64 placeId)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM plan_exclusions WHERE %1 = ? AND %2 = ?").arg(colHousehold, colPlace),
                    {householdId, placeId}, "remove plan exclusion");
    if (!q)
        return q.error();
    return success();
}

Result<qint64> PlanStateRepository::addPlacement(qint64 placeId, qint64 householdId, qint64 entryId, qint64 caseId,
                                                 const QDate &placedOn, const QString &by, const QDateTime &at)
{
    auto q = runSql(m_db, QStringLiteral("INSERT INTO place_placements (%1, %2, %3, %4, %5, %6, %7) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING %8")
                              .arg(colPlace, colHousehold, colEntry, colCase, colPlacedOn, colCreatedAt, colCreatedBy, colId),
                    {placeId, householdId, entryId ? QVariant(entryId) : sqlNull(), caseId ? QVariant(caseId) : sqlNull(),
                     placedOn.toString(Qt::ISODate), timestampToSql(at), by},
                    "add placement");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), "add placement");
    return q->value(colId).toLongLong();
}

Result<int> PlanStateRepository::occupants(qint64 placeId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT COUNT(*) AS %1 FROM place_placements WHERE %2 = ? AND %3 IS NULL")
                              .arg(colTaken, colPlace, colEndedOn),
                    {placeId}, "count occupants");
    if (!q)
        return q.error();
    return q->next() ? q->value(colTaken).toInt() : 0;
}

Result<bool> PlanStateRepository::isPlaced(qint64 householdId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT 1 FROM place_placements WHERE %1 = ? AND %2 IS NULL")
                              .arg(colHousehold, colEndedOn),
                    {householdId}, "read placement");
    if (!q)
        return q.error();
    return q->next();
}

} // namespace vangnet::plans
