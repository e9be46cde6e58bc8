#include "PlannerTestSupport.h"

#include "planner/PlanInstanceReader.h"
#include "planner/PlanInstanceWriter.h"
#include "planner/PlanResultJson.h"
#include "planner/Planner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <random>

using namespace vangnet;
using namespace vangnet::planner;
using namespace vangnet::plannertest;

namespace {

constexpr auto K = Tier::Kritiek;
constexpr auto H = Tier::Hoog;
constexpr auto M = Tier::Midden;
constexpr auto L = Tier::Laag;

PlanResult solved(const PlanInstance &instance, PlanSolver solver = PlanSolver::Augmenting)
{
    auto result = Planner::solve(instance, {solver});
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result);
    return std::move(*result);
}

qint64 total(const PlanObjective &objective)
{
    qint64 sum = 0;
    for (const qint64 n : objective.placedByTier)
        sum += n;
    return sum;
}

int placeOf(const PlanInstance &instance, const PlanResult &result, qint64 household)
{
    for (std::size_t c = 0; c < instance.candidates.size(); ++c) {
        if (instance.candidates[c].id == household)
            return result.placeOf[c];
    }
    FAIL("no household " << household);
    return -2;
}

} // namespace

TEST_CASE("Tier strictness: greedy houses as many in total but a kritiek fewer, the plan keeps the kritiek",
    "[planner][tiers]")
{
    // 11 fits A or B, 12 only A; greedy gives 11 place A, so 12 is left out and both laag get in.
    const PlanInstance instance = instanceOf({{{11, K, 5}, {12, K, 3}, {21, L, 9}, {22, L, 1}},
        {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 1}, {QStringLiteral("C"), 1}},
        {{0, 0}, {0, 1}, {1, 0}, {2, 1}, {2, 2}, {3, 2}}});
    for (const PlanSolver solver : {PlanSolver::Augmenting, PlanSolver::NetworkSimplex}) {
        const PlanResult result = solved(instance, solver);
        CHECK(total(result.greedyObjective) == 3);
        CHECK(total(result.objective) == 3); // the same total …
        CHECK(result.greedyObjective.placedByTier == std::array<qint64, 4>{1, 0, 0, 2});
        CHECK(result.objective.placedByTier == std::array<qint64, 4>{2, 0, 0, 1}); // … but the kritiek is kept
        CHECK(placeOf(instance, result, 12) == 0);
        CHECK(placeOf(instance, result, 11) == 1);
        CHECK(placeOf(instance, result, 22) == -1); // the laag household that had to give way
    }
}

TEST_CASE("Tier strictness, the other way: greedy loses a kritiek placement that the plan makes", "[planner][tiers]")
{
    const PlanInstance instance = instanceOf({{{31, K, 9}, {32, K, 1}, {41, M, 100}},
        {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 1}}, {{0, 0}, {0, 1}, {1, 0}, {2, 0}}});
    const PlanResult result = solved(instance);
    CHECK(result.greedyObjective.placedByTier == std::array<qint64, 4>{1, 0, 0, 0}); // and B stays empty
    CHECK(result.objective.placedByTier == std::array<qint64, 4>{2, 0, 0, 0});
    REQUIRE(result.unplaced.size() == 1);
    CHECK(result.unplaced[0].reason == UnplacedReason::HigherTier);
    CHECK(result.unplaced[0].blockingTier == K);
}

TEST_CASE("No number of lower placements displaces a higher one, whatever the priorities", "[planner][tiers]")
{
    // Kritiek 1 needs A. Forty laag households with huge priorities could fill A and B, but
    // one slot of A goes to the kritiek household before anything else is weighed.
    Spec spec{{{1, K, 0}}, {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 1}}, {{0, 0}}};
    for (int i = 0; i < 40; ++i) {
        spec.candidates.emplace_back(100 + i, L, PlanInstance::maxPriority - i);
        spec.pairs.emplace_back(i + 1, 0);
        spec.pairs.emplace_back(i + 1, 1);
    }
    const PlanInstance instance = instanceOf(spec);
    for (const PlanSolver solver : {PlanSolver::Augmenting, PlanSolver::NetworkSimplex}) {
        const PlanResult result = solved(instance, solver);
        CHECK(result.objective.placedByTier == std::array<qint64, 4>{1, 0, 0, 1});
        CHECK(placeOf(instance, result, 1) == 0);
        CHECK(placeOf(instance, result, 100) == 1); // the highest laag priority gets what is left
        CHECK(result.objective.prioritySum == PlanInstance::maxPriority);
    }
}

TEST_CASE("Pins are kept, take capacity and are reported, exclusions are never used", "[planner][pins]")
{
    // Pin laag 61 to A, the only place of kritiek 51; pin hoog 71 to B (capacity 2).
    const PlanInstance instance = instanceOf(
        {{{51, K, 1}, {61, L, 1}, {62, L, 2}, {71, H, 3}}, {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 2}},
            {{0, 0}, {1, 0}, {1, 1}, {2, 1}, {3, 1}}, {{1, 0}, {3, 1}}});
    for (const PlanSolver solver : {PlanSolver::Augmenting, PlanSolver::NetworkSimplex}) {
        const PlanResult result = solved(instance, solver);
        CHECK(placeOf(instance, result, 61) == 0);
        CHECK(placeOf(instance, result, 71) == 1);
        CHECK(placeOf(instance, result, 62) == 1); // the one slot of B the pin left
        CHECK(placeOf(instance, result, 51) == -1);
        REQUIRE(result.unplaced.size() == 1);
        CHECK(result.unplaced[0].reason == UnplacedReason::TakenByPins);
        CHECK(std::count_if(result.assignments.begin(), result.assignments.end(), [](const PlanAssignment &a) {
            return a.pinned;
        }) == 2);
        // The greedy baseline keeps the same pins.
        CHECK(result.greedyPlaceOf[1] == 0);
        CHECK(result.greedyPlaceOf[3] == 1);
    }

    // Exclusions: 81 declined A, 91 declined its only place.
    const PlanInstance excluded = instanceOf(
        {{{81, H, 9}, {82, H, 3}, {91, M, 5}, {92, M, 4}}, {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 1}},
            {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}, {3, 1}}, {}, {{0, 0}, {2, 0}}});
    const PlanResult result = solved(excluded);
    CHECK(placeOf(excluded, result, 81) == 1);
    CHECK(placeOf(excluded, result, 82) == 0);
    CHECK(placeOf(excluded, result, 91) == -1);
    CHECK(result.greedyPlaceOf[0] == 1); // greedy respects exclusions too
    REQUIRE(result.unplaced.size() == 2);
    CHECK(result.unplaced[0].reason == UnplacedReason::AllExcluded);
    CHECK(result.unplaced[1].reason == UnplacedReason::HigherTier);
    CHECK(result.unplaced[1].blockingTier == H);
}

TEST_CASE("The plan depends on the instance, not on the order of its lists", "[planner][determinism]")
{
    RandomShape shape;
    shape.maxCandidates = 300;
    shape.maxPlaces = 60;
    shape.maxCapacity = 3;
    shape.pairPercent = 6;
    shape.exactSize = true;
    const PlanInstance instance = randomInstance(77, shape);
    const QJsonObject first = planResultToStableJson(instance, solved(instance));
    CHECK(planResultToStableJson(instance, solved(instance)) == first); // same input, same output

    // Pairs shuffled and candidates listed in another order: every household gets the same place.
    std::mt19937_64 rng(5);
    PlanInstance shuffled = instance;
    std::vector<int> perm(instance.candidates.size());
    for (std::size_t i = 0; i < perm.size(); ++i)
        perm[i] = static_cast<int>(perm.size() - 1 - i);
    for (std::size_t i = 0; i < perm.size(); ++i)
        shuffled.candidates[static_cast<std::size_t>(perm[i])] = instance.candidates[i];
    for (PlanPair &pair : shuffled.pairs)
        pair.candidate = perm[static_cast<std::size_t>(pair.candidate)];
    for (PlanPair &pin : shuffled.pins)
        pin.candidate = perm[static_cast<std::size_t>(pin.candidate)];
    for (PlanPair &e : shuffled.exclusions)
        e.candidate = perm[static_cast<std::size_t>(e.candidate)];
    for (std::size_t i = shuffled.pairs.size(); i > 1; --i)
        std::swap(shuffled.pairs[i - 1], shuffled.pairs[rng() % i]);
    const QJsonObject again = planResultToStableJson(shuffled, solved(shuffled));
    CHECK(again.value(QStringLiteral("assignments")) == first.value(QStringLiteral("assignments")));
    CHECK(again.value(QStringLiteral("unplaced")) == first.value(QStringLiteral("unplaced")));
}

TEST_CASE("Sums stay exact at the largest priorities", "[planner][overflow]")
{
    // 10,000 households at the maximum priority: the sum, 10^16, is past the 2^53 up to which a
    // double holds every integer, so it must stay an integer all the way into the JSON text.
    Spec spec;
    for (int i = 0; i < 10000; ++i) {
        spec.candidates.emplace_back(i + 1, static_cast<Tier>(i % 4), PlanInstance::maxPriority);
        spec.pairs.emplace_back(i, i % 10);
    }
    for (int p = 0; p < 10; ++p)
        spec.places.emplace_back(QStringLiteral("P%1").arg(p), 1000);
    const PlanInstance instance = instanceOf(spec);
    for (const PlanSolver solver : {PlanSolver::Augmenting, PlanSolver::NetworkSimplex}) {
        const PlanResult result = solved(instance, solver);
        CHECK(result.objective.prioritySum == 10000 * PlanInstance::maxPriority);
        const QByteArray text = QJsonDocument(planResultToJson(instance, result)).toJson(QJsonDocument::Compact);
        CHECK(text.contains("\"priority_sum\":10000000000000000"));
    }
}

TEST_CASE("An instance without candidates or places is a plan with nobody placed", "[planner][empty]")
{
    for (const PlanInstance &instance :
        {instanceOf({{}, {{QStringLiteral("A"), 1}}, {}}), instanceOf({{{5, H, 1}}, {}, {}})}) {
        const PlanResult result = solved(instance);
        CHECK(result.assignments.empty());
        CHECK(result.objective == PlanObjective{});
        CHECK(result.unplaced.size() == instance.candidates.size());
    }
}
