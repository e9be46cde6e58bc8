#include "summary/SummaryProfile.h"

#include <QCoreApplication>

namespace vangnet::summary {

QString profileKey(SummaryProfile profile)
{
    return profile == SummaryProfile::Partner ? QStringLiteral("partner") : QStringLiteral("intern");
}

std::optional<SummaryProfile> profileFromKey(const QString &key)
{
    for (const SummaryProfile profile : {SummaryProfile::Intern, SummaryProfile::Partner})
        if (key == profileKey(profile))
            return profile;
    return std::nullopt;
}

QString profileLabel(SummaryProfile profile)
{
    return profile == SummaryProfile::Partner
        ? QCoreApplication::translate("vangnet::summary::SummaryProfile", "Partner (minimised)")
        : QCoreApplication::translate("vangnet::summary::SummaryProfile", "Internal (complete)");
}

} // namespace vangnet::summary
