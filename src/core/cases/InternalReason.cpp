#include "cases/InternalReason.h"

#include <QCoreApplication>

namespace vangnet::cases {

const QStringList &internalReasonKeys()
{
    static const QStringList keys{
        QStringLiteral("detentie"),
        QStringLiteral("uitsluitingslijst"),
        QStringLiteral("adres_onbekend"),
        QStringLiteral("verhuisd"),
        QStringLiteral("al_in_schuldhulp"),
        QStringLiteral("bewindvoering"),
        QStringLiteral("ander_traject"),
        QStringLiteral("al_opgelost"),
        QStringLiteral("dubbel_signaal"),
        QStringLiteral("overleden"),
        QStringLiteral("anders"),
    };
    return keys;
}

QString internalReasonLabel(const QString &key)
{
    if (key == QLatin1String("detentie"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "In detention");
    if (key == QLatin1String("uitsluitingslijst"))
        return QCoreApplication::translate(
            "vangnet::cases::InternalReason", "On the exclusion list (not to be approached)");
    if (key == QLatin1String("adres_onbekend"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "Address unknown");
    if (key == QLatin1String("verhuisd"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "Moved out of the municipality");
    if (key == QLatin1String("al_in_schuldhulp"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "Already in debt counselling");
    if (key == QLatin1String("bewindvoering"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "Under financial administration (bewind)");
    if (key == QLatin1String("ander_traject"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "Already in another support programme");
    if (key == QLatin1String("al_opgelost"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "Arrear already paid or arranged");
    if (key == QLatin1String("dubbel_signaal"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "Same arrear signalled again");
    if (key == QLatin1String("overleden"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "Deceased");
    if (key == QLatin1String("anders"))
        return QCoreApplication::translate("vangnet::cases::InternalReason", "Other reason");
    return key;
}

} // namespace vangnet::cases
