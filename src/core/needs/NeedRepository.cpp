#include "needs/NeedRepository.h"

#include "places/PlaceKeys.h"
#include "storage/SqlStatement.h"

#include <QSqlQuery>

namespace vangnet::needs {

namespace {

// The housing_needs columns, named once; every statement binds and reads them by these names.
const QString colHousehold = QStringLiteral("household_id");
const QString colApplicant = QStringLiteral("applicant_id");
const QString colPersons = QStringLiteral("persons");
const QString colWheelchair = QStringLiteral("wheelchair");
const QString colPet = QStringLiteral("pet");
const QString colCare = QStringLiteral("care");
const QString colWoonvormen = QStringLiteral("woonvormen");
const QString colWijken = QStringLiteral("wijken");
const QString colAvailableFrom = QStringLiteral("available_from");
const QString colUpdatedAt = QStringLiteral("updated_at");
const QString colUpdatedBy = QStringLiteral("updated_by");
// Written once, on insert: a need recorded again keeps the day it was first registered.
const QString colRegisteredOn = QStringLiteral("registered_on");

const QStringList &columns()
{
    static const QStringList all{colHousehold, colApplicant, colPersons, colWheelchair, colPet, colCare,
                                 colWoonvormen, colWijken, colAvailableFrom, colUpdatedAt, colUpdatedBy};
    return all;
}

QVariantList values(const HousingNeed &n)
{
    QStringList types;
    for (places::HousingType t : n.woonvormen)
        types << places::housingTypeKey(t);
    return {n.householdId, n.applicantId > 0 ? QVariant(n.applicantId) : sqlNull(), n.persons, n.wheelchair ? 1 : 0,
            n.pet ? 1 : 0, places::careLevelKey(n.care), types.join(QLatin1Char(',')), n.wijken.join(QLatin1Char(',')),
            n.availableFrom.toString(Qt::ISODate), timestampToSql(n.updatedAt), n.updatedBy};
}

HousingNeed readNeed(const QSqlQuery &q)
{
    HousingNeed n;
    n.householdId = q.value(colHousehold).toLongLong();
    n.applicantId = q.value(colApplicant).isNull() ? 0 : q.value(colApplicant).toLongLong();
    n.persons = q.value(colPersons).toInt();
    n.wheelchair = q.value(colWheelchair).toInt() != 0;
    n.pet = q.value(colPet).toInt() != 0;
    // The CHECK keeps the key valid; the fallback only guards a hand-edited row.
    n.care = places::careLevelFromKey(q.value(colCare).toString()).value_or(places::CareLevel::Intensief);
    for (const QString &key : q.value(colWoonvormen).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto type = places::housingTypeFromKey(key))
            n.woonvormen << *type;
    n.wijken = q.value(colWijken).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    n.availableFrom = QDate::fromString(q.value(colAvailableFrom).toString(), Qt::ISODate);
    n.updatedAt = timestampFromSql(q.value(colUpdatedAt));
    n.updatedBy = q.value(colUpdatedBy).toString();
    n.registeredOn = QDate::fromString(q.value(colRegisteredOn).toString(), Qt::ISODate);
    return n;
}

} // namespace

NeedRepository::NeedRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<std::optional<HousingNeed>> NeedRepository::find(qint64 householdId) const
{
    auto q = runSql(m_db,
                    QStringLiteral("SELECT %1, %2 FROM housing_needs WHERE %3 = ?")
                        .arg(columns().join(QStringLiteral(", ")), colRegisteredOn, colHousehold),
                    {householdId}, "read housing need");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<HousingNeed>();
    return std::optional<HousingNeed>(readNeed(*q));
}

Result<QList<HousingNeed>> NeedRepository::all() const
{
    auto q = runSql(m_db,
                    QStringLiteral("SELECT %1, %2 FROM housing_needs ORDER BY %3")
                        .arg(columns().join(QStringLiteral(", ")), colRegisteredOn, colHousehold),
                    {}, "read housing needs");
    if (!q)
        return q.error();
    QList<HousingNeed> needs;
    while (q->next())
        needs << readNeed(*q);
    return needs;
}

Result<void> NeedRepository::store(const HousingNeed &need, bool exists)
{
    QString sql;
    QVariantList bound = values(need);
    if (exists) {
        QStringList assignments;
        for (const QString &column : columns().mid(1))
            assignments << column + QStringLiteral(" = ?");
        bound.removeFirst();
        bound << need.householdId;
        sql = QStringLiteral("UPDATE housing_needs SET %1 WHERE %2 = ?")
                  .arg(assignments.join(QStringLiteral(", ")), colHousehold);
    } else {
        const QDate registered = need.registeredOn.isValid() ? need.registeredOn : need.updatedAt.toLocalTime().date();
        bound << registered.toString(Qt::ISODate);
        sql = QStringLiteral("INSERT INTO housing_needs (%1, %2) VALUES (%3)")
                  .arg(columns().join(QStringLiteral(", ")), colRegisteredOn, sqlPlaceholders(columns().size() + 1));
    }
    auto q = runSql(m_db, sql, bound, "store housing need");
    if (!q)
        return q.error();
    return success();
}

Result<bool> NeedRepository::remove(qint64 householdId)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM housing_needs WHERE %1 = ?").arg(colHousehold), {householdId},
                    "remove housing need");
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<bool> NeedRepository::isMember(qint64 householdId, qint64 personId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT 1 FROM persons WHERE id = ? AND household_id = ?"),
                    {personId, householdId}, "read member");
    if (!q)
        return q.error();
    return q->next();
}

} // namespace vangnet::needs
