#include "needs/NeedJson.h"

#include "places/PlaceKeys.h"

#include <QJsonArray>

namespace vangnet::needs {

QJsonObject needJson(const HousingNeed &need)
{
    QJsonArray types;
    for (places::HousingType t : need.woonvormen)
        types << places::housingTypeKey(t);
    QJsonArray wijken;
    for (const QString &wijk : need.wijken)
        wijken << wijk;
    return {{QStringLiteral("huishouden_id"), need.householdId},
            // null once the applicant was removed: the need stays until someone is named again.
            {QStringLiteral("aanvrager_id"), need.applicantId > 0 ? QJsonValue(need.applicantId) : QJsonValue()},
            {QStringLiteral("personen"), need.persons},
            {QStringLiteral("rolstoel"), need.wheelchair},
            {QStringLiteral("huisdier"), need.pet},
            {QStringLiteral("begeleiding"), places::careLevelKey(need.care)},
            {QStringLiteral("woonvormen"), types},
            {QStringLiteral("wijken"), wijken},
            {QStringLiteral("vanaf"), need.availableFrom.toString(Qt::ISODate)},
            {QStringLiteral("updated_at"), need.updatedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("updated_by"), need.updatedBy}};
}

} // namespace vangnet::needs
