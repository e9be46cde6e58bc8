#include "planner/GreedyPlanner.h"

namespace vangnet::planner {

std::vector<int> GreedyPlanner::solve(const PlanGraph &graph)
{
    std::vector<int> placeOf(static_cast<std::size_t>(graph.candidateCount()), -1);
    std::vector<int> left(static_cast<std::size_t>(graph.placeCount()));
    for (int p = 0; p < graph.placeCount(); ++p)
        left[static_cast<std::size_t>(p)] = graph.freeCapacity(p);
    for (const int c : graph.order()) {
        if (graph.pinnedPlace(c) >= 0) {
            placeOf[static_cast<std::size_t>(c)] = graph.pinnedPlace(c);
            continue;
        }
        for (const int *p = graph.placesBegin(c); p != graph.placesEnd(c); ++p) {
            if (left[static_cast<std::size_t>(*p)] > 0) {
                --left[static_cast<std::size_t>(*p)];
                placeOf[static_cast<std::size_t>(c)] = *p;
                break;
            }
        }
    }
    return placeOf;
}

} // namespace vangnet::planner
