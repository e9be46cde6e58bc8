#pragma once

#include "planner/Tier.h"
#include "support/Result.h"

#include <QString>

#include <vector>

namespace vangnet::planner {

/// A household that may be placed: its id, its tier and its priority within the tier.
struct PlanCandidate {
    qint64 id = 0; ///< the household id (huishouden_id)
    Tier tier = Tier::Laag;
    qint64 priority = 0; ///< flag scores plus waiting days; higher goes first within a tier
};

/// A supported-housing place (woonplek met begeleiding) and how many households it can take.
struct PlanPlace {
    QString id; ///< the plek_id
    int capacity = 1;
};

/// A candidate–place pair by position in PlanInstance::candidates and ::places.
struct PlanPair {
    int candidate = 0;
    int place = 0;
    friend bool operator==(const PlanPair &, const PlanPair &) = default;
};

/// What the solver sees of a planning run: numbers and ids only, no personal data
/// (docs/planner.md, "Instance"). The storage layer builds one from the database; an instance
/// file (PlanInstanceReader) holds exactly this, so anyone can check a plan independently.
struct PlanInstance {
    std::vector<PlanCandidate> candidates;
    std::vector<PlanPlace> places;
    std::vector<PlanPair> pairs; ///< eligible pairs: every hard requirement holds
    std::vector<PlanPair> pins; ///< staff: this household goes to this place
    std::vector<PlanPair> exclusions; ///< staff or a declined offer: never this pair

    /// Limits that keep every count and sum inside qint64 and every index inside int, with
    /// room to spare: a municipality has thousands of candidates, not millions.
    static constexpr qint64 maxCandidates = 1'000'000;
    static constexpr qint64 maxPlaces = 1'000'000;
    static constexpr qint64 maxCapacity = 1'000'000;
    static constexpr qint64 maxPriority = 1'000'000'000'000; // 10^12: sums of 10^6 stay below 2^63
    static constexpr qint64 maxPairs = 200'000'000;

    /// Checks what the JSON reader cannot see by itself: indices in range, unique ids and
    /// pairs, pins on eligible, non-excluded pairs within capacity. The first mistake is
    /// returned as ErrorCode::Invalid, its message naming the JSON path
    /// ("pairs[17]: candidate index 10002 is out of range (10000 candidates)"), so a file or a
    /// database export is refused before anything runs.
    Result<void> validate() const;
};

} // namespace vangnet::planner
