#include "planner/AugmentingPlanner.h"

namespace vangnet::planner {

namespace {

/// The plan being built: who is where, what each place has left, and per place a doubly
/// linked list of the households that may still move (pinned ones never do).
class Search {
public:
    explicit Search(const PlanGraph &graph)
        : m_graph(graph)
        , m_placeOf(static_cast<std::size_t>(graph.candidateCount()), -1)
        , m_free(static_cast<std::size_t>(graph.placeCount()))
        , m_head(static_cast<std::size_t>(graph.placeCount()), -1)
        , m_next(static_cast<std::size_t>(graph.candidateCount()), -1)
        , m_prev(static_cast<std::size_t>(graph.candidateCount()), -1)
        , m_closed(static_cast<std::size_t>(graph.placeCount()), 0)
        , m_seen(static_cast<std::size_t>(graph.placeCount()), 0)
        , m_via(static_cast<std::size_t>(graph.placeCount()), -1)
    {
        for (int p = 0; p < graph.placeCount(); ++p)
            m_free[at(p)] = graph.freeCapacity(p);
        for (int c = 0; c < graph.candidateCount(); ++c)
            m_placeOf[at(c)] = graph.pinnedPlace(c);
    }

    std::vector<int> run()
    {
        for (const int c : m_graph.order()) {
            if (m_graph.pinnedPlace(c) < 0 && m_graph.placesBegin(c) != m_graph.placesEnd(c))
                tryToPlace(c);
        }
        return std::move(m_placeOf);
    }

private:
    static std::size_t at(int index) { return static_cast<std::size_t>(index); }

    /// Breadth-first over alternating paths from `c`: a place with room ends the search; a
    /// full place leads on to the households in it. The first level scans c's places in
    /// index order, so a household that fits directly gets the place greedy would give it.
    void tryToPlace(int c)
    {
        ++m_stamp;
        m_queue.clear();
        m_visited.clear();
        m_queue.push_back(c);
        for (std::size_t qi = 0; qi < m_queue.size(); ++qi) {
            const int x = m_queue[qi];
            for (const int *it = m_graph.placesBegin(x); it != m_graph.placesEnd(x); ++it) {
                const int p = *it;
                if (m_closed[at(p)] || m_seen[at(p)] == m_stamp)
                    continue;
                m_seen[at(p)] = m_stamp;
                m_via[at(p)] = x;
                m_visited.push_back(p);
                if (m_free[at(p)] > 0) {
                    augment(c, p);
                    return;
                }
                for (int y = m_head[at(p)]; y >= 0; y = m_next[at(y)])
                    m_queue.push_back(y);
            }
        }
        for (const int p : m_visited)
            m_closed[at(p)] = 1;
    }

    /// Moves each household on the path one place on, back to `c`, which takes the first.
    void augment(int c, int freePlace)
    {
        --m_free[at(freePlace)];
        int p = freePlace;
        while (true) {
            const int x = m_via[at(p)];
            const int old = m_placeOf[at(x)];
            if (old >= 0)
                unlink(x, old);
            link(x, p);
            if (x == c)
                return;
            p = old;
        }
    }

    void link(int c, int p)
    {
        m_placeOf[at(c)] = p;
        m_prev[at(c)] = -1;
        m_next[at(c)] = m_head[at(p)];
        if (m_head[at(p)] >= 0)
            m_prev[at(m_head[at(p)])] = c;
        m_head[at(p)] = c;
    }

    void unlink(int c, int p)
    {
        if (m_prev[at(c)] >= 0)
            m_next[at(m_prev[at(c)])] = m_next[at(c)];
        else
            m_head[at(p)] = m_next[at(c)];
        if (m_next[at(c)] >= 0)
            m_prev[at(m_next[at(c)])] = m_prev[at(c)];
    }

    const PlanGraph &m_graph;
    std::vector<int> m_placeOf;
    std::vector<int> m_free;
    std::vector<int> m_head;
    std::vector<int> m_next;
    std::vector<int> m_prev;
    std::vector<char> m_closed;
    std::vector<int> m_seen;
    std::vector<int> m_via;
    std::vector<int> m_queue;
    std::vector<int> m_visited;
    int m_stamp = 0;
};

} // namespace

std::vector<int> AugmentingPlanner::solve(const PlanGraph &graph)
{
    return Search(graph).run();
}

} // namespace vangnet::planner
