#include "PlanRunReadCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "plans/PlanRunJson.h"
#include "plans/PlanRunService.h"

#include <QJsonArray>

namespace vangnet::cli {

using namespace vangnet::plans;

QStringList PlanRunReadCommand::words() const
{
    return {QStringLiteral("plan"), m_kind == Kind::Runs ? QStringLiteral("runs") : QStringLiteral("show")};
}

QString PlanRunReadCommand::summary() const
{
    return m_kind == Kind::Runs ? tr("list the stored plan runs, newest first")
                                : tr("show a stored plan run: its figures and its proposals");
}

QString PlanRunReadCommand::help() const
{
    if (m_kind == Kind::Runs)
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME plan runs [--json]\n\n"
                  "Lists the stored plan runs, newest first: plan date, horizon, who made the run and when,\n"
                  "candidates, places, and per tier (kritiek/hoog/midden/laag) how many the optimal plan and the\n"
                  "greedy baseline placed.\n\n"
                  "  --json   {\"runs\": [{id, as_of, horizon_days, run_at, run_by, candidates, places,\n"
                  "           placed_by_tier, greedy_placed_by_tier}]}");
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME plan show RUN [--json]\n\n"
              "Shows plan run RUN as it was stored, with one entry per candidate: the proposed place and\n"
              "where the proposal stands (voorgesteld, niet_geplaatst, goedgekeurd, aangeboden, geaccepteerd,\n"
              "afgewezen, geplaatst, vervallen). Of households outside your team you see the id, the tier\n"
              "and the status only. Name an entry in 'plan approve', 'plan offer', … by its number.\n\n"
              "  --json   {\"run\": {…as plan runs}, \"result\": {…as plan --json}, \"entries\": [{entry, run,\n"
              "           household, tier, status, place, greedy_place, pinned, reason_code, blocking_tier,\n"
              "           explanation, restricted}]}");
}

int PlanRunReadCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")}, m_kind == Kind::Show ? 1 : 0);
    if (!reader.parse(args, console))
        return NothingDone;
    const qint64 runId = m_kind == Kind::Show ? reader.positionalId(0).value_or(0) : 0;
    if (m_kind == Kind::Show && runId < 1) {
        console.error(tr("name the run by its number; see 'vangnet-cli plan runs'"));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    PlanRunService service(open->database(), open->clock(), open->session());
    const bool json = reader.has(QStringLiteral("json"));

    if (m_kind == Kind::Runs) {
        auto runs = service.runs();
        if (!runs) {
            console.failure(runs.error());
            return NothingDone;
        }
        if (json) {
            QJsonArray out;
            for (const PlanRunSummary &r : *runs)
                out.append(planRunJson(r));
            console.json({{QStringLiteral("runs"), out}});
            return Done;
        }
        QList<QStringList> rows;
        for (const PlanRunSummary &r : *runs)
            rows << QStringList{QString::number(r.id), r.asOf.toString(Qt::ISODate), QString::number(r.horizonDays),
                                r.runAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.runBy,
                                QString::number(r.candidates), QString::number(r.places), tierCountsText(r.placedByTier),
                                tierCountsText(r.greedyPlacedByTier)};
        console.table({tr("Run"), tr("Plan date"), tr("Horizon"), tr("Made"), tr("By"), tr("Candidates"), tr("Places"),
                       tr("Placed k/h/m/l"), tr("Greedy k/h/m/l")},
                      rows, {0, 2, 5, 6});
        if (runs->isEmpty())
            console.out(tr("No plan runs yet."));
        return Done;
    }

    auto record = service.run(runId);
    if (!record) {
        console.failure(record.error());
        return NothingDone;
    }
    auto entries = service.entries(runId);
    if (!entries) {
        console.failure(entries.error());
        return NothingDone;
    }
    if (json) {
        QJsonArray out;
        for (const PlanEntry &e : *entries)
            out.append(planEntryJson(e));
        console.json({{QStringLiteral("run"), planRunJson(record->summary)},
                      {QStringLiteral("result"), record->result},
                      {QStringLiteral("entries"), out}});
        return Done;
    }
    const PlanRunSummary &s = record->summary;
    console.out(tr("Plan run %1 on %2 (horizon %3 days), made %4 by %5: %6 candidates, %7 places.")
                    .arg(QString::number(s.id), s.asOf.toString(Qt::ISODate), QString::number(s.horizonDays),
                         s.runAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.runBy,
                         QString::number(s.candidates), QString::number(s.places)));
    for (const planner::Tier tier : planner::allTiers)
        console.out(tr("  %1: optimal %2 placed, greedy %3")
                        .arg(planner::tierKey(tier))
                        .arg(s.placedByTier[planner::tierIndex(tier)])
                        .arg(s.greedyPlacedByTier[planner::tierIndex(tier)]));
    QList<QStringList> rows;
    for (const PlanEntry &e : *entries)
        rows << QStringList{QString::number(e.id), QString::number(e.householdId), planner::tierKey(e.tier),
                            entryStatusLabel(e.status), e.restricted ? tr("(another team)") : e.plekId,
                            e.greedyPlekId, e.pinned ? tr("pinned") : QString()};
    console.table({tr("Entry"), tr("Household"), tr("Tier"), tr("Status"), tr("Place"), tr("Greedy"), QString()},
                  rows, {0, 1});
    // Explanations are sentences: one per line under the table, not squeezed into a column.
    bool header = false;
    for (const PlanEntry &e : *entries) {
        if (e.explanation.isEmpty())
            continue;
        if (!header) {
            console.out(QString());
            console.out(tr("Explanations:"));
            header = true;
        }
        console.out(QStringLiteral("  %1: %2").arg(e.id).arg(e.explanation));
    }
    return Done;
}

} // namespace vangnet::cli
