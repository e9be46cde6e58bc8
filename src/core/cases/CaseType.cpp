#include "cases/CaseType.h"

#include <QCoreApplication>

namespace vangnet::cases {

QString caseTypeKey(CaseType type)
{
    switch (type) {
    case CaseType::Vroegsignaal: return QStringLiteral("vroegsignaal");
    case CaseType::Hulpvraag: return QStringLiteral("hulpvraag");
    case CaseType::Nazorg: return QStringLiteral("nazorg");
    }
    return {};
}

QString caseTypeLabel(CaseType type)
{
    switch (type) {
    case CaseType::Vroegsignaal: return QCoreApplication::translate("vangnet::cases", "Early signal");
    case CaseType::Hulpvraag: return QCoreApplication::translate("vangnet::cases", "Request for debt help");
    case CaseType::Nazorg: return QCoreApplication::translate("vangnet::cases", "Aftercare");
    }
    return {};
}

const QList<CaseType> &allCaseTypes()
{
    static const QList<CaseType> all{CaseType::Vroegsignaal, CaseType::Hulpvraag, CaseType::Nazorg};
    return all;
}

std::optional<CaseType> caseTypeFromKey(const QString &key)
{
    for (CaseType type : allCaseTypes())
        if (caseTypeKey(type) == key)
            return type;
    return std::nullopt;
}

const QStringList &crisisKinds()
{
    static const QStringList kinds{QStringLiteral("ontruiming"), QStringLiteral("afsluiting_energie"),
                                   QStringLiteral("afsluiting_water"), QStringLiteral("opzegging_zorgverzekering")};
    return kinds;
}

QString crisisKindLabel(const QString &key)
{
    switch (crisisKinds().indexOf(key)) {
    case 0: return QCoreApplication::translate("vangnet::cases", "Eviction");
    case 1: return QCoreApplication::translate("vangnet::cases", "Disconnection of energy");
    case 2: return QCoreApplication::translate("vangnet::cases", "Disconnection of water");
    case 3: return QCoreApplication::translate("vangnet::cases", "Termination of the health insurance");
    default: return {};
    }
}

const QStringList &requestDecisions()
{
    static const QStringList decisions{QStringLiteral("toelating"), QStringLiteral("afwijzing")};
    return decisions;
}

QString requestDecisionLabel(const QString &key)
{
    if (key == QLatin1String("toelating"))
        return QCoreApplication::translate("vangnet::cases", "Admitted");
    if (key == QLatin1String("afwijzing"))
        return QCoreApplication::translate("vangnet::cases", "Refused");
    return {};
}

} // namespace vangnet::cases
