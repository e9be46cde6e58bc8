#include "planner/PlanGraph.h"

#include <algorithm>
#include <unordered_set>

namespace vangnet::planner {

namespace {

quint64 pairKey(int candidate, int place)
{
    return (static_cast<quint64>(static_cast<quint32>(candidate)) << 32) | static_cast<quint32>(place);
}

} // namespace

PlanGraph::PlanGraph(const PlanInstance &instance)
{
    const std::size_t n = instance.candidates.size();
    const std::size_t placeTotal = instance.places.size();

    m_order.resize(n);
    for (std::size_t c = 0; c < n; ++c)
        m_order[c] = static_cast<int>(c);
    std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const PlanCandidate &x = instance.candidates[static_cast<std::size_t>(a)];
        const PlanCandidate &y = instance.candidates[static_cast<std::size_t>(b)];
        if (x.tier != y.tier)
            return x.tier < y.tier;
        if (x.priority != y.priority)
            return x.priority > y.priority;
        return x.id < y.id; // ids are unique (validated), so the order is total
    });
    m_rank.resize(n);
    m_tier.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        m_rank[static_cast<std::size_t>(m_order[r])] = static_cast<int>(r);
    for (std::size_t c = 0; c < n; ++c)
        m_tier[c] = instance.candidates[c].tier;

    m_freeCapacity.resize(placeTotal);
    for (std::size_t p = 0; p < placeTotal; ++p)
        m_freeCapacity[p] = instance.places[p].capacity;
    m_pinned.assign(n, -1);
    for (const PlanPair &pin : instance.pins) {
        m_pinned[static_cast<std::size_t>(pin.candidate)] = pin.place;
        --m_freeCapacity[static_cast<std::size_t>(pin.place)];
    }

    std::unordered_set<quint64> excluded;
    excluded.reserve(instance.exclusions.size());
    for (const PlanPair &e : instance.exclusions)
        excluded.insert(pairKey(e.candidate, e.place));
    auto usable = [&](const PlanPair &pair) {
        return m_pinned[static_cast<std::size_t>(pair.candidate)] < 0
            && (excluded.empty() || !excluded.contains(pairKey(pair.candidate, pair.place)));
    };

    // Two stable counting sorts (by place, then by candidate) leave each candidate's places in
    // ascending order without a comparison sort over millions of pairs.
    m_eligible.assign(n, 0);
    std::vector<std::size_t> placeStart(placeTotal + 1, 0);
    std::size_t usableCount = 0;
    for (const PlanPair &pair : instance.pairs) {
        ++m_eligible[static_cast<std::size_t>(pair.candidate)];
        if (usable(pair)) {
            ++placeStart[static_cast<std::size_t>(pair.place) + 1];
            ++usableCount;
        }
    }
    for (std::size_t p = 0; p < placeTotal; ++p)
        placeStart[p + 1] += placeStart[p];
    std::vector<int> candidateByPlace(usableCount);
    m_start.assign(n + 1, 0);
    for (const PlanPair &pair : instance.pairs) {
        if (usable(pair)) {
            candidateByPlace[placeStart[static_cast<std::size_t>(pair.place)]++] = pair.candidate;
            ++m_start[static_cast<std::size_t>(pair.candidate) + 1];
        }
    }
    for (std::size_t c = 0; c < n; ++c)
        m_start[c + 1] += m_start[c];
    // placeStart[p] now ends place p's run; walk the places in order to fill each candidate's list.
    m_places.resize(usableCount);
    std::vector<std::size_t> fill(m_start.begin(), m_start.end() - 1);
    std::size_t begin = 0;
    for (std::size_t p = 0; p < placeTotal; ++p) {
        for (std::size_t i = begin; i < placeStart[p]; ++i)
            m_places[fill[static_cast<std::size_t>(candidateByPlace[i])]++] = static_cast<int>(p);
        begin = placeStart[p];
    }
}

} // namespace vangnet::planner
