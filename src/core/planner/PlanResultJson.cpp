#include "planner/PlanResultJson.h"

#include "planner/PlanExplainer.h"

#include <QJsonArray>

#include <cmath>

namespace vangnet::planner {

namespace {

QJsonObject byTier(const std::array<qint64, tierCount> &counts)
{
    QJsonObject out;
    for (const Tier tier : allTiers)
        out.insert(tierKey(tier), counts[tierIndex(tier)]);
    return out;
}

QJsonObject objectiveJson(const PlanObjective &objective)
{
    QJsonArray tiers;
    for (const qint64 count : objective.placedByTier)
        tiers.append(count);
    return {{QStringLiteral("placed_by_tier"), tiers}, {QStringLiteral("priority_sum"), objective.prioritySum}};
}

double microRounded(double seconds)
{
    return std::round(seconds * 1e6) / 1e6;
}

} // namespace

QString solverKey(PlanSolver solver)
{
    return solver == PlanSolver::NetworkSimplex ? QStringLiteral("network_simplex") : QStringLiteral("augmenting");
}

QJsonObject planResultToStableJson(const PlanInstance &instance, const PlanResult &result)
{
    std::array<qint64, tierCount> more{};
    for (std::size_t t = 0; t < more.size(); ++t)
        more[t] = result.objective.placedByTier[t] - result.greedyObjective.placedByTier[t];

    QJsonArray assignments;
    for (const PlanAssignment &a : result.assignments) {
        const PlanCandidate &c = instance.candidates[static_cast<std::size_t>(a.candidate)];
        assignments.append(QJsonObject{{QStringLiteral("household"), c.id},
            {QStringLiteral("place"), instance.places[static_cast<std::size_t>(a.place)].id},
            {QStringLiteral("tier"), tierKey(c.tier)}, {QStringLiteral("pinned"), a.pinned}});
    }
    QJsonArray unplaced;
    for (const PlanUnplaced &u : result.unplaced) {
        const PlanCandidate &c = instance.candidates[static_cast<std::size_t>(u.candidate)];
        QJsonObject entry{{QStringLiteral("household"), c.id}, {QStringLiteral("tier"), tierKey(c.tier)},
            {QStringLiteral("reason"), PlanExplainer::text(u)},
            {QStringLiteral("reason_code"), PlanExplainer::code(u.reason)}};
        if (u.reason == UnplacedReason::HigherTier)
            entry.insert(QStringLiteral("blocking_tier"), tierKey(u.blockingTier));
        unplaced.append(entry);
    }
    return {{QStringLiteral("placed_by_tier"), byTier(result.objective.placedByTier)},
        {QStringLiteral("greedy_placed_by_tier"), byTier(result.greedyObjective.placedByTier)},
        {QStringLiteral("more_than_greedy"), byTier(more)},
        {QStringLiteral("objective"), objectiveJson(result.objective)},
        {QStringLiteral("greedy_objective"), objectiveJson(result.greedyObjective)},
        {QStringLiteral("assignments"), assignments}, {QStringLiteral("unplaced"), unplaced},
        {QStringLiteral("candidates"), static_cast<qint64>(instance.candidates.size())},
        {QStringLiteral("places"), static_cast<qint64>(instance.places.size())},
        {QStringLiteral("solver"), solverKey(result.solver)}};
}

QJsonObject planResultToJson(const PlanInstance &instance, const PlanResult &result)
{
    QJsonObject out = planResultToStableJson(instance, result);
    out.insert(QStringLiteral("seconds"), microRounded(result.seconds));
    out.insert(QStringLiteral("greedy_seconds"), microRounded(result.greedySeconds));
    return out;
}

QJsonObject tierCountsJson(const std::array<qint64, tierCount> &counts)
{
    return byTier(counts);
}

} // namespace vangnet::planner
