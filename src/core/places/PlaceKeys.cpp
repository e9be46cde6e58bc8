#include "places/PlaceKeys.h"

#include <QCoreApplication>

namespace vangnet::places {

namespace {

/// Lower-case ASCII without spaces, tabs, underscores and hyphens: the form keys are compared in.
QByteArray squash(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == ' ' || c == '_' || c == '-' || c == '\t')
            continue;
        out.append((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
    }
    return out;
}

/// The value whose key, squashed, equals `key` squashed.
template <typename Enum, typename KeyOf>
std::optional<Enum> lookUp(QByteArrayView key, const QList<Enum> &all, KeyOf keyOf)
{
    const QByteArray wanted = squash(key);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Enum value : all)
        if (squash(keyOf(value).toLatin1()) == wanted)
            return value;
    return std::nullopt;
}

} // namespace

QList<HousingType> allHousingTypes()
{
    return {HousingType::HousingFirst, HousingType::BegeleidWonen, HousingType::BeschermdWonen, HousingType::Jongeren,
            HousingType::Gezinsplek, HousingType::SkaeveHuse, HousingType::Overig};
}

QString housingTypeKey(HousingType type)
{
    switch (type) {
    case HousingType::HousingFirst: return QStringLiteral("housing_first");
    case HousingType::BegeleidWonen: return QStringLiteral("begeleid_wonen");
    case HousingType::BeschermdWonen: return QStringLiteral("beschermd_wonen");
    case HousingType::Jongeren: return QStringLiteral("jongeren");
    case HousingType::Gezinsplek: return QStringLiteral("gezinsplek");
    case HousingType::SkaeveHuse: return QStringLiteral("skaeve_huse");
    case HousingType::Overig: return QStringLiteral("overig");
    }
    return QStringLiteral("overig");
}

QString housingTypeLabel(HousingType type)
{
    switch (type) {
    case HousingType::HousingFirst: return QCoreApplication::translate("vangnet::places", "Housing First");
    case HousingType::BegeleidWonen: return QCoreApplication::translate("vangnet::places", "Supported living");
    case HousingType::BeschermdWonen: return QCoreApplication::translate("vangnet::places", "Sheltered living");
    case HousingType::Jongeren: return QCoreApplication::translate("vangnet::places", "Young people");
    case HousingType::Gezinsplek: return QCoreApplication::translate("vangnet::places", "Family place");
    case HousingType::SkaeveHuse: return QCoreApplication::translate("vangnet::places", "Skaeve Huse");
    case HousingType::Overig: return QCoreApplication::translate("vangnet::places", "Other");
    }
    return {};
}

std::optional<HousingType> housingTypeFromKey(QByteArrayView key)
{
    return lookUp(key, allHousingTypes(), housingTypeKey);
}

std::optional<HousingType> housingTypeFromKey(const QString &key)
{
    return housingTypeFromKey(QByteArrayView(key.toUtf8()));
}

QList<PlaceStatus> allPlaceStatuses()
{
    return {PlaceStatus::Vrij, PlaceStatus::Gereserveerd, PlaceStatus::Bezet, PlaceStatus::BuitenGebruik};
}

QString placeStatusKey(PlaceStatus status)
{
    switch (status) {
    case PlaceStatus::Vrij: return QStringLiteral("vrij");
    case PlaceStatus::Gereserveerd: return QStringLiteral("gereserveerd");
    case PlaceStatus::Bezet: return QStringLiteral("bezet");
    case PlaceStatus::BuitenGebruik: return QStringLiteral("buiten_gebruik");
    }
    return QStringLiteral("vrij");
}

QString placeStatusLabel(PlaceStatus status)
{
    switch (status) {
    case PlaceStatus::Vrij: return QCoreApplication::translate("vangnet::places", "Available");
    case PlaceStatus::Gereserveerd: return QCoreApplication::translate("vangnet::places", "Reserved");
    case PlaceStatus::Bezet: return QCoreApplication::translate("vangnet::places", "Occupied");
    case PlaceStatus::BuitenGebruik: return QCoreApplication::translate("vangnet::places", "Out of use");
    }
    return {};
}

std::optional<PlaceStatus> placeStatusFromKey(QByteArrayView key)
{
    return lookUp(key, allPlaceStatuses(), placeStatusKey);
}

std::optional<PlaceStatus> placeStatusFromKey(const QString &key)
{
    return placeStatusFromKey(QByteArrayView(key.toUtf8()));
}

QList<CareLevel> allCareLevels()
{
    return {CareLevel::Licht, CareLevel::Midden, CareLevel::Intensief};
}

QString careLevelKey(CareLevel level)
{
    switch (level) {
    case CareLevel::Licht: return QStringLiteral("licht");
    case CareLevel::Midden: return QStringLiteral("midden");
    case CareLevel::Intensief: return QStringLiteral("intensief");
    }
    return QStringLiteral("licht");
}

QString careLevelLabel(CareLevel level)
{
    switch (level) {
    case CareLevel::Licht: return QCoreApplication::translate("vangnet::places", "Light support");
    case CareLevel::Midden: return QCoreApplication::translate("vangnet::places", "Moderate support");
    case CareLevel::Intensief: return QCoreApplication::translate("vangnet::places", "Intensive support");
    }
    return {};
}

std::optional<CareLevel> careLevelFromKey(QByteArrayView key)
{
    return lookUp(key, allCareLevels(), careLevelKey);
}

std::optional<CareLevel> careLevelFromKey(const QString &key)
{
    return careLevelFromKey(QByteArrayView(key.toUtf8()));
}

} // namespace vangnet::places
