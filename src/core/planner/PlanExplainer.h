#pragma once

#include "planner/PlanGraph.h"
#include "planner/PlanResult.h"

#include <QString>

#include <vector>

namespace vangnet::planner {

/// Says why each candidate is not in the optimal plan, without naming anyone (docs/planner.md,
/// "Not placed"). The reasons, most specific first:
///  - no eligible place, or every eligible pair excluded;
///  - every usable place is filled by pins;
///  - HigherTier(t): with only the pinned households and the placed households of tier t and
///    above, there is already no way to fit this one in, while without tier t there is; t is
///    the least urgent tier that suffices;
///  - SameTier: only households of its own tier that come before it need its places.
/// "No way to fit in" is exact: a search for an alternating path over the places, in which
/// households may move to another eligible place; three passes of linear time.
class PlanExplainer {
public:
    /// The unplaced, unpinned candidates of `placeOf` (an optimal plan), in priority order.
    static std::vector<PlanUnplaced> explain(const PlanGraph &graph, const std::vector<int> &placeOf);
    /// The reason as a short translated sentence (English source, Dutch in vangnet_nl).
    static QString text(const PlanUnplaced &unplaced);
    /// A stable key for scripts: "no_eligible_place", "all_excluded", "taken_by_pins",
    /// "higher_tier", "same_tier".
    static QString code(UnplacedReason reason);
};

} // namespace vangnet::planner
