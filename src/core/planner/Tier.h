#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace vangnet::planner {

/// Urgentie of a candidate for a supported-housing place, most urgent first. The planner never
/// trades a placement in a tier for any number of placements in the tiers after it.
enum class Tier : int { Kritiek = 0, Hoog = 1, Midden = 2, Laag = 3 };

inline constexpr int tierCount = 4;
inline constexpr std::array<Tier, tierCount> allTiers{Tier::Kritiek, Tier::Hoog, Tier::Midden, Tier::Laag};

/// Position in the order (0 = kritiek), for arrays indexed by tier.
constexpr std::size_t tierIndex(Tier tier)
{
    return static_cast<std::size_t>(tier);
}

/// "kritiek", "hoog", "midden", "laag": the names in instance files, JSON output and the UI
/// (Dutch domain terms, the same in every language).
QString tierKey(Tier tier);
/// The tier of an exact, lower-case key; nullopt for anything else.
std::optional<Tier> tierFromKey(QStringView key);

} // namespace vangnet::planner
