#include "planner/LemonPlanner.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <QCoreApplication>

namespace vangnet::planner {

Result<std::vector<int>> LemonPlanner::solve(const PlanGraph &graph)
{
    using Graph = lemon::SmartDigraph;
    const int n = graph.candidateCount();
    const int placeTotal = graph.placeCount();
    std::vector<int> placeOf(static_cast<std::size_t>(n), -1);
    for (int c = 0; c < n; ++c)
        placeOf[static_cast<std::size_t>(c)] = graph.pinnedPlace(c);

    Graph g;
    g.reserveNode(n + placeTotal + 2);
    g.reserveArc(static_cast<int>(graph.usablePairCount()) + n + placeTotal + 1);
    const Graph::Node source = g.addNode();
    const Graph::Node sink = g.addNode();
    Graph::ArcMap<int> upper(g);
    Graph::ArcMap<long long> cost(g);

    // Places that the pins filled take no part; the others get their node and sink arc.
    std::vector<Graph::Node> placeNode(static_cast<std::size_t>(placeTotal), lemon::INVALID);
    for (int p = 0; p < placeTotal; ++p) {
        if (graph.freeCapacity(p) <= 0)
            continue;
        placeNode[static_cast<std::size_t>(p)] = g.addNode();
        const Graph::Arc arc = g.addArc(placeNode[static_cast<std::size_t>(p)], sink);
        upper[arc] = graph.freeCapacity(p);
        cost[arc] = 0;
    }
    // The candidate and place of each pair's arc, by arc id (SmartDigraph numbers arcs from 0).
    std::vector<std::pair<int, int>> pairOfArc;
    pairOfArc.reserve(graph.usablePairCount() + static_cast<std::size_t>(n + placeTotal) + 1);
    pairOfArc.resize(static_cast<std::size_t>(g.maxArcId() + 1), {-1, -1});
    int supply = 0;
    for (int c = 0; c < n; ++c) {
        if (graph.pinnedPlace(c) >= 0 || graph.placesBegin(c) == graph.placesEnd(c))
            continue;
        const Graph::Node node = g.addNode();
        const Graph::Arc in = g.addArc(source, node);
        upper[in] = 1;
        cost[in] = -static_cast<long long>(n - graph.rank(c));
        pairOfArc.emplace_back(-1, -1);
        ++supply;
        for (const int *p = graph.placesBegin(c); p != graph.placesEnd(c); ++p) {
            if (placeNode[static_cast<std::size_t>(*p)] == lemon::INVALID)
                continue;
            const Graph::Arc arc = g.addArc(node, placeNode[static_cast<std::size_t>(*p)]);
            upper[arc] = 1;
            cost[arc] = 0;
            pairOfArc.emplace_back(c, *p);
        }
    }
    if (supply == 0)
        return placeOf;
    const Graph::Arc bypass = g.addArc(source, sink);
    upper[bypass] = supply;
    cost[bypass] = 0;
    pairOfArc.emplace_back(-1, -1);
    Q_ASSERT(pairOfArc.size() == static_cast<std::size_t>(g.maxArcId() + 1));

    lemon::NetworkSimplex<Graph, int, long long> simplex(g);
    simplex.upperMap(upper).costMap(cost).stSupply(source, sink, supply);
    // The bypass makes every supply feasible and all capacities are finite, so anything but
    // OPTIMAL would be a fault in the model, never a property of the input.
    if (simplex.run() != lemon::NetworkSimplex<Graph, int, long long>::OPTIMAL)
        return Error(ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::planner", "the network simplex solver found no optimal plan"));
    for (Graph::ArcIt arc(g); arc != lemon::INVALID; ++arc) {
        const auto &[c, p] = pairOfArc[static_cast<std::size_t>(g.id(arc))];
        if (c >= 0 && simplex.flow(arc) > 0)
            placeOf[static_cast<std::size_t>(c)] = p;
    }
    return placeOf;
}

} // namespace vangnet::planner
