#include "places/PlaceRepository.h"

#include "places/PlaceKeys.h"
#include "storage/SqlStatement.h"

#include <QSqlQuery>
#include <QStringList>

namespace vangnet::places {

namespace {

// The places columns, named once; every statement binds and reads them by these names.
const QString colId = QStringLiteral("id");
const QString colPlekId = QStringLiteral("plek_id");
const QString colProvider = QStringLiteral("aanbieder");
const QString colLocation = QStringLiteral("locatie");
const QString colWijk = QStringLiteral("wijk");
const QString colHousingType = QStringLiteral("woonvorm");
const QString colCapacity = QStringLiteral("capaciteit");
const QString colAvailableFrom = QStringLiteral("beschikbaar_vanaf");
const QString colStatus = QStringLiteral("status");
const QString colMinAge = QStringLiteral("min_leeftijd");
const QString colMaxAge = QStringLiteral("max_leeftijd");
const QString colMaxPersons = QStringLiteral("max_personen");
const QString colWheelchair = QStringLiteral("rolstoel");
const QString colPets = QStringLiteral("huisdieren");
const QString colCare = QStringLiteral("begeleiding");
const QString colUpdatedAt = QStringLiteral("updated_at");
const QString colUpdatedBy = QStringLiteral("updated_by");

/// The columns PlaceDetails fills, in the order detailValues() binds them.
const QStringList &detailColumns()
{
    static const QStringList columns{colPlekId, colProvider, colLocation, colWijk, colHousingType, colCapacity,
                                     colAvailableFrom, colMinAge, colMaxAge, colMaxPersons, colWheelchair, colPets,
                                     colCare};
    return columns;
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : sqlNull();
}

std::optional<int> intOrNullopt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariantList detailValues(const PlaceDetails &d)
{
    return {d.plekId, d.provider, d.location, d.wijk, housingTypeKey(d.housingType), d.capacity,
            d.availableFrom.toString(Qt::ISODate), optionalInt(d.minAge), optionalInt(d.maxAge),
            optionalInt(d.maxPersons), d.wheelchair ? 1 : 0, d.pets ? 1 : 0, careLevelKey(d.care)};
}

QString selectColumns()
{
    return (QStringList{colId} + detailColumns() + QStringList{colStatus, colUpdatedAt, colUpdatedBy})
        .join(QStringLiteral(", "));
}

Place readPlace(const QSqlQuery &q)
{
    Place p;
    p.id = q.value(colId).toLongLong();
    PlaceDetails &d = p.details;
    d.plekId = q.value(colPlekId).toString();
    d.provider = q.value(colProvider).toString();
    d.location = q.value(colLocation).toString();
    d.wijk = q.value(colWijk).toString();
    // The CHECK constraints keep the keys valid; the fallbacks only guard a hand-edited row.
    d.housingType = housingTypeFromKey(q.value(colHousingType).toString()).value_or(HousingType::Overig);
    d.capacity = q.value(colCapacity).toInt();
    d.availableFrom = QDate::fromString(q.value(colAvailableFrom).toString(), Qt::ISODate);
    d.minAge = intOrNullopt(q.value(colMinAge));
    d.maxAge = intOrNullopt(q.value(colMaxAge));
    d.maxPersons = intOrNullopt(q.value(colMaxPersons));
    d.wheelchair = q.value(colWheelchair).toInt() != 0;
    d.pets = q.value(colPets).toInt() != 0;
    d.care = careLevelFromKey(q.value(colCare).toString()).value_or(CareLevel::Licht);
    p.status = placeStatusFromKey(q.value(colStatus).toString()).value_or(PlaceStatus::BuitenGebruik);
    p.updatedAt = timestampFromSql(q.value(colUpdatedAt));
    p.updatedBy = q.value(colUpdatedBy).toString();
    return p;
}

} // namespace

PlaceRepository::PlaceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<Place>> PlaceRepository::all() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1 FROM places ORDER BY %2").arg(selectColumns(), colPlekId), {},
                    "list places");
    if (!q)
        return q.error();
    QList<Place> out;
    while (q->next())
        out << readPlace(*q);
    return out;
}

Result<QStringList> PlaceRepository::wijken() const
{
    auto q = runSql(m_db,
                    QStringLiteral("SELECT DISTINCT %1 FROM places WHERE %1 <> '' ORDER BY %1").arg(colWijk), {},
                    "list place wijken");
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(colWijk).toString();
    return out;
}

Result<std::optional<Place>> PlaceRepository::find(const QString &plekId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1 FROM places WHERE %2 = ?").arg(selectColumns(), colPlekId),
                    {plekId}, "find place");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Place>();
    return std::optional<Place>(readPlace(*q));
}

Result<qint64> PlaceRepository::insert(const PlaceDetails &details, const QString &by, const QDateTime &at)
{
    const QStringList columns = detailColumns() + QStringList{colUpdatedAt, colUpdatedBy};
    QVariantList values = detailValues(details);
    values << timestampToSql(at) << by;
    auto q = runSql(m_db,
                    QStringLiteral("INSERT INTO places (%1) VALUES (%2) RETURNING %3")
                        .arg(columns.join(QStringLiteral(", ")), sqlPlaceholders(columns.size()), colId),
                    values, "add place");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), "add place");
    return q->value(0).toLongLong();
}

Result<void> PlaceRepository::update(qint64 id, const PlaceDetails &details, const QString &by, const QDateTime &at)
{
    QStringList assignments;
    for (const QString &column : detailColumns() + QStringList{colUpdatedAt, colUpdatedBy})
        assignments << column + QStringLiteral(" = ?");
    QVariantList values = detailValues(details);
    values << timestampToSql(at) << by << id;
    auto q = runSql(m_db,
                    QStringLiteral("UPDATE places SET %1 WHERE %2 = ?").arg(assignments.join(QStringLiteral(", ")), colId),
                    values, "change place");
    if (!q)
        return q.error();
    return success();
}

Result<void> PlaceRepository::setStatus(qint64 id, PlaceStatus status, const QString &by, const QDateTime &at)
{
    auto q = runSql(m_db,
                    QStringLiteral("UPDATE places SET %1 = ?, %2 = ?, %3 = ? WHERE %4 = ?")
                        .arg(colStatus, colUpdatedAt, colUpdatedBy, colId),
                    {placeStatusKey(status), timestampToSql(at), by, id}, "change place status");
    if (!q)
        return q.error();
    return success();
}

} // namespace vangnet::places
