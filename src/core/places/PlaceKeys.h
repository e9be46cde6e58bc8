#pragma once

#include "places/Place.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace vangnet::places {

// Keys are what files, the database and --json hold; labels are what a user reads. Parsing a
// key ignores case, spaces, underscores and hyphens, as importing/ImportKeys does, because a
// provider's export writes "Housing First" as readily as "housing_first".

/// "housing_first", "begeleid_wonen", "beschermd_wonen", "jongeren", "gezinsplek", "skaeve_huse", "overig".
QString housingTypeKey(HousingType type);
QString housingTypeLabel(HousingType type);
std::optional<HousingType> housingTypeFromKey(QByteArrayView key);
std::optional<HousingType> housingTypeFromKey(const QString &key);
QList<HousingType> allHousingTypes();

/// "vrij", "gereserveerd", "bezet", "buiten_gebruik".
QString placeStatusKey(PlaceStatus status);
QString placeStatusLabel(PlaceStatus status);
std::optional<PlaceStatus> placeStatusFromKey(QByteArrayView key);
std::optional<PlaceStatus> placeStatusFromKey(const QString &key);
QList<PlaceStatus> allPlaceStatuses();

/// "licht", "midden", "intensief".
QString careLevelKey(CareLevel level);
QString careLevelLabel(CareLevel level);
std::optional<CareLevel> careLevelFromKey(QByteArrayView key);
std::optional<CareLevel> careLevelFromKey(const QString &key);
QList<CareLevel> allCareLevels();

} // namespace vangnet::places
