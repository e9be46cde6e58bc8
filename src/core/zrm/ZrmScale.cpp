#include "zrm/ZrmScale.h"

#include <QCoreApplication>

#include <array>

namespace vangnet::zrm {

namespace {

struct DomainInfo {
    const char *key;
    const char *label;
};

constexpr std::array<DomainInfo, domainCount> domains{{
    {"financien", QT_TRANSLATE_NOOP("vangnet::zrm", "Finances")},
    {"werk_opleiding", QT_TRANSLATE_NOOP("vangnet::zrm", "Work & education")},
    {"tijdsbesteding", QT_TRANSLATE_NOOP("vangnet::zrm", "Daytime activities")},
    {"huisvesting", QT_TRANSLATE_NOOP("vangnet::zrm", "Housing")},
    {"huiselijke_relaties", QT_TRANSLATE_NOOP("vangnet::zrm", "Domestic relations")},
    {"geestelijke_gezondheid", QT_TRANSLATE_NOOP("vangnet::zrm", "Mental health")},
    {"lichamelijke_gezondheid", QT_TRANSLATE_NOOP("vangnet::zrm", "Physical health")},
    {"middelengebruik", QT_TRANSLATE_NOOP("vangnet::zrm", "Substance use")},
    {"basale_adl", QT_TRANSLATE_NOOP("vangnet::zrm", "Basic ADL")},
    {"instrumentele_adl", QT_TRANSLATE_NOOP("vangnet::zrm", "Instrumental ADL")},
    {"sociaal_netwerk", QT_TRANSLATE_NOOP("vangnet::zrm", "Social network")},
    {"maatschappelijke_participatie", QT_TRANSLATE_NOOP("vangnet::zrm", "Community participation")},
    {"justitie", QT_TRANSLATE_NOOP("vangnet::zrm", "Justice")},
}};

constexpr std::array<const char *, 5> levels{{
    QT_TRANSLATE_NOOP("vangnet::zrm", "Acute problems"),
    QT_TRANSLATE_NOOP("vangnet::zrm", "Not self-sufficient"),
    QT_TRANSLATE_NOOP("vangnet::zrm", "Barely self-sufficient"),
    QT_TRANSLATE_NOOP("vangnet::zrm", "Adequately self-sufficient"),
    QT_TRANSLATE_NOOP("vangnet::zrm", "Completely self-sufficient"),
}};

} // namespace

QString currentVersion()
{
    return QStringLiteral("ZRM 2017");
}

const QStringList &domainKeys()
{
    static const QStringList keys = [] {
        QStringList all;
        for (const DomainInfo &d : domains)
            all << QLatin1String(d.key);
        return all;
    }();
    return keys;
}

bool isDomain(QStringView key)
{
    for (const DomainInfo &d : domains)
        if (key == QLatin1String(d.key))
            return true;
    return false;
}

QString domainLabel(QStringView key)
{
    for (const DomainInfo &d : domains)
        if (key == QLatin1String(d.key))
            return QCoreApplication::translate("vangnet::zrm", d.label);
    return {};
}

QString levelName(int score)
{
    if (!isScore(score))
        return {};
    return QCoreApplication::translate("vangnet::zrm", levels[static_cast<std::size_t>(score - lowestScore)]);
}

} // namespace vangnet::zrm
