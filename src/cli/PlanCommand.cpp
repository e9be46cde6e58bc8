#include "PlanCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "planner/PlanExplainer.h"
#include "planner/PlanInstanceReader.h"
#include "planner/PlanInstanceWriter.h"
#include "planner/PlanResultJson.h"
#include "planner/Planner.h"
#include "plans/PlanProposalJson.h"
#include "plans/PlanRunService.h"
#include "plans/PlanService.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <map>

namespace vangnet::cli {

using namespace vangnet::planner;

namespace {

QString seconds(double value)
{
    return QString::number(value, 'f', 3);
}

/// The priority sums, the times and the households not placed counted per reason: what both
/// modes print under their per-tier figures.
void printDetails(const PlanResult &result, Console &console)
{
    console.out(PlanCommand::tr("Priority sum of the placed households: optimal %1, greedy %2.")
                    .arg(result.objective.prioritySum)
                    .arg(result.greedyObjective.prioritySum));
    console.out(PlanCommand::tr("Solved in %1 s (%2); greedy baseline %3 s.")
                    .arg(seconds(result.seconds), solverKey(result.solver), seconds(result.greedySeconds)));
    if (result.unplaced.empty())
        return;
    // Most specific reason first, as PlanExplainer tries them; higher tiers before lower.
    std::map<std::pair<UnplacedReason, Tier>, qint64> byReason;
    for (const PlanUnplaced &u : result.unplaced)
        ++byReason[{u.reason, u.reason == UnplacedReason::HigherTier ? u.blockingTier : Tier::Kritiek}];
    QList<QStringList> reasons;
    for (const auto &[key, count] : byReason)
        reasons << QStringList{QString::number(count), PlanExplainer::text({0, key.first, key.second})};
    console.out(QString());
    console.out(PlanCommand::tr("%n household(s) not placed; --json lists each with its reason.", nullptr,
                                static_cast<int>(result.unplaced.size())));
    console.table({PlanCommand::tr("Households"), PlanCommand::tr("Reason")}, reasons, {0});
}

/// Whether the arguments ask for the instance-file mode.
bool instanceMode(const QStringList &args)
{
    return std::any_of(args.begin(), args.end(), [](const QString &arg) {
        return arg == QLatin1String("--instance") || arg.startsWith(QLatin1String("--instance="));
    });
}

} // namespace

QStringList PlanCommand::words() const
{
    return {QStringLiteral("plan")};
}

QString PlanCommand::summary() const
{
    return tr("the housing plan from the database, optimal beside greedy (--instance: solve an exported instance file)");
}

QString PlanCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME plan [--as-of DATE] [--horizon DAYS] [--json]\n"
              "                   [--export-instance FILE] [--dry-run]\n"
              "       vangnet-cli plan --instance FILE [--solver augmenting|network-simplex] [--json]\n\n"
              "Proposes the housing plan (docs/planner.md): as many kritiek households as possible in an eligible\n"
              "place, then hoog, midden and laag, then the highest priorities; the greedy baseline (each household\n"
              "in turn takes the first eligible place) is shown beside it. From the database it needs a team lead\n"
              "(the run covers every team) and stores the run (plan runs, plan show; earlier proposals nobody\n"
              "approved lapse); pins that cannot be kept, no candidates or no places are refused with the reason.\n"
              "With --instance it solves an instance file alone: no login, no database; a file with a mistake is\n"
              "refused with its JSON path.\n"
              "  --as-of DATE            the plan date (YYYY-MM-DD; default today): ages and waiting days on it\n"
              "  --horizon DAYS          places available and needs starting within DAYS after it (0-365, default 30)\n"
              "  --export-instance FILE  also write the instance the solver saw, for plan --instance or another solver\n"
              "  --dry-run               propose only: store no run, change nothing\n"
              "  --solver                augmenting (default) or network-simplex (LEMON); both are exact\n"
              "  --json    {\"placed_by_tier\", \"greedy_placed_by_tier\", \"more_than_greedy\", \"objective\",\n"
              "            \"greedy_objective\", \"assignments\": [{household, place, tier, pinned, explanation}],\n"
              "            \"unplaced\": [{household, tier, reason, reason_code, explanation}], \"seconds\",\n"
              "            \"not_candidates\": [{household, standing}], \"as_of\", \"horizon_days\", \"run\", …}\n"
              "            (explanation, not_candidates, as_of, horizon_days, run: from the database only;\n"
              "            run is the stored run's id, null with --dry-run)\n\n"
              "Exit status: 0 planned, 2 nothing planned (bad arguments, refused, or a bad file).");
}

bool PlanCommand::needsLoginFor(const QStringList &args) const
{
    return !instanceMode(args);
}

int PlanCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("instance"), QStringLiteral("solver"), QStringLiteral("as-of"),
                           QStringLiteral("horizon"), QStringLiteral("export-instance")},
                          {QStringLiteral("json"), QStringLiteral("dry-run")});
    if (!reader.parse(args, console))
        return NothingDone;
    if (!reader.has(QStringLiteral("instance")))
        return planFromDatabase(reader, global, console);
    for (const char *option : {"as-of", "horizon", "export-instance", "dry-run"}) {
        if (reader.has(QLatin1String(option))) {
            console.error(tr("--%1 plans from the database; --instance solves a file alone").arg(QLatin1String(option)));
            return NothingDone;
        }
    }
    return solveInstanceFile(reader.value(QStringLiteral("instance")), reader.value(QStringLiteral("solver")),
        reader.has(QStringLiteral("json")), console);
}

int PlanCommand::planFromDatabase(ArgumentReader &reader, const GlobalOptions &global, Console &console)
{
    if (reader.has(QStringLiteral("solver"))) {
        console.error(tr("--solver is for --instance; a plan from the database uses the default solver"));
        return NothingDone;
    }
    plans::PlanParameters parameters;
    const auto asOf = reader.date(QStringLiteral("as-of"));
    if (!asOf) {
        console.error(reader.error());
        return NothingDone;
    }
    parameters.asOf = *asOf;
    if (reader.has(QStringLiteral("horizon"))) {
        const auto horizon = reader.integer(QStringLiteral("horizon"), 0);
        if (!horizon || *horizon > plans::PlanService::maxHorizonDays) {
            console.error(tr("--horizon must be a whole number of days from 0 to %1, not '%2'")
                              .arg(plans::PlanService::maxHorizonDays)
                              .arg(reader.value(QStringLiteral("horizon"))));
            return NothingDone;
        }
        parameters.horizonDays = *horizon;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    QElapsedTimer timer;
    timer.start();
    auto proposal = plans::PlanService(open->database(), open->clock(), open->session()).propose(parameters);
    if (!proposal) {
        console.failure(proposal.error());
        return NothingDone;
    }
    const double runSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const PlanInstance &instance = proposal->instance;
    const PlanResult &result = proposal->result;
    if (reader.has(QStringLiteral("export-instance"))) {
        const QJsonObject meta{{QStringLiteral("as_of"), proposal->parameters.asOf.toString(Qt::ISODate)},
                               {QStringLiteral("horizon_days"), proposal->parameters.horizonDays}};
        if (auto written = PlanInstanceWriter::writeFile(instance, reader.value(QStringLiteral("export-instance")), meta);
            !written) {
            console.failure(written.error());
            return NothingDone;
        }
    }
    std::optional<plans::PlanRunSummary> stored;
    if (!reader.has(QStringLiteral("dry-run"))) {
        auto summary = plans::PlanRunService(open->database(), open->clock(), open->session()).store(*proposal);
        if (!summary) {
            console.failure(summary.error());
            return NothingDone;
        }
        stored = *summary;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonObject json = plans::planProposalToJson(*proposal);
        json.insert(QStringLiteral("run"), stored ? QJsonValue(stored->id) : QJsonValue());
        json.insert(QStringLiteral("run_seconds"), std::round(runSeconds * 1e3) / 1e3);
        console.json(json);
        return Done;
    }
    console.out(tr("Plan of %1, horizon %2 days: %3 candidates, %4 places, %5 eligible pairs.")
                    .arg(proposal->parameters.asOf.toString(Qt::ISODate))
                    .arg(proposal->parameters.horizonDays)
                    .arg(instance.candidates.size())
                    .arg(instance.places.size())
                    .arg(instance.pairs.size()));
    for (const Tier tier : allTiers) {
        const std::size_t t = tierIndex(tier);
        console.out(tr("%1: optimal: %2 placed, greedy: %3")
                        .arg(tierKey(tier))
                        .arg(result.objective.placedByTier[t])
                        .arg(result.greedyObjective.placedByTier[t]));
    }
    printDetails(result, console);
    if (!proposal->notCandidates.isEmpty())
        console.out(tr("%n household(s) with a housing need are not candidates; --json lists them.", nullptr,
                       static_cast<int>(proposal->notCandidates.size())));
    console.out(tr("The whole run took %1 s.").arg(seconds(runSeconds)));
    if (stored)
        console.out(tr("Stored as plan run %1: plan show %1 lists it, plan approve ENTRY approves a proposal.").arg(stored->id));
    return Done;
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
    printDetails(*result, console);
    return Done;
}

} // namespace vangnet::cli
