#include "PlanCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "planner/PlanExplainer.h"
#include "planner/PlanInstanceReader.h"
#include "planner/PlanResultJson.h"
#include "planner/Planner.h"

#include <map>

namespace vangnet::cli {

using namespace vangnet::planner;

namespace {

QString seconds(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

QStringList PlanCommand::words() const
{
    return {QStringLiteral("plan")};
}

QString PlanCommand::summary() const
{
    return tr("the housing plan, optimal beside greedy (--instance: solve an exported instance file)");
}

QString PlanCommand::help() const
{
    return tr("Usage: vangnet-cli plan --instance FILE [--solver augmenting|network-simplex] [--json]\n\n"
              "Solves a planner instance file (docs/planner.md) on its own: no login, no database. The plan\n"
              "houses as many kritiek households as possible, then hoog, midden and laag, then the highest\n"
              "priorities; the greedy baseline (each household in turn takes the first eligible place) is\n"
              "shown beside it. A file with a mistake is refused with its JSON path; exit status 2.\n"
              "  --solver  augmenting (default) or network-simplex (LEMON); both are exact\n"
              "  --json    {\"placed_by_tier\", \"greedy_placed_by_tier\", \"more_than_greedy\", \"objective\",\n"
              "            \"greedy_objective\", \"assignments\": [{household, place, tier, pinned}],\n"
              "            \"unplaced\": [{household, tier, reason, reason_code}], \"seconds\", …}");
}

int PlanCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    Q_UNUSED(global) // the database mode will use it
    ArgumentReader reader({QStringLiteral("instance"), QStringLiteral("solver")}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    if (!reader.has(QStringLiteral("instance"))) {
        console.error(
            tr("planning from the database is not available yet; give an instance file with --instance FILE"));
        return NothingDone;
    }
    return solveInstanceFile(reader.value(QStringLiteral("instance")), reader.value(QStringLiteral("solver")),
        reader.has(QStringLiteral("json")), console);
}

int PlanCommand::solveInstanceFile(const QString &path, const QString &solver, bool json, Console &console)
{
    PlanOptions options;
    if (solver == QLatin1String("network-simplex")) {
        options.solver = PlanSolver::NetworkSimplex;
    } else if (!solver.isEmpty() && solver != QLatin1String("augmenting")) {
        console.error(tr("unknown solver '%1'; use augmenting or network-simplex").arg(solver));
        return NothingDone;
    }
    auto instance = PlanInstanceReader::readFile(path);
    if (!instance) {
        if (instance.error().code == ErrorCode::Io)
            console.failure(instance.error());
        else
            console.error(QStringLiteral("%1: %2").arg(path, instance.error().message));
        return NothingDone;
    }
    auto result = Planner::solve(*instance, options);
    if (!result) {
        console.failure(result.error());
        return NothingDone;
    }
    if (json) {
        console.json(planResultToJson(*instance, *result));
        return Done;
    }

    const PlanObjective &optimal = result->objective;
    const PlanObjective &greedy = result->greedyObjective;
    std::array<qint64, tierCount> candidates{};
    for (const PlanCandidate &c : instance->candidates)
        ++candidates[tierIndex(c.tier)];
    qint64 slots = 0;
    for (const PlanPlace &p : instance->places)
        slots += p.capacity;
    console.out(tr("%1 candidates, %2 places (%3 households in all), %4 eligible pairs.")
                    .arg(instance->candidates.size())
                    .arg(instance->places.size())
                    .arg(slots)
                    .arg(instance->pairs.size()));
    QList<QStringList> rows;
    qint64 allCandidates = 0, allOptimal = 0, allGreedy = 0;
    for (const Tier tier : allTiers) {
        const std::size_t t = tierIndex(tier);
        rows << QStringList{tierKey(tier), QString::number(candidates[t]), QString::number(optimal.placedByTier[t]),
            QString::number(greedy.placedByTier[t]), QString::number(optimal.placedByTier[t] - greedy.placedByTier[t])};
        allCandidates += candidates[t];
        allOptimal += optimal.placedByTier[t];
        allGreedy += greedy.placedByTier[t];
    }
    rows << QStringList{tr("total"), QString::number(allCandidates), QString::number(allOptimal),
        QString::number(allGreedy), QString::number(allOptimal - allGreedy)};
    console.table({tr("Tier"), tr("Candidates"), tr("Optimal"), tr("Greedy"), tr("More")}, rows, {1, 2, 3, 4});
    console.out(tr("Priority sum of the placed households: optimal %1, greedy %2.")
                    .arg(optimal.prioritySum)
                    .arg(greedy.prioritySum));
    console.out(tr("Solved in %1 s (%2); greedy baseline %3 s.")
                    .arg(seconds(result->seconds), solverKey(result->solver), seconds(result->greedySeconds)));
    if (!result->unplaced.empty()) {
        // Most specific reason first, as PlanExplainer tries them; higher tiers before lower.
        std::map<std::pair<UnplacedReason, Tier>, qint64> byReason;
        for (const PlanUnplaced &u : result->unplaced)
            ++byReason[{u.reason, u.reason == UnplacedReason::HigherTier ? u.blockingTier : Tier::Kritiek}];
        QList<QStringList> reasons;
        for (const auto &[key, count] : byReason)
            reasons << QStringList{QString::number(count), PlanExplainer::text({0, key.first, key.second})};
        console.out(QString());
        console.out(tr("%n household(s) not placed; --json lists each with its reason.", nullptr,
            static_cast<int>(result->unplaced.size())));
        console.table({tr("Households"), tr("Reason")}, reasons, {0});
    }
    return Done;
}

} // namespace vangnet::cli
