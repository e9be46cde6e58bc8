#include "planner/PlanExplainer.h"

#include <QCoreApplication>

namespace vangnet::planner {

namespace {

std::size_t at(int index)
{
    return static_cast<std::size_t>(index);
}

/// For one tier t, which places could still take one more household, given only the pinned
/// households and the placed households of tier t and above (moved as needed, pins never):
/// a place is open when it has room, or when one of its movable households can move on to an
/// open place. Worked backwards from the places with room, over the households per place.
class OpenPlaces {
public:
    OpenPlaces(const PlanGraph &graph, const std::vector<int> &placeOf)
        : m_graph(graph)
        , m_placeOf(placeOf)
        , m_start(at(graph.placeCount()) + 1, 0)
    {
        // Who could move into each place: the usable pairs turned around.
        for (int c = 0; c < graph.candidateCount(); ++c) {
            for (const int *p = graph.placesBegin(c); p != graph.placesEnd(c); ++p)
                ++m_start[at(*p) + 1];
        }
        for (std::size_t p = 0; p < at(graph.placeCount()); ++p)
            m_start[p + 1] += m_start[p];
        m_candidates.resize(graph.usablePairCount());
        std::vector<std::size_t> fill(m_start.begin(), m_start.end() - 1);
        for (int c = 0; c < graph.candidateCount(); ++c) {
            for (const int *p = graph.placesBegin(c); p != graph.placesEnd(c); ++p)
                m_candidates[fill[at(*p)]++] = c;
        }
    }

    /// Computes the open places for the households of tier `upTo` and above.
    void compute(Tier upTo)
    {
        auto counts
            = [&](int c) { return m_graph.pinnedPlace(c) < 0 && m_placeOf[at(c)] >= 0 && m_graph.tier(c) <= upTo; };
        std::vector<int> room(at(m_graph.placeCount()));
        for (int p = 0; p < m_graph.placeCount(); ++p)
            room[at(p)] = m_graph.freeCapacity(p);
        for (int c = 0; c < m_graph.candidateCount(); ++c) {
            if (counts(c))
                --room[at(m_placeOf[at(c)])];
        }
        m_open.assign(at(m_graph.placeCount()), 0);
        std::vector<int> queue;
        for (int p = 0; p < m_graph.placeCount(); ++p) {
            if (room[at(p)] > 0) {
                m_open[at(p)] = 1;
                queue.push_back(p);
            }
        }
        for (std::size_t qi = 0; qi < queue.size(); ++qi) {
            const int open = queue[qi];
            for (std::size_t i = m_start[at(open)]; i < m_start[at(open) + 1]; ++i) {
                const int y = m_candidates[i];
                if (!counts(y))
                    continue;
                const int from = m_placeOf[at(y)];
                if (!m_open[at(from)]) {
                    m_open[at(from)] = 1;
                    queue.push_back(from);
                }
            }
        }
    }

    /// Whether `c` fits in after the last compute().
    bool fits(int c) const
    {
        for (const int *p = m_graph.placesBegin(c); p != m_graph.placesEnd(c); ++p) {
            if (m_open[at(*p)])
                return true;
        }
        return false;
    }

private:
    const PlanGraph &m_graph;
    const std::vector<int> &m_placeOf;
    std::vector<std::size_t> m_start;
    std::vector<int> m_candidates;
    std::vector<char> m_open;
};

} // namespace

std::vector<PlanUnplaced> PlanExplainer::explain(const PlanGraph &graph, const std::vector<int> &placeOf)
{
    std::vector<PlanUnplaced> unplaced;
    std::vector<std::size_t> open; // indices into `unplaced` of those still without a reason
    for (const int c : graph.order()) {
        if (placeOf[at(c)] >= 0)
            continue;
        PlanUnplaced u{c, UnplacedReason::SameTier, Tier::Kritiek};
        if (graph.eligibleCount(c) == 0) {
            u.reason = UnplacedReason::NoEligiblePlace;
        } else if (graph.placesBegin(c) == graph.placesEnd(c)) {
            u.reason = UnplacedReason::AllExcluded;
        } else {
            bool roomLeft = false;
            for (const int *p = graph.placesBegin(c); p != graph.placesEnd(c) && !roomLeft; ++p)
                roomLeft = graph.freeCapacity(*p) > 0;
            if (roomLeft)
                open.push_back(unplaced.size());
            else
                u.reason = UnplacedReason::TakenByPins;
        }
        unplaced.push_back(u);
    }
    if (open.empty())
        return unplaced;

    OpenPlaces places(graph, placeOf);
    for (const Tier upTo : {Tier::Kritiek, Tier::Hoog, Tier::Midden}) {
        std::vector<std::size_t> still;
        bool computed = false;
        for (const std::size_t i : open) {
            PlanUnplaced &u = unplaced[i];
            if (graph.tier(u.candidate) <= upTo) {
                still.push_back(i);
                continue;
            }
            if (!computed) {
                places.compute(upTo);
                computed = true;
            }
            if (places.fits(u.candidate)) {
                still.push_back(i);
            } else {
                u.reason = UnplacedReason::HigherTier;
                u.blockingTier = upTo;
            }
        }
        open.swap(still);
    }
    return unplaced; // what is left is blocked only within its own tier (SameTier, the default)
}

QString PlanExplainer::text(const PlanUnplaced &unplaced)
{
    switch (unplaced.reason) {
    case UnplacedReason::NoEligiblePlace:
        return QCoreApplication::translate("vangnet::planner", "no eligible place");
    case UnplacedReason::AllExcluded:
        return QCoreApplication::translate("vangnet::planner", "every eligible place is excluded for this household");
    case UnplacedReason::TakenByPins:
        return QCoreApplication::translate("vangnet::planner", "every eligible place is filled by pinned households");
    case UnplacedReason::HigherTier:
        return QCoreApplication::translate(
            "vangnet::planner", "every eligible place is needed for households of a higher tier (%1)")
            .arg(tierKey(unplaced.blockingTier));
    case UnplacedReason::SameTier:
        return QCoreApplication::translate("vangnet::planner",
            "every eligible place is needed for households of the same tier that come first "
            "(higher priority, or equal priority and a lower household id)");
    }
    return {};
}

QString PlanExplainer::code(UnplacedReason reason)
{
    switch (reason) {
    case UnplacedReason::NoEligiblePlace:
        return QStringLiteral("no_eligible_place");
    case UnplacedReason::AllExcluded:
        return QStringLiteral("all_excluded");
    case UnplacedReason::TakenByPins:
        return QStringLiteral("taken_by_pins");
    case UnplacedReason::HigherTier:
        return QStringLiteral("higher_tier");
    case UnplacedReason::SameTier:
        return QStringLiteral("same_tier");
    }
    return {};
}

} // namespace vangnet::planner
