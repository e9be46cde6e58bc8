#include "PlannerTestSupport.h"

#include "planner/PlanInstanceWriter.h"
#include "planner/Planner.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::planner;
using namespace vangnet::plannertest;

namespace {

std::vector<int> placedSet(const PlanInstance &instance, const std::vector<int> &placeOf)
{
    std::vector<int> placed;
    for (std::size_t c = 0; c < placeOf.size(); ++c) {
        if (placeOf[c] >= 0)
            placed.push_back(static_cast<int>(c));
    }
    return byPriorityOrder(instance, placed);
}

/// The pinned households plus the placed ones that `keep` selects.
std::vector<int> pinsAnd(const PlanInstance &instance, const std::vector<int> &placeOf, const auto &keep)
{
    std::vector<int> set;
    for (const PlanPair &pin : instance.pins)
        set.push_back(pin.candidate);
    for (int c = 0; c < static_cast<int>(placeOf.size()); ++c) {
        const bool pinned = std::any_of(
            instance.pins.begin(), instance.pins.end(), [&](const PlanPair &pin) { return pin.candidate == c; });
        if (!pinned && placeOf[static_cast<std::size_t>(c)] >= 0 && keep(c))
            set.push_back(c);
    }
    return set;
}

/// Checks the reason given for one household not placed against exhaustive search.
void checkReason(const PlanInstance &instance, const PlanResult &result, const PlanUnplaced &u)
{
    const int c = u.candidate;
    const PlanCandidate &candidate = instance.candidates[static_cast<std::size_t>(c)];
    INFO("unplaced candidate " << c << ", reason " << static_cast<int>(u.reason));
    auto with = [&](std::vector<int> set) {
        set.push_back(c);
        return set;
    };
    auto upTo = [&](int tier) {
        return pinsAnd(instance, result.placeOf,
            [&](int x) { return static_cast<int>(instance.candidates[static_cast<std::size_t>(x)].tier) <= tier; });
    };
    const bool hasPair = std::any_of(
        instance.pairs.begin(), instance.pairs.end(), [&](const PlanPair &p) { return p.candidate == c; });
    switch (u.reason) {
    case UnplacedReason::NoEligiblePlace:
        CHECK_FALSE(hasPair);
        break;
    case UnplacedReason::AllExcluded:
        CHECK(hasPair);
        CHECK_FALSE(canPlaceAll(instance, {c}));
        break;
    case UnplacedReason::TakenByPins:
        CHECK(canPlaceAll(
            PlanInstance{instance.candidates, instance.places, instance.pairs, {}, instance.exclusions}, {c}));
        CHECK_FALSE(canPlaceAll(instance, with(upTo(-1))));
        break;
    case UnplacedReason::HigherTier: {
        const int t = static_cast<int>(u.blockingTier);
        CHECK(t < static_cast<int>(candidate.tier));
        CHECK_FALSE(canPlaceAll(instance, with(upTo(t))));
        CHECK(canPlaceAll(instance, with(upTo(t - 1))));
        break;
    }
    case UnplacedReason::SameTier: {
        CHECK(canPlaceAll(instance, with(upTo(static_cast<int>(candidate.tier) - 1))));
        const auto before = pinsAnd(instance, result.placeOf, [&](int x) {
            return byPriorityOrder(instance, {x, c}).front() == x;
        });
        CHECK_FALSE(canPlaceAll(instance, with(before)));
        break;
    }
    }
}

} // namespace

TEST_CASE(
    "On 300 random small instances the plan equals brute force on the lexicographic objective", "[planner][bruteforce]")
{
    for (quint64 seed = 1; seed <= 300; ++seed) {
        const PlanInstance instance = randomInstance(seed, {});
        INFO("seed " << seed << "\n" << PlanInstanceWriter::write(instance).toStdString());
        REQUIRE(instance.validate());
        const BruteForce expected = bruteForce(instance);

        for (const PlanSolver solver : {PlanSolver::Augmenting, PlanSolver::NetworkSimplex}) {
            INFO("solver " << static_cast<int>(solver));
            const auto result = Planner::solve(instance, {solver});
            REQUIRE(result);
            CHECK_FALSE(planProblem(instance, result->placeOf));
            CHECK(result->objective == expected.best);
            // The tie-break by household id picks one set of households, whichever solver runs.
            CHECK(placedSet(instance, result->placeOf) == expected.placedSet);
            // Urgency never costs the total: the plan houses as many as any plan can.
            CHECK(static_cast<qint64>(result->assignments.size()) == expected.maxCount);
            CHECK_FALSE(planProblem(instance, result->greedyPlaceOf));
            CHECK(result->greedyObjective <= result->objective);
            CHECK(result->assignments.size() + result->unplaced.size() == instance.candidates.size());
            for (const PlanUnplaced &u : result->unplaced)
                checkReason(instance, *result, u);
        }
    }
}

TEST_CASE("Both exact solvers choose the same households on mid-size instances", "[planner][solvers]")
{
    for (quint64 seed = 1001; seed <= 1020; ++seed) {
        RandomShape shape;
        shape.maxCandidates = 600;
        shape.maxPlaces = 120;
        shape.maxCapacity = 3;
        shape.pairPercent = 4 + static_cast<int>(seed % 8);
        shape.maxPriority = 40;
        const PlanInstance instance = randomInstance(seed, shape);
        INFO("seed " << seed);
        const auto augmenting = Planner::solve(instance, {PlanSolver::Augmenting});
        const auto simplex = Planner::solve(instance, {PlanSolver::NetworkSimplex});
        REQUIRE(augmenting);
        REQUIRE(simplex);
        CHECK_FALSE(planProblem(instance, augmenting->placeOf));
        CHECK_FALSE(planProblem(instance, simplex->placeOf));
        CHECK(augmenting->objective == simplex->objective);
        CHECK(placedSet(instance, augmenting->placeOf) == placedSet(instance, simplex->placeOf));
        CHECK(augmenting->greedyObjective <= augmenting->objective);
    }
}
