#include "planner/Tier.h"

namespace vangnet::planner {

QString tierKey(Tier tier)
{
    switch (tier) {
    case Tier::Kritiek:
        return QStringLiteral("kritiek");
    case Tier::Hoog:
        return QStringLiteral("hoog");
    case Tier::Midden:
        return QStringLiteral("midden");
    case Tier::Laag:
        return QStringLiteral("laag");
    }
    return QStringLiteral("laag");
}

std::optional<Tier> tierFromKey(QStringView key)
{
    for (const Tier tier : allTiers) {
        if (key == tierKey(tier))
            return tier;
    }
    return std::nullopt;
}

} // namespace vangnet::planner
