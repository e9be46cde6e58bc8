#include "PlannerTestSupport.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <random>
#include <set>

namespace vangnet::plannertest {

using planner::PlanCandidate;
using planner::PlanObjective;
using planner::PlanPair;
using planner::PlanPlace;

PlanInstance instanceOf(const Spec &spec)
{
    PlanInstance instance;
    for (const auto &[id, tier, priority] : spec.candidates)
        instance.candidates.push_back({id, tier, priority});
    for (const auto &[id, capacity] : spec.places)
        instance.places.push_back({id, capacity});
    for (const auto &[c, p] : spec.pairs)
        instance.pairs.push_back({c, p});
    for (const auto &[c, p] : spec.pins)
        instance.pins.push_back({c, p});
    for (const auto &[c, p] : spec.exclusions)
        instance.exclusions.push_back({c, p});
    return instance;
}

PlanInstance randomInstance(quint64 seed, const RandomShape &shape)
{
    std::mt19937_64 rng(seed);
    auto below = [&](int n) { return static_cast<int>(rng() % static_cast<quint64>(n)); };
    PlanInstance instance;
    const int n = shape.exactSize ? shape.maxCandidates : 1 + below(shape.maxCandidates);
    const int placeCount = shape.exactSize ? shape.maxPlaces : 1 + below(shape.maxPlaces);
    std::vector<qint64> ids(static_cast<std::size_t>(n));
    std::iota(ids.begin(), ids.end(), 101);
    for (std::size_t i = ids.size(); i > 1; --i) // Fisher–Yates with the raw generator
        std::swap(ids[i - 1], ids[static_cast<std::size_t>(below(static_cast<int>(i)))]);
    for (int c = 0; c < n; ++c)
        instance.candidates.push_back(
            {ids[static_cast<std::size_t>(c)], static_cast<Tier>(below(4)), below(shape.maxPriority + 1)});
    for (int p = 0; p < placeCount; ++p)
        instance.places.push_back({QStringLiteral("P-%1").arg(p + 1), 1 + below(shape.maxCapacity)});
    for (int c = 0; c < n; ++c) {
        for (int p = 0; p < placeCount; ++p) {
            if (below(100) < shape.pairPercent)
                instance.pairs.push_back({c, p});
        }
    }
    if (!shape.pinsAndExclusions || instance.pairs.empty())
        return instance;
    if (below(100) < 30) {
        const PlanPair pin = instance.pairs[static_cast<std::size_t>(below(static_cast<int>(instance.pairs.size())))];
        instance.pins.push_back(pin);
    }
    if (below(100) < 30) {
        for (int k = 1 + below(2); k > 0; --k) {
            const PlanPair e = instance.pairs[static_cast<std::size_t>(below(static_cast<int>(instance.pairs.size())))];
            if (std::find(instance.pins.begin(), instance.pins.end(), e) == instance.pins.end())
                instance.exclusions.push_back(e);
        }
    }
    return instance;
}

namespace {

bool usable(const PlanInstance &instance, int c, int p)
{
    const PlanPair pair{c, p};
    return std::find(instance.pairs.begin(), instance.pairs.end(), pair) != instance.pairs.end()
        && std::find(instance.exclusions.begin(), instance.exclusions.end(), pair) == instance.exclusions.end();
}

int pinOf(const PlanInstance &instance, int c)
{
    for (const PlanPair &pin : instance.pins) {
        if (pin.candidate == c)
            return pin.place;
    }
    return -1;
}

/// Calls `visit` with every feasible plan (per candidate a place or -1; pins fixed).
void everyPlan(const PlanInstance &instance, const std::function<void(const std::vector<int> &)> &visit)
{
    const int n = static_cast<int>(instance.candidates.size());
    std::vector<int> left;
    for (const PlanPlace &p : instance.places)
        left.push_back(p.capacity);
    std::vector<int> placeOf(static_cast<std::size_t>(n), -1);
    std::function<void(int)> step = [&](int c) {
        if (c == n) {
            visit(placeOf);
            return;
        }
        const auto ci = static_cast<std::size_t>(c);
        if (const int pin = pinOf(instance, c); pin >= 0) {
            if (left[static_cast<std::size_t>(pin)] == 0)
                return;
            --left[static_cast<std::size_t>(pin)];
            placeOf[ci] = pin;
            step(c + 1);
            ++left[static_cast<std::size_t>(pin)];
            placeOf[ci] = -1;
            return;
        }
        step(c + 1);
        for (int p = 0; p < static_cast<int>(instance.places.size()); ++p) {
            if (left[static_cast<std::size_t>(p)] == 0 || !usable(instance, c, p))
                continue;
            --left[static_cast<std::size_t>(p)];
            placeOf[ci] = p;
            step(c + 1);
            ++left[static_cast<std::size_t>(p)];
            placeOf[ci] = -1;
        }
    };
    step(0);
}

std::vector<int> ranksOf(const PlanInstance &instance, const std::vector<int> &placeOf)
{
    const std::vector<int> order = byPriorityOrder(instance, [&] {
        std::vector<int> all(instance.candidates.size());
        std::iota(all.begin(), all.end(), 0);
        return all;
    }());
    std::vector<int> ranks;
    for (std::size_t r = 0; r < order.size(); ++r) {
        if (placeOf[static_cast<std::size_t>(order[r])] >= 0)
            ranks.push_back(static_cast<int>(r));
    }
    return ranks;
}

} // namespace

std::vector<int> byPriorityOrder(const PlanInstance &instance, std::vector<int> candidates)
{
    std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        const PlanCandidate &x = instance.candidates[static_cast<std::size_t>(a)];
        const PlanCandidate &y = instance.candidates[static_cast<std::size_t>(b)];
        return std::tuple(x.tier, -x.priority, x.id) < std::tuple(y.tier, -y.priority, y.id);
    });
    return candidates;
}

BruteForce bruteForce(const PlanInstance &instance)
{
    BruteForce out;
    std::vector<int> bestRanks;
    bool first = true;
    everyPlan(instance, [&](const std::vector<int> &placeOf) {
        PlanObjective objective;
        qint64 count = 0;
        for (std::size_t c = 0; c < placeOf.size(); ++c) {
            if (placeOf[c] < 0)
                continue;
            ++count;
            ++objective.placedByTier[planner::tierIndex(instance.candidates[c].tier)];
            objective.prioritySum += instance.candidates[c].priority;
        }
        out.maxCount = std::max(out.maxCount, count);
        const std::vector<int> ranks = ranksOf(instance, placeOf);
        if (first || objective > out.best || (objective == out.best && ranks < bestRanks)) {
            first = false;
            out.best = objective;
            bestRanks = ranks;
            out.placedSet.clear();
            for (std::size_t c = 0; c < placeOf.size(); ++c) {
                if (placeOf[c] >= 0)
                    out.placedSet.push_back(static_cast<int>(c));
            }
        }
    });
    out.placedSet = byPriorityOrder(instance, out.placedSet);
    return out;
}

bool canPlaceAll(const PlanInstance &instance, const std::vector<int> &who)
{
    const std::set<int> wanted(who.begin(), who.end());
    bool found = false;
    everyPlan(instance, [&](const std::vector<int> &placeOf) {
        if (found)
            return;
        bool all = true;
        for (const int c : wanted)
            all = all && placeOf[static_cast<std::size_t>(c)] >= 0;
        found = all;
    });
    return found;
}

std::optional<QString> planProblem(const PlanInstance &instance, const std::vector<int> &placeOf)
{
    std::vector<int> used(instance.places.size(), 0);
    for (int c = 0; c < static_cast<int>(placeOf.size()); ++c) {
        const int p = placeOf[static_cast<std::size_t>(c)];
        const int pin = pinOf(instance, c);
        if (pin >= 0 && p != pin)
            return QStringLiteral("candidate %1 is pinned to %2 but got %3").arg(c).arg(pin).arg(p);
        if (p < 0)
            continue;
        if (!usable(instance, c, p))
            return QStringLiteral("candidate %1 got place %2, which it may not have").arg(c).arg(p);
        if (++used[static_cast<std::size_t>(p)] > instance.places[static_cast<std::size_t>(p)].capacity)
            return QStringLiteral("place %1 is over capacity").arg(p);
    }
    return std::nullopt;
}

} // namespace vangnet::plannertest
