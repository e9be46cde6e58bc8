#pragma once

#include "planner/PlanInstance.h"

#include <vector>

namespace vangnet::planner {

/// A validated PlanInstance in the shape the solvers work on: the candidates in priority order,
/// each unpinned candidate's usable places (eligible, not excluded) in place order, and what
/// every place has left once the pins have taken their share. Built in linear time.
class PlanGraph {
public:
    explicit PlanGraph(const PlanInstance &instance);

    int candidateCount() const { return static_cast<int>(m_rank.size()); }
    int placeCount() const { return static_cast<int>(m_freeCapacity.size()); }

    /// Every candidate, most urgent first: tier, then priority descending, then household id
    /// ascending. This one order decides every tie, so the plan is the same on every run.
    const std::vector<int> &order() const { return m_order; }
    /// The position of a candidate in order().
    int rank(int candidate) const { return m_rank[static_cast<std::size_t>(candidate)]; }
    Tier tier(int candidate) const { return m_tier[static_cast<std::size_t>(candidate)]; }

    /// The places a candidate may still be given: eligible and not excluded, lowest index first.
    /// Empty for a pinned candidate (its place is fixed).
    const int *placesBegin(int candidate) const
    {
        return m_places.data() + m_start[static_cast<std::size_t>(candidate)];
    }
    const int *placesEnd(int candidate) const
    {
        return m_places.data() + m_start[static_cast<std::size_t>(candidate) + 1];
    }
    std::size_t usablePairCount() const { return m_places.size(); }
    /// How many eligible pairs the candidate had before exclusions (to tell "none" from "all excluded").
    int eligibleCount(int candidate) const { return m_eligible[static_cast<std::size_t>(candidate)]; }

    /// The pinned place of a candidate, or -1.
    int pinnedPlace(int candidate) const { return m_pinned[static_cast<std::size_t>(candidate)]; }
    /// The capacity a place has left after the pins.
    int freeCapacity(int place) const { return m_freeCapacity[static_cast<std::size_t>(place)]; }

private:
    std::vector<int> m_order;
    std::vector<int> m_rank;
    std::vector<Tier> m_tier;
    std::vector<std::size_t> m_start;
    std::vector<int> m_places;
    std::vector<int> m_eligible;
    std::vector<int> m_pinned;
    std::vector<int> m_freeCapacity;
};

} // namespace vangnet::planner
